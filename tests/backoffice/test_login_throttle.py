"""Password guessing is throttled per account and per client address; admins see and clear lockouts;
the demo seed's passwords are not served beyond loopback (issue 18, item 2).

The servers trust ``X-Forwarded-For`` from 127.0.0.1 (uvicorn's default for a local reverse proxy), so
a test plays clients at other addresses with that header.
"""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from typing import Any

import pytest
import requests

from backoffice.accounts import ensure_user
from backoffice.db import Database
from backoffice.seed import demo_passwords_in_use
from tests.backoffice.conftest import if_match
from tests.fixtures.backoffice import ROOT, BackofficeProcess

PASSWORD = "throttle-password"


def new_user(bo: BackofficeProcess) -> dict[str, Any]:
    body = {"username": f"t{uuid.uuid4().hex[:10]}", "display_name": "限速测试", "password": PASSWORD}
    r = bo.session("admin").post("/users", json=body)
    assert r.status_code == 201, r.text
    return r.json()


def attempt(bo: BackofficeProcess, username: str, password: str, address: str | None = None) -> requests.Response:
    headers = {"X-Forwarded-For": address} if address else {}
    body = {"username": username, "password": password}
    return requests.post(bo.api + "/auth/login", json=body, headers=headers, timeout=10)


def an_address() -> str:
    """A client address of its own (10.0.0.0/8: one in 16 million)."""
    n = uuid.uuid4().int
    return f"10.{n % 256}.{n // 256 % 256}.{n // 65536 % 254 + 1}"


@pytest.mark.e2e
def test_an_account_backs_off_after_five_failures_and_a_success_starts_afresh(bo: BackofficeProcess) -> None:
    name = new_user(bo)["username"]
    assert [attempt(bo, name, "wrong-guess").status_code for _ in range(5)] == [401] * 5
    held = attempt(bo, name, PASSWORD)  # even the right password waits: the guesser learns nothing
    assert held.status_code == 429 and held.json()["code"] == "too_many_attempts"
    wait = int(held.headers["Retry-After"])
    assert 1 <= wait <= 2
    time.sleep(wait + 0.1)
    assert attempt(bo, name, PASSWORD).status_code == 200
    assert attempt(bo, name, "wrong-again").status_code == 401  # counted from zero again


def test_unknown_user_names_are_throttled_like_real_ones(bo: BackofficeProcess) -> None:
    name = f"nobody{uuid.uuid4().hex[:8]}"
    codes = [attempt(bo, name, "guess").status_code for _ in range(6)]
    assert codes == [401] * 5 + [429]


def test_one_address_guessing_many_accounts_is_held_back_and_others_are_not(bo: BackofficeProcess) -> None:
    guesser = an_address()
    for _ in range(5):
        assert attempt(bo, f"u{uuid.uuid4().hex[:8]}", "guess", guesser).status_code == 401
    victim = new_user(bo)["username"]
    held = attempt(bo, victim, PASSWORD, guesser)
    assert held.status_code == 429 and "Retry-After" in held.headers
    assert attempt(bo, victim, PASSWORD, an_address()).status_code == 200  # the victim, elsewhere, signs in
    assert attempt(bo, victim, PASSWORD).status_code == 200  # loopback (the embedded back office): not per address


@pytest.mark.e2e
def test_lockout_after_the_configured_failures_is_listed_and_cleared_by_an_admin(backoffice_factory: Any) -> None:
    bo = backoffice_factory(
        seed_customers=0,
        env={
            "BACKOFFICE_LOGIN_BACKOFF_AFTER": "100",
            "BACKOFFICE_LOGIN_LOCKOUT_AFTER": "4",
            "BACKOFFICE_LOGIN_LOCKOUT_S": "600",
        },
    )
    name, address = new_user(bo)["username"], an_address()
    assert [attempt(bo, name, "guess", address).status_code for _ in range(4)] == [401] * 4
    locked = attempt(bo, name, PASSWORD, an_address())
    assert locked.status_code == 429 and locked.json()["code"] == "locked_out"
    assert 590 <= int(locked.headers["Retry-After"]) <= 600
    admin, agent = bo.session("admin"), bo.session("agent")
    assert agent.get("/auth/lockouts").status_code == 403
    assert agent.delete(f"/auth/lockouts/account/{name}").status_code == 403
    held = {(i["kind"], i["name"]): i for i in admin.get("/auth/lockouts").json()["items"]}
    assert held[("account", name)]["failures"] == 4 and held[("account", name)]["locked_until"]
    assert held[("address", address)]["retry_after_s"] > 590
    assert admin.delete(f"/auth/lockouts/account/{name.upper()}").status_code == 204  # user names: any case
    assert admin.delete(f"/auth/lockouts/account/{name}").status_code == 404
    assert attempt(bo, name, PASSWORD, an_address()).status_code == 200
    assert attempt(bo, "agent", "agent-demo", address).status_code == 429  # the address is still locked
    assert admin.delete(f"/auth/lockouts/address/{address}").status_code == 204
    assert attempt(bo, "agent", "agent-demo", address).status_code == 200
    assert admin.get("/auth/lockouts").json()["items"] == []
    events = admin.get("/audit_events", params={"entity": "users", "limit": 10}).json()["items"]
    assert {e["changes"].get("name") for e in events if e["action"] == "unlock"} == {name.upper(), address}


