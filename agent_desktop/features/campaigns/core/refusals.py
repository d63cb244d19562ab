"""The back office's refusal of a campaign's save, by the editor's field: its 422 (FastAPI's ``detail``
list, each error with its ``loc``), a 403 about the teams, a 409 about the status, a 412 (changed
meanwhile). Known refusals get our own translatable text; others keep the server's error (the editor
words it by its pydantic ``type``). No Qt."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from typing import Any

from crm.client_errors import (
    CrmError,
    CrmUnavailable,
    PermissionDenied,
    StateConflict,
    ValidationFailed,
    VersionMismatch,
)
from crm.i18n import QT_TRANSLATE_NOOP, Msg

logger = logging.getLogger(__name__)

WHOLE = ""
"""The field of a refusal that names none: shown above the buttons."""

_KNOWN: tuple[tuple[str, str | None, Msg], ...] = (
    # (the server's text starts with, the field it is about (None: the one in its loc), our text)
    (
        "deadline_at must be after starts_at",
        "deadline_at",
        QT_TRANSLATE_NOOP("CampaignEditor", "The deadline must be after the start."),
    ),
    (
        "end must be after start",
        None,
        QT_TRANSLATE_NOOP("CampaignEditor", "A calling window must end after it starts."),
    ),
    (
        "must be a time of day",
        None,
        QT_TRANSLATE_NOOP("CampaignEditor", "Write a time of day as HH:MM (00:00 to 24:00)."),
    ),
    (
        "unknown time zone",
        None,
        QT_TRANSLATE_NOOP("CampaignEditor", "Unknown time zone: use a name such as Asia/Shanghai."),
    ),
    ("name the teams", "teams", QT_TRANSLATE_NOOP("CampaignEditor", "Name the teams that work the campaign.")),
    (
        "may be changed but not emptied",
        None,
        QT_TRANSLATE_NOOP("CampaignEditor", "This may be changed but not emptied."),
    ),
    ("String should have at least", None, QT_TRANSLATE_NOOP("CampaignEditor", "This may not be empty.")),
)


@dataclass(frozen=True)
class Refusal:
    """One refused field: ``text`` (ours, to translate) or the server's ``error`` to word by its type."""

    field: str
    text: Msg | None = None
    error: dict[str, Any] = dataclasses.field(default_factory=dict)
    index: tuple[int, ...] = ()
    """Where inside a list field (``windows``: the window's index in what was sent)."""


def _plain(msg: str) -> str:
    return msg[len("Value error, ") :] if msg.startswith("Value error, ") else msg


def _from_detail(item: dict[str, Any], fields: frozenset[str]) -> Refusal:
    loc = [p for p in item.get("loc", []) if p not in ("body", "query")]
    name = str(loc[0]) if loc else WHOLE
    msg = _plain(str(item.get("msg", "")))
    index = tuple(p for p in loc[1:] if isinstance(p, int))
    for start, about, text in _KNOWN:
        if msg.startswith(start):
            name = about or name
            return Refusal(name if name in fields else WHOLE, text, item, index)
    return Refusal(name if name in fields else WHOLE, None, item, index)


def in_no_team(exc: BaseException) -> bool:
    """Whether ``exc`` is the back office's 403 to an agent who is in no team (so in no campaign)."""
    if not isinstance(exc, PermissionDenied):
        return False
    body = exc.body if isinstance(exc.body, dict) else {"detail": exc.body}
    return body.get("code") == "no_team" or "in no team" in str(body.get("detail") or "")


def refusals(exc: BaseException, fields: frozenset[str]) -> list[Refusal]:
    """What to show where for a failed save (``fields``: the editor's fields, the API's names)."""
    if isinstance(exc, ValidationFailed):
        detail = exc.body.get("detail") if isinstance(exc.body, dict) else None
        if isinstance(detail, list) and detail:
            return [_from_detail(item, fields) for item in detail if isinstance(item, dict)]
        return [Refusal(WHOLE, None, {"msg": str(detail or ""), "type": "value_error"})]
    if isinstance(exc, PermissionDenied):
        detail = exc.body.get("detail") if isinstance(exc.body, dict) else ""
        if "team" in str(detail):
            return [
                Refusal("teams", QT_TRANSLATE_NOOP("CampaignEditor", "You may run campaigns for your own team only."))
            ]
        return [Refusal(WHOLE, QT_TRANSLATE_NOOP("CampaignEditor", "Your role may not change this campaign."))]
    if isinstance(exc, StateConflict) and exc.code == "bad_transition":
        return [
            Refusal(
                "status",
                QT_TRANSLATE_NOOP("CampaignEditor", "The campaign cannot get this status from its current one."),
            )
        ]
    if isinstance(exc, VersionMismatch):
        text = QT_TRANSLATE_NOOP(
            "CampaignEditor",
            "Someone else changed this campaign meanwhile. Save again to replace their changes with yours.",
        )
        return [Refusal(WHOLE, text)]
    if isinstance(exc, CrmUnavailable):
        return [
            Refusal(
                WHOLE,
                QT_TRANSLATE_NOOP("CampaignEditor", "The back office cannot be reached; nothing was saved. Try again."),
            )
        ]
    if isinstance(exc, CrmError):
        return [Refusal(WHOLE, exc.message if isinstance(exc.message, Msg) else None, {"msg": str(exc.message)})]
    logger.warning("campaign not saved", exc_info=exc)
    return [Refusal(WHOLE, QT_TRANSLATE_NOOP("CampaignEditor", "The campaign could not be saved. Try again."))]
