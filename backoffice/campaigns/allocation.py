"""Allocation: the next record for an agent, claimed atomically; an attempt's result; why records are
not dialled.

A claim runs in one write transaction. On PostgreSQL the candidate rows are read ``FOR UPDATE SKIP
LOCKED``: two agents' transactions never lock the same row, and a row another transaction claimed and
committed meanwhile no longer matches ``state = 'pending'`` when PostgreSQL re-checks it. On SQLite the
write transaction is the only writer (``BEGIN IMMEDIATE`` and the process's write lock).

Order: the team's capacity is shared among its open campaigns by deadline pressure
(:func:`backoffice.campaigns.pacing.allot` of the share each needs, its priority and when its work is
due, :func:`backoffice.campaigns.progress.paced_to`): a claim goes
first to the campaign furthest below its share of the agents working now (its share × the agents
holding a live claim, this one included, less those holding one of its records), then by priority,
then the nearer deadline; a campaign with nothing callable passes the agent to the next, so no agent
waits while a record may be dialled. Within a campaign, records whose calling window is open now in
their own zone, never tried before tried, retries by due time, then by row.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from backoffice import tables as t
from backoffice.campaigns import dnc, pacing, store
from backoffice.campaigns.progress import due_minutes, paced_to
from backoffice.campaigns.rules import (
    CLAIM_TTL,
    DAY,
    RecordFacts,
    after_attempt,
    daily_limit_due,
    in_window,
    last_callable,
    skip_reasons,
)
from backoffice.campaigns.tables import campaign_attempts, campaign_records, campaign_teams, campaigns
from backoffice.errors import conflict
from crm.schemas import new_id
from crm.schemas.campaigns import AttemptReport, CallResult, CampaignStatus, RecordState, SkipReason

logger = logging.getLogger(__name__)

UNCLAIMED: dict[str, Any] = {"claimed_by": None, "claimed_at": None, "claim_expires_at": None}
SKIP_DELAY = timedelta(minutes=30)
"""A record an agent skipped in preview comes back after this long (no attempt counted)."""
ZONES_TTL_S = 60.0


class ZoneCache:
    """Per campaign, the zones its records are in (a claim asks only for records whose zone has its
    window open). Read again when the campaign's ``updated_at`` moved (an import touches it, on any
    worker) or after a minute."""

    def __init__(self) -> None:
        self._zones: dict[str, tuple[float, datetime, list[str]]] = {}
        self._lock = threading.Lock()

    def zones(self, conn: Connection, campaign: dict[str, Any]) -> list[str]:
        now = time.monotonic()
        with self._lock:
            hit = self._zones.get(campaign["id"])
        if hit is not None and now - hit[0] < ZONES_TTL_S and hit[1] == campaign["updated_at"]:
            return hit[2]
        r = campaign_records.c
        zones = [z for (z,) in conn.execute(select(r.time_zone).where(r.campaign_id == campaign["id"]).distinct())]
        with self._lock:
            self._zones[campaign["id"]] = (now, campaign["updated_at"], zones)
        return zones


def _now_param() -> Any:
    return bindparam("_now", type_=t.UtcDateTime)


@functools.cache
def _held_statement() -> Any:
    """:func:`held_and_team`'s query, built once (the user and the time are parameters)."""
    r = campaign_records.c
    now = _now_param()
    holds = and_(r.claimed_by == t.users.c.id, r.state == RecordState.CLAIMED.value, r.claim_expires_at > now)
    return (
        select(t.users.c.team.label("_team"), *campaign_records.c)
        .select_from(t.users.outerjoin(campaign_records, holds))
        .where(t.users.c.id == bindparam("_user"))
        .limit(1)
    )


def held_and_team(conn: Connection, user_id: str, now: datetime) -> tuple[Any, str]:
    """(the record ``user_id`` holds now, a live claim, or None; their team) in one query."""
    row = conn.execute(_held_statement(), {"_user": user_id, "_now": now}).first()
    if row is None:
        return None, ""
    return (row if row.id is not None else None), str(row._team or "")


