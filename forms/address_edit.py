"""Province / city / district / street / postal code editor with field-level messages.

Reusable by any form that edits a Chinese address (order delivery address, customer form): set and
read an :class:`forms.address_rules.AddressValue`, call :meth:`AddressEdit.show_errors` with
:func:`forms.address_rules.validate_address` results (messages keyed by field name). The province is
an editable combo with the 34 provincial-level divisions (type 浙江 or pick from the list).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QGridLayout, QLabel, QLineEdit, QWidget

from forms.address_rules import PROVINCES, AddressValue, canonical_province
from forms.order_labels import error_label, plain_label, show_error
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)

FIELDS = ("province", "city", "district", "street", "postal_code")


class AddressEdit(Retranslated, QWidget):
    """Five fields in tab order province → city → district → street → postal code."""

    sig_changed = Signal()
    """The agent changed any part of the address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.province_combo = QComboBox()
        self.province_combo.setObjectName("province_combo")
        self.province_combo.setEditable(True)
        self.province_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.province_combo.addItem("")
        self.province_combo.addItems(PROVINCES)
        completer = QCompleter(list(PROVINCES), self.province_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.province_combo.setCompleter(completer)
        self.city_edit = self._line("city_edit", 32)
        self.district_edit = self._line("district_edit", 32)
        self.street_edit = self._line("street_edit", 200)
        self.postal_edit = self._line("postal_edit", 12)
        self.postal_edit.setInputMask("")
        self.errors = {name: error_label(f"address_{name}") for name in FIELDS}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        widgets = (self.province_combo, self.city_edit, self.district_edit, self.street_edit, self.postal_edit)
        self._captions = [plain_label("", widget) for widget in widgets]
        self._errors_shown: Mapping[str, str] = {}
        for row, (name, widget) in enumerate(zip(FIELDS, widgets)):
            grid.addWidget(self._captions[row], row * 2, 0)
            grid.addWidget(widget, row * 2, 1)
            grid.addWidget(self.errors[name], row * 2 + 1, 1)
        for a, b in zip(widgets, widgets[1:]):
            QWidget.setTabOrder(a, b)
        self.province_combo.currentTextChanged.connect(self.sig_changed)
        for edit in widgets[1:]:
            edit.textEdited.connect(self.sig_changed)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        labels = (
            self.tr("Pro&vince"),
            self.tr("Cit&y"),
            self.tr("Dis&trict"),
            self.tr("Stree&t"),
            self.tr("Postal code"),
        )
        for caption, text in zip(self._captions, labels):
            caption.setText(text)
        self.show_errors(self._errors_shown)  # the messages are marked: shown in the new language

    @property
    def captions(self) -> list[QLabel]:
        """The fields' captions (a form around it may give them its caption column's width)."""
        return list(self._captions)

    def _line(self, name: str, max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(max_length)
        return edit

    def widget_for(self, name: str) -> QWidget:
        return {
            "province": self.province_combo,
            "city": self.city_edit,
            "district": self.district_edit,
            "street": self.street_edit,
            "postal_code": self.postal_edit,
        }[name]

    def value(self) -> AddressValue:
        province = self.province_combo.currentText().strip()
        return AddressValue(
            canonical_province(province) or province,
            self.city_edit.text().strip(),
            self.district_edit.text().strip(),
            self.street_edit.text().strip(),
            self.postal_edit.text().strip(),
        )

    def set_value(self, address: AddressValue) -> None:
        """Show ``address`` (no sig_changed: this is not the agent typing)."""
        self.blockSignals(True)
        try:
            self.province_combo.setCurrentText(address.province)
            self.city_edit.setText(address.city)
            self.district_edit.setText(address.district)
            self.street_edit.setText(address.street)
            self.postal_edit.setText(address.postal_code)
        finally:
            self.blockSignals(False)

    def show_errors(self, errors: Mapping[str, str]) -> str | None:
        """Show each field's message (keys: province, city, ...); returns the first field with one."""
        first = None
        self._errors_shown = dict(errors)
        for name in FIELDS:
            show_error(self.errors[name], errors.get(name))
            if first is None and errors.get(name):
                first = name
        return first

    def set_read_only(self, read_only: bool) -> None:
        self.province_combo.setEnabled(not read_only)
        for edit in (self.city_edit, self.district_edit, self.street_edit, self.postal_edit):
            edit.setReadOnly(read_only)
