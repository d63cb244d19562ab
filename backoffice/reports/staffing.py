"""Presence time of a report: how long agents were staffed, busy, available and not ready (by reason)
per interval and agent or team, from the state history (``backoffice.presence.presence_events``).

Each state lasts from its event to the agent's next event (in time order, then sequence); the state at the
period's start is the agent's last one before it. The last state of an agent lasts until the last
time their desktop was heard from (its heartbeat, ``agent_presence.last_seen``), now at the latest:
a desktop that went silent does not keep counting. States are cut to the period, then at each edge of
an interval (and each change of the zone's offset) by a recursive query, so a state that spans an
interval edge gives each interval its part.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Select, case, cast, func, literal, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from backoffice import tables as t
from backoffice.presence import agent_presence, presence_events
from backoffice.reports.query import ReportQuery, group_key
from backoffice.reports.sql import EpochMs, Greatest, Least
from backoffice.reports.tables import presence_rollups
from backoffice.reports.timeframe import to_ms
from crm.kpis import AVAILABLE_STATES, BUSY_STATES, NO_REASON, NOT_READY_STATE, STAFFED_STATES

logger = logging.getLogger(__name__)


def agents(q: ReportQuery, *, rolled: bool = False) -> Select[Any]:
    """The selected agents: ``user_id``, ``team``, ``lo_at`` (from when to count: the period's start;
    ``rolled``: where their presence slices end, within the period (:mod:`.rollup`)), ``since``
    (their last change before ``lo_at``) and ``last_seen``."""
    u = t.users.c
    start, end = literal(q.frame.start, t.UtcDateTime), literal(q.frame.end, t.UtcDateTime)
    source = t.users.outerjoin(agent_presence, agent_presence.c.user_id == u.id)
    lo: ColumnElement[Any] = start
    if rolled:
        source = source.outerjoin(presence_rollups, presence_rollups.c.user_id == u.id)
        upto = presence_rollups.c.upto_at
        lo = case((upto.is_(None), start), (upto < start, start), (upto > end, end), else_=upto)
    before = presence_events.alias("before")
    since = select(func.max(before.c.at)).where(before.c.user_id == u.id, before.c.at < lo).scalar_subquery()
    stmt = select(
        u.id.label("user_id"), u.team.label("team"), lo.label("lo_at"), since.label("since"), agent_presence.c.last_seen
    ).select_from(source)
    if q.team is not None:
        stmt = stmt.where(u.team == q.team)
    if q.agent_id is not None:
        stmt = stmt.where(u.id == q.agent_id)
    return stmt


def earliest(conn: Connection, chosen: Select[Any]) -> datetime | None:
    """The earliest change :func:`presence_sums` reads for the ``chosen`` agents (None: none)."""
    a = chosen.subquery("chosen")
    return conn.execute(select(func.min(func.coalesce(a.c.since, a.c.lo_at)))).scalar()


def _spans(q: ReportQuery, chosen: Select[Any], floor: datetime | None) -> Select[Any]:
    """Each staffed state of the ``chosen`` agents (:func:`agents`) cut to [their ``lo_at``, the
    period's end): user_id, team, state, reason, s, e (ms). ``floor``: no change before it is read
    (:func:`earliest`: it lets the database read the changes of the period by their time)."""
    ev = presence_events.c
    frame = q.frame
    who = chosen.cte("agents").prefix_with("MATERIALIZED")  # each agent's "since" once, not per event
    events = (
        select(
            ev.user_id,
            who.c.team,
            ev.state,
            ev.reason,
            EpochMs(ev.at).label("s"),
            EpochMs(func.lead(ev.at).over(partition_by=ev.user_id, order_by=(ev.at, ev.seq))).label("nxt"),
            EpochMs(who.c.last_seen).label("seen"),
            EpochMs(who.c.lo_at).label("lo"),
        )
        .select_from(presence_events.join(who, who.c.user_id == ev.user_id))
        .where(
            ev.at >= func.coalesce(who.c.since, who.c.lo_at),
            ev.at < frame.end,
            *([ev.at >= literal(floor, t.UtcDateTime)] if floor is not None else []),
        )
        .subquery("events")
    )
    e = events.c
    now_ms = to_ms(q.now)
    open_end = Least(func.coalesce(e.seen, now_ms), now_ms)
    return select(
        e.user_id,
        e.team,
        e.state,
        e.reason,
        cast(Greatest(e.s, e.lo), BigInteger).label("s"),
        cast(Least(func.coalesce(e.nxt, open_end), frame.end_ms), BigInteger).label("e"),
    ).where(e.state.in_(sorted(STAFFED_STATES)))


def presence_sums(q: ReportQuery, chosen: Select[Any] | None = None, floor: datetime | None = None) -> Select[Any]:
    """One row per (interval index, group key, not-ready reason or '') with ``staffed_ms``, ``busy_ms``,
    ``available_ms`` and ``not_ready_ms``, of the ``chosen`` agents (:func:`agents`, default: the
    query's, from the period's start), reading no change before ``floor`` (:func:`earliest`). States
    within one interval are summed as they are; only those crossing an edge go through the recursive
    cut."""
    frame = q.frame
    spans = _spans(q, chosen if chosen is not None else agents(q), floor).cte("spans").prefix_with("MATERIALIZED")
    columns = (spans.c.user_id, spans.c.team, spans.c.state, spans.c.reason)
    crossing = select(*columns, spans.c.s, spans.c.e).where(frame.next_edge(spans.c.s) < spans.c.e)
    pieces = crossing.cte("pieces", recursive=True)
    prev = pieces.alias("prev")
    step = frame.next_edge(prev.c.s)
    pieces = pieces.union_all(
        select(prev.c.user_id, prev.c.team, prev.c.state, prev.c.reason, cast(step, BigInteger), prev.c.e).where(
            step < prev.c.e
        )
    )
    whole = select(*columns, spans.c.s, spans.c.e).where(spans.c.e > spans.c.s, frame.next_edge(spans.c.s) >= spans.c.e)
    cut = select(
        pieces.c.user_id,
        pieces.c.team,
        pieces.c.state,
        pieces.c.reason,
        pieces.c.s,
        cast(Least(frame.next_edge(pieces.c.s), pieces.c.e), BigInteger).label("e"),
    )
    parts = whole.union_all(cut).subquery("parts")
    p = parts.c
    length = p.e - p.s
    bucket = frame.index(p.s)
    key = group_key(q.group_by, agent=p.user_id, team=p.team)
    reason = case((p.state == NOT_READY_STATE, func.coalesce(p.reason, NO_REASON)), else_="")

    def spent(states: frozenset[str]) -> ColumnElement[Any]:
        return func.sum(case((p.state.in_(sorted(states)), length), else_=0))

    return (
        select(
            bucket.label("bucket"),
            key.label("key"),
            reason.label("reason"),
            func.sum(length).label("staffed_ms"),
            spent(BUSY_STATES).label("busy_ms"),
            spent(AVAILABLE_STATES).label("available_ms"),
            spent(frozenset({NOT_READY_STATE})).label("not_ready_ms"),
        )
        .select_from(parts)
        .group_by(bucket, key, reason)
    )
