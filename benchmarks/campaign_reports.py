"""Campaign reports benchmark: a 30-day, per-hour, per-agent report of the outbound campaigns' figures
over a big attempts table.

    .venv/bin/python benchmarks/campaign_reports.py --attempts 1000000 [--db sqlite|postgresql|URL]
        [--agents 100] [--campaigns 30] [--days 30] [--runs 10]

Fills a new back-office database (every revision, the reports' index of revision 0019 too) with
``--agents`` agents in teams of 10, ``--campaigns`` campaigns and ``--attempts`` attempts over ``--days``
days (one to four a record, results in a dialler's usual mix, a record last changed by its last
attempt), bulk-loaded as the seeder does. Then rolls the attempts up as the back office does in the
background after an upgrade (``rollup_s``; ``--no-rollup``: not, the reports then read the attempts)
and times what ``GET /reports/campaigns?interval=hour&group_by=agent`` does for the last 30 days (bring
the roll-up up to date, the SQL, the figures, the JSON), ``--runs`` times; then once each: the whole
period per campaign (the workbook's *By campaign* sheet), by day and agent, by hour and by day (every
agent). Without ``--db`` it uses PostgreSQL when the machine has it (a private cluster, as the tests do),
else SQLite. Prints the query plans' use of the indexes, then last ``campaign_reports p50_ms=…
p95_ms=… attempts=… db=… by_campaign_ms=… day_agent_ms=… hour_all_ms=… day_all_ms=… rollup_s=…``.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import statistics
import sys
import time
import uuid
from dataclasses import asdict, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from backoffice import tables as t
from backoffice.bulk import BulkWriter
from backoffice.campaigns.tables import campaign_attempts, campaign_records, campaigns
from backoffice.db import Database, driver_connection
from backoffice.reports import campaign_rollup
from backoffice.reports.campaigns import campaign_report, campaign_sums
from backoffice.reports.query import ReportQuery
from backoffice.reports.report import report_json
from backoffice.reports.slicing import for_big_read
from backoffice.reports.timeframe import Timeframe
from benchmarks.bench_db import bench_database
from crm.kpis import GroupBy, Interval, ReportSettings
from crm.schemas.reports import ReportSettingsRead

logger = logging.getLogger(__name__)

RESULTS: tuple[str, ...] = ("answered",) * 35 + ("busy",) * 10 + ("no_answer",) * 40 + ("invalid_number",) * 8
RESULTS += ("rejected",) * 5 + ("network_error", "machine")
"""A dialler's usual mix of results (35 % answered, 40 % no answer ...)."""
DISPOSITIONS = ("sale", "call_back", "not_interested", "not_interested", "wrong_person", "machine")


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def fill(db: Database, attempts: int, agents: int, count: int, days: int, end: datetime, seed: int = 2026) -> int:
    """Agents, ``count`` campaigns, their records and ``attempts`` attempts over ``days`` days to ``end``."""
    rng = random.Random(seed)
    stamp = datetime.now(timezone.utc)
    start = end - timedelta(days=days)
    span_ms = days * 86_400_000
    with db.write.connect() as conn:
        if db.is_sqlite:
            driver_connection(conn.connection).execute("PRAGMA synchronous=OFF")
        conn.begin()  # COPY goes through the driver's connection: SQLAlchemy's transaction must be open
        w = BulkWriter(conn)
        base = {"version": 1, "created_at": stamp, "updated_at": stamp}
        people = []
        for i in range(agents):
            row = base | {"id": _id(rng), "change_seq": None, "feed_doc": None, "username": f"cbench{i:04d}"}
            row |= {"display_name": f"坐席{i:04d}", "role": "agent", "password_hash": "-", "active": True}
            w.add(t.users, row | {"team": f"team{i // 10:02d}"})
            people.append(row["id"])
        ids = []
        for i in range(count):
            row = base | {"id": _id(rng), "name": f"外呼活动{i:02d}", "script": "", "starts_at": start}
            row |= {"deadline_at": end + timedelta(days=7), "windows": "[]", "max_attempts": 4, "max_attempts_24h": 3}
            row |= {"retry": "{}", "ending_dispositions": json.dumps(["sale", "not_interested", "wrong_person"])}
            row |= {"priority": 5, "mode": "progressive", "status": "running", "default_time_zone": "Asia/Shanghai"}
            w.add(campaigns, row | {"ring_timeout_s": 25, "minutes_per_attempt": 2.0, "machine_action": "hang_up"})
            ids.append(row["id"])
        made = 0
        while made < attempts:
            record, campaign = _id(rng), rng.choice(ids)
            times = sorted(start + timedelta(milliseconds=rng.randrange(span_ms)) for _ in range(rng.randint(1, 4)))
            times = times[: attempts - made]
            results = [rng.choice(RESULTS) for _ in times]
            last = results[-1]
            state = "invalid" if last == "invalid_number" else rng.choice(("pending", "done", "exhausted"))
            row = base | {"id": record, "campaign_id": campaign, "row_number": made, "phone": f"138{made:08d}"}
            row |= {"normalized": f"+86138{made:08d}", "customer_id": None, "time_zone": "Asia/Shanghai"}
            row |= {"zone_overridden": False, "attempts": len(times), "state": state, "last_result": last}
            row |= {"last_disposition": None, "last_attempt_at": times[-1], "next_due_at": None, "claimed_by": None}
            row |= {"created_at": start, "updated_at": times[-1]}  # changed last by its last attempt
            w.add(campaign_records, row | {"claimed_at": None, "claim_expires_at": None, "callback_id": None})
            for at, result in zip(times, results):  # after their record: the writer adds rows in order
                disposition = rng.choice(DISPOSITIONS) if result == "answered" else None
                row = {"id": _id(rng), "record_id": record, "campaign_id": campaign, "agent_id": rng.choice(people)}
                row |= {"at": at, "result": result, "disposition": disposition, "sip_code": None, "notes": ""}
                w.add(campaign_attempts, row)
            made += len(times)
            if made % 100_000 < len(times):
                w.flush()
                conn.commit()
                conn.begin()
        w.flush()
        conn.commit()
    with db.write.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    return made


