"""My evaluations: the signed-in agent's evaluated calls (read-only): when, with whom (in or out, the
number) and how long, the total, who scored it, and per criterion the score and the comment; above
them the agent's average per week; below them the recording player with the evaluated call (the
agent hears what was scored)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from agent_desktop.features.quality.evaluate_view import when_of
from agent_desktop.features.quality.texts import criterion_name, error_text, party_text, total_text
from agent_desktop.shell.whole_text import WrapAtColumnWidth, columns_fit_texts, with_tooltips
from crm.durations import clock
from crm.phones import DEFAULT_REGION, format_phone
from resources.live_text import Retranslated

if TYPE_CHECKING:
    from agent_desktop.features.recording.api import RecordingPlayer
    from agent_desktop.shell.tasks import BackgroundTasks
    from crm.client import CrmClient

logger = logging.getLogger(__name__)


class MyEvaluationsView(Retranslated, QWidget):
    def __init__(
        self,
        client: CrmClient,
        tasks: BackgroundTasks,
        player: RecordingPlayer | None = None,
        parent: QWidget | None = None,
        region: str = DEFAULT_REGION,
    ) -> None:
        super().__init__(parent)
        self.client, self.tasks, self.player = client, tasks, player
        self.region = region  # numbers as the rest of the app shows them
        self._wanted = ""  # an evaluation to select once the list is read (the live notice's)
        self.evaluations: list[dict[str, Any]] = []
        self.weeks: list[dict[str, Any]] = []
        self._status: Callable[[], str] = lambda: ""
        self.average = QLabel()
        self.average.setObjectName("average_label")
        self.average.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.load)
        self.list = QTreeWidget()
        self.list.setObjectName("evaluation_list")
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(6)
        columns_fit_texts(self.list)
        self.list.currentItemChanged.connect(lambda *_: self._show_detail())
        self.detail = QTreeWidget()
        self.detail.setObjectName("evaluation_detail")
        self.detail.setRootIsDecorated(False)
        self.detail.setColumnCount(3)
        columns_fit_texts(self.detail)
        self.detail_wrap = WrapAtColumnWidth(self.detail)  # a long comment on as many lines as it needs
        self.overall = QLabel()
        self.overall.setObjectName("overall_label")
        self.overall.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail, 1)
        lower_layout.addWidget(self.overall)
        if player is not None:
            lower_layout.addWidget(player.widget())
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.average)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.list.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Call"),
                self.tr("Length"),
                self.tr("Score"),
                self.tr("Evaluated by"),
                self.tr("Form"),
            ]
        )
        self.detail.setHeaderLabels([self.tr("Criterion"), self.tr("Score"), self.tr("Comment")])
        self.status.setText(self._status())
        self._fill()

    def _set_status(self, text: Callable[[], str]) -> None:
        self._status = text
        self.status.setText(text())

    def show_evaluation(self, evaluation_id: str) -> None:
        """Read the list again and select this evaluation."""
        self._wanted = evaluation_id
        self.load()

    def load(self) -> None:
        client = self.client
        self._set_status(lambda: self.tr("Loading…"))

        def read() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
            items = client.request("GET", "/quality/evaluations").json()["items"]
            weeks = client.request("GET", "/quality/scores", params={"interval": "week"}).json()["items"]
            return items, weeks

        def done(result: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
            self.evaluations, self.weeks = result
            self._set_status(lambda: "" if self.evaluations else self.tr("None of your calls has been evaluated yet."))
            self._fill()
            wanted, self._wanted = self._wanted, ""
            ids = [str(ev["id"]) for ev in self.evaluations]
            item = self.list.topLevelItem(ids.index(wanted)) if wanted in ids else None
            if item is not None:
                self.list.setCurrentItem(item)

        def failed(exc: BaseException) -> None:
            logger.info("my evaluations not loaded: %s", type(exc).__name__)
            self._set_status(lambda: error_text(exc))

        self.tasks.run(read, done, failed, owner=self)

    def _fill(self) -> None:
        if self.weeks:
            last = self.weeks[-1]
            self.average.setText(
                self.tr("Your average QA score in the week of %1: %2 (%n evaluation(s))", "", int(last["evaluations"]))
                .replace("%1", str(last["period_start"]))
                .replace("%2", total_text(float(last["average"]), False))
            )
        else:
            self.average.setText(self.tr("No QA score in the last 90 days."))
        current = self.list.currentIndex().row()
        self.list.clear()
        for ev in self.evaluations:
            when = when_of(ev.get("call_at"))
            form = ev["form"]
            self.list.addTopLevelItem(
                with_tooltips(
                    QTreeWidgetItem(
                        [
                            when.astimezone().strftime("%Y-%m-%d %H:%M") if when else "",
                            party_text(ev, self.region),
                            clock(int(ev.get("seconds") or 0)) if ev.get("direction") else "",
                            total_text(float(ev["total"]), bool(ev["failed"])),
                            str(ev.get("evaluator_name") or ""),
                            self.tr("%1, version %2")
                            .replace("%1", criterion_name(str(form["name"])))
                            .replace("%2", str(form["version"])),
                        ]
                    )
                )
            )
        item = self.list.topLevelItem(current if 0 <= current < len(self.evaluations) else 0)
        if item is not None:
            self.list.setCurrentItem(item)
        self._show_detail()

    def _show_detail(self) -> None:
        self.detail.clear()
        index = self.list.currentIndex().row()
        if not 0 <= index < len(self.evaluations):
            self.overall.setText("")
            return
        ev = self.evaluations[index]
        if self.player is not None:
            self.player.load_recording(
                str(ev["recording_id"]),
                when_of(ev.get("call_at")),
                ev.get("direction") != "outbound",
                format_phone(str(ev.get("number") or ""), self.region),
                int(ev.get("seconds") or 0),
            )
        scores = {s["key"]: s for s in ev.get("scores") or []}
        for criterion in ev["form"]["criteria"]:
            score = scores.get(criterion["key"], {})
            value = score.get("score")
            shown = f"{value} / {criterion['scale_max']}" if value is not None else self.tr("not scored")
            name = (
                self.tr("%1 (%2 %)")
                .replace("%1", criterion_name(criterion["name"]))
                .replace("%2", str(criterion["weight"]))
            )
            self.detail.addTopLevelItem(with_tooltips(QTreeWidgetItem([name, shown, str(score.get("comment") or "")])))
        comment = str(ev.get("comment") or "")
        self.overall.setText(self.tr("Overall: %1").replace("%1", comment) if comment else "")
