"""The admins' user list: every user with the time their sign-ins are held back until (failed
sign-ins: :mod:`backoffice.throttle`), the client addresses held back the same way, read through the
CRM's HTTP API, and the bodies of an admin's changes. No Qt.

The back office keeps the rules (a password of at least ``MIN_PASSWORD_LENGTH`` characters, a user
name's characters, a unique user name); the desktop shows its refusals by field
(:mod:`agent_desktop.features.accounts.core.refusals`).
"""

from __future__ import annotations

import logging
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from crm.client_errors import NotFound
from crm.i18n import QT_TRANSLATE_NOOP, Msg
from crm.schemas.users import MIN_PASSWORD_LENGTH, Role
from crm.search_query import parse_time
from crm.user_list import all_users

if TYPE_CHECKING:
    from crm.client import CrmClient

logger = logging.getLogger(__name__)

ROLES: dict[str, Msg] = {
    Role.AGENT.value: QT_TRANSLATE_NOOP("Accounts", "Agent"),
    Role.SUPERVISOR.value: QT_TRANSLATE_NOOP("Accounts", "Supervisor"),
    Role.LOGISTICS.value: QT_TRANSLATE_NOOP("Accounts", "Logistics"),
    Role.ADMIN.value: QT_TRANSLATE_NOOP("Accounts", "Administrator"),
}
"""Every role, in the order offered, with its name for the admin."""
PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""Letters and digits that cannot be mistaken for one another when read out (no 0/O, 1/l/I)."""
NEW_PASSWORD_LENGTH = max(16, MIN_PASSWORD_LENGTH)


@dataclass(frozen=True)
class UserRow:
    """One user as the admin sees it."""

    id: str
    username: str
    display_name: str
    role: str
    team: str
    active: bool
    version: int
    held_until: datetime | None = None
    """Sign-ins are refused until then (a lock-out, or the back-off after failed sign-ins)."""
    locked: bool = False
    """``held_until`` is a lock-out (an admin may clear it), not a back-off."""


def held_accounts(lockouts: list[dict[str, Any]], now: datetime) -> dict[str, tuple[datetime, bool]]:
    """User name (lower case, as the back office counts it) → (held back until, locked out) from
    ``GET /auth/lockouts``'s items; client addresses are left out."""
    held: dict[str, tuple[datetime, bool]] = {}
    for item in lockouts:
        if item.get("kind") != "account":
            continue
        locked = item.get("locked_until")
        until = parse_time(locked) if locked else None
        if until is None:  # a back-off: as long as the server said
            until = now + timedelta(seconds=int(item.get("retry_after_s") or 0))
        held[str(item["name"]).lower()] = (until, bool(locked))
    return held


@dataclass(frozen=True)
class AddressRow:
    """A client address whose sign-ins are held back after failed ones (whoever tried from it)."""

    address: str
    since: datetime
    """The last failed sign-in: the one that locked it out, when it is locked out."""
    until: datetime
    failures: int
    locked: bool
    """A lock-out (else the back-off after a few failures, a short wait)."""


def held_addresses(lockouts: list[dict[str, Any]], now: datetime) -> list[AddressRow]:
    """The client addresses of ``GET /auth/lockouts``'s items, longest wait first (as it lists them)."""
    rows = []
    for item in lockouts:
        if item.get("kind") != "address":
            continue
        locked = item.get("locked_until")
        until = parse_time(locked) if locked else None
        since = parse_time(item.get("last_failure_at")) or now
        rows.append(
            AddressRow(
                address=str(item["name"]),
                since=since,
                until=until or now + timedelta(seconds=int(item.get("retry_after_s") or 0)),
                failures=int(item.get("failures") or 0),
                locked=until is not None,
            )
        )
    return rows


def user_rows(users: list[dict[str, Any]], lockouts: list[dict[str, Any]], now: datetime) -> list[UserRow]:
    """The users (``UserRead`` bodies) with their sign-in holds, by user name."""
    held = held_accounts(lockouts, now)
    rows = []
    for user in users:
        until, locked = held.get(str(user["username"]).lower(), (None, False))
        rows.append(
            UserRow(
                id=str(user["id"]),
                username=str(user["username"]),
                display_name=str(user.get("display_name") or ""),
                role=str(user.get("role") or Role.AGENT.value),
                team=str(user.get("team") or ""),
                active=bool(user.get("active", True)),
                version=int(user.get("version") or 1),
                held_until=until,
                locked=locked,
            )
        )
    rows.sort(key=lambda row: row.username.casefold())
    return rows


def read_accounts(client: CrmClient, now: datetime) -> tuple[list[UserRow], list[AddressRow]]:
    """Every user with the accounts held back, and the client addresses held back, from the CRM
    (blocking: run in the background)."""
    users = all_users(client)
    lockouts = client.request("GET", "/auth/lockouts").json()["items"]
    return user_rows(users, lockouts, now), held_addresses(lockouts, now)


def new_password() -> str:
    """A random password for a reset, read out or passed on to its user once."""
    return "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(NEW_PASSWORD_LENGTH))


def create_body(username: str, display_name: str, role: str, team: str, password: str) -> dict[str, Any]:
    """``POST /users``: the texts as typed (the back office says what it refuses)."""
    return {
        "username": username.strip(),
        "display_name": display_name.strip(),
        "role": role,
        "team": team.strip(),
        "password": password,
    }


def changes(row: UserRow, display_name: str, role: str, team: str) -> dict[str, Any]:
    """``PATCH /users/{id}``: what differs from ``row`` (empty: nothing to send)."""
    wanted = {"display_name": display_name.strip(), "role": role, "team": team.strip()}
    now = {"display_name": row.display_name, "role": row.role, "team": row.team}
    return {key: value for key, value in wanted.items() if value != now[key]}


def create_user(client: CrmClient, body: dict[str, Any]) -> dict[str, Any]:
    """Create the user (blocking); its ``UserRead``. Sent again safely: one Idempotency-Key."""
    return client.create_raw("users", body, key=str(uuid.uuid4()))


def update_user(client: CrmClient, row: UserRow, body: dict[str, Any]) -> dict[str, Any]:
    """Change the user as the admin last saw it (blocking; 412 when someone changed it meanwhile)."""
    return client.update_raw("users", row.id, body, version=row.version, key=str(uuid.uuid4()))


def clear_lockout(client: CrmClient, name: str, kind: str = "account") -> None:
    """Forget the failed sign-ins of an account (``name``: its user name) or of a client address
    (``kind="address"``), blocking; already forgotten is no error."""
    try:
        client.request("DELETE", f"/auth/lockouts/{kind}/{quote(name, safe='')}")
    except NotFound:
        logger.info("no failed sign-ins were left to clear")
