"""Logistics view (role logistics): the sorting queue, couriers by rule or by hand, dates, shipment
confirmation with tracking numbers, and the sorting list exported to .xlsx / CSV / TSV.

Every CRM call and every export runs through ``tasks`` (BackgroundTasks); exports report progress to
the bar through a queued signal, so the window stays responsive with big lists.

Couriers and tracking numbers typed but not confirmed are never dropped without asking: a refresh,
another queue or closing the window asks first (confirm / discard / cancel); a reload after an action
keeps what is still typed for orders that did not change. Enter in the courier box gives the selected
orders that courier (no button of the window is a default one). The selection follows the orders.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.logistics.core.crm_calls import LogisticsCalls, propose_couriers
from agent_desktop.features.logistics.core.export import COLUMNS, export
from agent_desktop.features.logistics.core.labels import Labels
from agent_desktop.features.logistics.orders_table import TRACKING, OrdersTable
from agent_desktop.features.logistics.unconfirmed_box import ask_unconfirmed
from agent_desktop.shell.tasks import Newest
from agent_desktop.shell.unsaved_work import CloseGuard
from crm.records import LogisticsOrderRecord
from crm.schemas.logistics import CourierRule
from resources.file_dialogs import save_file_name

__all__ = ["TRACKING", "LogisticsView"]

logger = logging.getLogger(__name__)


def _as_date(value: QDate) -> date:
    """``value.toPython()``: a ``datetime.date`` (the stub says ``object``)."""
    py = value.toPython()
    assert isinstance(py, date)  # a QDateEdit's date is always valid, so never None
    return py


def _labels() -> Labels:
    return Labels.translated(QCoreApplication.translate)


DEFAULT_COURIERS = ("顺丰速运", "中通快递", "圆通速递", "韵达快递", "EMS", "京东物流")
QUEUES = ("ordered", "sorted", "shipped")
"""The queues the status box offers, in its order."""

Then = Callable[[str | None], None]
"""Goes on after the agent answered: with what a confirmation did, or None."""


class _Progress(QObject):
    sig_progress = Signal(int, int)
    """An export wrote ``done`` of ``total`` rows (emitted from the worker, delivered on the GUI thread)."""


class LogisticsView(QWidget):
    """Sorting and shipping over a :class:`LogisticsCalls`."""

    sig_busy_changed = Signal(bool)
    """A CRM call or an export started (True) or finished (False)."""
    sig_loaded = Signal()
    """The table now shows the latest reload's orders."""

    def __init__(self, api: LogisticsCalls, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.tasks = tasks
        self._reloads = Newest()
        self.rules: list[CourierRule] = []
        self._progress = _Progress(self)
        self._message: Callable[[], str] = str
        self._shown_status = QUEUES[0]  # the queue the table shows (or was last asked for)
        self._close_guard = CloseGuard(  # on the window we are shown in (closing it, Escape)
            None,
            lambda: bool(self.unconfirmed()),
            lambda proceed, cancel: self._settle(lambda _m: proceed(), cancel),
            self,
        )
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status_combo")
        for status in QUEUES:
            self.status_combo.addItem("", status)
        self.refresh_button = self._button("refresh_button", self.refresh)
        self.auto_button = self._button("auto_button", self.apply_rules)
        self.courier_combo = QComboBox()
        self.courier_combo.setObjectName("courier_combo")
        self.courier_combo.setEditable(True)
        self.courier_combo.addItems(DEFAULT_COURIERS)
        line_edit = self.courier_combo.lineEdit()
        assert line_edit is not None  # an editable combo has one
        line_edit.returnPressed.connect(self.assign_selection)
        self.assign_button = self._button("assign_button", self.assign_selection)
        self.sort_date_edit = self._date("sort_date_edit", 0)
        self.handover_date_edit = self._date("handover_date_edit", 1)
        self.sort_button = self._button("sort_button", self.confirm_sorting)
        self.ship_button = self._button("ship_button", self.confirm_shipment)
        self.delivered_button = self._button("delivered_button", lambda: self.mark_selection("deliver"))
        self.returned_button = self._button("returned_button", lambda: self.mark_selection("return"))
        self.rules_button = self._button("rules_button", self.edit_rules)
        self.export_buttons = [
            self._button(f"export_{fmt}_button", partial(self.ask_export, fmt)) for fmt in ("xlsx", "csv", "tsv")
        ]
        self.table = OrdersTable()
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("export_progress")
        self.progress_bar.hide()
        self.message_label = QLabel()
        self.message_label.setObjectName("message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.sort_date_label, self.handover_date_label = QLabel(), QLabel()
        grid = QGridLayout()
        grid.addWidget(self.status_combo, 0, 0)
        grid.addWidget(self.refresh_button, 0, 1)
        grid.addWidget(self.auto_button, 0, 2)
        grid.addWidget(self.courier_combo, 0, 3)
        grid.addWidget(self.assign_button, 0, 4)
        grid.addWidget(self.sort_date_label, 1, 0)
        grid.addWidget(self.sort_date_edit, 1, 1)
        grid.addWidget(self.handover_date_label, 1, 2)
        grid.addWidget(self.handover_date_edit, 1, 3)
        grid.addWidget(self.sort_button, 1, 4)
        grid.addWidget(self.ship_button, 2, 4)
        grid.addWidget(self.rules_button, 0, 5)
        grid.addWidget(self.delivered_button, 1, 5)
        grid.addWidget(self.returned_button, 2, 5)
        for i, button in enumerate(self.export_buttons):
            grid.addWidget(button, 2, i)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.message_label)
        self._retranslate()
        self.status_combo.currentIndexChanged.connect(self._queue_chosen)
        self._progress.sig_progress.connect(self._on_progress)

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter in a box of the window must not press a button
        button.clicked.connect(lambda _checked=False: slot())  # the slots take no "checked"
        return button

    def _date(self, name: str, days: int) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate().addDays(days))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _retranslate(self) -> None:
        for i, text in enumerate(
            (self.tr("Waiting for sorting"), self.tr("Sorted, waiting for shipment"), self.tr("Shipped"))
        ):
            self.status_combo.setItemText(i, text)
        for button, text in (
            (self.refresh_button, self.tr("&Refresh")),
            (self.auto_button, self.tr("&Automatic by rules")),
            (self.assign_button, self.tr("Assign &selection")),
            (self.sort_button, self.tr("Confirm s&orting")),
            (self.ship_button, self.tr("Confirm s&hipment")),
            (self.delivered_button, self.tr("Selection &delivered")),
            (self.returned_button, self.tr("Selection re&turned")),
            (self.rules_button, self.tr("Courier r&ules...")),
            (self.export_buttons[0], self.tr("Export &Excel")),
            (self.export_buttons[1], self.tr("Export &CSV")),
            (self.export_buttons[2], self.tr("Export &TSV")),
        ):
            button.setText(text)
        self.courier_combo.setToolTip(self.tr("Type or pick a courier; Enter gives it to the selected orders"))
        self.sort_date_label.setText(self.tr("Sorting date"))
        self.handover_date_label.setText(self.tr("Hand-over date"))
        self.table.retranslate(_labels())
        self.message_label.setText(self._message())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _say(self, message: Callable[[], str]) -> None:
        """Show a message that follows a language switch."""
        self._message = message
        self.message_label.setText(message())

    # -- background plumbing ----------------------------------------------------------------------
    def _run(self, op: Any, on_success: Any, on_failure: Callable[[], None] | None = None) -> None:
        self.sig_busy_changed.emit(True)

        def done(result: Any) -> None:
            self.sig_busy_changed.emit(False)
            on_success(result)

        def failed(exc: BaseException) -> None:
            self.sig_busy_changed.emit(False)
            logger.warning("logistics call failed: %s", exc)
            message = getattr(exc, "message", None) or str(exc)
            context = getattr(message, "context", None)
            self._say(
                lambda: self.tr("Failed: %1").replace(
                    "%1", QCoreApplication.translate(context, str(message)) if context else str(message)
                )
            )
            if on_failure is not None:
                on_failure()

        self.tasks.run(op, done, failed, owner=self)

    def status(self) -> str:
        return self.status_combo.currentData()

    @property
    def orders(self) -> list[LogisticsOrderRecord]:
        """The listed orders, row by row."""
        return self.table.orders

    # -- loading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the queue of the chosen status and the courier rules (asking first about couriers
        or tracking numbers not confirmed yet)."""
        self._settle(self._reload)

    def _queue_chosen(self) -> None:
        chosen = self.status()
        if chosen == self._shown_status:
            return

        def back() -> None:
            self.status_combo.blockSignals(True)
            self.status_combo.setCurrentIndex(self.status_combo.findData(self._shown_status))
            self.status_combo.blockSignals(False)

        def go(message: str | None) -> None:
            self._shown_status = chosen
            self.status_combo.blockSignals(True)  # the agent may have moved it while we asked
            self.status_combo.setCurrentIndex(self.status_combo.findData(chosen))
            self.status_combo.blockSignals(False)
            self._reload(message)

        self._settle(go, back)

    def _reload(self, message: str | None = None) -> None:
        """Reload; afterwards show ``message`` (what the last action did) or the order count.

        Only the newest reload is applied: an older one answering late (the agent switched status
        twice) must not overwrite the table with the wrong queue.
        """
        status, api = self.status(), self.api
        self._shown_status = status
        self._run(
            lambda: (api.orders(status), api.rules()), self._reloads.ask(lambda result: self._loaded(result, message))
        )

    def _loaded(self, result: tuple[list[LogisticsOrderRecord], list[CourierRule]], message: str | None) -> None:
        orders, self.rules = result
        for courier in dict.fromkeys(r.courier for r in self.rules):
            if self.courier_combo.findText(courier) < 0:
                self.courier_combo.addItem(courier)
        self.table.fill(orders, _labels(), carry=self.table.edits(), select=self.table.selected_ids())
        count = len(orders)
        self._say((lambda: message) if message else (lambda: self.tr("%1 orders").replace("%1", str(count))))
        self.sig_loaded.emit()

    # -- typed and not confirmed ------------------------------------------------------------------
    def unconfirmed(self) -> list[str]:
        """Ids of the orders with a courier or tracking number typed and not confirmed yet."""
        return list(self.table.edits())

    def _settle(self, then: Then, cancel: Callable[[], None] = lambda: None) -> None:
        """``then(None)`` now when nothing typed is unconfirmed; else ask first: Confirm runs the
        queue's confirmation and then ``then(what it did)``, Discard puts the CRM's values back and
        runs ``then(None)``, Cancel (or a confirmation that fails) runs ``cancel``."""
        count = len(self.unconfirmed())
        if not count:
            then(None)
            return
        sorting = self._shown_status == "ordered"
        confirm = self.tr("Confirm sorting") if sorting else self.tr("Confirm shipment")

        def discard() -> None:
            self.table.discard_edits()
            then(None)

        def confirmed() -> None:
            (self.confirm_sorting if sorting else self.confirm_shipment)(then, cancel)

        ask_unconfirmed(self, count, confirm, confirmed, discard, cancel)

    def settle_before_quit(self, proceed: Callable[[], None], cancel: Callable[[], None]) -> None:
        """A quit guard (``QUIT_GUARDS``): with couriers or tracking numbers typed and not confirmed,
        bring this window forward and ask as closing it does (Confirm / Discard / Cancel)."""
        if self.unconfirmed():
            window = self.window()
            window.show()
            window.raise_()
            window.activateWindow()
        self._settle(lambda _message: proceed(), cancel)

    def showEvent(self, event: QShowEvent) -> None:
        window = self.window()
        if window is not self:  # guard the window we are shown in
            self._close_guard.watch(window)
        super().showEvent(event)

    # -- choosing couriers ------------------------------------------------------------------------
    def courier_at(self, row: int) -> str:
        return self.table.courier_at(row)

    def set_courier(self, row: int, courier: str) -> bool:
        return self.table.set_courier(row, courier)

    def apply_rules(self) -> int:
        """Propose a courier by the rules for every order that has none yet; returns how many."""
        proposals = propose_couriers(self.rules, self.orders)
        count = 0
        for row, order in enumerate(self.orders):
            if not self.courier_at(row) and order["id"] in proposals and self.set_courier(row, proposals[order["id"]]):
                count += 1
        missing = sum(1 for row in range(len(self.orders)) if not self.courier_at(row))
        self._say(
            lambda: (
                self.tr("%1 couriers chosen by the rules; %2 orders still without one")
                .replace("%1", str(count))
                .replace("%2", str(missing))
            )
        )
        return count

    def assign_selection(self) -> None:
        """Give the selected orders the courier in the courier box (Enter in the box does the same)."""
        courier = self.courier_combo.currentText().strip()
        if not courier:
            self._say(lambda: self.tr("Type or pick a courier first."))
            return
        rows = self.table.selected_rows()
        if not rows:
            self._say(lambda: self.tr("Select the orders that go with %1 first.").replace("%1", courier))
            return
        count = sum(1 for row in rows if self.set_courier(row, courier))
        if count:
            self._say(
                lambda: (
                    self.tr("%1 chosen for %2 orders; confirm to keep it.")
                    .replace("%1", courier)
                    .replace("%2", str(count))
                )
            )
        else:
            self._say(lambda: self.tr("The courier of shipped orders cannot change."))

    def _dates(self) -> tuple[date, date]:
        return _as_date(self.sort_date_edit.date()), _as_date(self.handover_date_edit.date())

    def _after(self, then: Then | None) -> Then:
        return then if then is not None else self._reload

    def confirm_sorting(self, then: Then | None = None, failed: Callable[[], None] | None = None) -> None:
        """Sort every order that has a courier (ordered → sorted), with the two dates; then reload
        (or ``then(what was done)``; ``failed()`` when nothing could be sorted)."""
        chosen = [
            {"order_id": o["id"], "version": o["version"], "courier": self.courier_at(row)}
            for row, o in enumerate(self.orders)
            if o.get("status") == "ordered" and self.courier_at(row)
        ]
        if not chosen:
            self._say(lambda: self.tr("Choose a courier for at least one order first."))
            if failed is not None:
                failed()
            return
        sort_date, handover = self._dates()
        api, after = self.api, self._after(then)
        self._run(
            lambda: api.sort(chosen, sort_date, handover),
            lambda done: after(self.tr("%1 orders sorted").replace("%1", str(len(done)))),
            failed,
        )

    def confirm_shipment(self, then: Then | None = None, failed: Callable[[], None] | None = None) -> None:
        """Ship every sorted order that has a tracking number (status shipped); then reload (or
        ``then(what was done)``; ``failed()`` when nothing could be shipped)."""
        todo: list[tuple[LogisticsOrderRecord, str]] = []
        for row, order in enumerate(self.orders):
            number = self.table.tracking_at(row)
            if order.get("status") == "sorted" and number and number != order.get("tracking_number"):
                todo.append(({**order, "courier": self.courier_at(row) or order.get("courier", "")}, number))
        if not todo:
            self._say(lambda: self.tr("Enter the tracking numbers of the parcels first."))
            if failed is not None:
                failed()
            return
        api, after = self.api, self._after(then)
        self._run(
            lambda: [api.ship(o, n) for o, n in todo],
            lambda done: after(self.tr("%1 orders shipped").replace("%1", str(len(done)))),
            failed,
        )

    def mark_selection(self, action: str) -> None:
        """Delivered or returned: the selected shipped orders change status."""
        chosen = [
            self.orders[row]
            for row in self.table.selected_rows()
            if self.orders[row].get("status") in ("shipped", "delivered")
        ]
        if not chosen:
            self._say(lambda: self.tr("Select shipped orders first."))
            return
        api = self.api
        self._run(
            lambda: [api.act(o, action) for o in chosen],
            lambda done: self._reload(self.tr("%1 orders updated").replace("%1", str(len(done)))),
        )

    def edit_rules(self) -> None:
        from agent_desktop.features.logistics.rules_dialog import CourierRulesDialog

        dialog = CourierRulesDialog(self.api, self.tasks, self.rules, self)
        dialog.sig_rules_saved.connect(self._rules_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _rules_saved(self, rules: list[CourierRule]) -> None:
        self.rules = rules

    # -- export -----------------------------------------------------------------------------------
    def ask_export(self, fmt: str) -> None:
        filters = {
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "csv": self.tr("CSV (*.csv)"),
            "tsv": self.tr("Tab-separated text (*.tsv)"),
        }
        path, _ = save_file_name(
            self,
            "sorting_list",
            self.tr("Export the sorting list"),
            f"sorting-{date.today():%Y%m%d}.{fmt}",
            filters[fmt],
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the listed orders (with the couriers now in the table) to ``path`` in the background,
        headers, delivery methods and statuses in the current language."""
        orders: list[LogisticsOrderRecord] = [
            {**o, "courier": self.courier_at(row) or o.get("courier", "")} for row, o in enumerate(self.orders)
        ]
        headers = [QCoreApplication.translate(text.context, str(text)) for _key, text in COLUMNS]
        labels = _labels()
        emit = self._progress.sig_progress.emit
        self.progress_bar.setRange(0, max(1, len(orders)))
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self._run(lambda: export(path, orders, headers, labels=labels, progress=emit), self._exported)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)

    def _exported(self, count: int) -> None:
        self.progress_bar.setValue(self.progress_bar.maximum())  # its last progress may come after this
        self.progress_bar.hide()
        self._say(lambda: self.tr("%1 orders exported").replace("%1", str(count)))
