"""The campaigns' attempts rolled up per UTC quarter hour, campaign and agent, so that a month's campaign
report adds up small rows of sums instead of counting every attempt and looking up the record each
finished, as the calls' roll-up does for the calls (:mod:`.call_rollup`; what both share is in
:mod:`.slicing`).

``campaign_agent_slices`` holds the raw sums of :data:`crm.campaign_kpis.SUMS` of the attempts recorded
in a quarter hour (the interval edges of today's time zones fall on UTC quarter hours), per campaign and
agent who reported them, exactly as :func:`.campaigns.campaign_sums` counts them; ``campaign_slices``
the same added up per campaign (what a report of every agent reads: a few dozen rows a quarter hour
rather than nearly one per attempt). An attempt never changes once written (its time, campaign, agent,
result and disposition), but whether it finished its record depends on the record as it is now (its
last attempt, its state). So :func:`refresh` counts again, from the attempts themselves, every
(campaign, quarter hour) holding an attempt written since its last look (``written_at``: new ones, or
ones recorded late with an earlier time) or an attempt of a record changed since (``updated_at``: a new
last attempt, a final state reached or left). A report reads the slices when its period starts and ends
on quarter hours and the zone's offsets are whole quarter hours (:func:`.slicing.on_quarters`), else the
attempts. The first count of a big attempts table is not made by a report's request:
:mod:`.preparation` makes it in the background, the reports reading the attempts meanwhile.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Select, and_, cast, delete, func, insert, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from backoffice import tables as t
from backoffice.campaigns.tables import (
    campaign_agent_slices,
    campaign_attempts,
    campaign_records,
    campaign_rollups,
    campaign_slices,
)
from backoffice.db import STEP_PAUSE_S, Database
from backoffice.reports.campaign_counts import SKIPPED, attempt_counts, count_of, ended
from backoffice.reports.query import ReportQuery, group_key
from backoffice.reports.rollup import LATE_MARGIN, SLICE_MS
from backoffice.reports.slicing import exactly_within, floor_sql, hour_steps, lock_for_count, on_quarters, slice_of
from backoffice.reports.sql import EpochMs, pairs_in
from backoffice.resources.base import now_utc
from crm.campaign_kpis import SUMS
from crm.kpis import GroupBy

logger = logging.getLogger(__name__)

ROW = 1
COUNT_LOCK = 7_420_022
"""PostgreSQL advisory lock: one refresh at a time."""
STEP_ATTEMPTS = 5_000
"""SQLite's first count: about this many attempts a transaction (well under a second each)."""
_CHUNK = 500
_REFRESHING = threading.Lock()
"""One refresh at a time in this process (SQLite's first count commits step by step)."""
_A = campaign_attempts.c


# ------------------------------------------------------------------------------------ counting
def _sums(*where: ColumnElement[bool]) -> Select[Any]:
    """(slice_ms, campaign_id, agent_id, the sums) of the attempts matching ``where``: each record found
    by its key only for the attempt that may have finished it."""
    slice_ms = floor_sql(EpochMs(_A.at))
    agent = func.coalesce(_A.agent_id, "")
    finished = count_of(campaign_records.c.id.is_not(None))
    return (
        select(
            slice_ms.label("slice_ms"),
            _A.campaign_id.label("campaign_id"),
            agent.label("agent_id"),
            *attempt_counts(),
            finished.label("records_finished"),
        )
        .select_from(campaign_attempts.outerjoin(campaign_records, ended()))
        .where(_A.result != SKIPPED, *where)
        .group_by(slice_ms, _A.campaign_id, agent)
    )


def _add(conn: Connection, *where: ColumnElement[bool]) -> None:
    """The slices of the attempts matching ``where`` (none there yet)."""
    rows = _sums(*where)
    conn.execute(insert(campaign_agent_slices).from_select([c.name for c in rows.selected_columns], rows))


def _per_campaign(conn: Connection, *where: ColumnElement[bool]) -> None:
    """``campaign_slices`` from ``campaign_agent_slices`` (the rows matching ``where``)."""
    s = campaign_agent_slices.c
    rows = select(s.slice_ms, s.campaign_id, *(func.sum(s[name]) for name in SUMS)).where(*where)
    conn.execute(
        insert(campaign_slices).from_select(
            ["slice_ms", "campaign_id", *SUMS], rows.group_by(s.slice_ms, s.campaign_id)
        )
    )


def _count_again(conn: Connection, dirty: set[tuple[str, int]]) -> None:
    """Replace the slices of each (campaign, quarter hour) of ``dirty`` by the sums of its attempts now."""
    pending = sorted(dirty)
    for at in range(0, len(pending), _CHUNK):
        chunk = pending[at : at + _CHUNK]
        quarters = [(ms, campaign) for campaign, ms in chunk]
        for table in (campaign_agent_slices, campaign_slices):
            conn.execute(delete(table).where(pairs_in(conn, (table.c.slice_ms, table.c.campaign_id), quarters)))
        ranges = [and_(_A.campaign_id == campaign, *exactly_within(_A.at, ms, ms + SLICE_MS)) for campaign, ms in chunk]
        _add(conn, or_(*ranges))
        s = campaign_agent_slices.c
        _per_campaign(conn, pairs_in(conn, (s.slice_ms, s.campaign_id), quarters))


