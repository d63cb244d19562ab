"""Logistics view (role logistics): the sorting queue, couriers by rule or by hand, dates, shipment
confirmation with tracking numbers, and the sorting list exported to .xlsx / CSV / TSV.

Every CRM call and every export runs through ``tasks`` (BackgroundTasks); exports report progress to
the bar through a queued signal, so the window stays responsive with big lists.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.logistics.core.crm_calls import LogisticsCalls, propose_couriers
from agent_desktop.features.logistics.core.export import COLUMNS, export
from agent_desktop.shell.tasks import Newest
from crm.records import LogisticsOrderRecord
from crm.schemas.logistics import CourierRule

logger = logging.getLogger(__name__)


def _as_date(value: QDate) -> date:
    """``value.toPython()``: a ``datetime.date`` (the stub says ``object``)."""
    py = value.toPython()
    assert isinstance(py, date)  # a QDateEdit's date is always valid, so never None
    return py


DEFAULT_COURIERS = ("顺丰速运", "中通快递", "圆通速递", "韵达快递", "EMS", "京东物流")
NUMBER, CREATED, RECIPIENT, PROVINCE, CITY, DELIVERY, COURIER, SORT_DATE, HANDOVER, TRACKING, STATUS = range(11)


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
        self.orders: list[LogisticsOrderRecord] = []
        self._reloads = Newest()
        self.rules: list[CourierRule] = []
        self._progress = _Progress(self)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status_combo")
        self.status_combo.addItem(self.tr("Waiting for sorting"), "ordered")
        self.status_combo.addItem(self.tr("Sorted, waiting for shipment"), "sorted")
        self.status_combo.addItem(self.tr("Shipped"), "shipped")
        self.refresh_button = self._button("refresh_button", self.tr("&Refresh"), self.refresh)
        self.auto_button = self._button("auto_button", self.tr("&Automatic by rules"), self.apply_rules)
        self.courier_combo = QComboBox()
        self.courier_combo.setObjectName("courier_combo")
        self.courier_combo.setEditable(True)
        self.courier_combo.addItems(DEFAULT_COURIERS)
        self.assign_button = self._button("assign_button", self.tr("Assign &selection"), self.assign_selection)
        self.sort_date_edit = self._date("sort_date_edit", 0)
        self.handover_date_edit = self._date("handover_date_edit", 1)
        self.sort_button = self._button("sort_button", self.tr("Confirm s&orting"), self.confirm_sorting)
        self.ship_button = self._button("ship_button", self.tr("Confirm s&hipment"), self.confirm_shipment)
        self.delivered_button = self._button(
            "delivered_button", self.tr("Selection &delivered"), lambda: self.mark_selection("deliver")
        )
        self.returned_button = self._button(
            "returned_button", self.tr("Selection re&turned"), lambda: self.mark_selection("return")
        )
        self.rules_button = self._button("rules_button", self.tr("Courier r&ules..."), self.edit_rules)
        self.export_buttons = [
            self._button(f"export_{fmt}_button", text, lambda _=False, f=fmt: self.ask_export(f))
            for fmt, text in (
                ("xlsx", self.tr("Export &Excel")),
                ("csv", self.tr("Export &CSV")),
                ("tsv", self.tr("Export &TSV")),
            )
        ]
        self.table = QTableWidget(0, 11)
        self.table.setObjectName("orders_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Created"),
                self.tr("Recipient"),
                self.tr("Province"),
                self.tr("City"),
                self.tr("Delivery"),
                self.tr("Courier"),
                self.tr("Sorting date"),
                self.tr("Hand-over date"),
                self.tr("Tracking number"),
                self.tr("Status"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("export_progress")
        self.progress_bar.hide()
        self.message_label = QLabel()
        self.message_label.setObjectName("message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(self.status_combo, 0, 0)
        grid.addWidget(self.refresh_button, 0, 1)
        grid.addWidget(self.auto_button, 0, 2)
        grid.addWidget(self.courier_combo, 0, 3)
        grid.addWidget(self.assign_button, 0, 4)
        grid.addWidget(QLabel(self.tr("Sorting date")), 1, 0)
        grid.addWidget(self.sort_date_edit, 1, 1)
        grid.addWidget(QLabel(self.tr("Hand-over date")), 1, 2)
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
        self.status_combo.currentIndexChanged.connect(self.refresh)
        self._progress.sig_progress.connect(self._on_progress)

    def _button(self, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _date(self, name: str, days: int) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate().addDays(days))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    # -- background plumbing ----------------------------------------------------------------------
    def _run(self, op: Any, on_success: Any) -> None:
        self.sig_busy_changed.emit(True)

        def done(result: Any) -> None:
            self.sig_busy_changed.emit(False)
            on_success(result)

        def failed(exc: BaseException) -> None:
            self.sig_busy_changed.emit(False)
            logger.warning("logistics call failed: %s", exc)
            message = getattr(exc, "message", None) or str(exc)
            context = getattr(message, "context", None)
            text = QCoreApplication.translate(context, str(message)) if context else str(message)
            self.message_label.setText(self.tr("Failed: %1").replace("%1", text))

        self.tasks.run(op, done, failed, owner=self)

    def status(self) -> str:
        return self.status_combo.currentData()

    # -- loading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the queue of the chosen status and the courier rules."""
        self._reload(None)

    def _reload(self, message: str | None) -> None:
        """Reload; afterwards show ``message`` (what the last action did) or the order count.

        Only the newest reload is applied: an older one answering late (the agent switched status
        twice) must not overwrite the table with the wrong queue.
        """
        status, api = self.status(), self.api
        self._run(
            lambda: (api.orders(status), api.rules()), self._reloads.ask(lambda result: self._loaded(result, message))
        )

    def _loaded(self, result: tuple[list[LogisticsOrderRecord], list[CourierRule]], message: str | None) -> None:
        self.orders, self.rules = result
        for courier in dict.fromkeys(r.courier for r in self.rules):
            if self.courier_combo.findText(courier) < 0:
                self.courier_combo.addItem(courier)
        self.table.setRowCount(len(self.orders))
        for row, order in enumerate(self.orders):
            address = order.get("delivery_address") or {}
            values = (
                order["number"],
                str(order.get("created_at") or "")[:10],
                order.get("recipient_name", ""),
                address.get("province", ""),
                address.get("city", ""),
                order.get("delivery_method", ""),
                order.get("courier", ""),
                order.get("sort_date") or "",
                order.get("handover_date") or "",
                order.get("tracking_number", ""),
                order.get("status", ""),
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if col not in (COURIER, TRACKING):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        self.message_label.setText(message or self.tr("%1 orders").replace("%1", str(len(self.orders))))
        self.sig_loaded.emit()

    # -- choosing couriers ------------------------------------------------------------------------
    def courier_at(self, row: int) -> str:
        item = self.table.item(row, COURIER)
        return item.text().strip() if item else ""

    def set_courier(self, row: int, courier: str) -> None:
        item = self.table.item(row, COURIER)
        assert item is not None  # _loaded fills every cell of every listed row
        item.setText(courier)

    def apply_rules(self) -> int:
        """Propose a courier by the rules for every order that has none yet; returns how many."""
        proposals = propose_couriers(self.rules, self.orders)
        count = 0
        for row, order in enumerate(self.orders):
            if not self.courier_at(row) and order["id"] in proposals:
                self.set_courier(row, proposals[order["id"]])
                count += 1
        missing = sum(1 for row in range(len(self.orders)) if not self.courier_at(row))
        self.message_label.setText(
            self.tr("%1 couriers chosen by the rules; %2 orders still without one")
            .replace("%1", str(count))
            .replace("%2", str(missing))
        )
        return count

    def assign_selection(self) -> None:
        """Give the selected orders the courier in the courier box."""
        courier = self.courier_combo.currentText().strip()
        if courier:
            for index in self.table.selectionModel().selectedRows():
                self.set_courier(index.row(), courier)

    def _dates(self) -> tuple[date, date]:
        return _as_date(self.sort_date_edit.date()), _as_date(self.handover_date_edit.date())

    def confirm_sorting(self) -> None:
        """Sort every order that has a courier (ordered → sorted), with the two dates."""
        chosen = [
            {"order_id": o["id"], "version": o["version"], "courier": self.courier_at(row)}
            for row, o in enumerate(self.orders)
            if o.get("status") == "ordered" and self.courier_at(row)
        ]
        if not chosen:
            self.message_label.setText(self.tr("Choose a courier for at least one order first."))
            return
        sort_date, handover = self._dates()
        api = self.api
        self._run(
            lambda: api.sort(chosen, sort_date, handover),
            lambda done: self._after(self.tr("%1 orders sorted").replace("%1", str(len(done)))),
        )

    def confirm_shipment(self) -> None:
        """Ship every sorted order that has a tracking number (status shipped)."""
        todo: list[tuple[LogisticsOrderRecord, str]] = []
        for row, order in enumerate(self.orders):
            item = self.table.item(row, TRACKING)
            number = item.text().strip() if item else ""
            if order.get("status") == "sorted" and number and number != order.get("tracking_number"):
                todo.append(({**order, "courier": self.courier_at(row) or order.get("courier", "")}, number))
        if not todo:
            self.message_label.setText(self.tr("Enter the tracking numbers of the parcels first."))
            return
        api = self.api
        self._run(
            lambda: [api.ship(o, n) for o, n in todo],
            lambda done: self._after(self.tr("%1 orders shipped").replace("%1", str(len(done)))),
        )

    def mark_selection(self, action: str) -> None:
        """Delivered or returned: the selected shipped orders change status."""
        chosen = [
            self.orders[i.row()]
            for i in self.table.selectionModel().selectedRows()
            if self.orders[i.row()].get("status") in ("shipped", "delivered")
        ]
        if not chosen:
            self.message_label.setText(self.tr("Select shipped orders first."))
            return
        api = self.api
        self._run(
            lambda: [api.act(o, action) for o in chosen],
            lambda done: self._after(self.tr("%1 orders updated").replace("%1", str(len(done)))),
        )

    def _after(self, message: str) -> None:
        self.message_label.setText(message)
        self._reload(message)

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
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the sorting list"), f"sorting-{date.today():%Y%m%d}.{fmt}", filters[fmt]
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the listed orders (with the couriers now in the table) to ``path`` in the background."""
        orders: list[LogisticsOrderRecord] = [
            {**o, "courier": self.courier_at(row) or o.get("courier", "")} for row, o in enumerate(self.orders)
        ]
        headers = [QCoreApplication.translate(text.context, str(text)) for _key, text in COLUMNS]
        emit = self._progress.sig_progress.emit
        self.progress_bar.setRange(0, max(1, len(orders)))
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self._run(lambda: export(path, orders, headers, progress=emit), self._exported)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)

    def _exported(self, count: int) -> None:
        self.progress_bar.hide()
        self.message_label.setText(self.tr("%1 orders exported").replace("%1", str(count)))
