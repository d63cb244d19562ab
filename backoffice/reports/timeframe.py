"""A report's period and its intervals on the centre's local clock, in Python and as SQL expressions.

An interval is numbered by an integer *index*: for 15 minutes, hours, days and weeks the local time in
milliseconds since the epoch divided by the interval's length (weeks start on Monday), for months
``year * 12 + month - 1``. A UTC instant's local time is the instant plus the zone's offset at that
instant; the offsets over the period are found once in Python (:func:`zoneinfo` knows daylight saving),
so the SQL needs no time-zone support: a ``CASE`` over the few changes of offset, usually none.
Across a change of offset the local clock repeats or skips an hour: a repeated hour's calls fall into
one interval, a skipped one has none. Presence time is cut at interval edges and at changes of offset
(:meth:`Timeframe.next_edge`).
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any

from sqlalchemy import BigInteger, case, cast, literal
from sqlalchemy.sql.elements import ColumnElement

from crm.kpis import Interval

logger = logging.getLogger(__name__)

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
MS = {Interval.MIN15: 900_000, Interval.HOUR: 3_600_000, Interval.DAY: 86_400_000, Interval.WEEK: 604_800_000}
"""Length in milliseconds of the intervals of fixed length (on the local clock)."""
WEEK_SHIFT_MS = 3 * 86_400_000
"""1970-01-01 was a Thursday: shifting by three days makes weeks start on Monday."""
MAX_BUCKETS = 10_000
MAX_DAYS = 732


def to_ms(when: datetime) -> int:
    """Milliseconds since the epoch of an aware datetime, rounded half up (as :class:`.sql.EpochMs`)."""
    delta = when - EPOCH
    return ((delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds + 500) // 1000


def from_ms(ms: int) -> datetime:
    return EPOCH + timedelta(milliseconds=ms)


def _offset_ms(zone: tzinfo, ms: int) -> int:
    offset = from_ms(ms).astimezone(zone).utcoffset()
    return int(offset.total_seconds() * 1000) if offset is not None else 0


def offset_changes(zone: tzinfo, start_ms: int, end_ms: int) -> list[tuple[int, int]]:
    """``[(since_ms, offset_ms), ...]``: the zone's offset from ``start_ms`` and each change of it before
    ``end_ms`` (found hour by hour, then halving to the millisecond)."""
    changes = [(start_ms, _offset_ms(zone, start_ms))]
    if isinstance(zone, timezone):
        return changes
    step = 3_600_000
    t = start_ms
    while t < end_ms:
        nxt = min(t + step, end_ms)
        if _offset_ms(zone, nxt) != changes[-1][1]:
            low, high = t, nxt  # the offset changes in (low, high]
            while high - low > 1:
                mid = (low + high) // 2
                if _offset_ms(zone, mid) == changes[-1][1]:
                    low = mid
                else:
                    high = mid
            changes.append((high, _offset_ms(zone, high)))
        t = nxt
    return changes


def _local_naive(ms: int) -> datetime:
    return from_ms(ms).replace(tzinfo=None)


@dataclass(frozen=True)
class Timeframe:
    """The period ``[start, end)`` (aware UTC) split into ``interval`` on the clock of ``zone``."""

    start: datetime
    end: datetime
    interval: Interval
    zone: tzinfo
    changes: list[tuple[int, int]] = field(init=False)
    month_edges: list[int] = field(init=False)
    """Months: the UTC milliseconds at which each month of the period starts locally (the first one
    at or before ``start``)."""
    first_month: int = field(init=False)
    """Months: the index of the month at ``month_edges[0]``."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", offset_changes(self.zone, self.start_ms, self.end_ms))
        edges: list[int] = []
        first = 0
        if self.interval is Interval.MONTH:
            local = self.start.astimezone(self.zone)
            year, month = local.year, local.month
            first = year * 12 + month - 1
            while True:
                edge = to_ms(datetime(year, month, 1, tzinfo=self.zone).astimezone(timezone.utc))
                if edges and edge >= self.end_ms:
                    break
                edges.append(edge)
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        object.__setattr__(self, "month_edges", edges)
        object.__setattr__(self, "first_month", first)

    @property
    def start_ms(self) -> int:
        return to_ms(self.start)

    @property
    def end_ms(self) -> int:
        return to_ms(self.end)

    # ------------------------------------------------------------------ Python
    def offset_at(self, ms: int) -> int:
        pos = bisect.bisect_right([since for since, _ in self.changes], ms) - 1
        return self.changes[max(0, pos)][1]

    def index_of(self, ms: int) -> int:
        """The index of the interval holding the UTC instant ``ms`` (what :meth:`index` computes in SQL)."""
        if self.interval is Interval.NONE:
            return 0
        if self.interval is Interval.MONTH:
            return self.first_month + max(0, bisect.bisect_right(self.month_edges, ms) - 1)
        local = ms + self.offset_at(ms)
        shift = WEEK_SHIFT_MS if self.interval is Interval.WEEK else 0
        return (local + shift) // MS[self.interval]

    def bucket_start(self, index: int) -> datetime | None:
        """The local start of interval ``index`` (None for the whole period)."""
        if self.interval is Interval.NONE:
            return None
        if self.interval is Interval.MONTH:
            year, month = divmod(index, 12)
            return datetime(year, month + 1, 1, tzinfo=self.zone)
        shift = WEEK_SHIFT_MS if self.interval is Interval.WEEK else 0
        return _local_naive(index * MS[self.interval] - shift).replace(tzinfo=self.zone)

    def indexes(self) -> list[int]:
        """Every interval of the period, in order."""
        if self.interval is Interval.NONE:
            return [0]
        if self.interval is Interval.MONTH:
            return [self.first_month + i for i in range(len(self.month_edges))]
        first, last = self.index_of(self.start_ms), self.index_of(max(self.start_ms, self.end_ms - 1))
        return list(range(first, last + 1))

    def bucket_count(self) -> int:
        if self.interval is Interval.MONTH:
            return len(self.month_edges)
        if self.interval is Interval.NONE:
            return 1
        return (self.end_ms - self.start_ms) // MS[self.interval] + 2

    # ------------------------------------------------------------------ SQL
    def offset(self, t: ColumnElement[Any]) -> ColumnElement[Any]:
        """The zone's offset (ms) at the UTC instant ``t`` (ms), for instants in the period."""
        if len(self.changes) == 1:
            return literal(self.changes[0][1], BigInteger)
        whens = [(t < since, off) for (since, _), (_, off) in zip(self.changes[1:], self.changes[:-1])]
        return case(*whens, else_=self.changes[-1][1])

    def index(self, t: ColumnElement[Any]) -> ColumnElement[Any]:
        """SQL: the index of the interval holding the UTC instant ``t`` (ms)."""
        if self.interval is Interval.NONE:
            return literal(0, BigInteger)
        if self.interval is Interval.MONTH:
            if len(self.month_edges) == 1:
                return literal(self.first_month, BigInteger)
            whens = [(t < edge, self.first_month + i) for i, edge in enumerate(self.month_edges[1:])]
            return case(*whens, else_=self.first_month + len(self.month_edges) - 1)
        shift = WEEK_SHIFT_MS if self.interval is Interval.WEEK else 0
        return cast((t + self.offset(t) + shift) // MS[self.interval], BigInteger)

    def next_edge(self, t: ColumnElement[Any]) -> ColumnElement[Any]:
        """SQL: the first UTC instant (ms) after ``t`` where the interval or the zone's offset changes
        (the end of the period at the latest)."""
        from backoffice.reports.sql import Least

        edges: list[int] = [since for since, _ in self.changes[1:]]
        fixed: ColumnElement[Any] | None = None
        if self.interval is Interval.MONTH:
            edges = sorted(set(edges) | set(self.month_edges[1:]))
        elif self.interval is not Interval.NONE:
            width = MS[self.interval]
            shift = WEEK_SHIFT_MS if self.interval is Interval.WEEK else 0
            off = self.offset(t)
            fixed = cast(((t + off + shift) // width + 1) * width - shift - off, BigInteger)
        if not edges:
            return fixed if fixed is not None else literal(self.end_ms, BigInteger)
        whens = [(t < edge, edge) for edge in edges]
        listed = cast(case(*whens, else_=self.end_ms), BigInteger)
        return listed if fixed is None else Least(fixed, listed)
