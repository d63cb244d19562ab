"""The minimal sign-in dialog for a shared CRM (user name + password); nothing is stored here."""

from __future__ import annotations

import logging

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from resources.colours import tint
from resources.icon_set import RED, icon

logger = logging.getLogger(__name__)

TITLE_BAR_EXTRA = 180
"""Room on a title bar beside the title: the window's icon and its close/minimise/maximise buttons."""


class CrmLoginDialog(QDialog):
    """Asks for the CRM user name and password; the caller stores the password in the keyring.

    ``message``: why it asks again (a refused password), on its own line in the error colour with an
    alert icon; ``note``: information beside it (the password is not kept), in the usual colours."""

    def __init__(
        self, url: str, username: str = "", message: str = "", parent: QWidget | None = None, note: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to the CRM"))
        layout = QFormLayout(self)
        layout.addRow(QLabel(self.tr("CRM: {0}").format(url)))
        if message:
            layout.addRow(self._error_row(message))
        if note:
            note_label = QLabel(note)
            note_label.setObjectName("CrmLoginNote")
            note_label.setWordWrap(True)
            layout.addRow(note_label)
        self.username_edit = QLineEdit(username)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addRow(self.tr("User name"), self.username_edit)
        layout.addRow(self.tr("Password"), self.password_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        (self.password_edit if username else self.username_edit).setFocus()
        self.setMinimumWidth(self.title_width())  # the window manager shows the whole title

    def _error_row(self, message: str) -> QWidget:
        row = QWidget()
        row.setObjectName("CrmLoginErrorRow")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        alert = QLabel()
        alert.setObjectName("CrmLoginErrorIcon")
        size = self.fontMetrics().height()
        alert.setPixmap(icon("abnormal", RED).pixmap(size, size))
        error = QLabel(message)
        error.setObjectName("CrmLoginError")
        error.setWordWrap(True)
        font = error.font()
        font.setBold(True)
        error.setFont(font)
        tint(error, "error")
        line.addWidget(alert)
        line.addWidget(error, 1)
        return row

    def title_width(self) -> int:
        """Wide enough for the title bar's "Sign in to the CRM — Agent Desktop" in the language shown."""
        shown = " — ".join(t for t in (self.windowTitle(), QGuiApplication.applicationDisplayName()) if t)
        return max(360, self.fontMetrics().horizontalAdvance(shown) + TITLE_BAR_EXTRA)

    def username(self) -> str:
        return self.username_edit.text().strip()

    def password(self) -> str:
        return self.password_edit.text()
