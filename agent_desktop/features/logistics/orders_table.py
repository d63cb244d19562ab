"""The sorting queue's table: one row per order. The courier and tracking number cells are typed in
where the order's status lets them change; what is typed and not yet confirmed, and the selection,
are keyed by order id so they follow the orders when the table is filled again."""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from agent_desktop.features.logistics.core.export import COLUMNS, sorting_row
from agent_desktop.features.logistics.core.labels import Labels
from crm.records import LogisticsOrderRecord

logger = logging.getLogger(__name__)

COLUMN_KEYS = (
    "number",
    "created",
    "recipient",
    "province",
    "city",
    "delivery_method",
    "courier",
    "sort_date",
    "handover_date",
    "tracking_number",
    "status",
)
"""The export's columns the table shows (the export's headers are the table's too)."""
NUMBER, CREATED, RECIPIENT, PROVINCE, CITY, DELIVERY, COURIER, SORT_DATE, HANDOVER, TRACKING, STATUS = range(
    len(COLUMN_KEYS)
)
COURIER_EDITABLE = frozenset({"ordered", "sorted"})
"""Statuses whose courier may be chosen here (sorting, or before shipping)."""
TRACKING_EDITABLE = frozenset({"sorted"})
"""Statuses whose tracking number may be typed here (shipping)."""
_HEADERS = dict(COLUMNS)


@dataclass(frozen=True)
class Edit:
    """What is typed for one order and not confirmed yet, on the order version it was typed on."""

    version: int
    courier: str
    tracking: str


class OrdersTable(QTableWidget):
    """The orders of one queue (:attr:`orders`, row by row)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMN_KEYS), parent)
        self.setObjectName("orders_table")
        self.orders: list[LogisticsOrderRecord] = []
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(300)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RECIPIENT, QHeaderView.ResizeMode.Stretch)  # names share what is left
        self.verticalHeader().hide()
        self._fit_soon = QTimer(self)  # typed or assigned couriers: fit once, not once per cell
        self._fit_soon.setSingleShot(True)
        self._fit_soon.setInterval(0)
        self._fit_soon.timeout.connect(self.fit_columns)
        self.itemChanged.connect(self._fit_soon.start)
        self.retranslate(Labels())

    def fit_columns(self) -> None:
        """Every column but the recipient's as wide as its header and its widest text: order numbers,
        dates and headers are never cut. (Measured on demand: ResizeToContents would measure the
        whole column again for every cell that changes.)"""
        for column in range(len(COLUMN_KEYS)):
            if column != RECIPIENT:
                self.resizeColumnToContents(column)

    def retranslate(self, labels: Labels) -> None:
        """Headers and the delivery / status labels in the current language."""
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate(_HEADERS[key].context, _HEADERS[key]) for key in COLUMN_KEYS]
        )
        for row, order in enumerate(self.orders):
            self._cell(row, DELIVERY).setText(labels.delivery_label(order.get("delivery_method", "")))
            self._cell(row, STATUS).setText(labels.status_label(order.get("status", "")))
        self.fit_columns()

    # -- filling ----------------------------------------------------------------------------------
    def fill(
        self,
        orders: list[LogisticsOrderRecord],
        labels: Labels,
        carry: Mapping[str, Edit] | None = None,
        select: Collection[str] = (),
    ) -> None:
        """Show ``orders``; ``carry`` puts back what was typed for an order still on the same version,
        ``select`` selects the orders of these ids (the current row follows the first)."""
        self.clearSelection()
        self.orders = list(orders)
        self.setRowCount(0)  # new items in empty rows: far cheaper than replacing each item
        self.setRowCount(len(self.orders))
        for row, order in enumerate(self.orders):
            values = sorting_row(order, labels)
            for column, key in enumerate(COLUMN_KEYS):
                item = QTableWidgetItem(str(values[key]))
                if not self._editable(order, column):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(row, column, item)
            edit = (carry or {}).get(order["id"])
            if edit is not None and edit.version == order.get("version"):
                self.set_courier(row, edit.courier)
                if self._editable(order, TRACKING):
                    self._cell(row, TRACKING).setText(edit.tracking)
        self.select_ids(select)
        self.fit_columns()

    @staticmethod
    def _editable(order: LogisticsOrderRecord, column: int) -> bool:
        status = order.get("status", "")
        return (column == COURIER and status in COURIER_EDITABLE) or (
            column == TRACKING and status in TRACKING_EDITABLE
        )

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None  # fill() puts an item in every cell of every listed row
        return item

    # -- couriers and tracking numbers ------------------------------------------------------------
    def courier_at(self, row: int) -> str:
        return self._cell(row, COURIER).text().strip()

    def tracking_at(self, row: int) -> str:
        return self._cell(row, TRACKING).text().strip()

    def set_courier(self, row: int, courier: str) -> bool:
        """Choose the courier of the order in ``row``; False when its status does not allow it."""
        if not self._editable(self.orders[row], COURIER):
            return False
        self._cell(row, COURIER).setText(courier)
        return True

    def edits(self) -> dict[str, Edit]:
        """Order id → what is typed for it and differs from what the CRM has (not confirmed yet)."""
        out = {}
        for row, order in enumerate(self.orders):
            courier, tracking = self.courier_at(row), self.tracking_at(row)
            if (
                courier != (order.get("courier") or "").strip()
                or tracking != (order.get("tracking_number") or "").strip()
            ):
                out[order["id"]] = Edit(order.get("version", 0), courier, tracking)
        return out

    def discard_edits(self) -> None:
        """Put back the CRM's courier and tracking number wherever something else was typed."""
        for row, order in enumerate(self.orders):
            self._cell(row, COURIER).setText(order.get("courier") or "")
            self._cell(row, TRACKING).setText(order.get("tracking_number") or "")

    # -- selection --------------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.selectionModel().selectedRows())

    def selected_ids(self) -> list[str]:
        """The ids of the selected orders, current one first."""
        ids = [self.orders[row]["id"] for row in self.selected_rows()]
        current = self.currentRow()
        if 0 <= current < len(self.orders) and self.orders[current]["id"] in ids:
            ids.remove(self.orders[current]["id"])
            ids.insert(0, self.orders[current]["id"])
        return ids

    def select_ids(self, ids: Collection[str]) -> None:
        """Select exactly the listed orders that are in the table; the first listed becomes current."""
        rows = {order["id"]: row for row, order in enumerate(self.orders)}
        model = self.selectionModel()
        selection = QItemSelection()
        for order_id in ids:
            row = rows.get(order_id)
            if row is not None:
                selection.select(self.model().index(row, 0), self.model().index(row, len(COLUMN_KEYS) - 1))
        first = next((rows[i] for i in ids if i in rows), None)
        if first is not None:
            model.setCurrentIndex(self.model().index(first, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
