"""The agents' operation trail: what each desktop reports its agent did, kept as an audited record.

Events are only ever added (the API has no way to change or delete one); a repeated event id of the
same agent is ignored (a desktop may send a batch twice). They are kept at least :data:`MIN_KEEP_DAYS`:
older ones are purged only when :data:`KEEP_ENV` is set (a value under the minimum counts as the
minimum), at most once an hour per worker.
"""

from __future__ import annotations

import logging
import os
import time
from datetime import datetime, timedelta

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, UniqueConstraint, delete, func, insert, select
from sqlalchemy.engine import Connection

from backoffice import tables as t
from crm.schemas.screenview import TrailEvent, TrailItem

logger = logging.getLogger(__name__)

KEEP_ENV = "BACKOFFICE_TRAIL_KEEP_DAYS"
"""Days the trail is kept (default 0: for ever; otherwise at least :data:`MIN_KEEP_DAYS`)."""
MIN_KEEP_DAYS = 90
PURGE_EVERY_S = 3600.0

agent_trail = Table(
    "agent_trail",
    t.metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("event_id", String(36), nullable=False),
    Column("at", t.UtcDateTime, nullable=False),
    Column("received_at", t.UtcDateTime, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("label", String(200), nullable=False),
    Column("detail", String(200), nullable=True),
    Column("entity", String(32), nullable=True),
    Column("ref_id", String(64), nullable=True),
    Column("call_ref", String(64), nullable=True),
    UniqueConstraint("user_id", "event_id", name="uq_agent_trail_user_event"),
    Index("ix_agent_trail_user_at", "user_id", "at"),
)


def keep_days_from_env() -> int:
    """The retention in days (0: for ever); a value under the minimum is raised to it."""
    raw = os.environ.get(KEEP_ENV, "0")
    try:
        days = int(raw)
    except ValueError:
        logger.warning("%s=%r is not a whole number of days; the trail is kept for ever", KEEP_ENV, raw)
        return 0
    if 0 < days < MIN_KEEP_DAYS:
        logger.warning("%s=%d is under the minimum; the trail is kept %d days", KEEP_ENV, days, MIN_KEEP_DAYS)
        return MIN_KEEP_DAYS
    return max(days, 0)


def add_events(conn: Connection, user_id: str, events: list[TrailEvent], now: datetime) -> int:
    """Store ``events`` of ``user_id`` (in the caller's transaction), in the order given; returns how
    many were new."""
    tr = agent_trail.c
    ids = [e.id for e in events]
    known = set(conn.execute(select(tr.event_id).where(tr.user_id == user_id, tr.event_id.in_(ids))).scalars())
    stored = 0
    for event in events:
        if event.id in known:
            continue
        known.add(event.id)
        row = event.model_dump(exclude={"id"})
        conn.execute(insert(agent_trail).values(user_id=user_id, event_id=event.id, received_at=now, **row))
        stored += 1
    return stored


def read_trail(
    conn: Connection, user_id: str, start: datetime | None, end: datetime | None, after: int | None, limit: int
) -> tuple[list[TrailItem], int]:
    """``user_id``'s events in the order they happened (and the highest id of theirs so far)."""
    tr = agent_trail.c
    query = select(agent_trail).where(tr.user_id == user_id)
    if start is not None:
        query = query.where(tr.at >= start)
    if end is not None:
        query = query.where(tr.at < end)
    if after is not None:
        query = query.where(tr.id > after)
    rows = conn.execute(query.order_by(tr.at.desc(), tr.id.desc()).limit(limit)).all()
    items = [
        TrailItem(
            id=r.id,
            at=r.at,
            received_at=r.received_at,
            kind=r.kind,
            label=r.label,
            detail=r.detail,
            entity=r.entity,
            ref_id=r.ref_id,
            call_ref=r.call_ref,
        )
        for r in reversed(rows)
    ]
    last = conn.execute(select(func.max(tr.id)).where(tr.user_id == user_id)).scalar() or 0
    return items, int(last)


class TrailPurge:
    """Drops events older than the retention, at most once an hour (never with ``keep_days`` 0)."""

    def __init__(self, keep_days: int) -> None:
        self.keep_days = keep_days
        self._last = float("-inf")

    def due(self) -> bool:
        return self.keep_days > 0 and time.monotonic() - self._last >= PURGE_EVERY_S

    def purge(self, conn: Connection, now: datetime) -> int:
        """Drop what is older than the retention (for everybody); returns how many."""
        self._last = time.monotonic()
        if self.keep_days <= 0:
            return 0
        cutoff = now - timedelta(days=max(self.keep_days, MIN_KEEP_DAYS))
        count = conn.execute(delete(agent_trail).where(agent_trail.c.at < cutoff)).rowcount or 0
        if count:
            logger.info("trail: %d events older than %d days purged", count, self.keep_days)
        return count
