"""The hourly level of the roll-ups: ``call_agent_hours`` and ``presence_hours`` hold the quarter-hour
slices of :mod:`.call_rollup` and :mod:`.rollup` added up per UTC hour, rewritten from them whenever
those change (in the same transaction), so that a report by the hour or longer reads a quarter of the
rows. A report may read them when its intervals' edges all fall on UTC hours: a period starting and
ending on whole hours, intervals of an hour or longer, and a zone whose offsets (and the instants they
change, and the months' starts) are whole hours."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, delete, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from backoffice.reports.sql import pairs_in
from backoffice.reports.tables import CALL_SUMS, call_agent_hours, call_agent_slices, presence_hours, presence_slices
from backoffice.reports.timeframe import MS, Timeframe
from crm.kpis import GroupBy, Interval

logger = logging.getLogger(__name__)

HOUR_MS = 3_600_000
QUARTERS = (0, 900_000, 1_800_000, 2_700_000)
PRESENCE_SUMS = ("staffed_ms", "busy_ms", "available_ms", "not_ready_ms")


def hour_of(ms: int) -> int:
    return ms - ms % HOUR_MS


def _hour_sql(ms: Any) -> ColumnElement[Any]:
    """SQL: the start of the UTC hour of ``ms`` (Python's floor modulo: SQL's % keeps the sign)."""
    hour: ColumnElement[Any] = ms - ((ms % HOUR_MS) + HOUR_MS) % HOUR_MS
    return hour


def on_hours(frame: Timeframe) -> bool:
    """Whether every interval edge of ``frame`` falls on a UTC hour (then the hourly rows serve)."""
    if frame.interval is Interval.MIN15 or frame.start_ms % HOUR_MS or frame.end_ms % HOUR_MS:
        return False
    if any(offset % HOUR_MS or (i and since % HOUR_MS) for i, (since, offset) in enumerate(frame.changes)):
        return False
    return not (frame.interval is Interval.MONTH and any(edge % HOUR_MS for edge in frame.month_edges))


def one_row_a_cell(frame: Timeframe, group_by: GroupBy, width_ms: int) -> bool:
    """Whether rows per agent of ``width_ms`` (a quarter or an hour) are the cells of the report as
    they are (nothing to add up): intervals that long, by agent, and no change of offset (a repeated
    local hour holds two UTC hours)."""
    return group_by is GroupBy.AGENT and MS.get(frame.interval) == width_ms and len(frame.changes) == 1


# ------------------------------------------------------------------------------------ calls
def rebuild_call_hours(conn: Connection) -> None:
    """Every hour of ``call_agent_hours`` again from ``call_agent_slices``."""
    conn.execute(delete(call_agent_hours))
    _add_call_hours(conn)


def recount_call_hours(conn: Connection, slices: Iterable[tuple[str, int]]) -> None:
    """The hours holding the (agent, quarter hour) ``slices`` again from ``call_agent_slices``."""
    hours = sorted({(agent, hour_of(ms)) for agent, ms in slices})
    if not hours:
        return
    h = call_agent_hours.c
    conn.execute(delete(call_agent_hours).where(pairs_in(conn, (h.hour_ms, h.agent_id), [(t, a) for a, t in hours])))
    quarters = [(hour + q, agent) for agent, hour in hours for q in QUARTERS]
    s = call_agent_slices.c
    _add_call_hours(conn, pairs_in(conn, (s.slice_ms, s.agent_id), quarters))


def add_call_hours(conn: Connection, from_ms: int, to_ms: int) -> None:
    """The hours of ``call_agent_hours`` in ``[from_ms, to_ms)`` (whole hours, none there yet) from
    ``call_agent_slices``."""
    s = call_agent_slices.c
    _add_call_hours(conn, s.slice_ms >= from_ms, s.slice_ms < to_ms)


def _add_call_hours(conn: Connection, *where: ColumnElement[bool]) -> None:
    s = call_agent_slices.c
    hour = _hour_sql(s.slice_ms)
    rows = select(hour.label("hour_ms"), s.agent_id, *(func.sum(s[name]) for name in CALL_SUMS)).where(*where)
    columns = ["hour_ms", "agent_id", *CALL_SUMS]
    conn.execute(insert(call_agent_hours).from_select(columns, rows.group_by(hour, s.agent_id)))


# ------------------------------------------------------------------------------------ presence
def recount_presence_hours(conn: Connection, user_id: str, from_ms: int) -> None:
    """``user_id``'s hours from the one holding ``from_ms`` on, again from ``presence_slices``."""
    start = hour_of(from_ms)
    h, s = presence_hours.c, presence_slices.c
    conn.execute(delete(presence_hours).where(h.user_id == user_id, h.hour_ms >= start))
    hour = _hour_sql(s.slice_ms)
    rows = select(s.user_id, hour.label("hour_ms"), s.reason, *(func.sum(s[name]) for name in PRESENCE_SUMS)).where(
        and_(s.user_id == user_id, s.slice_ms >= start)
    )
    columns = ["user_id", "hour_ms", "reason", *PRESENCE_SUMS]
    conn.execute(insert(presence_hours).from_select(columns, rows.group_by(s.user_id, hour, s.reason)))
