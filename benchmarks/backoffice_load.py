"""Load on the reference back office from simulated agents over loopback HTTP.

Each agent pulls deltas every ``--pull-interval`` seconds (one ``GET /api/v1/changes`` from its own
cursor, or ``--feed per-entity``: one request per collection the desktop syncs) and writes one call log
and one order per minute (with idempotency keys), for ``--seconds``; one request at a time per agent,
each agent on its own keep-alive connection (``load_agents.py``). Prints
``load p50_ms=… p99_ms=… errors=…`` (latency of every request, send to response) plus details.

    python benchmarks/backoffice_load.py --agents 500 --seconds 60
    python benchmarks/backoffice_load.py --agents 500 --db postgresql+psycopg://user@127.0.0.1/crm
"""

from __future__ import annotations

import argparse
import logging
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from load_agents import Workload, run_agents  # noqa: E402

logger = logging.getLogger(__name__)
SYNCED = (
    "blocklist",
    "media_sources",
    "products",
    "customers",
    "orders",
    "contacts",
    "complaints",
    "todos",
    "callbacks",
)


def start_server(db_url: str, workdir: Path, workers: int) -> tuple[subprocess.Popen, str]:
    log = open(workdir / "server.log", "ab")
    proc = subprocess.Popen(
        [sys.executable, "-m", "backoffice", "serve", "--db", db_url, "--port", "0", "--workers", str(workers)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=log,
        start_new_session=True,
    )
    log.close()
    line = b""
    deadline = time.monotonic() + 60
    while not line.endswith(b"\n") and time.monotonic() < deadline and proc.poll() is None:
        if select.select([proc.stdout], [], [], 0.5)[0]:
            line += os.read(proc.stdout.fileno(), 4096)
    if not line.endswith(b"\n"):
        proc.kill()
        raise SystemExit("server did not start: " + (workdir / "server.log").read_text()[-2000:])
    return proc, line.decode().strip().rsplit(" ", 1)[-1] + "/api/v1"


def login(api: str, name: str, password: str) -> str:
    r = requests.post(f"{api}/auth/login", json={"username": name, "password": password}, timeout=30)
    r.raise_for_status()
    return r.json()["token"]


def catch_up(session: requests.Session, api: str) -> str:
    cursor = None
    while True:
        body = session.get(
            f"{api}/changes", params={"limit": 5000, **({"cursor": cursor} if cursor else {})}, timeout=120
        ).json()
        cursor = body["cursor"]
        if not body["has_more"]:
            return cursor


def pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agents", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--customers", type=int, default=10000, help="customers seeded into a fresh database")
    parser.add_argument("--db", default="", help="database URL (default: a temp SQLite file); seeded if empty")
    parser.add_argument("--pull-interval", type=float, default=5.0)
    parser.add_argument("--feed", choices=("combined", "per-entity"), default="combined")
    parser.add_argument("--server-workers", type=int, default=1, help="back-office processes")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    from backoffice.seed import AGENT_PASSWORD, seed

    workdir = Path(tempfile.mkdtemp(prefix="bo-load-"))
    db_url = args.db or f"sqlite:///{workdir / 'crm.db'}"
    report = seed(db_url, args.customers, agents=args.agents)
    print(f"seeded customers={report.customers} rows={report.rows} seconds={report.seconds:.1f}", flush=True)
    proc, api = start_server(db_url, workdir, args.server_workers)
    try:
        with ThreadPoolExecutor(8) as pool:
            tokens = list(pool.map(lambda i: login(api, f"agent{i:03d}", AGENT_PASSWORD), range(1, args.agents + 1)))
        setup = requests.Session()
        setup.headers["Authorization"] = f"Bearer {tokens[0]}"
        cursor = catch_up(setup, api)
        customers = [c["id"] for c in setup.get(f"{api}/customers", params={"limit": 500}).json()["items"]]
        skus = [
            p["sku"]
            for p in setup.get(f"{api}/products", params={"limit": 100}).json()["items"]
            if p["price_cents"] > 0
        ]
        setup.close()
        work = Workload(args.seconds, args.pull_interval, args.feed == "per-entity", customers, skus, SYNCED)
        started = time.process_time()
        stats = run_agents(api, tokens, cursor, work)
        client_cpu_ms = (time.process_time() - started) * 1000
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(20)
        log = (workdir / "server.log").read_text(errors="replace")
        if log.strip():
            print("server log (tail):\n" + log[-3000:], file=sys.stderr)
        shutil.rmtree(workdir, ignore_errors=True)
    every = stats.latencies["pull"] + stats.latencies["write"]
    print(
        f"load p50_ms={pct(every, 0.5):.1f} p99_ms={pct(every, 0.99):.1f} errors={stats.errors} "
        f"requests={len(every)} rps={len(every) / args.seconds:.0f} agents={args.agents} seconds={args.seconds:.0f} "
        f"feed={args.feed} server_workers={args.server_workers} pull_p99_ms={pct(stats.latencies['pull'], 0.99):.1f} "
        f"write_p99_ms={pct(stats.latencies['write'], 0.99):.1f} "
        f"mean_ms={statistics.fmean(every) if every else 0:.1f} late_dispatches={stats.late} "
        f"client_cpu_ms_per_request={client_cpu_ms / max(1, len(every)):.2f} load1={os.getloadavg()[0]:.1f}",
        flush=True,
    )
    return 0 if stats.errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
