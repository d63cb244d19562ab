"""Open a folder in the file manager or a link in the browser; where the system has no program for it
(a kiosk, a thin client, a minimal Linux desktop), say so and show the path or link to copy.

Every "open in another program" of the app goes through :func:`open_external`, so none of them can fail
without a word on screen (Qt only writes to stderr then).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

logger = logging.getLogger(__name__)


class NotOpenedDialog(QDialog):
    """The folder's path or the link that no program opened, selected, with a Copy button."""

    def __init__(self, url: QUrl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NotOpenedDialog")
        folder = url.isLocalFile()
        self.setWindowTitle(self.tr("Could not open the folder") if folder else self.tr("Could not open the link"))
        self.message = QLabel(
            self.tr("No file manager was found to open this folder. Its path:")
            if folder
            else self.tr("No web browser was found to open this link. The link:")
        )
        self.message.setWordWrap(True)
        self.target = QLineEdit(url.toLocalFile() if folder else url.toString())
        self.target.setReadOnly(True)
        self.target.setCursorPosition(0)
        self.target.selectAll()
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.target)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(640, max(420, self.target.fontMetrics().horizontalAdvance(self.target.text()) + 60)))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.target.text())
        self.copy_button.setText(self.tr("Copied"))


def open_external(url: QUrl, parent: QWidget | None) -> bool:
    """Open ``url`` (a local folder or file, or a web link) with the system's program for it; when none
    does, show :class:`NotOpenedDialog` (not modal: the agent keeps working) and return False."""
    if QDesktopServices.openUrl(url):
        return True
    logger.warning("no program opened %s; showing it to copy", url.toDisplayString())
    dialog = NotOpenedDialog(url, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return False