def open_campaigns(conn: Connection, team: str, now: datetime) -> list[dict[str, Any]]:
    """The running campaigns of ``team`` within their period."""
    c = campaigns.c
    rows = conn.execute(
        select(campaigns).where(
            c.status == CampaignStatus.RUNNING.value,
            c.starts_at <= now,
            c.deadline_at > now,
            c.id.in_(select(campaign_teams.c.campaign_id).where(campaign_teams.c.team == team)),
        )
    ).all()
    return [store.from_row(r, [team]) for r in rows]


def claim_next(
    conn: Connection,
    user_id: str,
    now: datetime,
    zones: ZoneCache,
    pressure: Callable[[str], float] = lambda _id: 0.0,
) -> tuple[Any, dict[str, Any]] | None:
    """(the record now claimed by ``user_id``, its campaign), or None when nothing may be dialled;
    ``pressure``: each campaign's required share of capacity (:func:`backoffice.campaigns.pacing.required_share`)."""
    held, team = held_and_team(conn, user_id, now)
    if held is not None:
        campaign = store.read(conn, held.campaign_id)
        assert campaign is not None
        if campaign["status"] == CampaignStatus.RUNNING.value:
            return held, campaign
        _set(conn, held, now, state=RecordState.PENDING.value, **UNCLAIMED)  # paused meanwhile
    if not team:
        return None
    for campaign in by_share(conn, open_campaigns(conn, team, now), now, pressure):
        row = _claim_in(conn, campaign, user_id, now, zones)
        if row is not None:
            return row, campaign
    return None


def by_share(
    conn: Connection, opened: list[dict[str, Any]], now: datetime, pressure: Callable[[str], float]
) -> list[dict[str, Any]]:
    """``opened`` in the order a claim tries them: furthest below its allotted share of the agents
    working now first, then by priority, then the nearer deadline."""
    if not opened:
        return []
    needs = [pacing.Need(pressure(c["id"]), c["priority"], due_minutes(paced_to(c, now), now)) for c in opened]
    shares = pacing.allot(needs)
    held = live_claims(conn, [c["id"] for c in opened], now)
    working = sum(held.values()) + 1  # this agent too
    below = {c["id"]: share * working - held.get(c["id"], 0) for c, share in zip(opened, shares, strict=True)}
    return sorted(opened, key=lambda c: (-below[c["id"]], -c["priority"], c["deadline_at"], c["id"]))


def live_claims(conn: Connection, campaign_ids: list[str], now: datetime) -> dict[str, int]:
    """Per campaign, the records an agent holds now (a live claim): the agents working on it."""
    r = campaign_records.c
    query = (
        select(r.campaign_id, func.count())
        .where(
            r.campaign_id.in_(campaign_ids),
            r.state == RecordState.CLAIMED.value,
            r.claim_expires_at > now,
        )
        .group_by(r.campaign_id)
    )
    return {campaign_id: int(n) for campaign_id, n in conn.execute(query)}


def _claim_in(conn: Connection, campaign: dict[str, Any], user_id: str, now: datetime, zones: ZoneCache) -> Any:
    """One statement: the first eligible record of ``campaign`` becomes ``user_id``'s claim."""
    rules = store.rules(campaign)
    open_zones = [z for z in zones.zones(conn, campaign) if in_window(rules.windows, z, now)]
    if not open_zones:
        return None
    params = {
        "_campaign": campaign["id"],
        "_zones": open_zones,
        "_user": user_id,
        "_now": now,
        "_expires": now + CLAIM_TTL,
    }
    return conn.execute(_claim_statement(conn.dialect.name == "postgresql"), params).first()


