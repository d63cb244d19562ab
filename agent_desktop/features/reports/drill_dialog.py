"""The calls behind a figure, in a window of their own: the figure and the row it belongs to on top,
then the calls page by page (More), read in the background. A double-click on a call opens its
customer's card (:attr:`DrillDialog.sig_customer_open_requested`). A campaign's figure lists its
campaign attempts the same way (:func:`attempts_dialog`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.reports.calls_model import CallsModel
from agent_desktop.features.reports.core.call_list import ATTEMPT_COLUMNS, attempt_cell
from agent_desktop.features.reports.core.crm_calls import AttemptDrill, Drill, ReportCalls
from agent_desktop.features.reports.core.order_list import OrderDrill
from agent_desktop.features.reports.errors import error_text
from agent_desktop.features.reports.figures_model import locale_number
from agent_desktop.features.reports.loader import close_later
from agent_desktop.shell.tasks import BackgroundTasks
from resources.colours import tint
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)

PAGE = 200
Fetch = Callable[[ReportCalls, int, int], dict[str, Any]]
"""Reads a page: ``fetch(calls, limit, offset)``."""


class DrillDialog(Retranslated, QDialog):
    """The calls of ``drill``; ``heading()`` names the figure and its row in the language in use; ``fetch``
    and ``model``: another list (the attempts of a campaign's figure: :func:`attempts_dialog`)."""

    sig_customer_open_requested = Signal(str)

    def __init__(
        self,
        calls: ReportCalls,
        tasks: BackgroundTasks,
        drill: Drill | AttemptDrill | OrderDrill,
        heading: Callable[[], str],
        parent: QWidget | None = None,
        *,
        fetch: Fetch | None = None,
        model: CallsModel | None = None,
    ) -> None:
        super().__init__(parent)
        self.calls_api, self.tasks, self.drill, self.heading = calls, tasks, drill, heading
        if fetch is None:
            assert isinstance(drill, Drill)  # the calls' list (a campaign's figure: attempts_dialog)
            fetch = partial(_calls_page, drill)
        self.fetch = fetch
        self.total: int | None = None
        self.loading = False
        self._message: Callable[[], str] | None = None
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.heading_label = QLabel()
        self.heading_label.setWordWrap(True)
        self.model = model or CallsModel()
        self.model.setParent(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._double_clicked)
        self.count_label = QLabel()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        tint(self.message_label, "error")
        self.message_label.hide()
        self.more_button = QPushButton()
        self.more_button.setAutoDefault(False)
        self.more_button.clicked.connect(lambda _c=False: self.load_more())
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(lambda _c=False: self.close())
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(bottom)
        self.resize(980, 520)
        self.retranslateUi()
        self.load_more()

    def load_more(self) -> None:
        """Read the next page of calls."""
        if self.loading:
            return
        self.loading = True
        self.more_button.setEnabled(False)
        offset, fetch, api = len(self.model.calls), self.fetch, self.calls_api
        self.tasks.run(lambda: fetch(api, PAGE, offset), self._page, self._failed, owner=self)

    def _page(self, page: dict[str, Any]) -> None:
        self.loading = False
        self.total = int(page["total"])
        self.model.add(page["items"])
        if page["offset"] == 0:
            self.table.resizeColumnsToContents()
        self._say(None)
        self._show_count()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.more_button.setEnabled(True)
        logger.info("calls behind a figure not read: %s", type(exc).__name__)
        self._say(lambda: self.tr("The calls could not be read: %1").replace("%1", error_text(exc)))

    def _double_clicked(self, index: QModelIndex) -> None:
        call = self.model.calls[index.row()]
        customer = call.get("customer_id")
        if customer:
            self._say(None)
            self.sig_customer_open_requested.emit(customer)
        else:
            self._say(lambda: self.tr("This call has no customer on record."))

    def _say(self, message: Callable[[], str] | None) -> None:
        self._message = message
        self.message_label.setVisible(message is not None)
        self.message_label.setText(message() if message is not None else "")

    def _show_count(self) -> None:
        if self.total is None:
            self.count_label.setText(self.tr("Reading the calls..."))
            return
        shown = len(self.model.calls)
        count = self.tr("%1 of %2 calls").replace("%1", locale_number(shown, 0))
        self.count_label.setText(count.replace("%2", locale_number(self.total, 0)))
        self.more_button.setEnabled(shown < self.total and not self.loading)

    def closeEvent(self, event: Any) -> None:
        close_later(self.tasks, self.calls_api)
        super().closeEvent(event)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Calls behind a figure"))
        self.heading_label.setText(self.heading())
        self.more_button.setText(self.tr("&More"))
        self.more_button.setToolTip(self.tr("Read the next %1 calls").replace("%1", str(PAGE)))
        self.close_button.setText(self.tr("&Close"))
        self.model.open_tip = self.tr("Double-click to open the customer's card")
        self.model.retranslate()
        self._show_count()
        if self._message is not None:
            self.message_label.setText(self._message())


def attempts_dialog(
    calls: ReportCalls,
    tasks: BackgroundTasks,
    drill: AttemptDrill,
    heading: Callable[[], str],
    parent: QWidget | None = None,
) -> DrillDialog:
    """The campaign attempts behind a campaign's figure (``/reports/campaigns/attempts``), each a call
    dialled: when it ended, the campaign, the number, the agent, the result and disposition."""
    model = CallsModel(None, ATTEMPT_COLUMNS, attempt_cell)
    return DrillDialog(
        calls,
        tasks,
        drill,
        heading,
        parent,
        fetch=partial(_attempts_page, drill),
        model=model,
    )


def _calls_page(drill: Drill, api: ReportCalls, limit: int, offset: int) -> dict[str, Any]:
    return api.calls(drill, limit, offset)


def _attempts_page(drill: AttemptDrill, api: ReportCalls, limit: int, offset: int) -> dict[str, Any]:
    return api.attempts(drill, limit, offset)
