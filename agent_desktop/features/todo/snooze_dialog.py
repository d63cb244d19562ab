"""Small dialog: snooze a to-do until a time the agent picks."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

logger = logging.getLogger(__name__)


class SnoozeDialog(QDialog):
    """``until()`` after ``accepted``."""

    def __init__(self, start: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze to-do"))
        self.edit = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(start.timestamp())), self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Remind me again at:"), self))
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def until(self) -> datetime:
        return datetime.fromtimestamp(self.edit.dateTime().toSecsSinceEpoch(), timezone.utc)
