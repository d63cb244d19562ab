"""Whom a supervisor may write to: the agents of their team (an admin, or a supervisor without a team,
every agent) and those teams as a whole; picked from a list or typed. No Qt."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from crm.schemas import Role, UserRead

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recipient:
    """An agent (``user_id``) or a whole team (``team``; ``user_id`` empty)."""

    user_id: str
    name: str
    username: str = ""
    team: str | None = None
    """For a team: its name. For an agent: None (their team is in ``agent_team``)."""
    agent_team: str = ""

    @property
    def is_team(self) -> bool:
        return self.team is not None


def recipients(users: Iterable[UserRead], me_id: str) -> list[Recipient]:
    """The teams first (by name), then the agents (by name) that user ``me_id`` may write to."""
    users = list(users)
    me = next((u for u in users if u.id == me_id), None)
    own_team = me.team if me is not None and me.role is Role.SUPERVISOR else ""
    agents = [u for u in users if u.role is Role.AGENT and u.active and (not own_team or u.team == own_team)]
    teams = sorted({u.team for u in agents if u.team}, key=str.casefold)
    out = [Recipient("", team, team=team) for team in teams]
    out += [
        Recipient(u.id, u.display_name or u.username, u.username, agent_team=u.team)
        for u in sorted(agents, key=lambda u: (u.display_name.casefold(), u.username))
    ]
    return out


def find(text: str, choices: Iterable[Recipient]) -> Recipient | None:
    """The recipient ``text`` names: an agent's user name or name, or a team's name (any case);
    None when it names nobody, or several agents."""
    wanted = text.strip().casefold()
    if not wanted:
        return None
    choices = list(choices)
    by_username = [c for c in choices if not c.is_team and c.username.casefold() == wanted]
    if by_username:
        return by_username[0]
    named = [c for c in choices if not c.is_team and c.name.casefold() == wanted]
    if len(named) == 1:
        return named[0]
    teams = [c for c in choices if c.is_team and c.name.casefold() == wanted]
    return teams[0] if teams and not named else None
