"""What is wrong with a message before it is sent, by field, as translatable texts. No Qt."""

from __future__ import annotations

import logging

from agent_desktop.features.coaching.core.recipients import Recipient
from crm.client_errors import CrmError, CrmUnavailable, NotFound, PermissionDenied, ValidationFailed
from crm.i18n import QT_TRANSLATE_NOOP, Msg
from crm.schemas.coaching import MAX_BODY, MAX_TITLE, CoachingKind

logger = logging.getLogger(__name__)


def check_body(body: str) -> Msg | None:
    if not body.strip():
        return QT_TRANSLATE_NOOP("Coaching", "Write the message first.")
    if len(body) > MAX_BODY:
        return QT_TRANSLATE_NOOP("Coaching", "A message is limited to 2000 characters.")
    return None


def check_message(recipient: Recipient | None, kind: CoachingKind, title: str, body: str) -> dict[str, Msg]:
    """Problems by field (``to``, ``title``, ``body``)."""
    errors: dict[str, Msg] = {}
    if recipient is None:
        errors["to"] = QT_TRANSLATE_NOOP("Coaching", "Choose an agent or a team from the list.")
    if kind is CoachingKind.STANDARD_TEXT:
        if not title.strip():
            errors["title"] = QT_TRANSLATE_NOOP("Coaching", "Give the standard text a title, e.g. Return policy.")
        elif len(title.strip()) > MAX_TITLE:
            errors["title"] = QT_TRANSLATE_NOOP("Coaching", "The title is limited to 200 characters.")
    problem = check_body(body)
    if problem is not None:
        errors["body"] = problem
    return errors


FIELDS = {"to_user": "to", "to_team": "to", "reply_to": "body", "title": "title", "body": "body", "kind": "body"}


def refusal(exc: BaseException) -> tuple[str, Msg]:
    """(the field to show it at, the text) for a failed send."""
    if isinstance(exc, PermissionDenied):
        return "to", QT_TRANSLATE_NOOP("Coaching", "You may write only to the agents of your own team.")
    if isinstance(exc, ValidationFailed):
        field = next((FIELDS[f] for f in exc.errors if f in FIELDS), "body")
        if field == "to":
            return field, QT_TRANSLATE_NOOP("Coaching", "The CRM knows no such agent or team.")
        if field == "title":
            return field, QT_TRANSLATE_NOOP("Coaching", "Give the standard text a title, e.g. Return policy.")
        return field, QT_TRANSLATE_NOOP("Coaching", "The CRM refused the message; check it and send it again.")
    if isinstance(exc, NotFound):
        return "body", QT_TRANSLATE_NOOP("Coaching", "That message is no longer in the CRM.")
    if isinstance(exc, CrmUnavailable):
        return "body", QT_TRANSLATE_NOOP("Coaching", "The CRM cannot be reached; the message was not sent. Try again.")
    if isinstance(exc, CrmError):
        return "body", QT_TRANSLATE_NOOP("Coaching", "The CRM refused the message; check it and send it again.")
    return "body", QT_TRANSLATE_NOOP("Coaching", "The message could not be sent. Try again.")
