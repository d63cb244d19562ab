"""Seeding from the command line, the documented demo records, in-process serving and local accounts."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import requests
from sqlalchemy import create_engine, func, select

from backoffice import tables as t
from backoffice.accounts import ensure_user
from backoffice.seed import demo_id, seed
from backoffice.server import ThreadedServer
from tests.fixtures.backoffice import ROOT, BackofficeProcess


def test_seed_command_is_reported_and_idempotent(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'crm.db'}"
    cmd = [sys.executable, "-m", "backoffice", "seed", "--db", db, "--customers", "50", "--agents", "2"]
    first = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    assert "seed customers=50 " in first.stdout and " seconds=" in first.stdout
    again = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert "seed customers=0 rows=0" in again.stdout  # already seeded: left alone


def test_documented_demo_records(bo: BackofficeProcess) -> None:
    agent = bo.session("agent")
    zhang = agent.get(f"/customers/{demo_id('customer:zhangwei')}").json()
    assert zhang["name"] == "张伟" and {p["normalized"] for p in zhang["phones"]} == {"+8613800138000", "+861062345678"}
    complaints = agent.get("/complaints", params={"customer_id": zhang["id"]}).json()["items"]
    assert [(c["status"], c["severity"]) for c in complaints] == [("open", "high")]
    li = agent.get("/customers/search", params={"phone": "13912345678"}).json()["items"]
    assert [c["name"] for c in li] == ["李娜"]
    wang = agent.get("/customers/search", params={"phone": "0571-87654321"}).json()["items"]
    assert [c["name"] for c in wang] == ["王芳"]
    assert agent.get("/blocklist/check", params={"number": "17000000000"}).json()["blocked"] is True
    media = agent.get("/media_sources", params={"dnis": "400-810-8888"}).json()["items"]
    assert media[0]["channel"] == "湖南卫视"
    for username, password in (
        ("admin", "admin-demo"),
        ("supervisor", "supervisor-demo"),
        ("logistics", "logistics-demo"),
        ("agent001", "agent-demo"),
    ):
        r = requests.post(bo.api + "/auth/login", json={"username": username, "password": password}, timeout=10)
        assert r.status_code == 200, username


def test_threaded_server_and_local_account(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'embedded.db'}"
    ensure_user(db, "local", "first-secret", display_name="本机坐席")
    ensure_user(db, "local", "second-secret")  # the keyring lost the first one: reset it
    server = ThreadedServer(db)
    url = server.start()
    try:
        api = url + "/api/v1"
        assert url.startswith("http://127.0.0.1:")
        old = requests.post(api + "/auth/login", json={"username": "local", "password": "first-secret"}, timeout=10)
        assert old.status_code == 401
        r = requests.post(api + "/auth/login", json={"username": "local", "password": "second-secret"}, timeout=10)
        assert r.status_code == 200 and r.json()["user"]["display_name"] == "本机坐席"
    finally:
        server.stop()
    try:
        requests.get(url + "/api/v1/health", timeout=1)
        stopped = False
    except requests.RequestException:
        stopped = True
    assert stopped


def test_the_demo_takes_no_order_on_the_day_it_is_seeded(tmp_path: Path) -> None:
    """The demo has no calls: an order of its last day would be an order of today taken on no call,
    counted in today's reports against calls it was never taken on."""
    db = f"sqlite:///{tmp_path / 'crm.db'}"
    seed(db, 500, agents=10)
    engine = create_engine(db)
    try:
        with engine.connect() as conn:
            newest = conn.execute(select(func.max(t.orders.c.created_at))).scalar_one()
            orders = conn.execute(select(func.count()).select_from(t.orders)).scalar_one()
    finally:
        engine.dispose()
    assert orders > 300
    assert newest.replace(tzinfo=timezone.utc) <= datetime.now(timezone.utc) - timedelta(hours=23)
