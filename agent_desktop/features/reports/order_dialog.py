"""The orders behind an order figure (orders, order value, average order value, orders per call) in a
window of their own, as the calls behind a figure are listed (:class:`.drill_dialog.DrillDialog`): the
figure and its row on top, then the orders page by page (More), read in the background; a double-click
on an order opens its customer's card."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from agent_desktop.features.reports.calls_model import CallsModel
from agent_desktop.features.reports.core.crm_calls import ReportCalls
from agent_desktop.features.reports.core.order_list import ORDER_COLUMNS, OrderDrill, order_cell, orders_page
from agent_desktop.features.reports.core.rows import Answer, Row, row_place
from agent_desktop.features.reports.drill_dialog import PAGE, DrillDialog
from agent_desktop.features.reports.errors import error_text
from agent_desktop.features.reports.figures_model import locale_number
from agent_desktop.shell.i18n import translate_msg
from agent_desktop.shell.tasks import BackgroundTasks
from crm.i18n import Msg

logger = logging.getLogger(__name__)


def orders_heading(figure: Msg, answer: Answer, row: Row) -> str:
    """The heading of the orders behind ``figure`` of ``row``, in the language in use."""
    name, where = translate_msg(figure), row_place(answer, row)
    if where:
        return (
            QCoreApplication.translate("OrdersDialog", "Orders behind %1: %2").replace("%1", name).replace("%2", where)
        )
    return QCoreApplication.translate("OrdersDialog", "Orders behind %1 over the whole period").replace("%1", name)


class OrdersDialog(DrillDialog):
    """The orders of ``drill``: number, when taken, customer, agent, value and status."""

    def __init__(
        self,
        calls: ReportCalls,
        tasks: BackgroundTasks,
        drill: OrderDrill,
        heading: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        model = CallsModel(None, ORDER_COLUMNS, order_cell)
        super().__init__(calls, tasks, drill, heading, parent, fetch=partial(orders_page, drill), model=model)

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        self._say(lambda: self.tr("The orders could not be read: %1").replace("%1", error_text(exc)))

    def _show_count(self) -> None:
        super()._show_count()  # and More
        if self.total is None:
            self.count_label.setText(self.tr("Reading the orders..."))
            return
        count = self.tr("%1 of %2 orders").replace("%1", locale_number(len(self.model.calls), 0))
        self.count_label.setText(count.replace("%2", locale_number(self.total, 0)))

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.setWindowTitle(self.tr("Orders behind a figure"))
        self.more_button.setToolTip(self.tr("Read the next %1 orders").replace("%1", str(PAGE)))
