"""Small label helpers shared by the order form and the address editor: plain-text labels (customer
data is untrusted, never rich text), red field-level error labels, translated messages."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from crm.code_labels import code_label as labelled
from resources.colours import tint

logger = logging.getLogger(__name__)


def plain_label(text: str = "", buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def error_label(name: str) -> QLabel:
    """A hidden red label named ``<name>_error`` that shows a field's problem."""
    label = plain_label()
    label.setObjectName(f"{name}_error")
    tint(label, "error")
    label.setWordWrap(True)
    label.hide()
    return label


def code_label(code: str) -> str:
    """A CRM code (an order or complaint status, a complaint category or severity) in the user's
    language: its label (:mod:`crm.code_labels`: "in_progress" is "in progress", "quality" is "Quality");
    unknown ones as they are."""
    return translate(labelled(str(code)))


def translate(message: str) -> str:
    """A crm.i18n message (str with ``.context``) in the UI language; other strings unchanged."""
    context = getattr(message, "context", None)
    return QCoreApplication.translate(context, str(message)) if context else str(message)


def show_error(label: QLabel, message: str | None) -> None:
    label.setVisible(bool(message))
    label.setText(translate(message) if message else "")
