"""The User accounts window's questions: Save / Discard / Cancel for a form not saved, a yes-or-no before
deactivating a user or resetting a password, and the new password, shown once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

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


def show_password(parent: QWidget, username: str, password: str) -> QMessageBox:
    """The new password of ``username``, shown this once (selectable to copy; kept nowhere)."""
    box = _box(
        parent,
        "new_password",
        _tr("New password"),
        _tr("The new password of %1 is below. It is shown only now: pass it on to them.").replace("%1", username),
    )
    box.setIcon(QMessageBox.Icon.Information)
    box.setInformativeText(password)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to copy it
    box.addButton(_tr("Done"), QMessageBox.ButtonRole.AcceptRole)
    box.open()
    return box
