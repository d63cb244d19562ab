"""Screen-pop latency: INVITE received → customer card painted with history, on the GUI thread.

Fills a local store (crm.store.Store, SQLite) with N customers (the first ones with contact history,
orders, complaints and to-dos), then for each of M simulated calls: parses the raw INVITE's identity
headers as the SIP thread does (timestamp taken first), hands them to the real PopController (the
assembly runs through agent_desktop.shell.tasks.BackgroundTasks, the result comes back to the GUI thread),
and stops the clock after the card dock has been repainted (QWidget.repaint on an offscreen window).
9 calls in 10 come from a customer with history, 1 in 10 from an unknown number.

    .venv/bin/python benchmarks/screenpop_latency.py --customers 1000000 --calls 1000 [--db FILE]

Prints ``screenpop p50_ms=… p99_ms=… max_ms=… first_ms=… customers=N calls=M`` (``first_ms``: the
very first pop, cold; the 20 first calls are not counted in the percentiles) and the split
``screenpop_parts`` (INVITE → card model shown, and the repaint). ``--db`` keeps (and reuses)
the filled store between runs.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from agent_desktop.shell.tasks import BackgroundTasks
from crm.store import Store
from screenpop.core.config import PopConfig
from screenpop.core.record_source import RecordPopSource
from screenpop.core.session import PopHistory
from screenpop.pop_controller import PopController
from screenpop.widgets.card_dock import ScreenPopDock
from softphone.engine.headers import parse_identity_headers

RICH = 2000
CHUNK = 20000
DNIS = "+864008108888"


def cid(i: int) -> str:
    return f"{i:08x}-0000-4000-8000-{i:012x}"


def mobile(i: int) -> str:
    return str(13000000000 + i)


def customer(i: int) -> dict:
    number = mobile(i)
    return {
        "id": cid(i),
        "version": 1,
        "name": f"客户{i:07d}",
        "name_initials": "kh",
        "phones": [{"number": number, "type": "mobile", "normalized": "+86" + number}],
        "address": {
            "province": "浙江省",
            "city": "杭州市",
            "district": "西湖区",
            "street": f"文三路 {i % 999} 号",
            "postal_code": "310000",
        },
        "tags": ["回头客"] if i % 3 else ["VIP"],
        "vip_level": i % 6,
        "preferences": {"accepts_samples": bool(i % 2), "follow_up_opt_in": bool(i % 5), "call_window": "evening"},
        "notes": "",
        "owner_id": None,
        "created_at": "2025-01-01T00:00:00Z",
        "updated_at": "2025-01-01T00:00:00Z",
    }


def related(i: int) -> dict[str, list[dict]]:
    c = cid(i)
    day = lambda d: f"2026-{1 + d % 11:02d}-{1 + d % 28:02d}T{d % 24:02d}:00:00Z"  # noqa: E731
    return {
        "contacts": [
            {
                "id": f"{c}-k{n}",
                "customer_id": c,
                "channel": "call" if n % 4 else "note",
                "direction": "inbound",
                "occurred_at": day(n * 7 + i),
                "summary": f"Contact {n} about order",
                "disposition": "enquiry",
            }
            for n in range(30)
        ],
        "orders": [
            {
                "id": f"{c}-o{n}",
                "customer_id": c,
                "number": f"SO2026{i:07d}-{n:03d}",
                "created_at": day(n * 31 + i),
                "status": "shipped",
                "courier": "SF Express",
                "tracking_number": f"SF{i:08d}{n:02d}",
                "total_cents": 29900,
            }
            for n in range(5)
        ],
        "complaints": [
            {
                "id": f"{c}-p{n}",
                "customer_id": c,
                "created_at": day(n * 13 + i),
                "status": "open" if n == 0 else "closed",
                "category": "delivery",
                "summary": "Parcel late",
            }
            for n in range(2)
        ],
        "todos": [
            {"id": f"{c}-t{n}", "customer_id": c, "title": "Call back", "status": "open", "due_at": day(n + i)}
            for n in range(2)
        ],
    }


def fill(store: Store, customers: int) -> None:
    if store.count("customers") >= customers:
        return
    t0 = time.monotonic()
    for start in range(0, customers, CHUNK):
        store.bulk_load("customers", (customer(i) for i in range(start, min(customers, start + CHUNK))), fresh=True)
    batches: dict[str, list[dict]] = {}
    for i in range(min(RICH, customers)):
        for entity, records in related(i).items():
            batches.setdefault(entity, []).extend(records)
    for entity, records in batches.items():
        store.bulk_load(entity, records, fresh=True)
    store.bulk_load(
        "media_sources",
        [
            {
                "id": cid(10**9),
                "dnis": DNIS,
                "channel": "湖南卫视",
                "programme": "Morning Shop",
                "advert": "Juicer 30s",
                "campaign": "Autumn",
                "active": True,
            }
        ],
        fresh=True,
    )
    print(f"filled {customers} customers in {time.monotonic() - t0:.1f} s", file=sys.stderr)


def invite(n: int, number: str) -> str:
    return (
        f"INVITE sip:agent@127.0.0.1:5070 SIP/2.0\r\n"
        f"Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK-{n}\r\n"
        f'From: "Caller" <sip:{number}@127.0.0.1>;tag={n}\r\n'
        f"To: <sip:4008108888@127.0.0.1>\r\n"
        f"P-Asserted-Identity: <sip:{number}@127.0.0.1>\r\n"
        f"Call-ID: bench-{n}@127.0.0.1\r\nCSeq: 1 INVITE\r\nX-Queue: sales\r\n"
        f"Content-Length: 0\r\n\r\n"
    )


def quantiles(values: list[float]) -> tuple[float, float, float]:
    """(p50, p99, max) of ``values``."""
    ordered = sorted(values)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], ordered[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--db", type=Path, default=None, help="store file to fill once and reuse")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="screenpop-bench-")
    db = args.db or Path(tmp.name) / "store.sqlite3"
    store = Store(db)
    fill(store, args.customers)

    _app = QApplication.instance() or QApplication([])
    tasks = BackgroundTasks()
    dock = ScreenPopDock(PopHistory(limit=20))
    dock.resize(480, 900)
    dock.show()
    dock.warm_up()  # as the installed feature does once the window is up
    controller = PopController(dock, tasks, RecordPopSource(store, store.phones), PopConfig())
    rng = random.Random(5)
    latencies: list[float] = []
    first_ms = 0.0
    loop = QEventLoop()
    shown: list[str] = []

    before_paint: list[float] = []
    paint: list[float] = []

    def painted(call_id: str, ms: float) -> None:
        t = time.monotonic()
        dock.repaint()
        paint.append((time.monotonic() - t) * 1000.0)
        before_paint.append(ms)
        shown.append(call_id)
        loop.quit()

    controller.sig_pop_shown.connect(painted)
    watchdog = QTimer(singleShot=True, interval=5000)
    watchdog.timeout.connect(loop.quit)
    known = min(RICH, args.customers)
    for n in range(args.calls + 20):  # the first 20 warm up caches and are not counted
        number = mobile(args.customers + 10 + n) if n % 10 == 9 else mobile(rng.randrange(known))
        raw = invite(n, number)
        t0 = time.monotonic()
        headers = parse_identity_headers(raw)
        controller.incoming_call(f"bench-{n}", headers, t0)
        watchdog.start()
        loop.exec()
        if not shown or shown[-1] != f"bench-{n}":
            raise SystemExit(f"call {n} was not popped within 5 s")
        elapsed = (time.monotonic() - t0) * 1000.0
        if n == 0:
            first_ms = elapsed
        if n >= 20:
            latencies.append(elapsed)
        dock.call_ended(f"bench-{n}")
        dock.wrap_up_done(f"bench-{n}")
    p50, p99, top = quantiles(latencies)
    print(
        f"screenpop p50_ms={p50:.2f} p99_ms={p99:.2f} max_ms={top:.2f} "
        f"first_ms={first_ms:.2f} customers={store.count('customers')} calls={len(latencies)} "
        f"load1={os.getloadavg()[0]:.1f} cpus={os.cpu_count()}"
    )
    a50, a99, _ = quantiles(before_paint[20:])
    r50, r99, _ = quantiles(paint[20:])
    print(
        f"screenpop_parts to_card_p50_ms={a50:.2f} to_card_p99_ms={a99:.2f} "
        f"repaint_p50_ms={r50:.2f} repaint_p99_ms={r99:.2f}"
    )
    tasks.shutdown()
    store.close()
    tmp.cleanup()


if __name__ == "__main__":
    main()