@pytest.mark.e2e
@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_unlocking_client_addresses_answers_404_for_one_not_locked_and_never_5xx(
    backoffice_factory: Any, request: pytest.FixtureRequest, database: str
) -> None:
    """What User accounts' list of locked addresses sends: an IPv6 address too (in the path, its colons
    as sent), an address never locked is 404, odd names are refused as such, only admins may."""
    db_url = None
    if database == "postgresql":
        db_url = request.getfixturevalue("postgres_cluster").create_database(f"lockouts_{uuid.uuid4().hex[:8]}")
    bo = backoffice_factory(seed_customers=0, db_url=db_url, env={"BACKOFFICE_LOGIN_LOCKOUT_AFTER": "2"})
    v6 = f"2001:db8::{uuid.uuid4().int % 0xFFFF:x}"
    assert [attempt(bo, "nobody", "guess", v6).status_code for _ in range(3)] == [401, 401, 429]
    admin, supervisor = bo.session("admin"), bo.session("supervisor")
    held = {(i["kind"], i["name"]): i for i in admin.get("/auth/lockouts").json()["items"]}
    assert held[("address", v6)]["failures"] == 2 and held[("address", v6)]["locked_until"]
    assert supervisor.get("/auth/lockouts").status_code == 403
    assert supervisor.delete(f"/auth/lockouts/address/{v6}").status_code == 403
    for odd in (an_address(), "2001:db8::dead", "no such address", "%E5%BC%A0", "a" * 190, "fe80::1%25eth0"):
        assert admin.delete(f"/auth/lockouts/address/{odd}").status_code == 404, odd
    for odd in ("a" * 191, "a%2Fb", "", "%00"):
        assert admin.delete(f"/auth/lockouts/address/{odd}").status_code in (404, 405, 422), odd
    assert admin.delete(f"/auth/lockouts/nothing/{v6}").status_code == 422
    assert admin.delete(f"/auth/lockouts/address/{v6}").status_code == 204
    assert admin.delete(f"/auth/lockouts/address/{v6}").status_code == 404  # not locked any more
    assert attempt(bo, "agent", "agent-demo", v6).status_code == 200


@pytest.mark.e2e
def test_serve_refuses_demo_passwords_beyond_loopback(backoffice_server: BackofficeProcess) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "backoffice", "serve", "--db", backoffice_server.db_url, "--host", "0.0.0.0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "--allow-demo-passwords" in proc.stderr and "admin" in proc.stderr
    assert "listening" not in proc.stdout


def test_demo_users_whose_passwords_changed_no_longer_count(backoffice_server: BackofficeProcess) -> None:
    name = f"agent{uuid.uuid4().int % 10**6 + 10**6}"  # a load-test agent of its own, demo password
    ensure_user(backoffice_server.db_url, name, "agent-demo")
    db = Database(backoffice_server.db_url)
    try:
        assert {"admin", "supervisor", "agent", "logistics", "agent001", name} <= set(demo_passwords_in_use(db))
        admin = backoffice_server.session("admin")
        user = admin.get("/users", params={"limit": 500}).json()["items"]
        row = next(u for u in user if u["username"] == name)
        r = admin.patch(f"/users/{row['id']}", json={"password": "no-longer-the-demo"}, headers=if_match(row))
        assert r.status_code == 200
        assert name not in demo_passwords_in_use(db)
    finally:
        db.dispose()
