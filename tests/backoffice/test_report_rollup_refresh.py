"""The calls' roll-up kept up by change sequence, on SQLite and PostgreSQL: a report's refresh counts
again only the quarter hours of what was written since the last look (nothing when nothing was, however
often a supervisor refreshes), and a call log whose transaction commits after a look, however long it
was open, is counted at the next one; the roll-up kept up equals one counted afresh."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import delete, select

from backoffice import tables as t
from backoffice.db import Database, write_tx
from backoffice.reports.call_rollup import refresh
from backoffice.reports.slicing import slice_of
from backoffice.reports.tables import CALL_SUMS, call_agent_hours, call_agent_slices, call_rollups, call_slices
from benchmarks.reports import fill, land_calls, landed_call
from tests.backoffice.test_report_call_orders import db_url  # noqa: F401  (fixture)
from tests.fixtures.backoffice import PostgresCluster


def _filled(url: str) -> tuple[Database, datetime]:
    """A back office of 3,000 calls over 3 days, rolled up; the time of its last call."""
    db = Database(url)
    db.create_schema()
    fill(db, 3_000, 10, 3, datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0))
    assert refresh(db) == -1  # the first count: every call
    with db.read.connect() as conn:
        last = conn.execute(select(t.call_logs.c.ring_at).order_by(t.call_logs.c.ring_at.desc()).limit(1)).scalar_one()
    return db, last


def _rolled_up(db: Database) -> dict[str, dict[tuple[Any, ...], tuple[int, ...]]]:
    """Each roll-up table's sums by primary key."""
    out: dict[str, dict[tuple[Any, ...], tuple[int, ...]]] = {}
    with db.read.connect() as conn:
        for table in (call_slices, call_agent_slices, call_agent_hours):
            keys = list(table.primary_key.columns)
            rows = conn.execute(select(*keys, *(table.c[name] for name in CALL_SUMS)))
            out[table.name] = {tuple(row[: len(keys)]): tuple(row[len(keys) :]) for row in rows}
    return out


def _as_counted_afresh(db: Database) -> None:
    """The roll-up kept up holds exactly what a new count of every call gives."""
    kept = _rolled_up(db)
    with db.write.begin() as conn:
        conn.execute(delete(call_rollups))
    assert refresh(db) == -1
    assert _rolled_up(db) == kept


def test_a_refresh_counts_again_only_what_was_written_since_the_last_look(db_url: str) -> None:
    db, last = _filled(db_url)
    rng = random.Random(20)
    try:
        for minute in range(1, 4):  # a supervisor refreshing while calls land
            land_calls(db, rng, last + timedelta(minutes=minute), 5)
            with db.read.connect() as conn:
                c = t.call_logs.c
                landed = conn.execute(
                    select(c.agent_id, c.ring_at).where(c.ring_at >= last + timedelta(minutes=minute))
                )
                places = {(row.agent_id, slice_of(row.ring_at)) for row in landed}
            assert refresh(db) == len(places) > 0  # the landed calls' (agent, quarter hour)
            for _ in range(3):
                assert refresh(db) == 0  # nothing written since: nothing counted again
        _as_counted_afresh(db)
    finally:
        db.dispose()


def test_a_call_log_committed_after_a_look_is_counted_at_the_next(postgres_cluster: PostgresCluster) -> None:
    db, last = _filled(postgres_cluster.create_database("rolluplate"))
    rng = random.Random(21)
    try:
        with write_tx(db) as ctx:  # a desktop's write, begun a quarter of an hour before it commits
            call = landed_call(ctx, rng, last + timedelta(minutes=1))
            ctx.conn.execute(
                t.call_logs.update()
                .where(t.call_logs.c.id == call["id"])
                .values(updated_at=datetime.now(timezone.utc) - timedelta(minutes=15))
            )
            assert refresh(db) == 0  # a report's look meanwhile: the call is not committed yet
        assert refresh(db) == 1  # committed since: its agent's quarter hour
        assert refresh(db) == 0
        with db.read.connect() as conn:
            a = call_agent_slices.c
            place = (a.agent_id == call["agent_id"], a.slice_ms == slice_of(call["ring_at"]))
            answered = conn.execute(select(a.answered).where(*place)).scalar_one()
        assert answered >= 1
        _as_counted_afresh(db)
    finally:
        db.dispose()
