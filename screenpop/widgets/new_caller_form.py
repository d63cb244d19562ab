"""Unknown caller: a quick form prefilled with the number that creates a simple customer record."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from crm.phones import try_normalize_phone
from crm.schemas.common import new_id
from crm.schemas.customers import CustomerCreate
from resources.colours import tint
from resources.live_text import Retranslated
from screenpop.core.models import CardModel
from screenpop.widgets.text import caller_text, plain_label

logger = logging.getLogger(__name__)


class NewCallerForm(Retranslated, QWidget):
    """Name, number and an optional address; Enter saves. Errors are shown next to the fields, and
    what was typed stays."""

    sig_customer_create_requested = Signal(object, CardModel)
    """The agent saved a new customer: (``CustomerCreate`` body as a dict with a fresh ``id``, CardModel).
    The body stays ``object``: ``Signal(dict)`` would hand the slot a QVariantMap copy instead of the dict."""

    def __init__(self, region: str = "CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._region = region
        self._card: CardModel | None = None
        layout = QVBoxLayout(self)
        self.heading_label = plain_label(name="heading_label")
        layout.addWidget(self.heading_label)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name_edit")
        self.name_edit.setMaxLength(100)
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("number_edit")
        self.number_edit.setMaxLength(40)
        self.city_edit = QLineEdit()
        self.city_edit.setObjectName("city_edit")
        self.city_edit.setMaxLength(32)
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("address_edit")
        self.address_edit.setMaxLength(200)
        self.name_error = plain_label(name="name_error")
        self.number_error = plain_label(name="number_error")
        self.form_error = plain_label(name="form_error")
        for label in (self.name_error, self.number_error, self.form_error):
            tint(label, "error")
            label.hide()
        self._captions = [
            self._buddy(edit) for edit in (self.name_edit, self.number_edit, self.city_edit, self.address_edit)
        ]
        form.addRow(self._captions[0], self.name_edit)
        form.addRow(self.name_error)
        form.addRow(self._captions[1], self.number_edit)
        form.addRow(self.number_error)
        form.addRow(self._captions[2], self.city_edit)
        form.addRow(self._captions[3], self.address_edit)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        for edit in (self.name_edit, self.number_edit, self.city_edit, self.address_edit):
            edit.returnPressed.connect(self.submit)
        self._shown_errors: dict[QLabel, Callable[[], str]] = {}  # error label -> its text, for a switch
        self.retranslateUi()

    def retranslateUi(self) -> None:
        texts = (self.tr("&Name"), self.tr("N&umber"), self.tr("&City (optional)"), self.tr("&Address (optional)"))
        for caption, text in zip(self._captions, texts):
            caption.setText(text)
        self.save_button.setText(self.tr("&Save customer"))
        self._show_heading()
        for label, message in self._shown_errors.items():
            label.setText(message())

    @staticmethod
    def _buddy(edit: QLineEdit) -> QLabel:
        label = plain_label(wrap=False)
        label.setBuddy(edit)
        return label

    def _show_heading(self) -> None:
        if self._card is not None:
            caller = caller_text(self._card.identity, self._region)
            self.heading_label.setText(self.tr("New caller: %1").replace("%1", caller))

    def set_card(self, card: CardModel) -> None:
        """Start a new form for this caller (a refresh of the same call keeps what was typed)."""
        same_call = self._card is not None and self._card.call_id == card.call_id
        self._card = card
        self._show_heading()
        if same_call:
            return
        ident = card.identity
        self.number_edit.setText(ident.number_raw if not ident.withheld else "")
        self.name_edit.setText(ident.display_name)
        self.city_edit.clear()
        self.address_edit.clear()
        for label in (self.name_error, self.number_error, self.form_error):
            label.hide()
        self.name_edit.setFocus()

    def card(self) -> CardModel | None:
        return self._card

    def data(self) -> dict[str, Any] | None:
        """The validated ``CustomerCreate`` body, or None after showing what is wrong."""
        name = self.name_edit.text().strip()
        number = self.number_edit.text().strip()
        ok = True
        if not name:
            ok = self._error(self.name_error, lambda: self.tr("Enter the caller's name."), self.name_edit, ok)
        else:
            self.name_error.hide()
        if number and try_normalize_phone(number, self._region) is None:
            ok = self._error(self.number_error, lambda: self.tr("This is not a phone number."), self.number_edit, ok)
        else:
            self.number_error.hide()
        if not ok:
            return None
        body = {
            "id": new_id(),
            "name": name,
            "phones": [{"number": number}] if number else [],
            "address": {"city": self.city_edit.text().strip(), "street": self.address_edit.text().strip()},
        }
        try:
            checked = CustomerCreate.model_validate(body)
        except ValidationError as exc:
            logger.info("new caller form rejected by the contract: %s", exc.errors()[:3])
            fields = ", ".join(str(e["loc"][0]) for e in exc.errors()[:3])
            self._error(self.form_error, lambda: self.tr("Please check the fields: %1").replace("%1", fields))
            return None
        self.form_error.hide()
        return checked.model_dump(mode="json", exclude_none=True)

    def _error(
        self, label: QLabel, text: Callable[[], str], edit: QLineEdit | None = None, first_ok: bool = False
    ) -> bool:
        """Show ``text()`` (asked again on a language switch) in ``label``; focus ``edit`` when first."""
        self._shown_errors[label] = text
        label.setText(text())
        label.show()
        if first_ok and edit is not None:
            edit.setFocus()
        return False

    def submit(self) -> None:
        data = self.data()
        if data is not None:
            self.sig_customer_create_requested.emit(data, self._card)
