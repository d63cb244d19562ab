"""Load on the reference back office from simulated agents over loopback HTTP.

Each agent pulls deltas every ``--pull-interval`` seconds (one ``GET /api/v1/changes`` from its own
cursor, or ``--feed per-entity``: one request per collection the desktop syncs) and writes one call log
and one order per minute (with idempotency keys), for ``--seconds``. Prints
``load p50_ms=… p99_ms=… errors=…`` (latency of every request, send to response) plus details.

    python benchmarks/backoffice_load.py --agents 500 --seconds 60
    python benchmarks/backoffice_load.py --agents 500 --db postgresql+psycopg://user@127.0.0.1/crm
"""
from __future__ import annotations

import argparse
import heapq
import logging
import multiprocessing
import os
import random
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
logger = logging.getLogger(__name__)
SYNCED = ("blocklist", "media_sources", "products", "customers", "orders", "contacts", "complaints", "todos",
          "callbacks")


@dataclass
class Agent:
    name: str
    session: requests.Session
    cursor: str = "0"
    cursors: dict[str, str] = field(default_factory=dict)


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: {"pull": [], "write": []})
    errors: int = 0
    late: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, ms: float, ok: bool) -> None:
        with self.lock:
            self.latencies[kind].append(ms)
            if not ok:
                self.errors += 1


