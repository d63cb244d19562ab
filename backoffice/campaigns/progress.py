"""A campaign's progress for supervisors: counts by state, contact and conversion rates, the agents on
it, and its pacing (:mod:`backoffice.campaigns.pacing`) against its teams' staffed agents.

Calling-window minutes are counted on the campaign's ``default_time_zone`` clock."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from backoffice import tables as t
from backoffice.campaigns import pacing, store
from backoffice.campaigns.rules import window_minutes
from backoffice.campaigns.tables import campaign_attempts, campaign_records
from backoffice.presence import agent_presence
from crm.schemas.campaigns import CallResult, Disposition, RecordState
from crm.schemas.presence import PresenceState

logger = logging.getLogger(__name__)

ON_IT = timedelta(minutes=15)
"""An agent who reported a record of the campaign this recently, or holds a live claim on one, is on it."""
_OFF = (PresenceState.LOGGED_OUT.value, PresenceState.DISCONNECTED.value)


def _counts(conn: Connection, campaign_id: str) -> dict[str, tuple[int, int]]:
    """State → (records, attempts on them)."""
    r = campaign_records.c
    query = (
        select(r.state, func.count(), func.coalesce(func.sum(r.attempts), 0))
        .where(r.campaign_id == campaign_id)
        .group_by(r.state)
    )
    return {state: (int(n), int(a)) for state, n, a in conn.execute(query)}


def _attempt_figures(conn: Connection, campaign_id: str) -> tuple[int, int, int]:
    """(attempts, answered, sales)."""
    a = campaign_attempts.c
    counted = a.result != CallResult.SKIPPED.value
    attempts = conn.execute(select(func.count()).where(a.campaign_id == campaign_id, counted)).scalar_one()
    answered = conn.execute(
        select(func.count()).where(a.campaign_id == campaign_id, a.result == CallResult.ANSWERED.value)
    ).scalar_one()
    sales = conn.execute(
        select(func.count()).where(a.campaign_id == campaign_id, a.disposition == Disposition.SALE.value)
    ).scalar_one()
    return int(attempts), int(answered), int(sales)


def agents_on(conn: Connection, campaign_id: str, now: datetime) -> int:
    since = now - ON_IT
    a, r = campaign_attempts.c, campaign_records.c
    reporting = select(a.agent_id).where(a.campaign_id == campaign_id, a.at > since, a.agent_id.is_not(None))
    claiming = select(r.claimed_by).where(
        r.campaign_id == campaign_id, r.state == RecordState.CLAIMED.value, r.claim_expires_at > now
    )
    return len({x for (x,) in conn.execute(reporting.union(claiming))})


def staffed_agents(conn: Connection, teams: Sequence[str]) -> int:
    """Agents of ``teams`` signed in now (any presence state but logged out or disconnected)."""
    if not teams:
        return 0
    u, p = t.users.c, agent_presence.c
    query = (
        select(func.count())
        .select_from(t.users.join(agent_presence, agent_presence.c.user_id == u.id))
        .where(u.team.in_(list(teams)), u.role == "agent", u.active.is_(True), p.state.not_in(_OFF))
    )
    return int(conn.execute(query).scalar_one())


def progress(conn: Connection, campaign: dict[str, Any], now: datetime) -> dict[str, Any]:
    """:class:`crm.schemas.campaigns.CampaignProgress` fields (``allotted_share`` filled by
    :func:`with_shares`)."""
    counts = _counts(conn, campaign["id"])

    def n(state: RecordState) -> int:
        return counts.get(state.value, (0, 0))[0]

    left = n(RecordState.PENDING) + n(RecordState.CLAIMED)
    attempts_on_left = sum(counts.get(s.value, (0, 0))[1] for s in (RecordState.PENDING, RecordState.CLAIMED))
    ended = n(RecordState.DONE) + n(RecordState.INVALID) + n(RecordState.EXHAUSTED)
    attempts_on_ended = sum(
        counts.get(s.value, (0, 0))[1] for s in (RecordState.DONE, RecordState.INVALID, RecordState.EXHAUSTED)
    )
    attempts, answered, sales = _attempt_figures(conn, campaign["id"])
    per_record = pacing.expected_attempts(attempts_on_ended, ended, campaign["max_attempts"])
    work = pacing.work_left(left, attempts_on_left, per_record, campaign["minutes_per_attempt"])
    rules = store.rules(campaign)
    zone = campaign["default_time_zone"]
    minutes = window_minutes(rules.windows, zone, max(now, campaign["starts_at"]), campaign["deadline_at"])
    on_it = agents_on(conn, campaign["id"], now)
    staffed = max(staffed_agents(conn, campaign["teams"]), on_it)
    start = max(now, campaign["starts_at"])
    finish = pacing.projected_finish(start, work, on_it, rules.windows, zone)
    share = pacing.required_share(work, staffed * minutes)
    return {
        "campaign_id": campaign["id"],
        "name": campaign["name"],
        "status": campaign["status"],
        "priority": campaign["priority"],
        "deadline_at": campaign["deadline_at"],
        "total": sum(x[0] for x in counts.values()),
        "done": n(RecordState.DONE),
        "left": left,
        "invalid": n(RecordState.INVALID),
        "dnc": n(RecordState.DNC),
        "exhausted": n(RecordState.EXHAUSTED),
        "attempts": attempts,
        "contact_rate": answered / attempts if attempts else 0.0,
        "conversion_rate": sales / answered if answered else 0.0,
        "expected_attempts_per_record": per_record,
        "agents_on_it": on_it,
        "required_agent_minutes": work,
        "callable_agent_minutes": staffed * minutes,
        "required_share": min(share, 1e6),
        "allotted_share": 0.0,
        "projected_finish_at": finish,
        "at_risk": pacing.at_risk(finish, campaign["deadline_at"], work),
    }


def with_shares(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``allotted_share`` of each running campaign among ``items`` (the others get 0)."""
    running = [i for i in items if i["status"] == "running"]
    shares = pacing.allot([pacing.Need(i["required_share"], i["priority"]) for i in running])
    for item, share in zip(running, shares, strict=True):
        item["allotted_share"] = share
    return items