# ------------------------------------------------------------------------------------ keeping up
def _mark(conn: Connection) -> Any:
    return conn.execute(select(campaign_rollups).where(campaign_rollups.c.id == ROW)).first()


def refresh(db: Database, now: datetime | None = None, *, rebuild: bool = True) -> int:
    """Bring the slices up to the attempts and records written so far; returns how many (campaign,
    quarter hour) were counted again (-1: all of them, nothing having been rolled up). ``rebuild=False``
    (a report's request): rather than count everything, change nothing and return -2 (the report then
    reads the attempts themselves; :mod:`.preparation` counts them in the background). On SQLite, whose
    one writer at a time would wait for a whole count, the first count is made in steps of a few
    thousand attempts, each its own short transaction, the roll-up's row written (and read by reports)
    only after the last."""
    now = now or now_utc()
    if not rebuild:
        with db.read.connect() as conn:
            if _mark(conn) is None:  # not counted yet, or being counted: not waited for
                return -2
    with _REFRESHING:
        with db.write_lock, db.write.begin() as conn:
            lock_for_count(conn, COUNT_LOCK)
            mark = _mark(conn)
            if mark is not None:
                return _keep_up(conn, mark.checked_at, now)
            if not rebuild:
                return -2
            for table in (campaign_agent_slices, campaign_slices):
                conn.execute(delete(table))
            stepwise = conn.dialect.name == "sqlite"
            if not stepwise:
                _add(conn)
                _per_campaign(conn)
                conn.execute(insert(campaign_rollups).values(id=ROW, checked_at=now))
                for table in (campaign_agent_slices, campaign_slices):  # planned by their size from now on
                    conn.exec_driver_sql(f"ANALYZE {table.name}")
        if stepwise:
            _count_in_steps(db)
            with db.write_lock, db.write.begin() as conn:  # what was written meanwhile: the next refresh
                conn.execute(insert(campaign_rollups).values(id=ROW, checked_at=now))
        return -1


def _count_in_steps(db: Database) -> None:
    """Every attempt counted into the (emptied) roll-up, whole UTC hours at a time, about
    :data:`STEP_ATTEMPTS` attempts a transaction, pausing between them so that other writers get in."""
    with db.read.connect() as conn:  # WAL: reading does not hold writers back
        steps = hour_steps(conn, _A.at, STEP_ATTEMPTS)
    s = campaign_agent_slices.c
    for low, high in steps:
        with db.write_lock, db.write.begin() as conn:
            _add(conn, *exactly_within(_A.at, low, high))
            _per_campaign(conn, s.slice_ms >= low, s.slice_ms < high)
        time.sleep(STEP_PAUSE_S)


def _keep_up(conn: Connection, checked_at: datetime, now: datetime) -> int:
    """Count again the (campaign, quarter hour) of the attempts written since ``checked_at`` (less a
    margin: a transaction still open then), and of every attempt of the records changed since."""
    since = checked_at - LATE_MARGIN
    r = campaign_records.c
    written = select(_A.campaign_id, _A.at).where(_A.written_at > since)
    of_records = (
        select(_A.campaign_id, _A.at)
        .select_from(campaign_records.join(campaign_attempts, _A.record_id == r.id))
        .where(r.updated_at > since)
    )
    dirty = {(campaign, slice_of(at)) for campaign, at in conn.execute(written.union(of_records))}
    if dirty:
        _count_again(conn, dirty)
    conn.execute(campaign_rollups.update().where(campaign_rollups.c.id == ROW).values(checked_at=now))
    return len(dirty)


# ------------------------------------------------------------------------------------ reading
def usable(conn: Connection, q: ReportQuery) -> bool:
    """Whether ``q`` can read the slices: its intervals' edges on quarter hours, the attempts rolled up
    (brought up to date by :func:`refresh` before the report)."""
    return on_quarters(q.frame) and _mark(conn) is not None


def slice_sums(q: ReportQuery, campaign_id: str | None = None) -> Select[Any]:
    """Rows of (interval index, campaign, group key, :data:`crm.campaign_kpis.SUMS`) of the period from
    the slices, as :func:`.campaigns.campaign_sums` counts them: per campaign when every agent's
    attempts count together, else per campaign and agent."""
    everyone = q.group_by is GroupBy.NONE and q.team is None and q.agent_id is None
    table = campaign_slices if everyone else campaign_agent_slices
    s = table.c
    users = t.users
    source: Any = table
    if q.group_by is GroupBy.TEAM or q.team is not None:
        source = table.outerjoin(users, users.c.id == s.agent_id)
    bucket = q.frame.index(s.slice_ms)
    agent: Any = s.get("agent_id")  # none per campaign: grouped by none then
    key = group_key(q.group_by, agent=agent, team=users.c.team)
    filters = [s.slice_ms >= q.frame.start_ms, s.slice_ms < q.frame.end_ms]
    if q.team is not None:
        filters.append(users.c.team == q.team)
    if q.agent_id is not None:
        filters.append(s.agent_id == q.agent_id)
    if campaign_id is not None:
        filters.append(s.campaign_id == campaign_id)
    return (
        select(
            bucket.label("bucket"),
            s.campaign_id.label("campaign_id"),
            key.label("key"),
            *(cast(func.sum(s[name]), BigInteger).label(name) for name in SUMS),
        )
        .select_from(source)
        .where(*filters)
        .group_by(bucket, s.campaign_id, key)
    )
