"""A campaign list import of 100,000 numbers through the real back office over HTTP, each number matched to
its customer by the screen pop's lookup.

    .venv/bin/python benchmarks/campaign_import.py [--rows 100000] [--customers 20000] [--db sqlite|postgresql]

Starts a back office (``serve``) on a fresh database seeded with ``--customers`` demo customers, makes a
draft campaign of the supervisor's team, and sends a CSV list (姓名, 电话, 备注) of ``--rows`` distinct
numbers: every seeded customer's first number, then other numbers (+86 137…, a few of them customers'
second numbers). It times a dry run ("Check") and the import, each one HTTP round trip, and counts the
records given a customer. Last line:
``campaign_import rows=… dry_run_s=… import_s=… matched=… db=…``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from backoffice.seed import seed
from benchmarks.campaign_claim import ALL_DAY, PG_INITDB, put_agents_in_team
from tests.fixtures.backoffice import BackofficeProcess


def customer_numbers(db_url: str) -> list[str]:
    """Each seeded customer's first number (normalised)."""
    from sqlalchemy import select

    from backoffice import tables as t
    from backoffice.db import Database

    db = Database(db_url)
    try:
        with db.read.connect() as conn:
            p = t.customer_phones.c
            return list(conn.execute(select(p.normalized).where(p.position == 0)).scalars())
    finally:
        db.dispose()


def list_csv(numbers: list[str], rows: int) -> bytes:
    """``rows`` distinct numbers: ``numbers`` first, then others (+86 137…)."""
    known = numbers[:rows]
    taken = set(known)
    fresh = (f"+86137{i:08d}" for i in range(10**8))
    others: list[str] = []
    for candidate in fresh:
        if len(known) + len(others) >= rows:
            break
        if candidate not in taken:
            others.append(candidate)
    lines = ["姓名,电话,备注"] + [f"客户{i},{n},第{i}行" for i, n in enumerate(known + others)]
    return ("\n".join(lines) + "\n").encode()


def send(session: requests.Session, api: str, campaign_id: str, data: bytes, dry_run: bool) -> tuple[float, Any]:
    began = time.perf_counter()
    r = session.post(
        api + f"/campaigns/{campaign_id}/records/import",
        params={"phone": "电话", "name": "姓名", "notes": "备注", "dry_run": str(dry_run).lower()},
        data=data,
        headers={"Idempotency-Key": str(uuid.uuid4()), "Content-Type": "text/csv"},
        timeout=600,
    )
    took = time.perf_counter() - began
    r.raise_for_status()
    return took, r.json()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--customers", type=int, default=20_000)
    ap.add_argument("--db", choices=("postgresql", "sqlite"), default="sqlite")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="import-") as d:
        workdir = Path(d)
        cluster = None
        if args.db == "postgresql":
            from tests.fixtures.backoffice import PostgresCluster

            assert PG_INITDB.exists(), "PostgreSQL 15 is not installed"
            cluster = PostgresCluster()
            db_url = cluster.create_database("imports")
        else:
            db_url = f"sqlite:///{workdir / 'crm.db'}"
        try:
            seed(db_url, customers=args.customers, agents=2)
            put_agents_in_team(db_url)
            data = list_csv(customer_numbers(db_url), args.rows)
            server = BackofficeProcess(db_url, workdir)
            server.start()
            try:
                session = requests.Session()
                session.headers["Authorization"] = f"Bearer {server.login('supervisor')}"
                now = datetime.now(timezone.utc)
                body: dict[str, Any] = {
                    "name": "十万号码",
                    "starts_at": now.isoformat(),
                    "deadline_at": (now + timedelta(days=7)).isoformat(),
                    "windows": ALL_DAY,
                }
                r = session.post(server.api + "/campaigns", json=body, headers={"Idempotency-Key": str(uuid.uuid4())})
                r.raise_for_status()
                campaign_id = r.json()["id"]
                dry_s, dry = send(session, server.api, campaign_id, data, dry_run=True)
                import_s, report = send(session, server.api, campaign_id, data, dry_run=False)
                session.close()
            finally:
                server.stop()
        finally:
            if cluster is not None:
                cluster.stop()
    print(
        f"kept={report['kept']} refused={len(report['rejected'])} shared={len(report['shared'])}"
        f" dry_run_matched={dry['matched']} file_kib={len(data) // 1024} load1={os.getloadavg()[0]:.2f}"
    )
    print(
        f"campaign_import rows={args.rows} dry_run_s={dry_s:.2f} import_s={import_s:.2f}"
        f" matched={report['matched']} db={args.db}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
