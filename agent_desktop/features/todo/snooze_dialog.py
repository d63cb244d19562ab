"""Small dialog: snooze a to-do until a time the agent picks."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from resources.live_text import Retranslated

logger = logging.getLogger(__name__)


class SnoozeDialog(Retranslated, QDialog):
    """``until()`` after ``accepted``."""

    def __init__(self, start: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(start.timestamp())), self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.prompt = QLabel(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Snooze to-do"))
        self.prompt.setText(self.tr("Remind me again at:"))

    def until(self) -> datetime:
        return datetime.fromtimestamp(self.edit.dateTime().toSecsSinceEpoch(), timezone.utc)
