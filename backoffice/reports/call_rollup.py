"""The calls' figures rolled up per UTC quarter hour, agent, dialled number and media source, so that a
month's report adds up small rows of sums instead of classifying every call (and ordering them by
caller for first-contact resolution) at each report.

``call_slices`` holds the raw sums of :func:`crm.kpis.derive` for the calls that started ringing in a
quarter hour (the interval edges of today's time zones fall on UTC quarter hours), and
``call_agent_slices`` the same added up per agent and quarter hour (what reports by agent, team or
none read), the orders (not cancelled) taken on the handled calls among them, counted with the
centre's thresholds (short abandon, service-level target, first-contact-resolution days) that
``call_rollups`` records. A call's quarter hour and agent never change (ring time, agent and dialled
number cannot be edited), so :func:`refresh` counts again, from the call logs themselves, every
(agent, quarter hour) that holds a call log written since its last look (new, late or edited) or the
call of an order taken or cancelled since (:func:`_order_calls`), and
the quarter hours of the calls before it of the same caller within the window (their next call may be
this one now). "Since its last look" is by change sequence (:mod:`backoffice.db`): the roll-up keeps
the last sequence it looked at (``counters`` row :data:`COUNTER_LOOKED`); transactions commit in
sequence order, so every row stamped up to the sequence read at a look was committed and counted
then, and a transaction still open then (a late commit) gets a later sequence and is counted at the
next look. Each write is looked at once: a refresh with nothing written since counts nothing. A row
written without a sequence (by SQL outside the back office's write transactions) is found by its
time, as before the sequence was kept: written after the last look less :data:`.rollup.LATE_MARGIN`.
A change of customer on a call log leaves its former customer's earlier calls in ``call_rollup_marks``
(:func:`mark_customer_change`, in the edit's transaction). When the centre's thresholds change,
everything is counted again. ``call_agent_hours`` follows ``call_agent_slices``
hour by hour (:mod:`.hours`). The first count of a big call log is not made by a report's request:
:mod:`.preparation` makes it in the background.

A report uses the slices when its period starts and ends on quarter hours, the zone's offsets are
whole quarter hours and its thresholds are the roll-up's; else it reads the calls
(:func:`.calls.call_sums`). The first-contact resolution of a call depends on the caller's next
call, which a later call log can change: that is why the calls before a new one are counted again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import BigInteger, Select, Table, and_, case, cast, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection, Row
from sqlalchemy.sql.elements import ColumnElement

from backoffice import tables as t
from backoffice.db import COUNTER_CHANGES, STEP_PAUSE_S, Database, read_counter
from backoffice.reports.business import orders_on_calls
from backoffice.reports.calls import Flags, sum_columns
from backoffice.reports.hours import (
    HOUR_MS,
    add_call_hours,
    on_hours,
    one_row_a_cell,
    rebuild_call_hours,
    recount_call_hours,
)
from backoffice.reports.query import ReportQuery, group_key
from backoffice.reports.rollup import LATE_MARGIN, SLICE_MS
from backoffice.reports.settings import read_settings
from backoffice.reports.slicing import exactly_within, floor_sql, hour_steps, lock_for_count, on_quarters
from backoffice.reports.slicing import slice_of as _slice_of
from backoffice.reports.sql import EpochMs, pairs_in
from backoffice.reports.tables import (
    CALL_SUMS,
    call_agent_hours,
    call_agent_slices,
    call_rollup_marks,
    call_rollups,
    call_slices,
)
from backoffice.reports.timeframe import Timeframe, from_ms
from backoffice.resources.base import now_utc
from crm.kpis import GroupBy, Interval, ReportSettings
from crm.schemas import OrderStatus

logger = logging.getLogger(__name__)

ROW = 1
COUNT_LOCK = 7_420_021
"""PostgreSQL advisory lock: one refresh at a time."""
MAX_FCR_DAYS = 90
"""The longest first-contact-resolution window a setting can ask for."""
_CHUNK = 500
STEP_CALLS = 1_000
"""SQLite's count of every call: about this many calls a transaction (well under a second each)."""
_REFRESHING = threading.Lock()
"""One refresh at a time in this process (SQLite's count of everything commits step by step)."""
_KEYS = ("slice_ms", "agent_id", "dnis", "media_source_id")
COUNTER_LOOKED = 5
"""``counters`` row: the last change sequence the roll-up looked at (the call logs and orders stamped
up to it are counted); missing for a roll-up made before it was kept (then the last look's time, less
:data:`.rollup.LATE_MARGIN`, once)."""


