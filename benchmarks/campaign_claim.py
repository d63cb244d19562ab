"""Campaign allocation: 200 agents claiming their next record at once on PostgreSQL.

    .venv/bin/python benchmarks/campaign_claim.py [--agents 200] [--claims 10] [--workers 2]
        [--campaigns 5] [--talk-s 0] [--db postgresql|sqlite]

Starts a back office (``serve --workers N`` on a private PostgreSQL cluster; SQLite runs one worker)
seeded with ``--agents`` generated agents in one team, and ``--campaigns`` running campaigns of that
team (different priorities, numbers in Shanghai, New York and Los Angeles, every window open) holding
``agents × claims × 1.2`` records. Every agent signs in, then all start together: claim the next record
(``POST /campaigns/claim-next`` with an Idempotency-Key), report it answered with a sale
(``POST /campaigns/records/{id}/result``), ``--claims`` times, with ``--talk-s`` seconds (exponential
mean; 0: none, every agent claims again at once) of call between a claim and its result. Each claim's
latency is its HTTP round trip. A record claimed by two agents is ``double_claimed``. Last line:
``campaign_claim p50_ms=… p99_ms=… agents=… db=… double_claimed=…``.
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
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from backoffice.seed import AGENT_PASSWORD, seed
from tests.fixtures.backoffice import BackofficeProcess

PG_INITDB = Path("/usr/lib/postgresql/15/bin/initdb")
TEAM = "outbound"
ALL_DAY = [{"weekday": d, "start": "00:00", "end": "24:00"} for d in range(7)]
AREAS = ("+86139", "+1212", "+1310")  # Shanghai, New York, Los Angeles


def number(serial: int) -> str:
    """A distinct valid number per serial, in turn in each of :data:`AREAS`."""
    area = AREAS[serial % len(AREAS)]
    if area.startswith("+86"):
        return f"{area}{serial:08d}"
    return f"{area}{200 + serial // 10000:03d}{serial % 10000:04d}"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))] if ordered else 0.0


def put_agents_in_team(db_url: str) -> None:
    from sqlalchemy import update

    from backoffice import tables as t
    from backoffice.db import Database

    db = Database(db_url)
    try:
        with db.write.begin() as conn:
            conn.execute(update(t.users).where(t.users.c.role.in_(["agent", "supervisor"])).values(team=TEAM))
    finally:
        db.dispose()


def start_campaign(session: requests.Session, api: str, body: dict[str, Any], phones: list[str]) -> dict[str, Any]:
    """Create the campaign ``body`` describes, import ``phones`` as its records and set it running; the
    campaign as created."""
    r = session.post(api + "/campaigns", json=body, headers={"Idempotency-Key": str(uuid.uuid4())}, timeout=30)
    r.raise_for_status()
    campaign: dict[str, Any] = r.json()
    r = session.post(
        api + f"/campaigns/{campaign['id']}/records/import",
        params={"phone": "phone"},
        data=("\n".join(["phone", *phones]) + "\n").encode(),
        headers={"Idempotency-Key": str(uuid.uuid4())},
        timeout=120,
    )
    r.raise_for_status()
    r = session.patch(
        api + f"/campaigns/{campaign['id']}",
        json={"status": "running"},
        headers={"If-Match": f'"{campaign["version"]}"', "Idempotency-Key": str(uuid.uuid4())},
        timeout=30,
    )
    r.raise_for_status()
    return campaign


def make_campaigns(api: str, token: str, campaigns: int, records: int) -> None:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    now = datetime.now(timezone.utc)
    per = records // campaigns + 1
    serial = 0
    for index in range(campaigns):
        body = {
            "name": f"campaign {index}",
            "script": "您好……",
            "starts_at": (now - timedelta(hours=1)).isoformat(),
            "deadline_at": (now + timedelta(days=3 + index)).isoformat(),
            "windows": ALL_DAY,
            "priority": 1 + index % 10,
        }
        start_campaign(session, api, body, [number(serial + i) for i in range(per)])
        serial += per
    session.close()


def run_agents(
    api: str, tokens: list[str], claims: int, talk_s: float
) -> tuple[list[float], list[float], Counter[str], int]:
    """(every claim's latency, the first claim's of each agent: all at once, records claimed, 204s)."""
    latencies: list[float] = []
    firsts: list[float] = []
    claimed: Counter[str] = Counter()
    empty = 0
    lock = threading.Lock()
    start = threading.Barrier(len(tokens))

    def agent(index: int, token: str) -> None:
        nonlocal empty
        rng = random.Random(index)
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {token}"
        session.get(api + "/health", timeout=30)  # the connection is open before the start
        start.wait()
        for turn in range(claims):
            began = time.perf_counter()
            r = session.post(api + "/campaigns/claim-next", headers={"Idempotency-Key": str(uuid.uuid4())}, timeout=60)
            took = (time.perf_counter() - began) * 1000
            if r.status_code == 204:
                with lock:
                    empty += 1
                continue
            r.raise_for_status()
            record = r.json()["record"]["id"]
            with lock:
                latencies.append(took)
                if turn == 0:
                    firsts.append(took)
                claimed[record] += 1
            if talk_s > 0:
                time.sleep(rng.expovariate(1 / talk_s))
            session.post(
                api + f"/campaigns/records/{record}/result",
                json={"result": "answered", "disposition": "sale"},
                headers={"Idempotency-Key": str(uuid.uuid4())},
                timeout=60,
            ).raise_for_status()
        session.close()

    with ThreadPoolExecutor(max_workers=len(tokens)) as pool:
        for future in [pool.submit(agent, i, token) for i, token in enumerate(tokens)]:
            future.result()
    return latencies, firsts, claimed, empty


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--agents", type=int, default=200)
    ap.add_argument("--claims", type=int, default=10)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--campaigns", type=int, default=5)
    ap.add_argument("--talk-s", type=float, default=0.0)
    ap.add_argument("--db", choices=("postgresql", "sqlite"))
    args = ap.parse_args()
    kind = args.db or ("postgresql" if PG_INITDB.exists() else "sqlite")
    workers = args.workers if kind == "postgresql" else 1
    with tempfile.TemporaryDirectory(prefix="claim-") as d:
        workdir = Path(d)
        cluster = None
        if kind == "postgresql":
            from tests.fixtures.backoffice import PostgresCluster

            cluster = PostgresCluster()
            db_url = cluster.create_database("claims")
        else:
            db_url = f"sqlite:///{workdir / 'crm.db'}"
        try:
            seed(db_url, customers=0, agents=args.agents)
            put_agents_in_team(db_url)
            server = BackofficeProcess(db_url, workdir, args=("--workers", str(workers)))
            server.start()
            try:
                names = [f"agent{i:03d}" for i in range(1, args.agents + 1)]
                server.credentials.update({name: AGENT_PASSWORD for name in names})
                make_campaigns(
                    server.api, server.login("supervisor"), args.campaigns, int(args.agents * args.claims * 1.2)
                )
                with ThreadPoolExecutor(max_workers=16) as pool:
                    tokens = list(pool.map(server.login, names))
                latencies, firsts, claimed, empty = run_agents(server.api, tokens, args.claims, args.talk_s)
            finally:
                server.stop()
        finally:
            if cluster is not None:
                cluster.stop()
    double = sum(1 for n in claimed.values() if n > 1)
    later = [x for x in latencies if x not in firsts] if firsts else latencies
    print(
        f"claims={len(latencies)} nothing_to_dial={empty} max_ms={max(latencies, default=0):.1f}"
        f" first_claims p50_ms={statistics.median(firsts) if firsts else 0:.1f} p99_ms={percentile(firsts, 0.99):.1f}"
        f" later_claims p50_ms={statistics.median(later) if later else 0:.1f} p99_ms={percentile(later, 0.99):.1f}"
        f" load1={os.getloadavg()[0]:.2f}"
    )
    print(
        f"campaign_claim p50_ms={statistics.median(latencies) if latencies else 0:.1f}"
        f" p99_ms={percentile(latencies, 0.99):.1f} agents={args.agents} db={kind} double_claimed={double}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
