"""Agent evaluation's texts shared by its windows: a total as shown, a failed request as read, an
evaluated call's direction and number."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from agent_desktop.shell.i18n import crm_reason
from crm.client_errors import CrmUnavailable, NotFound, PermissionDenied
from crm.i18n import QT_TRANSLATE_NOOP
from crm.phones import format_phone

STANDARD_NAMES = frozenset(
    {
        QT_TRANSLATE_NOOP("Quality", "Standard call"),
        QT_TRANSLATE_NOOP("Quality", "Greeting"),
        QT_TRANSLATE_NOOP("Quality", "Needs identified"),
        QT_TRANSLATE_NOOP("Quality", "Product knowledge"),
        QT_TRANSLATE_NOOP("Quality", "Compliance (recording announcement, price approval)"),
        QT_TRANSLATE_NOOP("Quality", "Closing"),
    }
)
"""The standard form's names, shown in the user's language (a supervisor's own names are shown as typed)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Quality", text)


def criterion_name(name: str) -> str:
    """A criterion's (or form's) name as shown: the standard form's in the user's language."""
    return _tr(name) if name in STANDARD_NAMES else name


def total_text(value: float, failed: bool) -> str:
    """``76.0 %``, or ``0.0 % (failed)`` when a fail-all criterion was scored 0."""
    shown = f"{value:.1f} %"
    return _tr("%1 (failed)").replace("%1", shown) if failed else shown


def error_text(exc: BaseException) -> str:
    """Why a request of the QA screens failed, in the language in use."""
    if isinstance(exc, CrmUnavailable):
        return _tr("The CRM cannot be reached; try again in a moment.")
    if isinstance(exc, PermissionDenied):
        return _tr("Your role may not evaluate this agent's calls.")
    if isinstance(exc, NotFound):
        return _tr("That call or evaluation is no longer there (the recording may have been deleted).")
    return crm_reason(exc) or _tr("An unexpected error (%1).").replace("%1", type(exc).__name__)


def party_text(call: Mapping[str, Any], region: str) -> str:
    """``In: 138 0013 8000`` / ``Out: …``: a recorded call's direction and the other party's number as
    the rest of the app shows it ("" when the call's details are not known)."""
    direction = call.get("direction")
    if not direction:
        return ""
    number = format_phone(str(call.get("number") or ""), region)
    return (_tr("In: %1") if direction == "inbound" else _tr("Out: %1")).replace("%1", number)
