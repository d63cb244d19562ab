"""The User accounts window's questions: Save / Discard / Cancel for a form not saved, a yes-or-no before
deactivating a user or resetting a password, and a new password, shown once with a Copy button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.shell.unsaved_work import Choice, ask_keep_discard_cancel


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccountsNotices", text)


def ask_unsaved(
    parent: QWidget, save: Callable[[], None], discard: Callable[[], None], cancel: Callable[[], None]
) -> QMessageBox:
    """The user form holds changes not saved: exactly one of the three runs once the admin answers."""
    return ask_keep_discard_cancel(
        parent,
        "unsaved_question",
        _tr("Not saved yet"),
        _tr("The user's details you typed are not saved."),
        Choice(_tr("Save"), "unsaved_save", save),
        Choice(_tr("Discard"), "unsaved_discard", discard),
        Choice(_tr("Cancel"), "unsaved_cancel", cancel),
    )


def _box(parent: QWidget, name: str, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def confirm(parent: QWidget, name: str, title: str, text: str, action: str, then: Callable[[], None]) -> QMessageBox:
    """Ask window-modally; ``then()`` when the admin clicks ``action`` (not on Cancel or Escape)."""
    box = _box(parent, name, title, text)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    go.setObjectName(f"{name}_confirm")
    box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.finished.connect(lambda _result: then() if box.clickedButton() is go else None)
    box.open()
    return box


class PasswordNotice(QDialog):
    """A password shown this once, with a Copy button (kept nowhere: not logged, not written to a file)."""

    def __init__(self, parent: QWidget, text: str, password: str) -> None:
        super().__init__(parent)
        self.setObjectName("new_password")
        self.setWindowTitle(_tr("New password"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.password = QLineEdit(password)
        self.password.setObjectName("password_shown")
        self.password.setReadOnly(True)
        self.password.setMinimumWidth(self.password.fontMetrics().horizontalAdvance(password) + 24)
        self.copy_button = QPushButton(_tr("&Copy"))
        self.copy_button.setObjectName("copy_password")
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy)
        self.note = QLabel(_tr("It will not be shown again: copy it or write it down now, then pass it on."))
        self.note.setObjectName("not_shown_again")
        self.note.setWordWrap(True)
        bold = self.note.font()
        bold.setBold(True)
        self.note.setFont(bold)
        done = QDialogButtonBox()
        done_button = done.addButton(_tr("Done"), QDialogButtonBox.ButtonRole.AcceptRole)
        done_button.setObjectName("password_done")
        done.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(done)
        self.setMinimumWidth(420)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.password.text())
        self.copy_button.setText(_tr("Copied"))


def show_password(parent: QWidget, username: str, password: str, created: bool = False) -> PasswordNotice:
    """The password of ``username`` (just reset, or ``created`` with the account), shown this once."""
    if created:
        text = _tr("%1 was created with this password:").replace("%1", username)
    else:
        text = _tr("The new password of %1:").replace("%1", username)
    notice = PasswordNotice(parent, text, password)
    notice.open()
    return notice