def thresholds(s: ReportSettings) -> tuple[int, int, int]:
    return (int(s.short_abandon_s), int(s.sl_target_s), int(s.fcr_days))


# ------------------------------------------------------------------------------------ counting
def _sums(settings: ReportSettings, where: Callable[[Any], Sequence[ColumnElement[bool]]]) -> Select[Any]:
    """(slice_ms, agent_id, dnis, media_source_id, sums...) of the call logs matching ``where(c)`` (the
    columns of ``call_logs``), each call's next incoming call of the same caller looked up by index,
    the orders taken on it too (every call's at once when ``where`` gives no condition)."""
    c = t.call_logs.alias("c")
    n = t.call_logs.alias("n")

    def later(match: ColumnElement[bool]) -> Any:
        after = or_(n.c.ring_at > c.c.ring_at, and_(n.c.ring_at == c.c.ring_at, n.c.id > c.c.id))
        return select(func.min(n.c.ring_at)).where(n.c.direction == "inbound", match, after).scalar_subquery()

    # the same order as LEAD over (ring_at, id) in .calls: the next one's ring time is the least after
    next_at = case(
        ((c.c.direction != "inbound") | c.c.answer_at.is_(None), None),
        (c.c.customer_id.is_not(None), later(n.c.customer_id == c.c.customer_id)),
        (
            c.c.caller_normalized.is_not(None),
            later(n.c.customer_id.is_(None) & (n.c.caller_normalized == c.c.caller_normalized)),
        ),
        else_=None,
    )
    conditions = where(c.c)
    source, taken = orders_on_calls(c, every=not conditions)
    base = (
        select(
            func.coalesce(c.c.agent_id, "").label("agent_id"),
            c.c.direction,
            c.c.dnis,
            func.coalesce(c.c.media_source_id, "").label("media_source_id"),
            c.c.disposition,
            c.c.talk_seconds,
            c.c.hold_seconds,
            c.c.wrapup_seconds,
            func.coalesce(c.c.customer_id, c.c.caller_normalized).label("who"),
            EpochMs(c.c.ring_at).label("ring_ms"),
            EpochMs(c.c.answer_at).label("answer_ms"),
            EpochMs(c.c.end_at).label("end_ms"),
            EpochMs(next_at).label("next_ms"),
            case((c.c.answer_at.is_not(None), taken), else_=0).label("call_orders"),
        )
        .select_from(source)
        .where(*conditions)
        .subquery("calls")
    )
    b = base.c
    frame = Timeframe(from_ms(0), from_ms(SLICE_MS), Interval.MIN15, timezone.utc)
    f = Flags.of(b, ReportQuery(frame, GroupBy.AGENT, settings, now_utc()))
    # Python's floor modulo, as _slice_of computes it: SQL's % keeps the sign, so a call before 1970
    # (a fuzzer's, an import's) landed in another quarter hour than the one recounted for it
    slice_ms = floor_sql(b.ring_ms)
    keys = (slice_ms, b.agent_id, b.dnis, b.media_source_id)
    return select(slice_ms.label("slice_ms"), b.agent_id, b.dnis, b.media_source_id, *sum_columns(f, b)).group_by(*keys)


def _count_again(conn: Connection, settings: ReportSettings, dirty: set[tuple[str, int]]) -> None:
    """Replace the slices of each (agent, quarter hour) of ``dirty`` by the sums of its calls now."""
    s = call_slices.c
    columns = [*_KEYS, *CALL_SUMS]
    pending = sorted(dirty)
    for at in range(0, len(pending), _CHUNK):
        chunk = pending[at : at + _CHUNK]
        quarters = [(ms, agent) for agent, ms in chunk]
        conn.execute(delete(call_slices).where(pairs_in(conn, (s.slice_ms, s.agent_id), quarters)))

        def calls_of(c: Any, chunk: list[tuple[str, int]] = chunk) -> list[ColumnElement[bool]]:
            ranges = [
                and_(
                    func.coalesce(c.agent_id, "") == agent,
                    c.ring_at >= from_ms(ms),
                    c.ring_at < from_ms(ms + SLICE_MS),
                )
                for agent, ms in chunk
            ]
            return [or_(*ranges)]

        conn.execute(insert(call_slices).from_select(columns, _sums(settings, calls_of)))
        a = call_agent_slices.c
        conn.execute(delete(call_agent_slices).where(pairs_in(conn, (a.slice_ms, a.agent_id), quarters)))
        conn.execute(_per_agent(pairs_in(conn, (s.slice_ms, s.agent_id), quarters)))
        recount_call_hours(conn, chunk)


