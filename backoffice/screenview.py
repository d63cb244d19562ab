"""Silent screen view: who watches whom (leases), the newest frame of each watched agent, and the
frames kept when the retention setting asks for it.

* A lease (``screen_watches``) says a supervisor watches an agent until ``expires_at``; the viewer
  renews it every few seconds, so a viewer that vanished lets it lapse within :data:`LEASE_S`.
* The newest frame is the only one held, and only while a lease holds: in this process's memory on
  SQLite (one server process), in the ``screen_frames`` row of the agent on PostgreSQL (every worker
  reads it; the table is UNLOGGED: never in the write-ahead log, emptied after a crash). Each frame
  is written over the one before and dropped when the last lease ends.
* With :data:`KEEP_ENV` > 0 each frame is also kept (``screen_frames_kept``) for that many days.

Whom a user may watch: an admin or a supervisor without a team every agent, a supervisor the agents of
their own team (:func:`watchable`).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection

from backoffice import tables as t
from backoffice.db import Database
from backoffice.security import Principal, watched_team
from crm.schemas import Role
from crm.schemas.screenview import LEASE_S, KeptFrame

logger = logging.getLogger(__name__)

KEEP_ENV = "BACKOFFICE_SCREENVIEW_KEEP_DAYS"
"""Days to keep every frame sent (default 0: no frame is kept beyond the newest, while watched)."""
PURGE_EVERY_S = 60.0

screen_watches = Table(
    "screen_watches",
    t.metadata,
    Column("agent_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("watcher_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("started_at", t.UtcDateTime, nullable=False),
    Column("expires_at", t.UtcDateTime, nullable=False),
)

screen_frames = Table(
    "screen_frames",
    t.metadata,
    Column("agent_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("frame_no", BigInteger, nullable=False),
    Column("at", t.UtcDateTime, nullable=False),
    Column("media_type", String(20), nullable=False),
    Column("data", LargeBinary, nullable=False),
)

kept_frames = Table(
    "screen_frames_kept",
    t.metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("agent_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("frame_no", BigInteger, nullable=False),
    Column("at", t.UtcDateTime, nullable=False),
    Column("media_type", String(20), nullable=False),
    Column("data", LargeBinary, nullable=False),
    Index("ix_screen_frames_kept_agent_at", "agent_id", "at"),
)


# -- who may watch whom ------------------------------------------------------------------------------


def watchable(conn: Connection, user: Principal, agent_id: str, *, roles: tuple[Role, ...] = (Role.AGENT,)) -> bool:
    """Whether ``user`` (a supervisor or an admin) may watch user ``agent_id``: an agent (of ``roles``)
    of the supervisor's team, any such user for an admin or a supervisor without a team."""
    users = t.users.c
    agent = conn.execute(select(users.team, users.role).where(users.id == agent_id)).first()
    if agent is None or agent.role not in {r.value for r in roles}:
        return False
    if user.role not in (Role.ADMIN, Role.SUPERVISOR):
        return False
    team = watched_team(conn, user)
    return team is None or agent.team == team


# -- leases ------------------------------------------------------------------------------------------


def renew_lease(conn: Connection, agent_id: str, watcher_id: str, now: datetime) -> bool:
    """``watcher_id`` watches ``agent_id`` for :data:`LEASE_S` more seconds; True when the watch is new
    (none before, or the last one had lapsed)."""
    w = screen_watches.c
    expires = now + timedelta(seconds=LEASE_S)
    key = (w.agent_id == agent_id) & (w.watcher_id == watcher_id)
    row = conn.execute(select(w.expires_at).where(key)).first()
    if row is None:
        conn.execute(
            insert(screen_watches).values(agent_id=agent_id, watcher_id=watcher_id, started_at=now, expires_at=expires)
        )
        return True
    new = bool(row.expires_at <= now)
    values: dict[str, Any] = {"expires_at": expires, **({"started_at": now} if new else {})}
    conn.execute(update(screen_watches).where(key).values(**values))
    return new


def end_lease(conn: Connection, agent_id: str, watcher_id: str) -> None:
    w = screen_watches.c
    conn.execute(delete(screen_watches).where(w.agent_id == agent_id, w.watcher_id == watcher_id))


def lease_left(conn: Connection, agent_id: str, now: datetime, watcher_id: str | None = None) -> float:
    """Seconds the longest lease on ``agent_id`` (of ``watcher_id`` when given) still runs; 0: none."""
    w = screen_watches.c
    query = select(func.max(w.expires_at)).where(w.agent_id == agent_id)
    if watcher_id is not None:
        query = query.where(w.watcher_id == watcher_id)
    until: datetime | None = conn.execute(query).scalar()
    if until is None:
        return 0.0
    return max(0.0, (until - now).total_seconds())


def drop_lapsed(conn: Connection, agent_id: str, now: datetime) -> None:
    w = screen_watches.c
    conn.execute(delete(screen_watches).where(w.agent_id == agent_id, w.expires_at <= now))


def watched_agents(conn: Connection, now: datetime) -> set[str]:
    """The agents somebody watches now."""
    w = screen_watches.c
    return set(conn.execute(select(w.agent_id).where(w.expires_at > now).distinct()).scalars())


# -- the newest frame --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Frame:
    no: int
    at: datetime
    media_type: str
    data: bytes