def plan(db: Database, q: ReportQuery) -> str:
    """How the database reads the attempts for ``q`` (its plan's lines naming the attempts' indexes)."""
    lines = []
    with db.read.connect() as conn:
        for_big_read(conn)  # as the report plans them
        rolled = campaign_rollup.usable(conn, q)
        statements = [campaign_rollup.slice_sums(q)] if rolled else campaign_sums(q)
        for statement in statements:
            compiled = statement.compile(conn, compile_kwargs={"render_postcompile": True})
            prefix = "EXPLAIN QUERY PLAN " if db.is_sqlite else "EXPLAIN "
            params = (
                compiled.params if not db.is_sqlite else tuple(compiled.params[k] for k in compiled.positiontup or ())
            )
            rows = conn.exec_driver_sql(prefix + str(compiled), params).all()
            lines += [" ".join(str(part) for part in row).strip() for row in rows]
    return " | ".join(line for line in lines if "campaign_" in line)


def _timed(db: Database, q: ReportQuery, shown: ReportSettingsRead) -> tuple[float, dict[str, Any], int]:
    """(ms, report, rows) of one report as the endpoint makes it: the roll-up brought up to date, the
    figures, the JSON."""
    began = time.perf_counter()
    campaign_rollup.refresh(db, rebuild=False)
    with db.read.connect() as conn:
        report = campaign_report(conn, q, shown, generated_at=q.now)
    report_json(report)  # what the endpoint sends
    return (time.perf_counter() - began) * 1000, report, len(report["rows"])


def measure(db: Database, runs: int, end: datetime, kind: str, attempts: int, rollup_s: float) -> int:
    settings = ReportSettings()
    shown = ReportSettingsRead(**asdict(settings))
    zone = settings.zone()
    local_end = end.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
    frame = Timeframe(
        (local_end - timedelta(days=30)).astimezone(timezone.utc),
        local_end.astimezone(timezone.utc),
        Interval.HOUR,
        zone,
    )
    now = datetime.now(timezone.utc)
    q = ReportQuery(frame, GroupBy.AGENT, settings, now)
    print(f"plan: {plan(db, q)}")
    times: list[float] = []
    rows = 0
    for _ in range(runs):
        ms, _report, rows = _timed(db, q, shown)
        times.append(ms)

    def view(interval: Interval, group_by: GroupBy) -> tuple[float, dict[str, Any], int]:
        return _timed(db, replace(q, frame=Timeframe(frame.start, frame.end, interval, zone), group_by=group_by), shown)

    by_campaign_ms, by_campaign, _ = view(Interval.NONE, GroupBy.NONE)
    day_agent_ms, _, day_agent_rows = view(Interval.DAY, GroupBy.AGENT)
    hour_all_ms, _, hour_all_rows = view(Interval.HOUR, GroupBy.NONE)
    day_all_ms, _, _ = view(Interval.DAY, GroupBy.NONE)
    counted = by_campaign["total"]["attempts"]
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(
        f"rows={rows} day_agent_rows={day_agent_rows} hour_all_rows={hour_all_rows} counted_30d={counted}"
        f" runs_ms={','.join(f'{x:.0f}' for x in times)}"
    )
    print(
        f"campaign_reports p50_ms={statistics.median(times):.0f} p95_ms={p95:.0f} attempts={attempts} db={kind}"
        f" by_campaign_ms={by_campaign_ms:.0f} day_agent_ms={day_agent_ms:.0f} hour_all_ms={hour_all_ms:.0f}"
        f" day_all_ms={day_all_ms:.0f} rollup_s={rollup_s:.1f}"
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--attempts", type=int, default=100_000)
    parser.add_argument("--db", default="", help="sqlite, postgresql (a private cluster) or a database URL")
    parser.add_argument("--agents", type=int, default=100)
    parser.add_argument("--campaigns", type=int, default=30)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--no-rollup", action="store_true", help="do not roll the attempts up (read them)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with bench_database(args.db, "campaign_reports") as (url, kind):
        db = Database(url)
        end = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0)
        db.create_schema()
        began = time.perf_counter()
        made = fill(db, args.attempts, args.agents, args.campaigns, args.days, end)
        print(f"fill_s={time.perf_counter() - began:.1f} attempts={made} days={args.days}")
        began = time.perf_counter()
        if not args.no_rollup:
            campaign_rollup.refresh(db)
        return measure(db, args.runs, end, kind, made, time.perf_counter() - began)


if __name__ == "__main__":
    sys.exit(main())
