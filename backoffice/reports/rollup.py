"""Presence time rolled up per agent and quarter hour, so that a month's report reads a few hundred
thousand small rows instead of every state change (five or so per call).

``presence_slices`` holds, per agent, quarter hour (UTC; every time zone's interval edges fall on a
UTC quarter hour) and not-ready reason ('' for the rest), the milliseconds staffed, busy, available
and not ready, counted exactly as :mod:`.staffing` counts them. ``presence_rollups`` holds per agent
``upto_at``: the slices are complete before it. It is the quarter hour of the agent's latest change,
so every state before it has ended and cannot change any more, but for a change that arrives late (a
desktop replaying its queue after it was offline): :func:`refresh` finds those by the time they
reached the back office and drops the agent's slices from that quarter hour on, then adds the slices
up to each agent's latest change. A report takes the slices of whole quarter hours before each
agent's ``upto_at`` and counts the rest from the history (:func:`.staffing.presence_sums`).
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import BigInteger, Select, cast, delete, func, insert, literal, select, update
from sqlalchemy.engine import Connection

from backoffice import tables as t
from backoffice.db import STEP_PAUSE_S, Database
from backoffice.presence import presence_events
from backoffice.reports.hours import HOUR_MS, PRESENCE_SUMS, on_hours, one_row_a_cell, recount_presence_hours
from backoffice.reports.query import ReportQuery, group_key
from backoffice.reports.staffing import presence_sums
from backoffice.reports.tables import presence_hours, presence_rollups, presence_slices
from backoffice.reports.timeframe import Timeframe, from_ms, to_ms
from backoffice.resources.base import now_utc
from crm.kpis import GroupBy, Interval, ReportSettings

logger = logging.getLogger(__name__)

SLICE_MS = 900_000
LATE_MARGIN = timedelta(minutes=5)
"""Changes received this long before the last check are looked at again (a transaction still open then)."""
_LOCK = 7_420_020
"""PostgreSQL advisory lock: one refresh at a time."""
_REFRESHING = threading.Lock()
"""One refresh at a time in this process (on SQLite a long catch-up commits step by step)."""
STEP = timedelta(days=7)
"""SQLite: an agent's history is rolled up at most this much a transaction."""


def floor_slice(when: datetime) -> datetime:
    ms = to_ms(when)
    return from_ms(ms - ms % SLICE_MS)


def aligned(frame: Timeframe) -> bool:
    """Whether the period starts and ends on UTC quarter hours (then it can use the slices)."""
    return frame.start_ms % SLICE_MS == 0 and frame.end_ms % SLICE_MS == 0


def refresh(db: Database, now: datetime | None = None) -> int:
    """Bring every agent's slices up to their latest change; returns how many agents' slices changed.
    On SQLite an agent more than :data:`STEP` behind (the first roll-up of a long history) is brought
    up in steps of that length, each its own short transaction, so that other writers are not held
    back for the whole count."""
    now = now or now_utc()
    changed = 0
    behind: list[tuple[str, datetime, datetime]] = []
    with _REFRESHING:
        with db.write_lock, db.write.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(select(func.pg_advisory_xact_lock(_LOCK)))
                conn.exec_driver_sql("SET LOCAL jit = off")
            stepwise = conn.dialect.name == "sqlite"
            marks = {row.user_id: row for row in conn.execute(select(presence_rollups))}
            late: dict[str, datetime] = {}
            if marks:
                ev = presence_events.c
                since = min(row.checked_at for row in marks.values()) - LATE_MARGIN
                # the changes received since (few; by their arrival index: a GROUP BY would read them all)
                for user_id, at in conn.execute(select(ev.user_id, ev.at).where(ev.received_at > since)):
                    if user_id not in late or at < late[user_id]:
                        late[user_id] = at
            for user_id, first, last in _agents_with_history(conn):
                mark = marks.get(user_id)
                upto = mark.upto_at if mark is not None else floor_slice(first)
                slices = presence_slices.c
                redone = user_id in late and late[user_id] < upto
                if redone:
                    upto = floor_slice(late[user_id])
                    conn.execute(
                        delete(presence_slices).where(slices.user_id == user_id, slices.slice_ms >= to_ms(upto))
                    )
                target = max(upto, floor_slice(last))
                changed += target != (mark.upto_at if mark is not None else None)
                if stepwise and target - upto > STEP:  # counted below, step by step, from upto
                    if redone:
                        recount_presence_hours(conn, user_id, to_ms(upto))
                        _mark(conn, user_id, upto, now, mark is None)
                    behind.append((user_id, upto, target))
                    continue
                if target > upto:
                    _add_slices(conn, user_id, upto, target, now)
                if redone or target > upto:
                    recount_presence_hours(conn, user_id, to_ms(upto))
                if mark is None or target != mark.upto_at:
                    _mark(conn, user_id, target, now, mark is None)
            conn.execute(update(presence_rollups).values(checked_at=now))
        for user_id, upto, target in behind:
            while upto < target:
                step_end = min(target, upto + STEP)
                with db.write_lock, db.write.begin() as conn:
                    _add_slices(conn, user_id, upto, step_end, now)
                    recount_presence_hours(conn, user_id, to_ms(upto))
                    has_mark = conn.execute(
                        select(presence_rollups.c.user_id).where(presence_rollups.c.user_id == user_id)
                    )
                    _mark(conn, user_id, step_end, now, has_mark.first() is None)
                upto = step_end
                time.sleep(STEP_PAUSE_S)
    return changed


