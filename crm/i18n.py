"""Marking user-visible text in Qt-free packages for translation.

Qt-free code cannot call Qt's translator, so it marks its messages with ``QT_TRANSLATE_NOOP``
(which ``pyside6-lupdate`` recognises by name) and returns the English source text. The UI layer
shows it through ``QCoreApplication.translate(context, text)``; :func:`translated_context` keeps the
context with the text so the UI knows which one to use.
"""

from __future__ import annotations


class Msg(str):
    """A user-visible message: the English source text plus its translation context."""

    context: str

    def __new__(cls, context: str, text: str) -> Msg:
        obj = super().__new__(cls, text)
        obj.context = context
        return obj


def QT_TRANSLATE_NOOP(context: str, text: str) -> Msg:
    """Mark ``text`` for translation in ``context``; returns it untranslated as a :class:`Msg`."""
    return Msg(context, text)
