"""Product lookup: type a SKU, part of the name or the pinyin initials; Up/Down pick; Enter adds.

The widget does not know where products come from: it calls ``search(text, limit)`` (e.g.
:meth:`crm.store.products.ProductCatalog.search`, in-memory and fast enough per keystroke) and shows
each hit with its price and stock. Enter in the search or quantity field emits
:attr:`ProductLookup.sig_product_chosen` with the highlighted product and the quantity.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QListWidget, QListWidgetItem, QSpinBox, QWidget

from crm.store.products import ProductHit
from forms.order_labels import plain_label
from forms.order_rules import MAX_QUANTITY, format_money
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)

Search = Callable[[str, int], Sequence[ProductHit]]


class ProductLookup(Retranslated, QWidget):
    """Search field, quantity and the list of matches."""

    sig_product_chosen = Signal(ProductHit, int)
    """The agent chose a product to add: (ProductHit, quantity)."""

    def __init__(self, search: Search, parent: QWidget | None = None, *, limit: int = 20) -> None:
        super().__init__(parent)
        self._search = search
        self._limit = limit
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("product_search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setObjectName("product_quantity_spin")
        self.quantity_spin.setRange(1, MAX_QUANTITY)
        self.results = QListWidget()
        self.results.setObjectName("product_results")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setMaximumHeight(120)
        self.results.itemActivated.connect(lambda _item: self.choose())
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.product_label = plain_label("", self.search_edit)
        self.quantity_label = plain_label("", self.quantity_spin)
        grid.addWidget(self.product_label, 0, 0)
        grid.addWidget(self.search_edit, 0, 1)
        grid.addWidget(self.quantity_label, 0, 2)
        grid.addWidget(self.quantity_spin, 0, 3)
        grid.addWidget(self.results, 1, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        QWidget.setTabOrder(self.search_edit, self.quantity_spin)
        self.search_edit.textChanged.connect(self.refresh)
        self.search_edit.installEventFilter(self)
        self.quantity_spin.installEventFilter(self)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("SKU, name or pinyin initials (e.g. amy for 按摩椅)"))
        self.product_label.setText(self.tr("&Product"))
        self.quantity_label.setText(self.tr("&Qty"))
        for i in range(self.results.count()):
            item = self.results.item(i)
            item.setText(self._hit_text(item.data(Qt.ItemDataRole.UserRole)))

    def _hit_text(self, hit: ProductHit) -> str:
        return (
            self.tr("%1  %2  ¥%3  stock %4")
            .replace("%1", hit.sku)
            .replace("%2", hit.name)
            .replace("%3", format_money(hit.price_cents))
            .replace("%4", str(hit.stock))
        )

    def refresh(self) -> None:
        """Run the search for the current text and list the hits (first one highlighted)."""
        text = self.search_edit.text()
        hits = list(self._search(text, self._limit)) if text.strip() else []
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(self._hit_text(hit))
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)

    def current(self) -> ProductHit | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def choose(self) -> bool:
        """Emit the highlighted product with the quantity; reset for the next one. False if none."""
        hit = self.current()
        if hit is None:
            return False
        quantity = self.quantity_spin.value()
        self.search_edit.clear()
        self.quantity_spin.setValue(1)
        self.search_edit.setFocus()
        self.sig_product_chosen.emit(hit, quantity)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods & Qt.KeyboardModifier.ControlModifier:
                if self.current() is not None:
                    self.choose()
                    return True
                return False
            if watched is self.search_edit and key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def set_read_only(self, read_only: bool) -> None:
        self.search_edit.setEnabled(not read_only)
        self.quantity_spin.setEnabled(not read_only)
