"""A customer waiting for a call back who calls in and is answered (over HTTP, SQLite and PostgreSQL):
the back office closes their call back when the call's log arrives ("done", last outcome "called_in",
the call linked), so every agent's queue drops it; one asked for during that call, a call the caller
hung up on, and an outbound call list's entry stay."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from tests.backoffice.conftest import create, new_customer
from tests.fixtures.backoffice import ApiSession, BackofficeProcess


def iso(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


def call_back(agent: ApiSession, customer: dict[str, Any], asked: datetime, **fields: Any) -> dict[str, Any]:
    body = {
        "number": customer["phones"][0]["number"],
        "customer_id": customer["id"],
        "requested_at": iso(asked),
        "reason": "回电确认送货时间",
    }
    body.update(fields)
    return create(agent, "callbacks", body)


def call_in(agent: ApiSession, number: str, ring: datetime, answered: bool, customer_id: str | None) -> dict[str, Any]:
    body: dict[str, Any] = {"direction": "inbound", "caller": number, "ring_at": iso(ring), "customer_id": customer_id}
    if answered:
        body.update(answer_at=iso(ring + timedelta(seconds=5)), end_at=iso(ring + timedelta(seconds=65)))
    else:
        body.update(end_at=iso(ring + timedelta(seconds=20)), disposition="missed")
    return create(agent, "call_logs", body)


def read(agent: ApiSession, entry: dict[str, Any]) -> dict[str, Any]:
    r = agent.get(f"/callbacks/{entry['id']}")
    assert r.status_code == 200, r.text
    return r.json()


def test_an_answered_call_from_the_customer_closes_their_waiting_call_back(bo: BackofficeProcess) -> None:
    agent = bo.session("agent")
    customer = new_customer(bo.session("admin"))
    now = datetime.now(timezone.utc)
    promised = call_back(agent, customer, now - timedelta(hours=1), due_at=iso(now + timedelta(hours=3)))
    listed = call_back(agent, customer, now - timedelta(hours=1), source="campaign", reason="秋季回访")

    missed = call_in(agent, customer["phones"][0]["number"], now - timedelta(minutes=30), False, customer["id"])
    assert read(agent, promised)["status"] == "pending"  # hung up before anyone answered: still promised

    call = call_in(agent, customer["phones"][0]["number"], now - timedelta(minutes=2), True, customer["id"])
    during = call_back(agent, customer, now, reason="通话中答应晚上再回电")  # asked during/after the call
    closed = read(agent, promised)
    assert closed["status"] == "done"
    assert closed["last_outcome"] == "called_in"
    assert closed["attempt_log"][-1]["call_log_id"] == call["id"]
    assert missed["id"] not in [a["call_log_id"] for a in closed["attempt_log"]]
    assert read(agent, during)["status"] == "pending"
    assert read(agent, listed)["status"] == "pending"
    waiting = agent.get("/callbacks", params={"customer_id": customer["id"], "status": "pending", "limit": 100}).json()
    items = waiting["items"] if isinstance(waiting, dict) else waiting
    assert promised["id"] not in {e["id"] for e in items}


def test_a_caller_known_only_by_number_closes_the_call_back_for_that_number(bo: BackofficeProcess) -> None:
    agent = bo.session("agent")
    customer = new_customer(bo.session("admin"))
    now = datetime.now(timezone.utc)
    missed_call = call_back(agent, customer, now - timedelta(minutes=40), customer_id=None, source="abandoned")
    call_in(agent, customer["phones"][0]["number"], now - timedelta(minutes=1), True, None)
    assert read(agent, missed_call)["status"] == "done"
