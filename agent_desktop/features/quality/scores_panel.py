"""The KPI ``qa_score`` in the report window: per agent and week (month for periods over 92 days) the
mean of the weighted totals of the evaluations whose call started in it (docs/kpis.md)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from agent_desktop.features.quality.texts import error_text, total_text
from resources.live_text import Retranslated

if TYPE_CHECKING:
    from agent_desktop.shell.tasks import BackgroundTasks
    from crm.client import CrmClient

logger = logging.getLogger(__name__)

MONTHS_FROM_DAYS = 92
"""Longer periods are shown per month, shorter ones per week."""


class ScoresPanel(Retranslated, QWidget):
    def __init__(self, client: CrmClient, tasks: BackgroundTasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client, self.tasks = client, tasks
        self.items: list[dict[str, Any]] = []
        self.interval = "week"
        self._status: Callable[[], str] = lambda: ""
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setObjectName("qa_scores")
        self.table.setRootIsDecorated(False)
        self.table.setColumnCount(4)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.retranslateUi()

    def widget(self) -> QWidget:
        return self

    def retranslateUi(self) -> None:
        self.note.setText(
            self.tr(
                "QA score: the mean of the weighted totals of the evaluations whose call started in the "
                "week or month (the centre's time zone)."
            )
        )
        period = self.tr("Month") if self.interval == "month" else self.tr("Week of")
        self.table.setHeaderLabels([self.tr("Agent"), period, self.tr("Evaluations"), self.tr("QA score")])
        self.status.setText(self._status())
        self._fill()

    def _set_status(self, text: Callable[[], str]) -> None:
        self._status = text
        self.status.setText(text())

    def show_period(self, first_day: date, last_day: date, team: str | None, agent: str | None) -> None:
        self.interval = "month" if (last_day - first_day).days >= MONTHS_FROM_DAYS else "week"
        params = {"interval": self.interval, "first_day": first_day.isoformat(), "last_day": last_day.isoformat()}
        if team:
            params["team"] = team
        if agent:
            params["agent_id"] = agent
        client = self.client
        self._set_status(lambda: self.tr("Reading the QA scores..."))

        def read() -> list[dict[str, Any]]:
            return list(client.request("GET", "/quality/scores", params=params).json()["items"])

        def done(items: list[dict[str, Any]]) -> None:
            self.items = items
            self._set_status(lambda: "" if self.items else self.tr("No evaluated calls in this period."))
            self.retranslateUi()

        def failed(exc: BaseException) -> None:
            logger.info("QA scores not read: %s", type(exc).__name__)
            self._set_status(lambda: error_text(exc))

        self.tasks.run(read, done, failed, owner=self)

    def _fill(self) -> None:
        self.table.clear()
        for item in self.items:
            start = str(item["period_start"])
            self.table.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        str(item.get("agent_name") or ""),
                        start[:7] if self.interval == "month" else start,
                        str(item["evaluations"]),
                        total_text(float(item["average"]), False),
                    ]
                )
            )
