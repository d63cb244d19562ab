"""A campaign's progress for supervisors: counts by state, contact and conversion rates (as the campaign
report defines and counts them: :mod:`crm.campaign_kpis`), the agents on it, and its pacing
(:mod:`backoffice.campaigns.pacing`) against its teams' staffed agents.

Calling-window minutes are counted on each record's own clock (its zone), weighted by the records left
in each zone."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from backoffice import tables as t
from backoffice.campaigns import pacing, store
from backoffice.campaigns.tables import campaign_attempts, campaign_records
from backoffice.presence import agent_presence
from backoffice.reports.campaign_counts import SKIPPED, attempt_counts
from crm.campaign_kpis import derive_campaign
from crm.schemas.campaigns import RecordState
from crm.schemas.presence import PresenceState

logger = logging.getLogger(__name__)

ON_IT = timedelta(minutes=15)
"""An agent who reported a record of the campaign this recently, or holds a live claim on one, is on it."""
_OFF = (PresenceState.LOGGED_OUT.value, PresenceState.DISCONNECTED.value)
_LEFT = (RecordState.PENDING.value, RecordState.CLAIMED.value)


def _counts(conn: Connection, campaign_id: str) -> list[tuple[str, str, int, int]]:
    """(state, zone, attempts done, records) of the campaign's records."""
    r = campaign_records.c
    query = (
        select(r.state, r.time_zone, r.attempts, func.count())
        .where(r.campaign_id == campaign_id)
        .group_by(r.state, r.time_zone, r.attempts)
    )
    return [(state, zone, int(done), int(n)) for state, zone, done, n in conn.execute(query)]


def _attempt_figures(conn: Connection, campaign_id: str) -> dict[str, Any]:
    """The campaign's figures of :mod:`crm.campaign_kpis` over all its attempts (attempts, contacts,
    contact rate, sales, conversion ...), counted as the campaign report counts them."""
    a = campaign_attempts.c
    counts = select(*attempt_counts()).where(a.campaign_id == campaign_id, a.result != SKIPPED)
    row = conn.execute(counts).one()
    return derive_campaign({name: value or 0 for name, value in row._mapping.items()})


def agents_on(conn: Connection, campaign_id: str, now: datetime) -> list[str]:
    """The display names of the agents on the campaign (:data:`ON_IT`), sorted."""
    since = now - ON_IT
    a, r = campaign_attempts.c, campaign_records.c
    reporting = select(a.agent_id).where(a.campaign_id == campaign_id, a.at > since, a.agent_id.is_not(None))
    claiming = select(r.claimed_by).where(
        r.campaign_id == campaign_id, r.state == RecordState.CLAIMED.value, r.claim_expires_at > now
    )
    ids = reporting.union(claiming).subquery()
    names = conn.execute(select(t.users.c.display_name).where(t.users.c.id.in_(select(ids.c[0]))))
    return sorted(name for (name,) in names)


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
    by_state: Counter[str] = Counter()
    left_by_attempts: Counter[int] = Counter()
    left_by_zone: Counter[str] = Counter()
    for state, zone, done, k in counts:
        by_state[state] += k
        if state in _LEFT:
            left_by_attempts[done] += k
            left_by_zone[zone] += k

    def n(state: RecordState) -> int:
        return by_state[state.value]

    left = sum(left_by_zone.values())
    figures = _attempt_figures(conn, campaign["id"])
    rate = pacing.end_rate(n(RecordState.DONE) + n(RecordState.INVALID), sum(d * k for _, _, d, k in counts))
    per_record = pacing.expected_attempts(rate, campaign["max_attempts"])
    work = pacing.work_left(left_by_attempts, rate, campaign["max_attempts"], campaign["minutes_per_attempt"])
    rules = store.rules(campaign)
    start = max(now, campaign["starts_at"])
    target = paced_to(campaign, start)
    minutes = pacing.callable_minutes(rules.windows, left_by_zone, start, target)
    names = agents_on(conn, campaign["id"], now)
    on_it = len(names)
    staffed = max(staffed_agents(conn, campaign["teams"]), on_it)
    by_zone = {z: work * k / left for z, k in left_by_zone.items()} if left else {}
    finish = pacing.projected_finish(start, by_zone, on_it, rules.windows)
    share = pacing.required_share(work, staffed * minutes)
    return {
        "campaign_id": campaign["id"],
        "name": campaign["name"],
        "status": campaign["status"],
        "priority": campaign["priority"],
        "deadline_at": campaign["deadline_at"],
        "total": sum(by_state.values()),
        "done": n(RecordState.DONE),
        "left": left,
        "invalid": n(RecordState.INVALID),
        "dnc": n(RecordState.DNC),
        "exhausted": n(RecordState.EXHAUSTED),
        "attempts": figures["attempts"],
        "contact_rate": figures["contact_rate"] or 0.0,
        "conversion_rate": figures["sales_conversion"] or 0.0,
        "expected_attempts_per_record": per_record,
        "agents_on_it": on_it,
        "agent_names": names,
        "required_agent_minutes": work,
        "callable_agent_minutes": staffed * minutes,
        "required_share": min(share, 1e6),
        "paced_to_at": target,
        "allotted_share": 0.0,
        "projected_finish_at": finish,
        "at_risk": pacing.at_risk(finish, campaign["deadline_at"], work),
    }


def paced_to(campaign: dict[str, Any], now: datetime) -> datetime:
    """When pacing aims to have ``campaign``'s work done (:func:`backoffice.campaigns.pacing.paced_to`:
    its deadline less its retries after no answer)."""
    no_answer = store.retry(campaign).no_answer_s
    return pacing.paced_to(now, campaign["deadline_at"], campaign["max_attempts"], no_answer)


def due_minutes(target: datetime, now: datetime) -> float:
    """Minutes from ``now`` to ``target`` (a :class:`backoffice.campaigns.pacing.Need`'s ``due``)."""
    return max((target - now).total_seconds() / 60, 0.0)


def with_shares(items: list[dict[str, Any]], now: datetime) -> list[dict[str, Any]]:
    """``allotted_share`` of each running campaign among ``items`` (the others get 0)."""
    running = [i for i in items if i["status"] == "running"]
    needs = [pacing.Need(i["required_share"], i["priority"], due_minutes(i["paced_to_at"], now)) for i in running]
    shares = pacing.allot(needs)
    for item, share in zip(running, shares, strict=True):
        item["allotted_share"] = share
    return items