@functools.cache
def _claim_statement(postgresql: bool) -> Any:
    """The claim, built once (building and caching it anew per claim was a third of a claim's CPU):
    the campaign, its open zones, the agent and the time are parameters."""
    r = campaign_records.c
    now = _now_param()
    due = and_(r.state == RecordState.PENDING.value, or_(r.next_due_at.is_(None), r.next_due_at <= now))
    stale = and_(r.state == RecordState.CLAIMED.value, or_(r.claim_expires_at.is_(None), r.claim_expires_at <= now))
    first = (
        select(r.id)
        .where(
            r.campaign_id == bindparam("_campaign"),
            or_(due, stale),
            r.time_zone.in_(bindparam("_zones", expanding=True)),
            dnc.not_listed(r.normalized, r.customer_id),
        )
        .order_by(r.next_due_at.is_not(None), r.next_due_at, r.row_number, r.id)
        .limit(1)
    )
    if postgresql:  # one row: a batch would hold rows other agents could take
        first = first.with_for_update(skip_locked=True)
    return (
        update(campaign_records)
        .where(r.id == first.scalar_subquery())
        .values(
            state=RecordState.CLAIMED.value,
            claimed_by=bindparam("_user"),
            claimed_at=now,
            claim_expires_at=bindparam("_expires", type_=t.UtcDateTime),
            version=r.version + 1,
            updated_at=now,
        )
        .returning(*campaign_records.c)
    )


def _set(conn: Connection, row: Any, now: datetime, **values: Any) -> Any:
    """The record ``row`` with ``values`` (and its version + 1): the row as it is now."""
    return conn.execute(
        update(campaign_records)
        .where(campaign_records.c.id == row.id)
        .values(**values, version=campaign_records.c.version + 1, updated_at=now)
        .returning(*campaign_records.c)
    ).first()


def renew(conn: Connection, record_id: str, user_id: str, now: datetime) -> Any:
    """``user_id``'s live claim on the record, extended to :data:`CLAIM_TTL` from ``now`` (one
    statement); None when they hold no live claim on it (never had it, reported it, or it lapsed)."""
    r = campaign_records.c
    return conn.execute(
        update(campaign_records)
        .where(
            r.id == record_id,
            r.state == RecordState.CLAIMED.value,
            r.claimed_by == user_id,
            r.claim_expires_at > now,
        )
        .values(claim_expires_at=now + CLAIM_TTL)
        .returning(*campaign_records.c)
    ).first()


def release(conn: Connection, record_id: str, user_id: str, now: datetime) -> Any:
    """Give back ``user_id``'s claim on the record (the agent stopped, signed out, or the campaign was
    paused under them): waiting again at once, no attempt counted (one statement); None when they hold
    no claim on it."""
    r = campaign_records.c
    return conn.execute(
        update(campaign_records)
        .where(r.id == record_id, r.state == RecordState.CLAIMED.value, r.claimed_by == user_id)
        .values(state=RecordState.PENDING.value, **UNCLAIMED, version=r.version + 1, updated_at=now)
        .returning(*campaign_records.c)
    ).first()


def report(
    conn: Connection,
    row: Any,
    campaign: dict[str, Any],
    user_id: str,
    body: AttemptReport,
    now: datetime,
    to_call_back_queue: Callable[[], str] | None = None,
) -> Any:
    """Apply an attempt's result to the record ``row`` (claimed by ``user_id``, locked); a retry comes
    sooner near the deadline (:func:`backoffice.campaigns.rules.retry_due`). A call back the campaign
    cannot make (after the record's last calling window) ends the record when ``to_call_back_queue``
    is given: it queues the call back in the general Call Back queue, its entry's id is kept."""
    if row.state != RecordState.CLAIMED.value or row.claimed_by != user_id:
        raise conflict("you do not hold this record (claim it first)", "not_claimed")
    _attempt(conn, row, user_id, body, now)  # a skip too, with its reason (counted as no attempt)
    if body.result is CallResult.SKIPPED:
        return _set(
            conn,
            row,
            now,
            state=RecordState.PENDING.value,
            next_due_at=now + SKIP_DELAY,
            **UNCLAIMED,
        )
    attempts = row.attempts + 1
    outcome = after_attempt(
        body.result,
        body.disposition,
        body.call_back_at,
        attempts,
        campaign["max_attempts"],
        store.ending(campaign),
        store.retry(campaign),
        now,
        last_callable(store.rules(campaign).windows, row.time_zone, now, campaign["deadline_at"]),
        campaign_ends=to_call_back_queue is not None,
    )
    next_due = outcome.next_due_at
    handed = {"callback_id": to_call_back_queue()} if outcome.to_call_back_queue and to_call_back_queue else {}
    if outcome.state is RecordState.PENDING:
        next_due = daily_limit_due(recent_attempts(conn, row.id, now), campaign["max_attempts_24h"], next_due)
    return _set(
        conn,
        row,
        now,
        state=outcome.state.value,
        attempts=attempts,
        last_result=body.result.value,
        last_disposition=body.disposition.value if body.disposition else None,
        last_attempt_at=now,
        next_due_at=next_due,
        **handed,
        **UNCLAIMED,
    )


