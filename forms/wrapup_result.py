"""What a wrap-up produces, and its validation (no Qt: the form and the shell share it)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from crm.i18n import QT_TRANSLATE_NOOP, Msg

logger = logging.getLogger(__name__)

WRAP_UP_CALL_BACK = "call_back"
"""The wrap-up's "call back" outcome: submitting it asks when to call the customer back (the Call Back queue)."""

DEFAULT_DISPOSITIONS: tuple[str, ...] = (
    "order_placed",
    "enquiry",
    "complaint",
    "follow_up",
    WRAP_UP_CALL_BACK,
    "no_sale",
    "wrong_number",
)
"""Disposition codes offered when the settings configure none."""

MAX_NOTES = 4000
MAX_TITLE = 200


@dataclass(frozen=True)
class FollowUp:
    """A to-do to create with the wrap-up."""

    title: str
    due_at: datetime


@dataclass(frozen=True)
class WrapUpResult:
    """The agent's wrap-up of one call; ``wrapup_seconds`` runs from hang-up to submit (monotonic)."""

    call_id: str
    disposition: str
    notes: str
    follow_up: FollowUp | None
    wrapup_seconds: float


@dataclass(frozen=True)
class WrapUpTyped:
    """What the agent typed in a wrap-up so far, kept while the form serves another call's wrap-up."""

    disposition: str = ""
    notes: str = ""
    follow_up: bool = False
    title: str = ""
    due_at: datetime | None = None


def validate_wrap_up(
    disposition: str,
    notes: str,
    follow_up_title: str | None,
    follow_up_due: datetime | None,
    allowed: tuple[str, ...],
    now: datetime | None = None,
) -> dict[str, Msg]:
    """Problems by field name (``disposition``, ``notes``, ``follow_up_title``, ``follow_up_due``)."""
    errors: dict[str, Msg] = {}
    if not disposition or disposition not in allowed:
        errors["disposition"] = QT_TRANSLATE_NOOP("WrapUp", "Choose how the call ended.")
    if len(notes) > MAX_NOTES:
        errors["notes"] = QT_TRANSLATE_NOOP("WrapUp", "Notes are limited to 4000 characters.")
    if follow_up_title is not None:
        title = follow_up_title.strip()
        if not title:
            errors["follow_up_title"] = QT_TRANSLATE_NOOP("WrapUp", "Give the follow-up a title.")
        elif len(title) > MAX_TITLE:
            errors["follow_up_title"] = QT_TRANSLATE_NOOP("WrapUp", "The title is limited to 200 characters.")
        now = now or datetime.now(timezone.utc)
        if follow_up_due is None or follow_up_due.astimezone(timezone.utc) <= now:
            errors["follow_up_due"] = QT_TRANSLATE_NOOP("WrapUp", "The follow-up must be due in the future.")
    return errors
