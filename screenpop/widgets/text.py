"""Showing untrusted customer text safely, and translating messages from the Qt-free core."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from crm.phones import format_phone
from screenpop.core.identity import CallerIdentity
from screenpop.core.models import CardModel

logger = logging.getLogger(__name__)


def plain_label(text: str = "", parent: QWidget | None = None, *, name: str = "", wrap: bool = True) -> QLabel:
    """A label that never interprets its text as rich text (a name with ``<b>`` shows the tags)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    label.setText(text)
    return label


def translated(message: object) -> str:
    """Show a core message: a ``crm.i18n.Msg`` is translated in its context; other text is shown as is."""
    context = getattr(message, "context", None)
    if context:
        return QCoreApplication.translate(context, str(message))
    return "" if message is None else str(message)


def caller_text(identity: CallerIdentity, region: str = "CN") -> str:
    """The caller's number as people write it (``138 0013 8000``), or why there is none."""
    if identity.number and not identity.withheld:
        return format_phone(identity.number, region)
    return translated(identity.caller_label())


def party_text(card: CardModel, region: str = "CN") -> str:
    """Who a call's card is about: the customer's name, else the caller's number (or why there is none)."""
    return card.customer.name if card.customer else caller_text(card.identity, region)


def format_when(when: datetime | None, pattern: str = "%Y-%m-%d %H:%M") -> str:
    """Local date and time of an event (empty when unknown); ``pattern`` as for strftime."""
    if when is None:
        return ""
    try:
        return when.astimezone().strftime(pattern)
    except (ValueError, OverflowError, OSError):
        return when.strftime(pattern)
