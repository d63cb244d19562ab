"""Something typed on a QA window and not saved yet: the question (Save / Discard / Cancel) asked before
it would be lost, and the guard on the window that holds it (closing it, or Escape, asks first).

``settle(proceed, cancel)`` is the window's own: it calls ``proceed()`` when nothing is left to lose
(nothing typed, saved, or discarded) and ``cancel()`` when the user stays; the same function serves as
the app's quit guard (``QUIT_GUARDS``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox, QWidget

Settle = Callable[[Callable[[], None], Callable[[], None]], None]

QUESTION_NAME = "unsaved_question"
"""The question box's object name (tests find it by it)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("QualityUnsaved", text)


def ask_unsaved(
    parent: QWidget, text: str, save: Callable[[], None], discard: Callable[[], None], cancel: Callable[[], None]
) -> QMessageBox:
    """Ask, window-modal, what becomes of what was typed: exactly one of the three is called once the
    user answers (closing the question is Cancel)."""
    box = QMessageBox(
        QMessageBox.Icon.Question, _tr("Not saved yet"), text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName(QUESTION_NAME)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    save_button = box.addButton(_tr("Save"), QMessageBox.ButtonRole.AcceptRole)
    save_button.setObjectName("unsaved_save")
    discard_button = box.addButton(_tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    discard_button.setObjectName("unsaved_discard")
    cancel_button = box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    cancel_button.setObjectName("unsaved_cancel")
    box.setDefaultButton(save_button)
    box.setEscapeButton(cancel_button)

    def answered() -> None:
        clicked = box.clickedButton()
        if clicked is save_button:
            save()
        elif clicked is discard_button:
            discard()
        else:
            cancel()

    box.finished.connect(lambda _result: answered())
    box.open()
    return box


class CloseGuard(QObject):
    """Asks ``settle`` before ``window`` closes (its close button, Escape) while ``pending()`` is true."""

    def __init__(self, window: QWidget, pending: Callable[[], bool], settle: Settle) -> None:
        super().__init__(window)
        self.window, self.pending, self.settle = window, pending, settle
        self._may_close = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        closing = event.type() == QEvent.Type.Close or (
            event.type() == QEvent.Type.KeyPress  # a dialog's Escape rejects it without a close event
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        )
        if not closing or watched is not self.window or self._may_close or not self.pending():
            return False
        if event.type() == QEvent.Type.Close:
            event.ignore()
        else:
            event.accept()
        self.settle(self.close_now, lambda: None)
        return True

    def close_now(self) -> None:
        """Close the window without asking (what was typed is saved or discarded)."""
        self._may_close = True
        try:
            self.window.close()
        finally:
            self._may_close = False