def _mark(conn: Connection, user_id: str, upto: datetime, now: datetime, new: bool) -> None:
    """``user_id``'s slices are complete before ``upto``."""
    rollups = presence_rollups.c
    if new:
        conn.execute(insert(presence_rollups).values(user_id=user_id, upto_at=upto, checked_at=now))
    else:
        conn.execute(update(presence_rollups).where(rollups.user_id == user_id).values(upto_at=upto))


def _agents_with_history(conn: Connection) -> list[tuple[str, datetime, datetime]]:
    """(user id, first change, latest change) of every user with a presence history (by index)."""
    u, ev = t.users.c, presence_events.c
    first = select(func.min(ev.at)).where(ev.user_id == u.id).scalar_subquery()
    last = select(func.max(ev.at)).where(ev.user_id == u.id).scalar_subquery()
    rows = conn.execute(select(u.id, first.label("first"), last.label("last")))
    return [(row.id, row.first, row.last) for row in rows if row.first is not None]


def _add_slices(conn: Connection, user_id: str, start: datetime, end: datetime, now: datetime) -> None:
    frame = Timeframe(start, end, Interval.MIN15, timezone.utc)
    q = ReportQuery(frame, GroupBy.AGENT, ReportSettings(), now, agent_id=user_id)
    sums = presence_sums(q).subquery("sums")
    rows = select(
        literal(user_id).label("user_id"),
        (sums.c.bucket * SLICE_MS).label("slice_ms"),
        sums.c.reason,
        sums.c.staffed_ms,
        sums.c.busy_ms,
        sums.c.available_ms,
        sums.c.not_ready_ms,
    )
    columns = ["user_id", "slice_ms", "reason", "staffed_ms", "busy_ms", "available_ms", "not_ready_ms"]
    conn.execute(insert(presence_slices).from_select(columns, rows))


def slice_sums(q: ReportQuery) -> list[Select[Any]]:
    """The slices of the period (the hourly ones when the intervals' edges are on hours: :mod:`.hours`)
    as two statements: the time of every state but not ready (reason '') per cell (bucket, key,
    ``staffed_ms``, ``busy_ms``, ``available_ms``, ``not_ready_ms``: one row per cell, read with the
    calls' row of the cell), and the not-ready time as :func:`.staffing.presence_sums` rows (bucket,
    key, reason, the same sums; a few rows a cell at most)."""
    table: Any = presence_hours if on_hours(q.frame) else presence_slices
    s = table.c
    at = s.hour_ms if table is presence_hours else s.slice_ms
    users = t.users
    source: Any = table
    if q.group_by is GroupBy.TEAM or q.team is not None:
        source = table.join(users, users.c.id == s.user_id)
    bucket = q.frame.index(at)
    key = group_key(q.group_by, agent=s.user_id, team=users.c.team)
    filters = [at >= q.frame.start_ms, at < q.frame.end_ms]
    if q.team is not None:
        filters.append(users.c.team == q.team)
    if q.agent_id is not None:
        filters.append(s.user_id == q.agent_id)
    cells = (bucket.label("bucket"), key.label("key"))
    ready = select(*cells).select_from(source).where(*filters, s.reason == "")
    not_ready = select(*cells, s.reason).select_from(source).where(*filters, s.reason != "")
    if one_row_a_cell(q.frame, q.group_by, HOUR_MS if table is presence_hours else SLICE_MS):
        sums = [s[name] for name in PRESENCE_SUMS]
        return [ready.add_columns(*sums), not_ready.add_columns(*sums)]
    added = [cast(func.sum(s[name]), BigInteger).label(name) for name in PRESENCE_SUMS]  # integers to Python
    return [
        ready.add_columns(*added).group_by(bucket, key),
        not_ready.add_columns(*added).group_by(bucket, key, s.reason),
    ]