def next_frame_no(previous: int) -> int:
    """Frame numbers grow across workers and restarts (milliseconds, at least one more than before),
    so a viewer's ``after`` never hides a frame of a later watch."""
    return max(previous + 1, int(time.time() * 1000))


class FrameStore(Protocol):
    def put(self, agent_id: str, media_type: str, data: bytes, at: datetime) -> Frame: ...

    def get(self, agent_id: str) -> Frame | None: ...

    def drop(self, agent_id: str) -> None: ...

    def sweep(self, keep: set[str]) -> int:
        """Drop the frames of every agent but ``keep`` (left behind when both desktops went away)."""
        ...


class MemoryFrames:
    """The newest frame of each watched agent in this process (SQLite: the server is one process)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._frames: dict[str, Frame] = {}
        self._last: dict[str, int] = {}

    def put(self, agent_id: str, media_type: str, data: bytes, at: datetime) -> Frame:
        with self._lock:
            frame = Frame(next_frame_no(self._last.get(agent_id, 0)), at, media_type, data)
            self._frames[agent_id] = frame
            self._last[agent_id] = frame.no
        return frame

    def get(self, agent_id: str) -> Frame | None:
        with self._lock:
            return self._frames.get(agent_id)

    def drop(self, agent_id: str) -> None:
        with self._lock:
            self._frames.pop(agent_id, None)

    def sweep(self, keep: set[str]) -> int:
        with self._lock:
            gone = [agent_id for agent_id in self._frames if agent_id not in keep]
            for agent_id in gone:
                del self._frames[agent_id]
        return len(gone)


class TableFrames:
    """The newest frame of each watched agent in its ``screen_frames`` row (PostgreSQL, any worker)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def put(self, agent_id: str, media_type: str, data: bytes, at: datetime) -> Frame:
        f = screen_frames.c
        with self.db.write.begin() as conn:
            previous = conn.execute(select(f.frame_no).where(f.agent_id == agent_id).with_for_update()).scalar()
            frame = Frame(next_frame_no(previous or 0), at, media_type, data)
            values = {"frame_no": frame.no, "at": at, "media_type": media_type, "data": data}
            if previous is None:
                conn.execute(insert(screen_frames).values(agent_id=agent_id, **values))
            else:
                conn.execute(update(screen_frames).where(f.agent_id == agent_id).values(**values))
        return frame

    def get(self, agent_id: str) -> Frame | None:
        f = screen_frames.c
        with self.db.read.connect() as conn:
            row = conn.execute(select(screen_frames).where(f.agent_id == agent_id)).first()
        return None if row is None else Frame(row.frame_no, row.at, row.media_type, bytes(row.data))

    def drop(self, agent_id: str) -> None:
        with self.db.write.begin() as conn:
            conn.execute(delete(screen_frames).where(screen_frames.c.agent_id == agent_id))

    def sweep(self, keep: set[str]) -> int:
        with self.db.write.begin() as conn:
            return conn.execute(delete(screen_frames).where(screen_frames.c.agent_id.not_in(keep))).rowcount or 0


def frame_store(db: Database) -> FrameStore:
    return MemoryFrames() if db.is_sqlite else TableFrames(db)


# -- frames kept under the retention setting ---------------------------------------------------------


def keep_days_from_env() -> int:
    try:
        return max(0, int(os.environ.get(KEEP_ENV, "0")))
    except ValueError:
        logger.warning("%s must be a whole number of days; frames are not kept", KEEP_ENV)
        return 0


class FrameKeeping:
    """Keeps each frame for ``keep_days`` (0: keeps none) and drops older ones at most once a minute."""

    def __init__(self, keep_days: int) -> None:
        self.keep_days = keep_days
        self._purged = float("-inf")

    def keep(self, conn: Connection, agent_id: str, frame: Frame) -> None:
        if self.keep_days <= 0:
            return
        if time.monotonic() - self._purged >= PURGE_EVERY_S:
            self._purged = time.monotonic()
            self.purge(conn, frame.at)
        values = {"frame_no": frame.no, "at": frame.at, "media_type": frame.media_type, "data": frame.data}
        conn.execute(insert(kept_frames).values(agent_id=agent_id, **values))

    def purge(self, conn: Connection, now: datetime) -> int:
        """Drop the frames older than the retention; returns how many."""
        cutoff = now - timedelta(days=self.keep_days)
        return conn.execute(delete(kept_frames).where(kept_frames.c.at < cutoff)).rowcount or 0


def list_kept(conn: Connection, agent_id: str, start: datetime | None, end: datetime | None) -> list[KeptFrame]:
    k = kept_frames.c
    query = select(k.id, k.frame_no, k.at, k.media_type, func.length(k.data).label("size")).where(
        k.agent_id == agent_id
    )
    if start is not None:
        query = query.where(k.at >= start)
    if end is not None:
        query = query.where(k.at < end)
    rows = conn.execute(query.order_by(k.at, k.id).limit(5000))
    return [KeptFrame(id=r.id, frame_no=r.frame_no, at=r.at, media_type=r.media_type, size=r.size) for r in rows]


def read_kept(conn: Connection, agent_id: str, frame_id: int) -> Frame | None:
    k = kept_frames.c
    row = conn.execute(select(kept_frames).where(k.id == frame_id, k.agent_id == agent_id)).first()
    return None if row is None else Frame(row.frame_no, row.at, row.media_type, bytes(row.data))
