"""Agents' presence: every state change a desktop reports (the history) and each agent's current line.

Events are applied per agent in sequence order. A repeated sequence is ignored (the desktop's outbox
may send a batch twice); a late one (lower than the agent's current sequence) joins the history
without moving the board backwards. Each applied change takes the next value of the presence counter
(a row lock on PostgreSQL, the write lock on SQLite), so a board reader that passes its last cursor
misses nothing and sees changes in commit order. Each change keeps what the agent's desktop said about
it (the reason's name, how long the state is meant to last); the line also keeps the agent's SIP user
(their extension, for listen / whisper / barge) as last sent. The two tables join the shared metadata
(``Database.create_schema`` creates them with the others).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
    exists,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from backoffice import tables as t
from backoffice.db import Database, bump_counter, read_counter
from backoffice.resources.base import now_utc
from crm.schemas import Role
from crm.schemas.presence import AgentPresence, PresenceEvent, PresenceHistoryItem, PresenceState

logger = logging.getLogger(__name__)

COUNTER_PRESENCE = 4
"""``counters`` row: the board's cursor (one per applied state change)."""

presence_events = Table(
    "presence_events",
    t.metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("state", String(20), nullable=False),
    Column("reason", String(40), nullable=True),
    Column("at", t.UtcDateTime, nullable=False),
    Column("received_at", t.UtcDateTime, nullable=False),
    Column("reason_name", String(100), nullable=True),
    Column("limit_s", Integer, nullable=True),
    UniqueConstraint("user_id", "seq", name="uq_presence_events_user_seq"),
    Index("ix_presence_events_user_at", "user_id", "at"),
)

