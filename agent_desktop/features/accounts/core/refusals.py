"""What the CRM refused in an admin's change of a user, by field, as translatable texts. No Qt.

The back office holds the rules; its 422 names the field and the rule (pydantic's ``type``, e.g.
``string_too_short``, and its message, "String should have at least 12 characters"), so the text says
the server's limit in the admin's language. A refusal this module does not know keeps the server's own words.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from crm.client_errors import (
    CrmError,
    CrmUnavailable,
    NotFound,
    PermissionDenied,
    StateConflict,
    ValidationFailed,
    VersionMismatch,
)
from crm.i18n import QT_TRANSLATE_NOOP, Msg

logger = logging.getLogger(__name__)

FIELDS = ("username", "display_name", "role", "team", "password")
"""The fields of the user form; a refusal of anything else is said under the form."""
FORM = "form"

_BY_TYPE: dict[str, Msg] = {
    "string_too_short": QT_TRANSLATE_NOOP("Accounts", "At least {0} characters."),
    "string_too_long": QT_TRANSLATE_NOOP("Accounts", "At most {0} characters."),
    "string_pattern_mismatch": QT_TRANSLATE_NOOP("Accounts", "Only letters, digits and . _ @ - (no spaces)."),
    "duplicate": QT_TRANSLATE_NOOP("Accounts", "This user name is taken; choose another."),
    "missing": QT_TRANSLATE_NOOP("Accounts", "Fill this in."),
    "enum": QT_TRANSLATE_NOOP("Accounts", "Choose one of the roles offered."),
}
_LIMIT = {"string_too_short": "min_length", "string_too_long": "max_length"}
OTHER = QT_TRANSLATE_NOOP("Accounts", "The CRM refused this: {0}")
"""A refusal without a text of ours: the server's own words."""


@dataclass(frozen=True)
class Problem:
    """One thing to tell the admin: the text (translated when shown) and what fills its ``{0}``."""

    text: Msg
    arg: str = ""


def _field(loc: list[Any]) -> str:
    named = [str(part) for part in loc if str(part) in FIELDS]
    return named[-1] if named else FORM


def _problem(item: dict[str, Any]) -> Problem:
    kind = str(item.get("type") or "")
    text = _BY_TYPE.get(kind)
    if text is None:
        return Problem(OTHER, str(item.get("msg") or kind))
    if kind not in _LIMIT:
        return Problem(text)
    raw = item.get("ctx")
    ctx: dict[str, Any] = raw if isinstance(raw, dict) else {}
    number = str(ctx.get(_LIMIT[kind]) or next(iter(re.findall(r"\d+", str(item.get("msg") or ""))), ""))
    if kind == "string_too_short" and number == "1":  # an empty field that must not be
        return Problem(_BY_TYPE["missing"])
    return Problem(text, number)


def refusal(exc: BaseException) -> dict[str, Problem]:
    """Why a change of a user failed, by field (:data:`FIELDS`, or :data:`FORM` for the whole form)."""
    if isinstance(exc, ValidationFailed):
        detail = exc.body.get("detail") if isinstance(exc.body, dict) else None
        problems: dict[str, Problem] = {}
        for item in detail if isinstance(detail, list) else []:
            if isinstance(item, dict):
                problems.setdefault(_field(list(item.get("loc") or [])), _problem(item))
        return problems or {FORM: Problem(OTHER, str(detail or ""))}
    if isinstance(exc, VersionMismatch):
        return {
            FORM: Problem(
                QT_TRANSLATE_NOOP(
                    "Accounts", "Someone changed this user meanwhile: the list shows them as they are now."
                )
            )
        }
    if isinstance(exc, PermissionDenied):
        return {FORM: Problem(QT_TRANSLATE_NOOP("Accounts", "Only an administrator may manage users."))}
    if isinstance(exc, NotFound):
        return {FORM: Problem(QT_TRANSLATE_NOOP("Accounts", "This user is no longer in the CRM."))}
    if isinstance(exc, CrmUnavailable):
        return {
            FORM: Problem(QT_TRANSLATE_NOOP("Accounts", "The CRM cannot be reached; nothing was changed. Try again."))
        }
    if isinstance(exc, StateConflict):
        return {FORM: Problem(OTHER, str(exc.message))}
    if isinstance(exc, CrmError) and isinstance(exc.message, Msg):
        return {FORM: Problem(exc.message)}
    logger.warning("a change of a user failed: %s", type(exc).__name__)
    return {FORM: Problem(QT_TRANSLATE_NOOP("Accounts", "The change could not be made. Try again."))}
