"""Every user of the CRM as ``GET /users`` pages them (anyone signed in may read the list), and the
teams they are in: what the team fields of the campaign editor and of User accounts offer, so a
campaign names a team somebody is in rather than a typo nobody is."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crm.client import CrmClient

PAGE = 500
"""Users read per request (the API's most)."""
MAX_PAGES = 200
"""At most this many pages are read (100,000 users): the loop ends even if the list keeps growing."""


def all_users(client: CrmClient) -> list[dict[str, Any]]:
    """Every user (``UserRead`` bodies), page by page (blocking: run in the background)."""
    users: list[dict[str, Any]] = []
    for page in range(MAX_PAGES):
        body = client.request("GET", "/users", params={"limit": PAGE, "offset": page * PAGE}).json()
        users.extend(body["items"])
        if len(users) >= int(body["total"]) or not body["items"]:
            break
    return users


def teams_of(users: Iterable[Mapping[str, Any]]) -> list[str]:
    """The teams the active ``users`` are in, sorted, each once."""
    return sorted({str(u.get("team") or "").strip() for u in users if u.get("active", True)} - {""})


def read_teams(client: CrmClient) -> list[str]:
    """The teams the CRM's active users are in (blocking: run in the background)."""
    return teams_of(all_users(client))
