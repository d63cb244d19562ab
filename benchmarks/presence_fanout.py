"""Presence fan-out: an agent's state change → seen by a supervisor's live event stream.

    .venv/bin/python benchmarks/presence_fanout.py [--agents 500] [--workers 2] [--seconds 30]
        [--db postgresql|sqlite] [--changes-per-minute 6]

Starts a back office (``serve --workers N`` on a private PostgreSQL cluster; SQLite runs one worker)
seeded with ``--agents`` generated agents. Every agent signs in, then changes state about
``--changes-per-minute`` times a minute (``POST /presence/events`` with its next sequence number) and
does its usual sync traffic between changes (a delta pull, ``GET /changes``). One supervisor follows
``GET /events/stream``. Each change's latency is the time from just before its post to its arrival on
the supervisor's stream (one machine, one clock). Changes that never arrive are ``lost``; a change
arriving after a higher sequence of the same agent is ``out_of_order``. Without ``--db`` it uses
PostgreSQL when the machine has it. Last line:
``presence_fanout p50_ms=… p95_ms=… p99_ms=… lost=… out_of_order=… agents=… workers=… db=…``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from backoffice.seed import AGENT_PASSWORD, seed
from tests.fixtures.backoffice import BackofficeProcess

PG_INITDB = Path("/usr/lib/postgresql/15/bin/initdb")
STATES = ("ready", "ringing", "on_call", "wrap_up", "ready", "not_ready")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))] if ordered else 0.0


class Supervisor:
    """Follows the live event stream; records when each (agent, seq) arrives and any disorder."""

    def __init__(self, api: str, token: str) -> None:
        self.arrived: dict[tuple[str, int], float] = {}
        self.out_of_order = 0
        self._last: dict[str, int] = {}
        self._response = requests.get(
            api + "/events/stream", headers={"Authorization": f"Bearer {token}"}, stream=True, timeout=(5, 60)
        )
        self._response.raise_for_status()
        self.ready = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        kind = ""
        try:
            for line in self._response.iter_lines(decode_unicode=True):
                if line.startswith("event: "):
                    kind = line[7:]
                elif line.startswith("data: "):
                    now = time.time()
                    if kind == "hello":
                        self.ready.set()
                    elif kind == "presence":
                        data = json.loads(line[6:])
                        user, seq = data["user_id"], data["seq"]
                        if seq < self._last.get(user, 0):
                            self.out_of_order += 1
                        self._last[user] = max(seq, self._last.get(user, 0))
                        self.arrived[(user, seq)] = now
        except (requests.RequestException, OSError, ValueError, AttributeError):  # closed at the end
            pass

    def close(self) -> None:
        self._response.close()


def run_agents(api: str, tokens: dict[str, str], seconds: float, per_minute: float) -> dict[tuple[str, int], float]:
    """Every agent's changes and sync traffic for ``seconds``; returns (user id, seq) → send time."""
    sent: dict[tuple[str, int], float] = {}
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    gap = 60.0 / per_minute

    def agent(user_id: str, token: str, rng: random.Random) -> None:
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {token}"
        seq = 0
        time.sleep(rng.uniform(0, gap))  # spread the agents over the first gap
        while time.monotonic() < deadline:
            seq += 1
            at = datetime.now(timezone.utc).isoformat()
            body = {"events": [{"seq": seq, "state": STATES[seq % len(STATES)], "at": at}]}
            started = time.time()
            if session.post(api + "/presence/events", json=body, timeout=30).status_code == 200:
                with lock:
                    sent[(user_id, seq)] = started
            session.get(api + "/changes", params={"limit": 100}, timeout=30)  # the usual delta pull
            time.sleep(max(0.0, rng.expovariate(1 / gap)))
        session.close()

    with ThreadPoolExecutor(max_workers=len(tokens)) as pool:
        for i, (user_id, token) in enumerate(tokens.items()):
            pool.submit(agent, user_id, token, random.Random(i))
    return sent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--agents", type=int, default=500)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--changes-per-minute", type=float, default=6.0)
    ap.add_argument("--db", choices=("postgresql", "sqlite"))
    args = ap.parse_args()
    kind = args.db or ("postgresql" if PG_INITDB.exists() else "sqlite")
    workers = args.workers if kind == "postgresql" else 1
    with tempfile.TemporaryDirectory(prefix="fanout-") as d:
        workdir = Path(d)
        cluster = None
        if kind == "postgresql":
            from tests.fixtures.backoffice import PostgresCluster

            cluster = PostgresCluster()
            db_url = cluster.create_database("fanout")
        else:
            db_url = f"sqlite:///{workdir / 'crm.db'}"
        try:
            seed(db_url, customers=0, agents=args.agents)
            server = BackofficeProcess(db_url, workdir, args=("--workers", str(workers)))
            server.start()
            try:
                names = [f"agent{i:03d}" for i in range(1, args.agents + 1)]
                server.credentials.update({name: AGENT_PASSWORD for name in names})

                def sign_in(name: str) -> tuple[str, str]:
                    token = server.login(name)
                    me = requests.get(server.api + "/auth/me", headers={"Authorization": f"Bearer {token}"}, timeout=30)
                    return me.json()["id"], token

                with ThreadPoolExecutor(max_workers=16) as pool:
                    tokens = dict(pool.map(sign_in, names))
                supervisor = Supervisor(server.api, server.login("supervisor"))
                supervisor.ready.wait(10)
                sent = run_agents(server.api, tokens, args.seconds, args.changes_per_minute)
                time.sleep(3)  # the last changes' way to the stream
                supervisor.close()
            finally:
                server.stop()
        finally:
            if cluster is not None:
                cluster.stop()
    latencies = [(supervisor.arrived[k] - t) * 1000 for k, t in sent.items() if k in supervisor.arrived]
    lost = sum(1 for k in sent if k not in supervisor.arrived)
    print(f"changes={len(sent)} arrived={len(latencies)} max_ms={max(latencies, default=0):.1f} load1={_load():.2f}")
    print(
        f"presence_fanout p50_ms={statistics.median(latencies) if latencies else 0:.1f} "
        f"p95_ms={percentile(latencies, 0.95):.1f} p99_ms={percentile(latencies, 0.99):.1f} lost={lost} "
        f"out_of_order={supervisor.out_of_order} agents={args.agents} workers={workers} db={kind}"
    )
    return 0


def _load() -> float:
    import os

    return os.getloadavg()[0]


if __name__ == "__main__":
    sys.exit(main())
