"""SQLite's first roll-up of a big call log (after an upgrade) is counted in short transactions: a
desktop's call log is written within a few seconds while the back office is still counting (one
transaction held SQLite's only writer for the whole count, minutes at a million calls), and once
counted the roll-up equals a count of every call at once, the call logs written meanwhile included."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update

from backoffice import tables as t
from backoffice.db import Database
from backoffice.reports.call_rollup import _sums
from backoffice.reports.hours import HOUR_MS
from backoffice.reports.preparation import PREPARING
from backoffice.reports.tables import CALL_SUMS, call_agent_hours
from benchmarks.reports import fill
from crm.kpis import ReportSettings
from tests.backoffice.conftest import key
from tests.fixtures.backoffice import seed_database

CALLS = 200_000
WRITE_WITHIN_S = 5.0
"""A write waits for one step of the count at most (1,000 calls or a week of an agent's presence: well under
a second on a quiet machine); counted in one transaction, 40,000 calls held writers back 24 s at load 32."""


def _preparing(admin: Any, period: dict[str, str]) -> bool:
    r = admin.get("/reports/kpis", params={**period, "interval": "day"})
    assert r.status_code in (200, 503), r.text
    return r.status_code == 503 and r.json()["code"] == PREPARING


def _hours_counted_at_once(db: Database) -> dict[tuple[int, str], tuple[int, ...]]:
    """Every call counted in one statement (the roll-up's own SQL), added up per UTC hour and agent."""
    rows = _sums(ReportSettings(), lambda c: []).subquery("slices")
    hour = rows.c.slice_ms - ((rows.c.slice_ms % HOUR_MS) + HOUR_MS) % HOUR_MS
    stmt = select(hour, rows.c.agent_id, *(func.sum(rows.c[name]) for name in CALL_SUMS)).group_by(
        hour, rows.c.agent_id
    )
    with db.read.connect() as conn:
        return {(int(r[0]), r[1]): tuple(int(v) for v in r[2:]) for r in conn.execute(stmt)}


def _hours_rolled_up(db: Database) -> dict[tuple[int, str], tuple[int, ...]]:
    h = call_agent_hours.c
    with db.read.connect() as conn:
        rows = conn.execute(select(h.hour_ms, h.agent_id, *(h[name] for name in CALL_SUMS)))
        return {(int(r[0]), r[1]): tuple(int(v) for v in r[2:]) for r in rows}


def test_call_logs_are_written_while_sqlite_counts_the_first_roll_up(backoffice_factory: Any, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'big.db'}"
    seed_database(url, 0)
    db = Database(url)
    end = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0)
    try:
        fill(db, CALLS, agents=20, days=40, end=end)
        with db.write.begin() as conn:  # the feed's documents are not under test: none to fill at the start
            for table in (t.customers, t.orders, t.users, t.call_logs, t.media_sources):
                conn.execute(update(table).where(table.c.feed_doc.is_(None)).values(feed_doc="{}"))
        with db.read.connect() as conn:
            agent = conn.execute(select(t.users.c.id).where(t.users.c.username == "bench0000")).scalar_one()
        bo = backoffice_factory(seed_customers=None, db_url=url)  # counts the roll-ups from its start
        admin = bo.session("admin")
        assert admin.get("/reports/settings").status_code == 200  # signed in before the writes are timed
        period = {
            "from": (end - timedelta(days=45)).date().isoformat(),
            "to": (end + timedelta(days=2)).date().isoformat(),
        }
        written = []
        for n in range(6):
            body = {
                "direction": "inbound",
                "ring_at": (end - timedelta(days=2, minutes=n)).isoformat(),
                "answer_at": (end - timedelta(days=2, minutes=n) + timedelta(seconds=9)).isoformat(),
                "end_at": (end - timedelta(days=2, minutes=n) + timedelta(seconds=70)).isoformat(),
                "talk_seconds": 61,
                "dnis": "4008100000",
                "agent_id": agent,
            }
            began = time.monotonic()
            r = admin.post("/call_logs", json=body, headers=key())
            took = time.monotonic() - began
            assert r.status_code == 201, r.text
            assert took < WRITE_WITHIN_S, f"a call log waited {took:.1f} s for the roll-up's count"
            written.append(r.json()["id"])
            time.sleep(0.3)
        assert _preparing(admin, period), "the count ended before the writes: too few calls to tell"
        deadline = time.monotonic() + 600
        while _preparing(admin, period):  # a report waits up to 6 s a time
            assert time.monotonic() < deadline, "the roll-up was not counted within 10 minutes"
        report = admin.get("/reports/kpis", params={**period, "interval": "none"}).json()
        assert report["total"]["offered"] == CALLS + len(written)  # the calls written meanwhile counted
        assert _hours_rolled_up(db) == _hours_counted_at_once(db)
    finally:
        db.dispose()