def _per_agent(*where: ColumnElement[bool]) -> Any:
    """``call_agent_slices`` from ``call_slices`` (the rows matching ``where``)."""
    s = call_slices.c
    rows = select(s.slice_ms, s.agent_id, *(func.sum(s[name]) for name in CALL_SUMS)).where(*where)
    return insert(call_agent_slices).from_select(
        ["slice_ms", "agent_id", *CALL_SUMS], rows.group_by(s.slice_ms, s.agent_id)
    )


# ------------------------------------------------------------------------------------ keeping up
def refresh(db: Database, now: datetime | None = None, *, rebuild: bool = True) -> int:
    """Bring the slices up to the call logs written so far; returns how many (agent, quarter hour)
    were counted again (-1: all of them, because the thresholds changed or nothing was rolled up).
    ``rebuild=False`` (a report's request): rather than count everything, change nothing and return -2
    (the report then reads the calls themselves; :mod:`.preparation` counts them in the background).
    On SQLite, whose one writer at a time would wait for a whole count (minutes at a million calls),
    everything is counted in steps of a few thousand calls, each its own short transaction
    (:func:`_count_in_steps`)."""
    now = now or now_utc()
    with _REFRESHING:
        with db.write_lock, db.write.begin() as conn:
            lock_for_count(conn, COUNT_LOCK)
            seen = read_counter(conn, COUNTER_CHANGES)  # every change stamped up to it has committed
            settings = read_settings(conn).settings()
            mark = conn.execute(select(call_rollups).where(call_rollups.c.id == ROW)).first()
            if mark is not None and (mark.short_abandon_s, mark.sl_target_s, mark.fcr_days) == thresholds(settings):
                return _keep_up(conn, settings, mark, now, seen)
            if not rebuild:
                return -2
            stepwise = conn.dialect.name == "sqlite"
            _start_count(conn, settings, now, stepwise)
            _looked_at(conn, seen)
        if stepwise:
            _count_in_steps(db, settings)
            with db.write_lock, db.write.begin() as conn:
                short, target, days = thresholds(settings)
                values = {"short_abandon_s": short, "sl_target_s": target, "fcr_days": days}
                conn.execute(update(call_rollups).where(call_rollups.c.id == ROW).values(**values))
        return -1


def _start_count(conn: Connection, settings: ReportSettings, now: datetime, stepwise: bool) -> None:
    """Drop the roll-up and count every call again: at once, or (``stepwise``) leaving the calls to
    :func:`_count_in_steps`, the roll-up's row marked as not counted meanwhile (thresholds of -1: no
    report reads it; a change of customer records its marks). ``checked_at`` is now, the count's start
    (and :func:`refresh` records the change sequence read before it): the call logs written during the
    count are counted again by the next refresh."""
    conn.execute(delete(call_slices))
    conn.execute(delete(call_agent_slices))
    conn.execute(delete(call_agent_hours))
    conn.execute(delete(call_rollup_marks))
    conn.execute(delete(call_rollups))
    short, target, days = (-1, -1, -1) if stepwise else thresholds(settings)
    if not stepwise:
        conn.execute(insert(call_slices).from_select([*_KEYS, *CALL_SUMS], _sums(settings, lambda c: [])))
        conn.execute(_per_agent())
        rebuild_call_hours(conn)
    conn.execute(
        insert(call_rollups).values(id=ROW, short_abandon_s=short, sl_target_s=target, fcr_days=days, checked_at=now)
    )


def _count_in_steps(db: Database, settings: ReportSettings) -> None:
    """Every call counted into the (emptied) roll-up, whole UTC hours at a time, about
    :data:`STEP_CALLS` calls a transaction, pausing between them so that other writers get in."""
    with db.read.connect() as conn:  # WAL: reading does not hold writers back
        steps = hour_steps(conn, t.call_logs.c.ring_at, STEP_CALLS)
    columns = [*_KEYS, *CALL_SUMS]
    s = call_slices.c
    for low, high in steps:

        def within(c: Any, low: int = low, high: int = high) -> list[ColumnElement[bool]]:
            return exactly_within(c.ring_at, low, high)

        with db.write_lock, db.write.begin() as conn:
            conn.execute(insert(call_slices).from_select(columns, _sums(settings, within)))
            conn.execute(_per_agent(s.slice_ms >= low, s.slice_ms < high))
            add_call_hours(conn, low, high)
        time.sleep(STEP_PAUSE_S)


