"""Dial pad: number entry, 12 keys, call button. Keys during a call send DTMF."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from resources.icon_set import icon
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)

KEYS = "123456789*0#"


class DialPad(Retranslated, QWidget):
    """Number field and keypad."""

    sig_dial_requested = Signal(str)
    """The agent asked to call the number in the field."""
    sig_digit_pressed = Signal(str)
    """A keypad key was pressed (sent as DTMF when a call is up)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLineEdit()
        self.number.setClearButtonEnabled(True)
        self.number.returnPressed.connect(self._dial)
        self.call_button = QPushButton()
        self.call_button.clicked.connect(self._dial)
        self.redial_button = QPushButton()
        self.redial_button.clicked.connect(self._redial)
        self.call_button.setIcon(icon("dial"))
        self.redial_button.setIcon(icon("redial"))
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, key in enumerate(KEYS):
            button = QPushButton(key)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=key: self._pressed(k))
            grid.addWidget(button, i // 3, i % 3)
            self.keys[key] = button
        row = QHBoxLayout()
        row.addWidget(self.number, 1)
        row.addWidget(self.call_button)
        row.addWidget(self.redial_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(grid)
        self.last_dialled = ""
        self.redial_button.setEnabled(False)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.number.setPlaceholderText(self.tr("Number or SIP address"))
        self.call_button.setText(self.tr("Call"))
        self.redial_button.setText(self.tr("Redial"))

    def _pressed(self, key: str) -> None:
        self.number.insert(key)
        self.sig_digit_pressed.emit(key)

    def _dial(self) -> None:
        text = self.number.text().strip()
        if text:
            self.last_dialled = text
            self.redial_button.setEnabled(True)
            self.sig_dial_requested.emit(text)

    def _redial(self) -> None:
        if self.last_dialled:
            self.number.setText(self.last_dialled)
            self.sig_dial_requested.emit(self.last_dialled)
