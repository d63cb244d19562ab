"""Table model of the order lines: SKU, name, quantity, price, discount %, line total (exact cents).

Quantity, price (yuan) and discount are editable in place; totals follow at once. A quantity below 1
is refused, never changed behind the agent's back (:attr:`OrderLinesModel.sig_quantity_refused`). The
model holds :class:`forms.order_rules.LineDraft` objects; adding a SKU that is already there adds to
its quantity (the CRM allows each SKU once per order).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from forms.order_rules import MAX_QUANTITY, LineDraft, format_money, parse_money

logger = logging.getLogger(__name__)

SKU, NAME, QUANTITY, PRICE, DISCOUNT, TOTAL = range(6)
_EDITABLE = {QUANTITY, PRICE, DISCOUNT}
Index = QModelIndex | QPersistentModelIndex


class OrderLinesModel(QAbstractTableModel):
    """The lines of one order form."""

    sig_lines_changed = Signal()
    """Lines were added, removed or edited (totals changed)."""
    sig_quantity_refused = Signal(int)
    """A quantity below 1 was typed into this row: refused, the line keeps its quantity (the form
    says why; Delete removes a line)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[LineDraft] = []
        self._read_only = False
        self._headers: tuple[str, ...] = ()
        self.retranslate()

    def retranslate(self) -> None:
        """Headers in the current language; views repaint every cell (after a language switch)."""
        self._headers = (
            self.tr("SKU"),
            self.tr("Product"),
            self.tr("Qty"),
            self.tr("Price ¥"),
            self.tr("Discount %"),
            self.tr("Total ¥"),
        )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, len(self._headers) - 1))

    # -- data access ------------------------------------------------------------------------------
    def lines(self) -> list[LineDraft]:
        return list(self._lines)

    def set_lines(self, lines: list[LineDraft]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()
        self.sig_lines_changed.emit()

    def add(self, line: LineDraft) -> int:
        """Append ``line`` (or add its quantity to the same SKU); returns its row."""
        for row, existing in enumerate(self._lines):
            if existing.sku == line.sku:
                existing.quantity = min(MAX_QUANTITY, existing.quantity + line.quantity)
                self.dataChanged.emit(self.index(row, 0), self.index(row, TOTAL))
                self.sig_lines_changed.emit()
                return row
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line)
        self.endInsertRows()
        self.sig_lines_changed.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self.endRemoveRows()
            self.sig_lines_changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    # -- Qt model ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in _EDITABLE and not self._read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == SKU:
                return line.sku
            if col == NAME:
                return line.name
            if col == QUANTITY:
                return line.quantity
            if col == PRICE:
                return (
                    format_money(line.list_price_cents)
                    if role == Qt.ItemDataRole.DisplayRole
                    else f"{line.list_price_cents / 100:.2f}"
                )
            if col == DISCOUNT:
                return line.discount_percent
            return format_money(line.total_cents())
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= QUANTITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == QUANTITY and line.stock is not None:
            return self.tr("%1 in stock").replace("%1", str(line.stock))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._read_only:
            return False
        line = self._lines[index.row()]
        col = index.column()
        if col == QUANTITY:
            try:
                quantity = int(str(value).strip())
            except ValueError:
                return False
            if quantity < 1:
                self.sig_quantity_refused.emit(index.row())
                return False
            line.quantity = quantity
        elif col == PRICE:
            cents = parse_money(str(value))
            if cents is None:
                return False
            line.list_price_cents = cents
        elif col == DISCOUNT:
            line.discount_percent = str(value).strip()
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), TOTAL))
        self.sig_lines_changed.emit()
        return True