def _keep_up(conn: Connection, settings: ReportSettings, mark: Row[Any], now: datetime, seen: int) -> int:
    """Count again the (agent, quarter hour) of the call logs, and of the calls of the orders, written
    since ``mark``'s last look: stamped after the sequence it looked at and up to ``seen`` (the
    counter now)."""
    looked = conn.execute(select(t.counters.c.value).where(t.counters.c.id == COUNTER_LOOKED)).scalar()
    since = mark.checked_at - LATE_MARGIN
    m = call_rollup_marks.c
    marked = conn.execute(select(m.id, m.agent_id, m.slice_ms)).all()
    dirty = {(row.agent_id, int(row.slice_ms)) for row in marked}
    cl = t.call_logs.c
    written = conn.execute(
        select(cl.agent_id, cl.ring_at, cl.direction, cl.customer_id, cl.caller_normalized).where(
            _written(t.call_logs, looked, seen, since)
        )
    ).all()
    dirty.update((row.agent_id or "", _slice_of(row.ring_at)) for row in written)
    dirty.update(_before(conn, written, settings.fcr_days))
    dirty.update(_order_calls(conn, _written(t.orders, looked, seen, since), since))
    if dirty:
        _count_again(conn, settings, dirty)
    ids = [row.id for row in marked]  # those read: one committed meanwhile waits for the next refresh
    for at in range(0, len(ids), _CHUNK):
        conn.execute(delete(call_rollup_marks).where(m.id.in_(ids[at : at + _CHUNK])))
    conn.execute(update(call_rollups).where(call_rollups.c.id == ROW).values(checked_at=now))
    _looked_at(conn, seen)
    if dirty:
        logger.debug("calls' roll-up: %d (agent, quarter hour) counted again", len(dirty))
    return len(dirty)


def _written(table: Table, looked: int | None, seen: int, since: datetime) -> ColumnElement[bool]:
    """The rows of ``table`` (call logs, orders) written since the roll-up's last look: stamped in
    ``(looked, seen]``, or, without a sequence, written after ``since`` (a row written by SQL outside
    the back office's write transactions: an import, a repair, a test's data); for a roll-up from
    before the sequence was kept (``looked`` None) every row written after ``since``. Both by index."""
    c = table.c
    recent = c.updated_at > since
    if looked is None:
        return recent
    # "+ 0": the rows without a sequence found by the time's index, not by the sequence's (NULL for
    # every row of a bulk-loaded database)
    return or_(and_(c.change_seq > looked, c.change_seq <= seen), and_(recent, (c.change_seq + 0).is_(None)))


def _looked_at(conn: Connection, seen: int) -> None:
    """The roll-up has looked at every change up to ``seen`` (the refresh holds the count's lock)."""
    row = t.counters.c.id == COUNTER_LOOKED
    if conn.execute(update(t.counters).where(row).values(value=seen)).rowcount == 0:
        conn.execute(insert(t.counters).values(id=COUNTER_LOOKED, value=seen))


def _order_calls(conn: Connection, written: ColumnElement[bool], since: datetime) -> set[tuple[str, int]]:
    """The (agent, quarter hour) of the calls of the orders ``written`` since the last look and taken
    (after ``since``: a margin before it) or cancelled: only those change how many orders a call has
    (an order's call never changes, a cancelled order stays cancelled); an order written since but
    neither new nor cancelled (shipped, edited) changes none."""
    o, c = t.orders.c, t.call_logs.c
    changed = or_(o.version == 1, o.created_at > since, o.status == OrderStatus.CANCELLED.value)
    calls = select(c.agent_id, c.ring_at).select_from(t.orders.join(t.call_logs, c.id == o.call_log_id))
    rows = conn.execute(calls.where(written, changed))
    return {(row.agent_id or "", _slice_of(row.ring_at)) for row in rows}


