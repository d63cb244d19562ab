"""Choosing the order's customer: type a name or phone, Enter searches the local store, pick a match."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from crm.records import CustomerRecord
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)


def customer_label(customer: CustomerRecord) -> str:
    phones = ", ".join(p.get("number", "") for p in customer.get("phones") or () if isinstance(p, dict))
    return f"{customer.get('name', '')}  {phones}".strip()


class CustomerPicker(Retranslated, QWidget):
    """Search field + matches; the chosen customer is :meth:`customer`."""

    sig_customer_chosen = Signal(CustomerRecord)
    """The agent chose a customer (the customer record as a dict).
    Declared with the TypedDict, not ``dict``: a ``Signal(dict)`` would hand receivers a QVariantMap
    copy (keys sorted, non-string keys lost); this one passes the dict itself."""

    def __init__(self, find: Callable[[str], list[CustomerRecord]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._find = find
        self._customer: CustomerRecord | None = None
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("customer_search_edit")
        self.matches_combo = QComboBox()
        self.matches_combo.setObjectName("customer_matches_combo")
        self.matches_combo.setMinimumContentsLength(16)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit, 1)
        layout.addWidget(self.matches_combo, 2)
        self.search_edit.returnPressed.connect(self.search)
        self.matches_combo.activated.connect(self._chosen)
        QWidget.setTabOrder(self.search_edit, self.matches_combo)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Name or phone, then Enter"))

    def search(self) -> int:
        """Look up what was typed; a single match is chosen at once. Returns the number of matches."""
        found = self._find(self.search_edit.text())
        self.matches_combo.clear()
        for customer in found:
            self.matches_combo.addItem(customer_label(customer), customer)
        if len(found) == 1:
            self._chosen(0)
        elif found:
            self.matches_combo.setFocus()
            self.matches_combo.showPopup()
        return len(found)

    def _chosen(self, index: int) -> None:
        customer = self.matches_combo.itemData(index)
        if customer:
            self.set_customer(customer)
            self.sig_customer_chosen.emit(customer)

    def set_customer(self, customer: CustomerRecord | None) -> None:
        """Show ``customer`` as chosen (no signal)."""
        self._customer = customer
        self.matches_combo.clear()
        if customer is not None:
            self.matches_combo.addItem(customer_label(customer), customer)

    def customer(self) -> CustomerRecord | None:
        return self._customer

    def set_read_only(self, read_only: bool) -> None:
        self.search_edit.setEnabled(not read_only)
        self.matches_combo.setEnabled(not read_only)
