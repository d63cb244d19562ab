"""Exceptions of the CRM HTTP client: one class per answer the caller handles differently."""

from __future__ import annotations

import logging
from typing import Any

from crm.i18n import QT_TRANSLATE_NOOP, Msg

logger = logging.getLogger(__name__)


class CrmError(Exception):
    """Base class; ``message`` is a translatable text for the agent, ``status`` the HTTP status."""

    status: int | None = None

    def __init__(self, message: Msg | str, *, status: int | None = None, body: Any = None) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status
        self.body = body


class CrmUnavailable(CrmError):
    """The CRM cannot be reached (network down, timeout, server restarting or 5xx)."""


class AuthenticationFailed(CrmError):
    """401: wrong user name/password, or the token expired."""

    status = 401


class PermissionDenied(CrmError):
    """403: the signed-in role may not do this."""

    status = 403


class NotFound(CrmError):
    """404: no such record."""

    status = 404


class StateConflict(CrmError):
    """409: the record's state forbids this (edit of a shipped order, claimed callback...)."""

    status = 409

    def __init__(self, message: Msg | str, *, code: str = "", body: Any = None) -> None:
        super().__init__(message, body=body)
        self.code = code


class VersionMismatch(CrmError):
    """412: someone changed the record since our copy; ``current`` is the server's record now."""

    status = 412

    def __init__(self, message: Msg | str, *, current: dict[str, Any] | None, body: Any = None) -> None:
        super().__init__(message, body=body)
        self.current = current


class PreconditionRequired(CrmError):
    """428: an update was sent without If-Match (a client bug)."""

    status = 428


class TooManyAttempts(AuthenticationFailed):
    """429 to a sign-in: too many failed sign-ins for the account or from this address; the server
    says when to try again (``Retry-After``)."""

    status = 429


class ValidationFailed(CrmError):
    """422: the server refused the input; ``errors`` maps a dotted field path to its message."""

    status = 422

    def __init__(self, message: Msg | str, *, errors: dict[str, str], body: Any = None) -> None:
        super().__init__(message, body=body)
        self.errors = errors


REFUSALS: dict[str, Msg] = {
    "price_approval_required": QT_TRANSLATE_NOOP(
        "CrmClient",
        "A price in this order is below the discount agents may give (or above the list price): "
        "ask a supervisor to approve the prices, then submit again.",
    ),
    "price_approval_invalid": QT_TRANSLATE_NOOP(
        "CrmClient",
        "The supervisor's approval does not cover these prices (not approved yet, declined, changed "
        "since, or used for another order): ask again.",
    ),
}
"""Messages for the machine codes of refusals the agent can act on (the server's ``code``)."""


def error_for(status: int, body: Any) -> CrmError:
    """The exception for an HTTP error answer (``body`` is the decoded JSON, or text)."""
    detail = body.get("detail") if isinstance(body, dict) else None
    code = body.get("code", "") if isinstance(body, dict) else ""
    if status == 401:
        return AuthenticationFailed(QT_TRANSLATE_NOOP("CrmClient", "Sign-in to the CRM failed or expired"), body=body)
    if status == 403:
        message = REFUSALS.get(str(code)) or QT_TRANSLATE_NOOP("CrmClient", "Your role may not do this in the CRM")
        return PermissionDenied(message, body=body)
    if status == 404:
        return NotFound(QT_TRANSLATE_NOOP("CrmClient", "The CRM has no such record"), body=body)
    if status == 409:
        return StateConflict(
            str(detail) if detail else QT_TRANSLATE_NOOP("CrmClient", "The record's state does not allow this"),
            code=code,
            body=body,
        )
    if status == 412:
        current = body.get("current") if isinstance(body, dict) else None
        return VersionMismatch(
            QT_TRANSLATE_NOOP("CrmClient", "Someone else changed this record meanwhile"), current=current, body=body
        )
    if status == 428:
        return PreconditionRequired(
            QT_TRANSLATE_NOOP("CrmClient", "The CRM needs the record version for this change"), body=body
        )
    if status == 422:
        errors: dict[str, str] = {}
        if isinstance(detail, list):
            for item in detail:
                loc = [str(p) for p in item.get("loc", []) if p not in ("body", "query", "path", "header")]
                errors[".".join(loc) or "*"] = str(item.get("msg", ""))
        elif detail:
            errors["*"] = str(detail)
        return ValidationFailed(QT_TRANSLATE_NOOP("CrmClient", "The CRM refused the input"), errors=errors, body=body)
    if status == 429:
        return TooManyAttempts(
            QT_TRANSLATE_NOOP(
                "CrmClient", "Too many failed sign-ins: wait a few minutes (an administrator can unlock the account)"
            ),
            body=body,
        )
    if status >= 500:
        return CrmUnavailable(QT_TRANSLATE_NOOP("CrmClient", "The CRM server had an error"), status=status, body=body)
    return CrmError(QT_TRANSLATE_NOOP("CrmClient", "Unexpected answer from the CRM"), status=status, body=body)
