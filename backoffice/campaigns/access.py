"""Who may do what with a campaign: supervisors and admins create, edit and run the campaigns of their
teams (a supervisor without a team, and an admin, every campaign); agents claim and report the records
of their own team's campaigns; logistics nothing."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.engine import Connection

from backoffice.errors import ApiError, field_error, forbidden
from backoffice.security import Principal, team_of, watched_team
from crm.schemas import Role

logger = logging.getLogger(__name__)

MANAGERS = frozenset({Role.SUPERVISOR})
WORKERS = frozenset({Role.AGENT, Role.SUPERVISOR})
NO_TEAM = "no_team"
"""The code of the 403 to an agent in no team (the desktop tells them to ask for one)."""


def may_manage(conn: Connection, user: Principal, campaign: dict[str, Any]) -> bool:
    if user.role not in (Role.SUPERVISOR, Role.ADMIN):
        return False
    team = watched_team(conn, user)
    return team is None or team in campaign["teams"]


def require_manager(conn: Connection, user: Principal, campaign: dict[str, Any]) -> None:
    user.require(MANAGERS)
    if not may_manage(conn, user, campaign):
        raise forbidden("this campaign belongs to another team")


def require_worker(conn: Connection, user: Principal, campaign: dict[str, Any]) -> None:
    """An agent of one of the campaign's teams, or one who manages it."""
    user.require(WORKERS)
    if user.role is Role.AGENT:
        if team_of(conn, user.id) not in campaign["teams"]:
            raise forbidden("this campaign belongs to another team")
    elif not may_manage(conn, user, campaign):
        raise forbidden("this campaign belongs to another team")


def teams_for(conn: Connection, user: Principal, teams: list[str]) -> list[str]:
    """The teams a campaign this user creates or edits gets: a supervisor of a team may name only
    theirs (none named: theirs)."""
    user.require(MANAGERS)
    own = watched_team(conn, user)
    if own is None:
        if not teams:
            raise field_error(("body", "teams"), "name the teams that work the campaign", "missing")
        return teams
    if not teams:
        return [own]
    if set(teams) != {own}:
        raise forbidden("you may run campaigns for your own team only")
    return [own]


def visible_team(conn: Connection, user: Principal) -> str | None:
    """The team whose campaigns ``user`` may list (None: all); 403 for logistics and for an agent
    without a team."""
    user.require(WORKERS)
    if user.role is Role.AGENT:
        team = team_of(conn, user.id)
        if not team:
            raise ApiError(403, "you are in no team, so in no campaign", NO_TEAM)
        return team
    return watched_team(conn, user)
