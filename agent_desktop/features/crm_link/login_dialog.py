"""The minimal sign-in dialog for a shared CRM (user name + password); nothing is stored here."""

from __future__ import annotations

import logging

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

logger = logging.getLogger(__name__)

TITLE_BAR_EXTRA = 180
"""Room on a title bar beside the title: the window's icon and its close/minimise/maximise buttons."""


class CrmLoginDialog(QDialog):
    """Asks for the CRM user name and password; the caller stores the password in the keyring."""

    def __init__(self, url: str, username: str = "", message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to the CRM"))
        layout = QFormLayout(self)
        layout.addRow(QLabel(self.tr("CRM: {0}").format(url)))
        if message:
            error = QLabel(message)
            error.setObjectName("CrmLoginError")
            error.setWordWrap(True)
            layout.addRow(error)
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

    def title_width(self) -> int:
        """Wide enough for the title bar's "Sign in to the CRM — Agent Desktop" in the language shown."""
        shown = " — ".join(t for t in (self.windowTitle(), QGuiApplication.applicationDisplayName()) if t)
        return max(360, self.fontMetrics().horizontalAdvance(shown) + TITLE_BAR_EXTRA)

    def username(self) -> str:
        return self.username_edit.text().strip()

    def password(self) -> str:
        return self.password_edit.text()
