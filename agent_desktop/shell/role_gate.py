"""The check at the top of every window a role opens (the wallboard, reports, campaigns, the QA screens):
the CRM is there and the signed-in user's role may open it.

``allowed_service(service, roles, window, what)`` gives the service back when both hold; otherwise
None, after telling the user (a status-bar message) that the CRM is still starting, or logging that
the role may not (the menu entry is hidden from such a role: only a shortcut or a test gets here).
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication

logger = logging.getLogger(__name__)


class SignedIn(Protocol):
    """What the check reads of a CRM service: the signed-in user's role."""

    @property
    def role(self) -> str | None: ...


class Teller(Protocol):
    """Where the user is told (the main window's :meth:`transient`)."""

    def transient(self, text: str) -> None: ...


S = TypeVar("S", bound=SignedIn)


def allowed_service(service: S | None, roles: Collection[str], window: Teller, what: str) -> S | None:
    """``service`` when it is there and its role is one of ``roles``, else None (the user told why)."""
    if service is None:
        window.transient(QCoreApplication.translate("RoleGate", "The CRM is still starting; try again in a moment."))
        return None
    if service.role not in roles:
        logger.info("%s is for %s; signed in as %s", what, ", ".join(roles), service.role)
        return None
    return service