def start_server(db_url: str, workdir: Path, workers: int) -> tuple[subprocess.Popen, str]:
    log = open(workdir / "server.log", "ab")
    proc = subprocess.Popen([sys.executable, "-m", "backoffice", "serve", "--db", db_url, "--port", "0",
                             "--workers", str(workers)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=log, start_new_session=True)
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


def login(api: str, name: str, password: str) -> Agent:
    session = requests.Session()
    adapter = requests.adapters.HTTPAdapter(pool_connections=1, pool_maxsize=2)
    session.mount("http://", adapter)
    r = session.post(f"{api}/auth/login", json={"username": name, "password": password}, timeout=30)
    r.raise_for_status()
    session.headers["Authorization"] = f"Bearer {r.json()['token']}"
    return Agent(name, session)


def catch_up(api: str, agent: Agent) -> str:
    cursor = None
    while True:
        body = agent.session.get(f"{api}/changes", params={"limit": 5000, **({"cursor": cursor} if cursor else {})},
                                 timeout=120).json()
        cursor = body["cursor"]
        if not body["has_more"]:
            return cursor


def timed(stats: Stats, kind: str, call) -> requests.Response | None:
    start = time.perf_counter()
    try:
        r = call()
        ok = r.status_code < 400
        if not ok:
            logger.warning("%s -> %s %s", kind, r.status_code, r.text[:200])
    except requests.RequestException as exc:
        logger.warning("%s failed: %s", kind, exc)
        r, ok = None, False
    stats.record(kind, (time.perf_counter() - start) * 1000, ok)
    return r


def pull(api: str, agent: Agent, stats: Stats, per_entity: bool) -> None:
    if not per_entity:
        r = timed(stats, "pull", lambda: agent.session.get(f"{api}/changes", params={"cursor": agent.cursor}, timeout=30))
        if r is not None and r.ok:
            agent.cursor = r.json()["cursor"]
        return
    for entity in SYNCED:
        cursor = agent.cursors.get(entity, agent.cursor)
        r = timed(stats, "pull", lambda: agent.session.get(f"{api}/{entity}/changes", params={"cursor": cursor},
                                                           timeout=30))
        if r is not None and r.ok:
            agent.cursors[entity] = r.json()["cursor"]


def write_call_log(api: str, agent: Agent, stats: Stats, customer_id: str, rng: random.Random) -> None:
    ring = datetime.now(timezone.utc) - timedelta(seconds=200)
    body = {"direction": "inbound", "caller": f"139{rng.randrange(10**8):08d}", "dnis": "400-810-8888",
            "ring_at": ring.isoformat(), "answer_at": (ring + timedelta(seconds=5)).isoformat(),
            "end_at": (ring + timedelta(seconds=180)).isoformat(), "talk_seconds": 175, "customer_id": customer_id,
            "disposition": "咨询"}
    timed(stats, "write", lambda: agent.session.post(f"{api}/call_logs", json=body, timeout=30,
                                                     headers={"Idempotency-Key": str(uuid.uuid4())}))


def write_order(api: str, agent: Agent, stats: Stats, customer_id: str, rng: random.Random, skus: list[str]) -> None:
    body = {"customer_id": customer_id, "lines": [{"sku": sku, "quantity": 1} for sku in rng.sample(skus, 2)],
            "delivery_address": {"province": "浙江省", "city": "杭州市", "street": "文三路1号"}}
    timed(stats, "write", lambda: agent.session.post(f"{api}/orders", json=body, timeout=30,
                                                     headers={"Idempotency-Key": str(uuid.uuid4())}))


def run_load(api: str, agents: list[Agent], seconds: float, interval: float, per_entity: bool,
             customers: list[str], skus: list[str], workers: int) -> Stats:
    stats = Stats()
    rng = random.Random(1)
    start = time.monotonic()
    end = start + seconds
    queue: list[tuple[float, int, str]] = []
    for i in range(len(agents)):
        heapq.heappush(queue, (start + rng.random() * interval, i, "pull"))
        heapq.heappush(queue, (start + rng.random() * 60, i, "call_log"))
        heapq.heappush(queue, (start + rng.random() * 60, i, "order"))
    busy = [threading.Lock() for _ in agents]  # one request at a time per agent, like the sync thread

    def job(i: int, kind: str) -> None:
        with busy[i]:
            local = random.Random(i * 7919 + int(time.monotonic() * 1000))
            if kind == "pull":
                pull(api, agents[i], stats, per_entity)
            elif kind == "call_log":
                write_call_log(api, agents[i], stats, local.choice(customers), local)
            else:
                write_order(api, agents[i], stats, local.choice(customers), local, skus)

    with ThreadPoolExecutor(workers) as pool:
        while queue:
            when, i, kind = heapq.heappop(queue)
            if when >= end:
                continue
            delay = when - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            elif delay < -1.0:
                stats.late += 1
            pool.submit(job, i, kind)
            heapq.heappush(queue, (when + (interval if kind == "pull" else 60.0), i, kind))
    return stats


def _client_process(api: str, agents: list[Agent], args: argparse.Namespace, customers: list[str],
                    skus: list[str], conn: Any) -> None:
    for agent in agents:  # fresh connections in this process
        token = agent.session.headers["Authorization"]
        agent.session = requests.Session()
        agent.session.headers["Authorization"] = token
    stats = run_load(api, agents, args.seconds, args.pull_interval, args.feed == "per-entity", customers, skus,
                     max(4, args.workers // args.client_procs))
    conn.send((stats.latencies, stats.errors, stats.late))
    conn.close()


def run_clients(api: str, agents: list[Agent], args: argparse.Namespace, customers: list[str],
                skus: list[str]) -> Stats:
    """Run the agents in ``--client-procs`` processes so the client's own GIL does not add latency."""
    if args.client_procs <= 1:
        return run_load(api, agents, args.seconds, args.pull_interval, args.feed == "per-entity", customers,
                        skus, args.workers)
    ctx = multiprocessing.get_context("fork")
    pipes, procs = [], []
    for n in range(args.client_procs):
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_client_process, args=(api, agents[n::args.client_procs], args, customers,
                                                            skus, child))
        proc.start()
        pipes.append(parent)
        procs.append(proc)
    total = Stats()
    for parent, proc in zip(pipes, procs):
        latencies, errors, late = parent.recv()
        proc.join(60)
        for kind, values in latencies.items():
            total.latencies[kind] += values
        total.errors += errors
        total.late += late
    return total


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
    parser.add_argument("--workers", type=int, default=64, help="client threads sending requests")
    parser.add_argument("--server-workers", type=int, default=1, help="back-office processes")
    parser.add_argument("--client-procs", type=int, default=1, help="processes simulating the agents")
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
            agents = list(pool.map(lambda i: login(api, f"agent{i:03d}", AGENT_PASSWORD), range(1, args.agents + 1)))
        cursor = catch_up(api, agents[0])
        for agent in agents:
            agent.cursor = cursor
        customers = [c["id"] for c in agents[0].session.get(f"{api}/customers", params={"limit": 500}).json()["items"]]
        skus = [p["sku"] for p in agents[0].session.get(f"{api}/products", params={"limit": 100}).json()["items"]
                if p["price_cents"] > 0]
        stats = run_clients(api, agents, args, customers, skus)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(20)
        log = (workdir / "server.log").read_text(errors="replace")
        if log.strip():
            print("server log (tail):\n" + log[-3000:], file=sys.stderr)
        shutil.rmtree(workdir, ignore_errors=True)
    every = stats.latencies["pull"] + stats.latencies["write"]
    print(f"load p50_ms={pct(every, 0.5):.1f} p99_ms={pct(every, 0.99):.1f} errors={stats.errors} "
          f"requests={len(every)} rps={len(every) / args.seconds:.0f} agents={args.agents} seconds={args.seconds:.0f} "
          f"feed={args.feed} server_workers={args.server_workers} client_procs={args.client_procs} pull_p99_ms={pct(stats.latencies['pull'], 0.99):.1f} "
          f"write_p99_ms={pct(stats.latencies['write'], 0.99):.1f} "
          f"mean_ms={statistics.fmean(every) if every else 0:.1f} late_dispatches={stats.late}", flush=True)
    return 0 if stats.errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
