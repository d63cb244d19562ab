"""What the reports' roll-ups of rows by UTC quarter hour share (:mod:`.call_rollup` for the calls,
:mod:`.campaign_rollup` for the campaigns' attempts): the quarter hour of a time in SQL and in Python
(the same rounding), whether a report's intervals fall on quarter hours, the exact rows of a range of
milliseconds read by their time's index, the steps a first count on SQLite is made in, and the
settings of a count's transaction on PostgreSQL.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from backoffice.reports.hours import HOUR_MS
from backoffice.reports.rollup import SLICE_MS
from backoffice.reports.sql import EpochMs
from backoffice.reports.timeframe import Timeframe, from_ms, to_ms
from crm.kpis import Interval

logger = logging.getLogger(__name__)


def floor_sql(ms: Any, width: int = SLICE_MS) -> ColumnElement[Any]:
    """SQL: the start of the period of ``width`` ms holding ``ms`` (Python's floor modulo, as
    :func:`slice_of`: SQL's % keeps the sign, which put a time before 1970 in the wrong period)."""
    start: ColumnElement[Any] = ms - ((ms % width) + width) % width
    return start


def slice_of(when: datetime) -> int:
    """The start (ms since the epoch) of the UTC quarter hour of ``when``, rounded as :class:`.sql.EpochMs`."""
    ms = to_ms(when)
    return ms - ms % SLICE_MS


def on_quarters(frame: Timeframe) -> bool:
    """Whether every interval edge of ``frame`` falls on a UTC quarter hour (then quarter-hour slices can
    answer it): a period on quarter hours, a zone whose offsets (and their changes, and the months'
    starts) are whole quarter hours."""
    if frame.start_ms % SLICE_MS or frame.end_ms % SLICE_MS:
        return False
    if any(offset % SLICE_MS or (i and since % SLICE_MS) for i, (since, offset) in enumerate(frame.changes)):
        return False
    return not (frame.interval is Interval.MONTH and any(edge % SLICE_MS for edge in frame.month_edges))


def exactly_within(at: Any, low: int, high: int) -> list[ColumnElement[bool]]:
    """Filters: the rows whose time ``at`` (a ``UtcDateTime`` column), rounded to the millisecond as the
    slices are, is in ``[low, high)`` ms: found by the time's index (a millisecond wider), then exactly."""
    return [at >= from_ms(low - 1), at < from_ms(high + 1), EpochMs(at) >= low, EpochMs(at) < high]


def hour_steps(conn: Connection, at: Any, limit: int, *where: ColumnElement[bool]) -> list[tuple[int, int]]:
    """``[low, high)`` ranges of whole UTC hours (ms) covering every row with a time ``at`` (and
    ``where``), each of about ``limit`` rows at most (an hour holding more is a step alone): how a first
    count on SQLite is cut into short transactions."""
    hour = floor_sql(EpochMs(at), HOUR_MS)
    counted = select(hour, func.count()).where(at.is_not(None), *where).group_by(hour).order_by(hour)
    steps: list[tuple[int, int]] = []
    rows = 0
    for start, count in conn.execute(counted).all():
        if steps and rows + count <= limit:
            steps[-1] = (steps[-1][0], int(start) + HOUR_MS)
            rows += count
        else:
            steps.append((int(start), int(start) + HOUR_MS))
            rows = count
    return steps


def for_big_read(conn: Connection) -> None:
    """On PostgreSQL: plan the transaction's big aggregates (a count, a month of slices) without JIT,
    grouping and sorting in memory (a month by day and agent: 90,000 groups of a million slices)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL jit = off")
        conn.exec_driver_sql("SET LOCAL work_mem = '64MB'")


def lock_for_count(conn: Connection, lock: int) -> None:
    """On PostgreSQL: take the advisory lock ``lock`` for the transaction (one count at a time, across
    worker processes), and plan the count as :func:`for_big_read`."""
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(lock)))
        for_big_read(conn)
