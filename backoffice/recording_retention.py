"""How long the centre keeps call recordings, and the purge that deletes them after it.

The retention is the centre's (``recording_settings``, one row; an admin changes it with ``PUT
/recordings/settings``; default :data:`DEFAULT_DAYS`). A desktop's ``retention_days`` only asks to
keep its recording longer, never shorter. A recording is kept until its start plus the longer of
the two: its ``expires_at`` holds the desktop's ask (its start when it asked nothing), the centre's
retention is applied as a cut-off on the start, so changing it takes effect at once for every
recording.

:class:`RecordingPurger` deletes what has expired from a background thread: it sleeps until the
oldest recording can expire (woken early by a new recording or a changed retention), and runs at
most once per :data:`MIN_GAP_S`; with no recordings it sleeps until one arrives.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Integer, String, Table, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from backoffice import tables as t
from backoffice.db import write_tx
from backoffice.resources.base import now_utc

if TYPE_CHECKING:
    from backoffice.db import Database

logger = logging.getLogger(__name__)

DEFAULT_DAYS = 90
"""The centre's retention until an admin sets one."""
MIN_GAP_S = 3600.0
"""Purges are at least this far apart (no idle wake-up more often)."""
SETTINGS_ROW = 1

recording_settings = Table(
    "recording_settings",
    t.metadata,
    Column("id", Integer, primary_key=True),
    Column("retention_days", Integer, nullable=False),
    Column("updated_at", t.UtcDateTime, nullable=True),
    Column("updated_by", String(36), nullable=True),
)
"""One row (id 1) once an admin saved the retention; none: :data:`DEFAULT_DAYS`."""


def read_retention(conn: Connection) -> dict[str, Any]:
    """The centre's retention: ``retention_days``, ``updated_at``, ``updated_by``."""
    s = recording_settings.c
    row = conn.execute(select(recording_settings).where(s.id == SETTINGS_ROW)).first()
    if row is None:
        return {"retention_days": DEFAULT_DAYS, "updated_at": None, "updated_by": None}
    return {"retention_days": row.retention_days, "updated_at": row.updated_at, "updated_by": row.updated_by}


def write_retention(conn: Connection, days: int, user_id: str) -> dict[str, Any]:
    """Set the centre's retention (in the caller's transaction); returns it as now saved."""
    values = {"retention_days": days, "updated_at": now_utc(), "updated_by": user_id}
    s = recording_settings.c
    if conn.execute(update(recording_settings).where(s.id == SETTINGS_ROW).values(**values)).rowcount == 0:
        conn.execute(insert(recording_settings).values(id=SETTINGS_ROW, **values))
    return read_retention(conn)


def cutoff(conn: Connection, now: datetime) -> datetime:
    """Recordings that started before this are past the centre's retention."""
    return now - timedelta(days=int(read_retention(conn)["retention_days"]))


def kept_until(started_at: datetime, expires_at: datetime, days: int) -> datetime:
    """When a recording expires: the longer of the desktop's ask and the centre's retention."""
    return max(expires_at, started_at + timedelta(days=days))


def purge(conn: Connection, now: datetime) -> int:
    """Delete the recordings past their retention (with their bytes); returns how many."""
    from backoffice.recordings import recording_chunks, recordings

    r = recordings.c
    expired = (r.expires_at <= now) & (r.started_at <= cutoff(conn, now))
    conn.execute(delete(recording_chunks).where(recording_chunks.c.recording_id.in_(select(r.id).where(expired))))
    count = conn.execute(delete(recordings).where(expired)).rowcount or 0
    if count:
        logger.info("recordings: %d past their retention deleted", count)
    return count


def next_expiry(conn: Connection) -> datetime | None:
    """No recording expires before this (None: there are none)."""
    from backoffice.recordings import recordings

    r = recordings.c
    oldest: datetime | None
    first_ask: datetime
    oldest, first_ask = conn.execute(select(func.min(r.started_at), func.min(r.expires_at))).one()
    if oldest is None:
        return None
    centre: datetime = oldest + timedelta(days=int(read_retention(conn)["retention_days"]))
    return max(first_ask, centre)


class RecordingPurger:
    """The purge's thread (one per worker; a purge another worker already did deletes nothing)."""

    def __init__(self, db: Database, min_gap_s: float = MIN_GAP_S) -> None:
        self.db = db
        self.min_gap_s = min_gap_s
        self.purged = 0
        """Recordings deleted so far."""
        self.runs = 0
        """Purges run so far."""
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> RecordingPurger:
        self._thread = threading.Thread(target=self._run, name="recording-purge", daemon=True)
        self._thread.start()
        return self

    def changed(self) -> None:
        """A recording arrived or the retention changed: the next expiry is worked out again."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(5)

    def _run(self) -> None:
        last = float("-inf")
        while not self._stop.is_set() and not self.db.closing.is_set():
            self._wake.clear()
            try:
                with self.db.read.connect() as conn:
                    due = next_expiry(conn)
            except Exception:
                logger.exception("recordings: the next expiry could not be read")
                due = None
            if due is None:  # nothing to expire: sleep until a recording arrives
                self._wake.wait()
                continue
            wait_s = max((due - now_utc()).total_seconds(), last + self.min_gap_s - time.monotonic(), 0.0)
            if wait_s > 0 and self._wake.wait(min(wait_s, 86_400.0)):
                continue  # woken early: work the expiry out again
            if self._stop.is_set() or (due - now_utc()).total_seconds() > 0:
                continue  # stopping, or a day's sleep ended before the expiry
            last = time.monotonic()
            try:
                with write_tx(self.db) as ctx:
                    self.purged += purge(ctx.conn, now_utc())
                self.runs += 1
            except Exception:
                logger.exception("recordings: the retention purge failed")
