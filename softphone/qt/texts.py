"""Showing messages the Qt-free engine marked with QT_TRANSLATE_NOOP in the user's language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

logger = logging.getLogger(__name__)


def translated(message: str, default_context: str = "Softphone") -> str:
    """``message`` translated in the context it was marked with."""
    return QCoreApplication.translate(getattr(message, "context", default_context), str(message))