def _attempt(conn: Connection, row: Any, user_id: str, body: AttemptReport, now: datetime) -> None:
    conn.execute(
        insert(campaign_attempts).values(
            id=new_id(),
            record_id=row.id,
            campaign_id=row.campaign_id,
            agent_id=user_id,
            at=now,
            result=body.result.value,
            disposition=body.disposition.value if body.disposition else None,
            sip_code=body.sip_code,
            notes=body.notes,
        )
    )


def call_back_queue_from(campaign: dict[str, Any], row: Any, now: datetime) -> datetime:
    """From when a call back on the record ``row`` goes to the Call Back queue: the close of its last
    calling window before the deadline (``now`` when none is left)."""
    last = last_callable(store.rules(campaign).windows, row.time_zone, now, campaign["deadline_at"])
    return now if last is None else last


def recent_attempts(conn: Connection, record_id: str, now: datetime) -> list[datetime]:
    a = campaign_attempts.c
    query = select(a.at).where(a.record_id == record_id, a.at > now - DAY, a.result != CallResult.SKIPPED.value)
    return [at for (at,) in conn.execute(query)]


def explain(
    conn: Connection, campaign: dict[str, Any], now: datetime, limit: int, offset: int, skipped_only: bool
) -> dict[str, Any]:
    """Each record of ``campaign`` (by row) with every reason it is not dialled now."""
    from zoneinfo import ZoneInfo

    from backoffice.campaigns.rules import next_window_start

    rules = store.rules(campaign)
    r = campaign_records.c
    rows = conn.execute(
        select(campaign_records).where(r.campaign_id == campaign["id"]).order_by(r.row_number, r.id)
    ).all()
    counts = _attempts_24h(conn, campaign["id"], now)
    listed = dnc.records_on_list(conn, rows)
    items = []
    for row in rows:
        facts = RecordFacts(
            state=RecordState(row.state),
            time_zone=row.time_zone,
            attempts=row.attempts,
            next_due_at=row.next_due_at,
            claim_expires_at=row.claim_expires_at,
            attempts_24h=counts.get(row.id, 0),
            on_dnc=row.id in listed,
            in_call_back_queue=row.callback_id is not None,
        )
        reasons = skip_reasons(rules, facts, now)
        if skipped_only and not reasons:
            continue
        known = facts.state not in _ENDED and not _NO_NEXT.intersection(reasons)
        earliest = max(now, row.next_due_at or now, campaign["starts_at"])
        opens = next_window_start(rules.windows, row.time_zone, earliest) if known else None
        items.append(
            {
                "record_id": row.id,
                "phone": row.phone,
                "state": row.state,
                "reasons": [x.value for x in reasons],
                "local_time": now.astimezone(ZoneInfo(row.time_zone)).isoformat(timespec="minutes"),
                "next_possible_at": opens,
            }
        )
    return {"items": items[offset : offset + limit], "total": len(items), "limit": limit, "offset": offset}


_ENDED = frozenset({RecordState.DONE, RecordState.INVALID, RecordState.DNC, RecordState.EXHAUSTED})
_NO_NEXT = frozenset({SkipReason.CAMPAIGN_NOT_RUNNING, SkipReason.PAST_DEADLINE})
"""A record held back for these is not dialled at any time that can be told (no ``next_possible_at``)."""


def _attempts_24h(conn: Connection, campaign_id: str, now: datetime) -> dict[str, int]:
    a = campaign_attempts.c
    query = (
        select(a.record_id, func.count())
        .where(a.campaign_id == campaign_id, a.at > now - DAY, a.result != CallResult.SKIPPED.value)
        .group_by(a.record_id)
    )
    return {record_id: int(n) for record_id, n in conn.execute(query)}
