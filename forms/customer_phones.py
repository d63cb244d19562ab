"""Editor of a customer's phones: number + type per row, add/remove, per-row messages.

Numbers are checked with :class:`crm.phones.PhoneNormalizer` (phonenumbers, the configured default
region). :attr:`PhonesEdit.sig_number_finished` fires with the canonical number when the agent leaves a
valid number, so the form can warn when it already belongs to another customer.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from crm.phones import PhoneNormalizer, is_valid_phone
from crm.records import CustomerPhoneReadDict
from crm.schemas import PhoneType
from resources.colours import tint

logger = logging.getLogger(__name__)

MAX_PHONES = 10
_TYPED = re.compile(r"^[0-9+()\-. ]+$")


def type_label(kind: str) -> str:
    """A phone type in the current language (a code without a label is shown as it is)."""
    labels = {
        "mobile": QCoreApplication.translate("PhonesEdit", "mobile"),
        "home": QCoreApplication.translate("PhonesEdit", "home"),
        "work": QCoreApplication.translate("PhonesEdit", "work"),
        "fax": QCoreApplication.translate("PhonesEdit", "fax"),
        "other": QCoreApplication.translate("PhonesEdit", "other"),
    }
    return labels.get(kind, kind)


class PhoneRow:
    """The widgets of one phone."""

    def __init__(self, parent: QWidget) -> None:
        self.number = QLineEdit(parent)
        self.number.setMaxLength(40)
        self.type = QComboBox(parent)
        for kind in PhoneType:
            self.type.addItem(type_label(kind.value), kind.value)
        self.remove = QPushButton("−", parent)
        self.error = QLabel(parent)
        tint(self.error, "error")
        self.error.hide()

    def widgets(self) -> tuple[QWidget, ...]:
        return self.number, self.type, self.remove, self.error


class PhonesEdit(QWidget):
    """Several phones with types."""

    sig_number_finished = Signal(str)
    """A valid number was entered (canonical form)."""

    def __init__(self, phones: PhoneNormalizer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.normalizer = phones
        self.rows: list[PhoneRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        self.add_button = QPushButton(self.tr("Add phone"), self)
        self._messages: dict[int, str] = {}  # id(row) -> its problem ("invalid", "twice" or "")
        self.add_button.clicked.connect(lambda: self.add_row())
        layout.addWidget(self.add_button)

    def add_row(self, number: str = "", kind: str = "mobile") -> PhoneRow:
        row = PhoneRow(self)
        row.number.setText(number)
        row.type.setCurrentIndex(max(row.type.findData(kind), 0))
        row.number.editingFinished.connect(lambda r=row: self._finished(r))
        row.remove.clicked.connect(lambda _c=False, r=row: self.remove_row(r))
        row.remove.setToolTip(self.tr("Remove this phone"))
        index = len(self.rows)
        self.grid.addWidget(row.number, index * 2, 0)
        self.grid.addWidget(row.type, index * 2, 1)
        self.grid.addWidget(row.remove, index * 2, 2)
        self.grid.addWidget(row.error, index * 2 + 1, 0, 1, 3)
        self.rows.append(row)
        self.add_button.setEnabled(len(self.rows) < MAX_PHONES)
        return row

    def remove_row(self, row: PhoneRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            widget.hide()
            widget.deleteLater()
        self.add_button.setEnabled(len(self.rows) < MAX_PHONES)

    def set_phones(self, phones: list[CustomerPhoneReadDict]) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        for phone in phones:
            self.add_row(phone.get("number", ""), phone.get("type", "mobile"))
        if not self.rows:
            self.add_row()

    def phones(self) -> list[dict[str, str]]:
        """Non-empty rows as contract phones (``number`` as typed, ``type``)."""
        return [
            {"number": r.number.text().strip(), "type": r.type.currentData()}
            for r in self.rows
            if r.number.text().strip()
        ]

    def canonical(self) -> list[str]:
        """Canonical numbers of the valid rows."""
        out = []
        for row in self.rows:
            number = self.normalizer.try_normalize(row.number.text().strip())
            if number:
                out.append(number)
        return out

    def validate(self) -> bool:
        """Show a message under each invalid or repeated number; True when all are fine."""
        ok, seen = True, set()
        for row in self.rows:
            text = row.number.text().strip()
            number = self.normalizer.try_normalize(text) if text else None
            problem = ""
            if text and (number is None or not _TYPED.match(text) or not is_valid_phone(text, self.normalizer.region)):
                problem = "invalid"
            elif number in seen:
                problem = "twice"
            if number:
                seen.add(number)
            self._messages[id(row)] = problem
            message = self._message(problem)
            row.error.setText(message)
            row.error.setVisible(bool(message))
            ok = ok and not message
        return ok

    def _message(self, problem: str) -> str:
        if problem == "invalid":
            return self.tr("Not a valid phone number")
        return self.tr("This number is listed twice") if problem == "twice" else ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.add_button.setText(self.tr("Add phone"))
            for row in self.rows:
                row.remove.setToolTip(self.tr("Remove this phone"))
                for i in range(row.type.count()):
                    row.type.setItemText(i, type_label(row.type.itemData(i)))
                row.error.setText(self._message(self._messages.get(id(row), "")))
        super().changeEvent(event)

    def _finished(self, row: PhoneRow) -> None:
        number = self.normalizer.try_normalize(row.number.text().strip())
        if number:
            self.sig_number_finished.emit(number)
