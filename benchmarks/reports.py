"""Reports benchmark: a 30-day, per-hour, per-agent KPI report over a big call log, and the Excel export.

    .venv/bin/python benchmarks/reports.py --calls 1000000 [--db sqlite|postgresql|URL] [--agents 100]
        [--days D] [--runs 10] [--keep FILE]

Fills a new back-office database (``Database.create_schema``: every revision, the reports' indexes
too) with ``--agents`` agents in teams of 10 and ``--calls`` call logs over ``--days`` days (default:
about 100 calls per agent per day, at least 30 days), bulk-loaded as the seeder does
(:class:`backoffice.bulk.BulkWriter`: executemany on SQLite, COPY on PostgreSQL). Each agent works a
shift a day: every call moves their presence (ringing, on call, on hold, wrap-up, ready: four to six
state changes a call) with not-ready breaks between; one answered call in six takes an order.

Then rolls presence and the calls up once (:mod:`backoffice.reports.rollup`,
:mod:`backoffice.reports.call_rollup`, as the back office does in the background from its start:
:mod:`backoffice.reports.preparation`) and times
what ``GET /reports/kpis?interval=hour&group_by=agent`` does for the last 30 days (the roll-ups'
refresh, the SQL, the figures, the JSON, with the server's kept rows: :mod:`backoffice.reports.row_cache`):
once cold (``first_ms``), then ``--runs`` times with ``--landing`` calls of the last hour written before
each request, as desktops report them during a working day; the last body is checked against the report
built afresh. Then the workbook of ``GET /reports/export.xlsx`` for the last days of the period that
hold 100,000 calls (every view, then the calls sheet). Without ``--db`` it uses PostgreSQL when the
machine has it (a private cluster, as the tests do), else SQLite. Prints the parts, then last
``reports p50_ms=… p95_ms=… calls=… db=… excel_100k_s=… first_ms=…``.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import random
import statistics
import sys
import time
import uuid
from dataclasses import asdict
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from backoffice import tables as t
from backoffice.bulk import BulkWriter
from backoffice.db import Database, WriteContext, driver_connection, write_tx
from backoffice.presence import presence_events
from backoffice.reports.call_rollup import refresh as refresh_calls
from backoffice.reports.export import export_workbook
from backoffice.reports.labels import translator
from backoffice.reports.query import ReportQuery
from backoffice.reports.report import build_report, report_body, report_json
from backoffice.reports.rollup import refresh
from backoffice.reports.row_cache import RowCache
from backoffice.reports.timeframe import Timeframe
from benchmarks.bench_db import bench_database
from crm.kpis import GroupBy, Interval, ReportSettings
from crm.schemas.reports import ReportSettingsRead

logger = logging.getLogger(__name__)

REASONS = ("break", "meal", "training", "meeting")


def _record(rng: random.Random, stamp: datetime, **values: Any) -> dict[str, Any]:
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "version": 1,
        "created_at": stamp,
        "updated_at": stamp,
        "change_seq": None,
        "feed_doc": None,
        **values,
    }


def fill(db: Database, calls: int, agents: int, days: int, end: datetime, seed: int = 2026) -> dict[str, int]:
    """Users, media sources, customers, ``calls`` call logs with their presence changes and orders."""
    rng = random.Random(seed)
    zone = ReportSettings().zone()
    start_day = (end.astimezone(zone) - timedelta(days=days)).replace(hour=0, minute=0, second=0, microsecond=0)
    stamp = datetime.now(timezone.utc)
    counts = {"calls": 0, "presence_events": 0, "orders": 0}
    with db.write.connect() as conn:
        if db.is_sqlite:
            driver_connection(conn.connection).execute("PRAGMA synchronous=OFF")
        conn.begin()  # COPY goes through the driver's connection: SQLAlchemy's transaction must be open
        w = BulkWriter(conn)
        user_ids = []
        for i in range(agents):
            row = _record(
                rng,
                stamp,
                username=f"bench{i:04d}",
                display_name=f"坐席{i:04d}",
                role="agent",
                password_hash="-",
                active=True,
                team=f"team{i // 10:02d}",
            )
            w.add(t.users, row)
            user_ids.append(row["id"])
        media = []
        for i in range(20):
            row = _record(
                rng,
                stamp,
                dnis=f"400{8100000 + i}",
                channel=f"频道{i}",
                programme=f"节目{i}",
                advert="",
                campaign="",
                active=True,
            )
            w.add(t.media_sources, row)
            media.append(row)
        customers = []
        for i in range(max(1000, calls // 20)):
            row = _record(
                rng,
                stamp,
                name=f"客户{i}",
                name_initials="",
                province="",
                city="",
                district="",
                street="",
                postal_code="",
                tags="[]",
                tags_index="|",
                vip_level=0,
                accepts_samples=False,
                follow_up_opt_in=False,
                call_window="anytime",
                notes="",
                owner_id=None,
                last_contact_at=None,
            )
            w.add(t.customers, row)
            customers.append(row["id"])
        w.flush()
        conn.commit()
        conn.begin()
        per_agent_day = max(1, calls // (agents * days))
        made = 0
        serial = 0
        for day in range(days):
            if made >= calls:
                break
            for agent in user_ids:
                seq = counts["presence_events"] + 1  # one sequence per agent is enough: unique per (agent, seq)
                here = (start_day + timedelta(days=day, hours=8, minutes=rng.randint(0, 120))).astimezone(timezone.utc)
                events: list[tuple[datetime, str, str | None]] = [(here, "ready", None)]
                for _ in range(per_agent_day):
                    if made >= calls:
                        break
                    here += timedelta(seconds=rng.randint(5, 120), milliseconds=rng.randint(0, 999))
                    if rng.random() < 0.03:
                        events.append((here, "not_ready", rng.choice(REASONS)))
                        here += timedelta(minutes=rng.randint(5, 30))
                        events.append((here, "ready", None))
                    source = rng.choice(media)
                    ring = here
                    events.append((ring, "ringing", None))
                    roll = rng.random()
                    values: dict[str, Any] = {
                        "direction": "inbound",
                        "caller": "",
                        "caller_normalized": f"139{rng.randint(0, 99_999_999):08d}",
                        "callee": "",
                        "dnis": source["dnis"],
                        "media_source_id": source["id"],
                        "ring_at": ring,
                        "answer_at": None,
                        "end_at": None,
                        "talk_seconds": 0,
                        "hold_seconds": 0,
                        "wrapup_seconds": 0,
                        "disposition": "missed",
                        "abnormal": False,
                        "abnormal_reason": "",
                        "agent_id": agent,
                        "customer_id": rng.choice(customers) if rng.random() < 0.7 else None,
                        "sip_call_id": "",
                        "notes": "",
                    }
                    if roll < 0.85:
                        answer = ring + timedelta(milliseconds=rng.randint(500, 40_000))
                        talk, hold, wrap = (
                            rng.randint(20, 400),
                            rng.choice((0, 0, 0, rng.randint(5, 60))),
                            rng.randint(5, 90),
                        )
                        events.append((answer, "on_call", None))
                        if hold:
                            events.append((answer + timedelta(seconds=talk // 2), "on_hold", None))
                            events.append((answer + timedelta(seconds=talk // 2 + hold), "on_call", None))
                        end = answer + timedelta(seconds=talk + hold)
                        events.append((end, "wrap_up", None))
                        here = end + timedelta(seconds=wrap)
                        values.update(
                            answer_at=answer,
                            end_at=end,
                            talk_seconds=talk,
                            hold_seconds=hold,
                            wrapup_seconds=wrap,
                            disposition="order_placed" if roll < 0.14 else "enquiry",
                        )
                    else:
                        here = ring + timedelta(milliseconds=rng.randint(0, 30_000))
                        values["end_at"] = here
                    events.append((here, "ready", None))
                    # written when the call ended (the roll-ups look again at what was written lately)
                    call = _record(rng, values["end_at"] or ring, **values)
                    w.add(t.call_logs, call)
                    made += 1
                    if values["answer_at"] is not None and roll < 0.14:
                        serial += 1
                        w.add(
                            t.orders,
                            _record(
                                rng,
                                stamp,
                                number=f"BENCH{serial:09d}",
                                customer_id=call["customer_id"] or rng.choice(customers),
                                total_cents=rng.randint(1000, 300_000),
                                delivery_method="courier",
                                delivery_address="{}",
                                recipient_name="",
                                recipient_phone=None,
                                payment_method="cod",
                                media_source_id=source["id"],
                                call_log_id=call["id"],
                                invoice_title="",
                                tax_id="",
                                rush=False,
                                requests="",
                                status="ordered",
                                status_reason="",
                                courier="",
                                tracking_number="",
                                agent_id=agent,
                                shipped_at=None,
                            )
                            | {"created_at": call["end_at"], "updated_at": call["end_at"]},  # taken during the call
                        )
                        counts["orders"] += 1
                events.append((here + timedelta(minutes=1), "logged_out", None))
                for offset, (at, state, reason) in enumerate(events):
                    w.add(
                        presence_events,
                        {
                            "user_id": agent,
                            "seq": seq + offset,
                            "state": state,
                            "reason": reason,
                            "at": at,
                            "received_at": at,
                        },
                    )
                counts["presence_events"] += len(events)
            w.flush()
            conn.commit()
            conn.begin()
        counts["calls"] = made
        w.flush()
        conn.commit()
    with db.write.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--db", default="", help="sqlite, postgresql (a private cluster) or a database URL")
    parser.add_argument("--agents", type=int, default=100)
    parser.add_argument("--days", type=int, default=0, help="default: ~100 calls per agent a day, ≥ 30 days")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--keep", default="", help="SQLite: keep (and reuse when filled) this file")
    parser.add_argument("--landing", type=int, default=20, help="calls landing in the last hour between requests")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    days = args.days or max(30, -(-args.calls // (args.agents * 100)))
    with bench_database(args.db, "reports", args.keep) as (url, kind):
        db = Database(url)
        end = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0)
        db.create_schema()
        with db.read.connect() as conn:
            filled = conn.execute(t.call_logs.select().limit(1)).first() is not None
        if not filled:
            began = time.perf_counter()
            counts = fill(db, args.calls, args.agents, days, end)
            print(
                f"fill_s={time.perf_counter() - began:.1f} days={days} "
                + " ".join(f"{k}={v}" for k, v in counts.items())
            )
        return measure(db, args, end, kind)


def land_calls(db: Database, rng: random.Random, at: datetime, count: int) -> None:
    """``count`` answered calls of random agents ringing at ``at`` written now (stamped with their change
    sequences, as the back office writes them), as desktops report the calls of the open hour between
    two refreshes of a report."""
    with write_tx(db) as ctx:
        for i in range(count):
            landed_call(ctx, rng, at + timedelta(seconds=i))


def landed_call(ctx: WriteContext, rng: random.Random, ring: datetime) -> dict[str, Any]:
    """An answered call of a random agent ringing at ``ring``, from no known customer, written in
    ``ctx`` (its change sequence given at the commit); returns its row."""
    conn = ctx.conn
    agents = [row.id for row in conn.execute(select(t.users.c.id).where(t.users.c.role == "agent"))]
    source = rng.choice(list(conn.execute(select(t.media_sources.c.id, t.media_sources.c.dnis))))
    answer = ring + timedelta(seconds=rng.randint(1, 30))
    talk = rng.randint(20, 400)
    values = dict(
        direction="inbound", caller="", caller_normalized=f"139{rng.randint(0, 99_999_999):08d}", callee="",
        dnis=source.dnis, media_source_id=source.id, ring_at=ring, answer_at=answer,
        end_at=answer + timedelta(seconds=talk), talk_seconds=talk, hold_seconds=0,
        wrapup_seconds=rng.randint(5, 90), disposition="enquiry", abnormal=False, abnormal_reason="",
        agent_id=rng.choice(agents), customer_id=None, sip_call_id="", notes="",
    )  # fmt: skip
    row = _record(rng, datetime.now(timezone.utc), **values)
    conn.execute(t.call_logs.insert().values(**row))
    ctx.touch(t.call_logs, row["id"])
    return row


def measure(db: Database, args: argparse.Namespace, end: datetime, kind: str) -> int:
    settings = ReportSettings()
    shown = ReportSettingsRead(**asdict(settings))
    zone = settings.zone()
    local_end = end.astimezone(zone).replace(hour=0) + timedelta(days=1)
    frame = Timeframe(
        (local_end - timedelta(days=30)).astimezone(timezone.utc),
        local_end.astimezone(timezone.utc),
        Interval.HOUR,
        zone,
    )
    began = time.perf_counter()
    agents = refresh(db)
    print(f"rollup agents={agents} first_s={time.perf_counter() - began:.1f} (presence rolled up once, then kept up)")
    began = time.perf_counter()
    refresh_calls(db)
    print(f"call rollup first_s={time.perf_counter() - began:.1f} (calls rolled up once, then kept up)")
    times: list[float] = []
    cpu: list[float] = []
    refresh_cpu: list[float] = []
    recounted: list[int] = []  # (agent, quarter hour) the calls' refresh counted again before each report
    first_ms = 0.0
    cache = RowCache()  # the server's, kept between requests
    rng = random.Random()  # new ids on every run of the benchmark over a kept database
    with db.read.connect() as conn:
        last_ring = conn.execute(select(func.max(t.call_logs.c.ring_at))).scalar_one()
    for run in range(args.runs + 1):
        if run:  # a few calls of the last hour land between two requests, as in a working day
            land_calls(db, rng, last_ring + timedelta(minutes=run), args.landing)
        q = ReportQuery(frame, GroupBy.AGENT, settings, datetime.now(timezone.utc))
        began = time.perf_counter()
        cpu_began = time.process_time()
        counted = refresh_calls(db)  # as the endpoint does: the calls that landed
        refresh(db)
        refreshed = time.process_time()
        with db.read.connect() as conn:
            body = report_body(conn, q, shown, cache, generated_at=q.now)
        done = time.perf_counter()
        if not run:
            first_ms = (done - began) * 1000
            continue
        cpu.append((time.process_time() - cpu_began) * 1000)
        refresh_cpu.append((refreshed - cpu_began) * 1000)
        recounted.append(counted)
        times.append((done - began) * 1000)
    with db.read.connect() as conn:  # the same report as a dict, checked against the body sent
        report = build_report(conn, q, shown, generated_at=q.now, slices=True)
    sent = json.loads(body)
    assert sent["rows"] == json.loads(report_json(report))["rows"], "the kept rows differ from the report"
    rows = len(report["rows"])
    offered = report["total"]["offered"] + report["total"]["outbound"]
    print(
        f"report rows={rows} calls_in_period={offered} json_mb={len(body) / 1e6:.1f}"
        f" cpu_ms_p50={statistics.median(cpu):.0f} refresh_cpu_ms_p50={statistics.median(refresh_cpu):.0f}"
        f" recounted_max={max(recounted)} (of {args.landing} calls landed before each)"
        " (this process's CPU: steadier than the wall time on a busy machine)"
    )
    # the export of a period holding 100,000 calls (the last days of the 30), as the endpoint writes it
    q = ReportQuery(frame, GroupBy.AGENT, settings, datetime.now(timezone.utc))
    per_day = max(1, offered // 30)
    days = min(30, -(-100_000 // per_day))
    frame = Timeframe(frame.end - timedelta(days=days), frame.end, Interval.HOUR, zone)
    q = ReportQuery(frame, GroupBy.AGENT, settings, datetime.now(timezone.utc))
    out = io.BytesIO()
    began = time.perf_counter()
    refresh_calls(db)
    refresh(db)
    with db.read.connect() as conn:
        written = export_workbook(conn, q, shown, translator(None), out, max_calls=100_000)
    excel_s = time.perf_counter() - began
    print(f"excel days={days} calls={written} mb={len(out.getvalue()) / 1e6:.1f} s={excel_s:.1f}")
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    print(
        f"reports p50_ms={statistics.median(times):.0f} p95_ms={p95:.0f} calls={args.calls} db={kind}"
        f" excel_100k_s={excel_s:.1f} first_ms={first_ms:.0f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