agent_presence = Table(
    "agent_presence",
    t.metadata,
    Column("user_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("state", String(20), nullable=False),
    Column("reason", String(40), nullable=True),
    Column("since", t.UtcDateTime, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("last_seen", t.UtcDateTime, nullable=False),
    Column("cursor", BigInteger, nullable=False),
    Column("call_direction", String(10), nullable=True),
    Column("customer_name", String(200), nullable=True),
    Column("media_source", String(200), nullable=True),
    Column("reason_name", String(100), nullable=True),
    Column("limit_s", Integer, nullable=True),
    Column("sip_user", String(100), nullable=True),
    Index("ix_agent_presence_cursor", "cursor"),
)

_LINE = ("state", "reason", "call_direction", "customer_name", "media_source", "reason_name", "limit_s", "sip_user")


def ensure_counter(db: Database) -> None:
    """Create the presence counter row once (idempotent, safe with several workers)."""
    with db.write.begin() as conn:
        if conn.execute(select(t.counters.c.id).where(t.counters.c.id == COUNTER_PRESENCE)).first():
            return
    try:
        with db.write.begin() as conn:
            conn.execute(insert(t.counters).values(id=COUNTER_PRESENCE, value=0))
    except IntegrityError:
        pass  # another worker made it


def apply_events(conn: Connection, user_id: str, events: list[PresenceEvent]) -> int:
    """Store ``events`` of ``user_id`` (in the caller's transaction); returns the agent's highest seq.

    Also the heartbeat: ``last_seen`` is now even when ``events`` is empty.
    """
    now = now_utc()
    current = conn.execute(select(agent_presence).where(agent_presence.c.user_id == user_id)).first()
    known = {
        row.seq
        for row in conn.execute(
            select(presence_events.c.seq).where(
                presence_events.c.user_id == user_id, presence_events.c.seq.in_([e.seq for e in events])
            )
        )
    }
    line: dict[str, Any] | None = None
    top = current.seq if current is not None else 0
    for event in sorted(events, key=lambda e: e.seq):
        if event.seq in known:
            continue
        known.add(event.seq)
        conn.execute(
            insert(presence_events).values(
                user_id=user_id,
                seq=event.seq,
                state=event.state.value,
                reason=event.reason,
                at=event.at,
                received_at=now,
                reason_name=event.reason_name,
                limit_s=event.limit_s,
            )
        )
        if event.seq > top:
            top = event.seq
            line = {
                "state": event.state.value,
                "reason": event.reason,
                "since": event.at,
                "seq": event.seq,
                "call_direction": event.call_direction.value if event.call_direction else None,
                "customer_name": event.customer_name,
                "media_source": event.media_source,
                "reason_name": event.reason_name,
                "limit_s": event.limit_s,
            }
            if event.sip_user is not None:  # an older desktop sends none: the one known stays
                line["sip_user"] = event.sip_user
    if line is not None:
        line["cursor"] = bump_counter(conn, COUNTER_PRESENCE)
    values = {**(line or {}), "last_seen": now}
    if current is None:
        if line is None:  # a heartbeat before any state: nothing to show yet
            return 0
        conn.execute(insert(agent_presence).values(user_id=user_id, **values))
    else:
        conn.execute(update(agent_presence).where(agent_presence.c.user_id == user_id).values(**values))
    return top


def touch_line(conn: Connection, user_id: str) -> None:
    """Move the agent's line on the board's cursor, its state unchanged (in the caller's transaction):
    a call of theirs was logged, and a supervisor's long poll (``/presence/watch``) answers with the
    line and the agent's new figures of the day. Nothing for an agent without a line yet."""
    c = agent_presence.c
    if conn.execute(select(c.user_id).where(c.user_id == user_id)).first() is None:
        return
    conn.execute(update(agent_presence).where(c.user_id == user_id).values(cursor=bump_counter(conn, COUNTER_PRESENCE)))


def read_board(
    conn: Connection,
    *,
    team: str | None,
    since: int | None,
    heartbeat_timeout: timedelta,
    now: datetime,
    user_id: str | None = None,
    calls_since: datetime | None = None,
) -> tuple[list[AgentPresence], int]:
    """The lines of the active agents (of ``team`` / only ``user_id`` when given; changed after cursor
    ``since`` when given) and the cursor to pass next. An agent who never reported a state reads
    "logged out" since their account was made (sequence 0; never in a watch's changes). A supervisor
    or an admin is on the board only after taking a call as an agent since ``calls_since`` (the
    centre's day: their calls count in the team's figures); without it, never. A line not heard from
    within ``heartbeat_timeout`` reads "disconnected"."""
    users, p = t.users.c, agent_presence.c
    query = (
        select(users.id.label("user_id"), users.username, users.display_name, users.team, users.created_at)
        .add_columns(p.state, p.reason, p.since, p.seq, p.last_seen, *(p[k] for k in _LINE[2:]))
        .select_from(t.users.outerjoin(agent_presence, p.user_id == users.id))
        .where(users.active.is_(True))
    )
    listed = users.role == Role.AGENT.value
    if calls_since is not None:
        calls = t.call_logs.c
        took_calls = exists().where(calls.agent_id == users.id, calls.ring_at >= calls_since)
        listed = or_(listed, users.role.in_([Role.SUPERVISOR.value, Role.ADMIN.value]) & took_calls)
    query = query.where(listed)
    if team is not None:
        query = query.where(users.team == team)
    if since is not None:
        query = query.where(p.cursor > since)  # a never-seen agent has no cursor: only in whole boards
    if user_id is not None:
        query = query.where(users.id == user_id)
    cursor = read_counter(conn, COUNTER_PRESENCE)
    lines = []
    for row in conn.execute(query.order_by(users.display_name, users.id)):
        if row.state is None:  # never signed in
            lines.append(
                AgentPresence(
                    user_id=row.user_id,
                    username=row.username,
                    display_name=row.display_name,
                    team=row.team or "",
                    state=PresenceState.LOGGED_OUT,
                    reason=None,
                    since=row.created_at,
                    seq=0,
                    last_seen=row.created_at,
                )
            )
            continue
        state = PresenceState(row.state)
        stale = now - row.last_seen > heartbeat_timeout
        if stale and state is not PresenceState.LOGGED_OUT:
            state = PresenceState.DISCONNECTED
        lines.append(
            AgentPresence(
                user_id=row.user_id,
                username=row.username,
                display_name=row.display_name,
                team=row.team or "",
                state=state,
                reason=row.reason,
                since=row.since,
                seq=row.seq,
                last_seen=row.last_seen,
                **{k: getattr(row, k) for k in _LINE[2:]},
            )
        )
    return lines, cursor


def read_history(
    conn: Connection, user_id: str, start: datetime | None, end: datetime | None, limit: int
) -> list[PresenceHistoryItem]:
    """One agent's state changes in the order they happened (by sequence)."""
    ev = presence_events.c
    query = select(presence_events).where(ev.user_id == user_id)
    if start is not None:
        query = query.where(ev.at >= start)
    if end is not None:
        query = query.where(ev.at < end)
    rows = conn.execute(query.order_by(ev.seq).limit(limit))
    return [
        PresenceHistoryItem(
            seq=r.seq,
            state=PresenceState(r.state),
            reason=r.reason,
            at=r.at,
            received_at=r.received_at,
            reason_name=r.reason_name,
            limit_s=r.limit_s,
        )
        for r in rows
    ]
