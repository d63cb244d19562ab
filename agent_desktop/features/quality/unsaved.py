"""Something typed on a QA window and not saved yet: the question (Save / Discard / Cancel) asked before
it would be lost; the guard on the window that holds it is the shell's ``CloseGuard``
(``agent_desktop/shell/unsaved_work.py``).

``settle(proceed, cancel)`` is the window's own: it calls ``proceed()`` when nothing is left to lose
(nothing typed, saved, or discarded) and ``cancel()`` when the user stays; the same function serves as
the app's quit guard (``QUIT_GUARDS``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from agent_desktop.shell.unsaved_work import Choice, ask_keep_discard_cancel

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
    return ask_keep_discard_cancel(
        parent,
        QUESTION_NAME,
        _tr("Not saved yet"),
        text,
        Choice(_tr("Save"), "unsaved_save", save),
        Choice(_tr("Discard"), "unsaved_discard", discard),
        Choice(_tr("Cancel"), "unsaved_cancel", cancel),
    )
