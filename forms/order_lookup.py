"""Order lookup for "where is my order?" calls: by final or provisional number, or a phone number."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from crm.records import OrderRecord
from forms.order_labels import code_label, plain_label
from forms.order_rules import format_money
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)


class OrderLookup(Retranslated, QWidget):
    """Type a number and press Enter; Enter on a result (or a double click) opens the order."""

    sig_order_opened = Signal(OrderRecord)
    """The agent wants to see an order (the order record, a dict).
    Declared with the TypedDict, not ``dict``: a ``Signal(dict)`` would hand receivers a QVariantMap
    copy (keys sorted, non-string keys lost); this one passes the dict itself."""

    def __init__(self, lookup: Callable[[str], list[OrderRecord]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self.results: list[OrderRecord] = []
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("order_search_edit")
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("order_results")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.status_label = plain_label()
        self.status_label.setObjectName("lookup_status_label")
        layout = QVBoxLayout(self)
        self.find_label = plain_label("", self.search_edit)
        layout.addWidget(self.find_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        self.search_edit.returnPressed.connect(self.search)
        self.table.itemActivated.connect(lambda item: self.open_row(item.row()))
        self._searched = False
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Order number (SO… or L…) or the customer's phone"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Created"),
                self.tr("Status"),
                self.tr("Total ¥"),
                self.tr("Courier"),
                self.tr("Tracking number"),
            ]
        )
        self.find_label.setText(self.tr("&Find order"))
        if self._searched:
            self._fill()
        self._show_count()

    def _show_count(self) -> None:
        if not self._searched:
            return
        self.status_label.setText(
            self.tr("%1 orders found").replace("%1", str(len(self.results)))
            if self.results
            else self.tr("No order with this number or phone")
        )

    def search(self) -> int:
        """Look up what was typed; returns how many orders were found."""
        self.results = self._lookup(self.search_edit.text())
        self._fill()
        self._searched = True
        self._show_count()
        if self.results:
            self.table.selectRow(0)
            self.table.setFocus()
        return len(self.results)

    def _fill(self) -> None:
        """The results in the table, their statuses in the current language (again after a switch)."""
        self.table.setRowCount(len(self.results))
        for row, order in enumerate(self.results):
            values = (
                order.get("number", ""),
                str(order.get("created_at") or "")[:16].replace("T", " "),
                code_label(order.get("status", "")),  # "sorted" as the agent's language says it
                format_money(int(order.get("total_cents") or 0)),
                order.get("courier", ""),
                order.get("tracking_number", ""),
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.results):
            self.sig_order_opened.emit(self.results[row])
