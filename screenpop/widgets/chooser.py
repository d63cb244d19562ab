"""Several customers share the caller's number: the agent picks one (or creates a new one)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from resources.live_text import Retranslated
from screenpop.core.models import CardModel
from screenpop.widgets.text import caller_text, plain_label

logger = logging.getLogger(__name__)


class CustomerChooser(Retranslated, QWidget):
    """Lists the candidates of a "choose" card; Enter or double-click picks one."""

    sig_customer_chosen = Signal(str, str)
    """The agent picked a customer: (call id, customer id)."""
    sig_new_customer_requested = Signal(CardModel)
    """None of the candidates is the caller: create a new customer (carries the CardModel)."""

    def __init__(self, region: str = "CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._region = region
        self._card: CardModel | None = None
        layout = QVBoxLayout(self)
        self.prompt_label = plain_label(name="prompt_label")
        layout.addWidget(self.prompt_label)
        self.candidates_list = QListWidget()
        self.candidates_list.setObjectName("candidates_list")
        self.candidates_list.itemActivated.connect(self._choose_item)
        layout.addWidget(self.candidates_list, 1)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("choose_button")
        self.choose_button.setDefault(True)
        self.choose_button.clicked.connect(self.choose_current)
        self.new_button = QPushButton()
        self.new_button.setObjectName("new_button")
        self.new_button.clicked.connect(lambda: self._card and self.sig_new_customer_requested.emit(self._card))
        layout.addWidget(self.choose_button)
        layout.addWidget(self.new_button)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.choose_button.setText(self.tr("&Show this customer"))
        self.new_button.setText(self.tr("None of these: &new customer"))
        self._show_prompt()

    def set_card(self, card: CardModel) -> None:
        self._card = card
        self._show_prompt()
        self.candidates_list.clear()
        for customer in card.candidates:
            parts = [customer.name, ", ".join(customer.phones), customer.address]
            item = QListWidgetItem("  ·  ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, customer.id)
            self.candidates_list.addItem(item)
        if self.candidates_list.count():
            self.candidates_list.setCurrentRow(0)

    def _show_prompt(self) -> None:
        card = self._card
        if card is None:
            return
        self.prompt_label.setText(
            self.tr("%1 customers use %2. Who is calling?")
            .replace("%1", str(len(card.candidates)))
            .replace("%2", caller_text(card.identity, self._region))
        )

    def choose_current(self) -> None:
        item = self.candidates_list.currentItem()
        if item is not None:
            self._choose_item(item)

    def _choose_item(self, item: QListWidgetItem) -> None:
        if self._card is not None:
            self.sig_customer_chosen.emit(self._card.call_id, item.data(Qt.ItemDataRole.UserRole))
