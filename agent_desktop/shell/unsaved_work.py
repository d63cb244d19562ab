"""Something typed and not kept yet, asked about before it would be lost: the window-modal question
(keep it, discard it, or go back) and the guard on the window that holds it (its close button and
Escape ask first). The features word the question; ``settle(proceed, cancel)`` is the feature's own
(the same shape as a quit guard, ``shell/quit_guards.py``): it calls ``proceed()`` when nothing is
left to lose and ``cancel()`` when the user stays.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from agent_desktop.shell.quit_guards import QuitGuard


class Choice(NamedTuple):
    """One answer of the question: its button's text and object name, and what it runs."""

    text: str
    name: str
    run: Callable[[], None]


def ask_keep_discard_cancel(
    parent: QWidget,
    name: str,
    title: str,
    text: str,
    keep: Choice,
    discard: Choice,
    cancel: Choice,
    detail: str = "",
) -> QMessageBox:
    """Ask window-modally (it does not block): exactly one of the three choices runs once the user
    answers; Escape or closing the box is ``cancel``. ``name`` is the box's object name."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    if detail:
        box.setInformativeText(detail)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    roles = (
        QMessageBox.ButtonRole.AcceptRole,
        QMessageBox.ButtonRole.DestructiveRole,
        QMessageBox.ButtonRole.RejectRole,
    )
    buttons = []
    for choice, role in zip((keep, discard, cancel), roles, strict=True):
        button = box.addButton(choice.text, role)
        button.setObjectName(choice.name)
        buttons.append(button)
    box.setDefaultButton(buttons[0])
    box.setEscapeButton(buttons[2])

    def answered() -> None:
        clicked = box.clickedButton()
        (keep if clicked is buttons[0] else discard if clicked is buttons[1] else cancel).run()

    box.finished.connect(lambda _result: answered())
    box.open()
    return box


class CloseGuard(QObject):
    """Asks ``settle`` before the watched window closes (its close button, Escape) while ``pending()``
    is true. ``watch`` names the window (again when a widget moves to another one)."""

    def __init__(
        self,
        window: QWidget | None,
        pending: Callable[[], bool],
        settle: QuitGuard,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else window)
        self.pending, self.settle = pending, settle
        self.window: QWidget | None = None
        self._may_close = False
        if window is not None:
            self.watch(window)

    def watch(self, window: QWidget) -> None:
        if window is self.window:
            return
        if self.window is not None:
            self.window.removeEventFilter(self)
        window.installEventFilter(self)
        self.window = window

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
        if self.window is None:
            return
        self._may_close = True
        try:
            self.window.close()
        finally:
            self._may_close = False
