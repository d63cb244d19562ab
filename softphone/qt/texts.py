"""Showing messages the Qt-free engine marked with QT_TRANSLATE_NOOP in the user's language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from softphone.engine.events import COMMAND_FAILED

logger = logging.getLogger(__name__)


def translated(message: str, default_context: str = "Softphone") -> str:
    """``message`` translated in the context it was marked with."""
    return QCoreApplication.translate(getattr(message, "context", default_context), str(message))


def failure_text(message: str, detail: str = "") -> str:
    """A failed command's message (:class:`~softphone.engine.events.CommandFailed`) in the user's language:
    the engine's own message for the common failures; otherwise the generic one with pjsip's (English)
    ``detail`` after it."""
    if detail and str(message) == str(COMMAND_FAILED):
        return QCoreApplication.translate("Softphone", "The phone could not do that: {0}").format(detail)
    return translated(message)