def _before(conn: Connection, calls: Iterable[Any], days: int) -> set[tuple[str, int]]:
    """The (agent, quarter hour) of the incoming calls that rang within ``days`` (and a second) before
    one of ``calls`` (or with it) from the same caller: their next call may be one of ``calls``."""
    window = timedelta(days=days, seconds=1)
    by_customer: dict[str, list[datetime]] = {}
    by_number: dict[str, list[datetime]] = {}
    for call in calls:
        if call.direction != "inbound":
            continue
        if call.customer_id is not None:
            by_customer.setdefault(call.customer_id, []).append(call.ring_at)
        elif call.caller_normalized is not None:
            by_number.setdefault(call.caller_normalized, []).append(call.ring_at)
    out: set[tuple[str, int]] = set()
    c = t.call_logs.c
    for column, rings, extra in (
        (c.customer_id, by_customer, None),
        (c.caller_normalized, by_number, c.customer_id.is_(None)),
    ):
        keys = sorted(rings)
        for at in range(0, len(keys), _CHUNK):
            chunk = keys[at : at + _CHUNK]
            low = min(min(rings[k]) for k in chunk) - window
            stmt = select(column.label("who"), c.agent_id, c.ring_at).where(
                c.direction == "inbound", column.in_(chunk), c.ring_at >= low
            )
            if extra is not None:
                stmt = stmt.where(extra)
            for row in conn.execute(stmt):
                if any(ring - window <= row.ring_at <= ring for ring in rings[row.who]):
                    out.add((row.agent_id or "", _slice_of(row.ring_at)))
    return out


def mark_customer_change(conn: Connection, row: Row[Any], customer_id: str | None) -> None:
    """Before a call log's customer changes to ``customer_id``: the calls before it of its former
    caller (the customer, else the calling number) are counted again at the next refresh, their next
    call being another one then. Nothing to do before the first roll-up."""
    if row.direction != "inbound" or row.customer_id == customer_id:
        return
    if conn.execute(select(call_rollups.c.id)).first() is None:
        return
    c = t.call_logs.c
    if row.customer_id is not None:
        same = c.customer_id == row.customer_id
    elif row.caller_normalized is not None:
        same = c.customer_id.is_(None) & (c.caller_normalized == row.caller_normalized)
    else:
        return
    earlier = conn.execute(
        select(c.agent_id, c.ring_at).where(
            c.direction == "inbound",
            same,
            c.ring_at >= row.ring_at - timedelta(days=MAX_FCR_DAYS, seconds=1),
            c.ring_at <= row.ring_at,
        )
    ).all()
    marks = {(r.agent_id or "", _slice_of(r.ring_at)) for r in earlier}
    if marks:
        conn.execute(insert(call_rollup_marks), [{"agent_id": a, "slice_ms": ms} for a, ms in sorted(marks)])


# ------------------------------------------------------------------------------------ reading
def usable(conn: Connection, q: ReportQuery) -> bool:
    """Whether ``q`` can read the slices: a period on quarter hours, a zone whose offsets (and their
    changes) are on quarter hours, the roll-up's thresholds."""
    if not on_quarters(q.frame):
        return False
    mark = conn.execute(select(call_rollups).where(call_rollups.c.id == ROW)).first()
    return mark is not None and (mark.short_abandon_s, mark.sl_target_s, mark.fcr_days) == thresholds(q.settings)


def slice_call_sums(q: ReportQuery) -> Select[Any]:
    """The slices of the period as :func:`.calls.call_sums` and :func:`.calls.fcr_sums` rows together
    (bucket, key, sums): per agent unless grouped by dialled number or media source; per agent and
    hour when the intervals' edges are on hours (:mod:`.hours`)."""
    table: Any = call_slices if q.group_by in (GroupBy.DNIS, GroupBy.MEDIA_SOURCE) else call_agent_slices
    at = table.c.slice_ms
    if table is call_agent_slices and on_hours(q.frame):
        table = call_agent_hours
        at = table.c.hour_ms
    s = table.c
    users = t.users
    source: Any = table
    if q.group_by is GroupBy.TEAM or q.team is not None:
        source = table.outerjoin(users, users.c.id == s.agent_id)
    bucket = q.frame.index(at)
    key = group_key(
        q.group_by, agent=s.agent_id, team=users.c.team, dnis=s.get("dnis"), media_source=s.get("media_source_id")
    )
    filters = [at >= q.frame.start_ms, at < q.frame.end_ms]
    if q.team is not None:
        filters.append(users.c.team == q.team)
    if q.agent_id is not None:
        filters.append(s.agent_id == q.agent_id)
    if table is not call_slices and one_row_a_cell(
        q.frame, q.group_by, HOUR_MS if table is call_agent_hours else SLICE_MS
    ):
        return (
            select(bucket.label("bucket"), key.label("key"), *(s[n] for n in CALL_SUMS))
            .select_from(source)
            .where(*filters)
        )
    return (
        select(
            bucket.label("bucket"),
            key.label("key"),
            *(cast(func.sum(s[name]), BigInteger).label(name) for name in CALL_SUMS),
        )
        .select_from(source)
        .where(*filters)
        .group_by(bucket, key)
    )
