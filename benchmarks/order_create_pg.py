"""Order creation on PostgreSQL with many agents at once: the latency of ``POST /orders``.

A private PostgreSQL 15 cluster (durable commits unless ``--fast``), the back office with ``--workers``
processes, ``--clients`` agents each creating ``--orders`` orders back to back (each with its own
idempotency key, on its own keep-alive connection), after a warm-up of two orders each. First the same
with one client alone. ``--interval S``: each client takes its next order about S seconds after the
last began (a call centre's pace) instead of at once (a closed loop that measures throughput: with 20
clients on 2 cores the latency is then 20 × the CPU time of one order / 2). Prints ``order_create p50_ms=… p99_ms=… clients=N db=postgresql``.

    .venv/bin/python benchmarks/order_create_pg.py --clients 20 --orders 25
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from backoffice.seed import AGENT_PASSWORD, seed  # noqa: E402
from tests.fixtures.backoffice import BackofficeProcess, PostgresCluster  # noqa: E402

BODY = {
    "lines": [{"sku": "HK-2003", "quantity": 1}, {"sku": "MC-1002", "quantity": 2}],
    "delivery_address": {"province": "浙江省", "city": "杭州市", "district": "西湖区", "street": "文三路1号"},
    "payment_method": "cod",
}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def create_orders(
    api: str, token: str, customer_id: str, count: int, start: threading.Barrier | None, interval: float = 0.0
) -> list[float]:
    """``count`` orders, one every ``interval`` seconds (0: back to back); the latency of each in ms."""
    rng = random.Random(token)
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    times: list[float] = []
    for i in range(count + 2):
        if i == 2 and start is not None:
            start.wait()  # everyone warmed up: measure together
        began = time.perf_counter()
        r = session.post(
            api + "/orders",
            json={**BODY, "customer_id": customer_id},
            headers={"Idempotency-Key": str(uuid.uuid4())},
            timeout=60,
        )
        if r.status_code != 201:
            raise SystemExit(f"order refused: {r.status_code} {r.text[:300]}")
        if i >= 2:
            times.append((time.perf_counter() - began) * 1000)
            if interval > 0:  # an agent takes the next order after a while, not at once
                time.sleep(max(0.0, rng.uniform(0.5, 1.5) * interval - (time.perf_counter() - began)))
    session.close()
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--orders", type=int, default=25, help="orders per client")
    ap.add_argument("--workers", type=int, default=2, help="back-office processes")
    ap.add_argument("--fast", action="store_true", help="fsync off (as the tests run PostgreSQL)")
    ap.add_argument("--interval", type=float, default=0.0, help="seconds between one client's orders (0: back to back)")
    args = ap.parse_args()
    cluster = PostgresCluster(durable=not args.fast)
    try:
        with tempfile.TemporaryDirectory(prefix="order-create-") as d:
            db_url = cluster.create_database("orders")
            seed(db_url, customers=50, agents=args.clients)
            server = BackofficeProcess(db_url, Path(d), args=("--workers", str(args.workers)))
            server.start()
            try:
                names = [f"agent{i:03d}" for i in range(1, args.clients + 1)]
                server.credentials.update({name: AGENT_PASSWORD for name in names})
                with ThreadPoolExecutor(max_workers=8) as pool:
                    tokens = list(pool.map(server.login, names))
                customers = requests.get(
                    server.api + "/customers",
                    params={"limit": 1},
                    headers={"Authorization": f"Bearer {tokens[0]}"},
                    timeout=30,
                ).json()["items"]
                customer_id = customers[0]["id"]
                alone = create_orders(server.api, tokens[0], customer_id, args.orders, None)
                start = threading.Barrier(args.clients)
                with ThreadPoolExecutor(max_workers=args.clients) as pool:
                    runs = list(
                        pool.map(
                            lambda token: create_orders(
                                server.api, token, customer_id, args.orders, start, args.interval
                            ),
                            tokens,
                        )
                    )
            finally:
                server.stop()
    finally:
        cluster.stop()
    together = [ms for run in runs for ms in run]
    print(
        f"alone p50_ms={statistics.median(alone):.1f} p99_ms={percentile(alone, 0.99):.1f} "
        f"orders={len(together)} max_ms={max(together):.1f} load1={os.getloadavg()[0]:.2f} "
        f"durable={not args.fast} workers={args.workers} interval_s={args.interval}"
    )
    print(
        f"order_create p50_ms={statistics.median(together):.1f} p99_ms={percentile(together, 0.99):.1f} "
        f"clients={args.clients} db=postgresql"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
