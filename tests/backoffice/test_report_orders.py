"""The orders behind a report's order figures (``/reports/orders``) over HTTP, on SQLite and PostgreSQL:
each row's orders are the ones it counts (its orders and order value; for orders per call, the orders
taken on its handled calls), by number, customer, agent, value and status; and orders per call counts
no order that was not taken on one of the row's calls."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, update

from backoffice import tables as t
from tests.backoffice import report_reference as ref
from tests.backoffice.conftest import key, new_customer, new_order
from tests.backoffice.test_reports import PERIOD, bo, centre, new_user  # noqa: F401  (fixtures)
from tests.fixtures.backoffice import ApiSession, BackofficeProcess

SHANGHAI = ZoneInfo("Asia/Shanghai")


def every_order(session: ApiSession, params: dict[str, Any]) -> tuple[list[dict[str, Any]], int]:
    """All the orders of ``params``, page by page, and the total the back office gave."""
    seen: list[dict[str, Any]] = []
    while True:
        r = session.get("/reports/orders", params={**params, "limit": 7, "offset": len(seen)})
        assert r.status_code == 200, r.text
        page = r.json()
        seen += page["items"]
        if len(seen) >= page["total"] or not page["items"]:
            return seen, page["total"]


def test_each_rows_orders_are_the_ones_its_figures_count(bo: BackofficeProcess, centre: dict[str, Any]) -> None:
    supervisor, data = centre["supervisor"], centre["data"]
    asked = {**PERIOD, "interval": "day", "group_by": "agent"}
    report = supervisor.get("/reports/kpis", params=asked).json()
    calls = {c["id"]: c for c in data.calls}
    names = data.names
    customers: dict[str, str] = {}
    checked = 0
    for row in report["rows"]:
        values = row["values"]
        where = {**asked, "bucket": row["bucket"], "key": row["key"]}
        orders, total = every_order(supervisor, where)
        want = [
            o
            for o in data.orders
            if o["agent_id"] == row["key"]
            and o["status"] != "cancelled"
            and ref.local_bucket(o["created_at"], "day", SHANGHAI) == row["bucket"]
        ]
        assert total == len(orders) == values["orders"] == len(want)
        assert sorted(o["id"] for o in orders) == sorted(o["id"] for o in want)
        assert sum(o["total_cents"] for o in orders) == values["order_value"]
        for order in orders:  # what the list shows of each
            if order["customer_id"] not in customers:
                customers[order["customer_id"]] = supervisor.get(f"/customers/{order['customer_id']}").json()["name"]
            assert order["number"].startswith("SO") and order["customer"] == customers[order["customer_id"]] != ""
            assert order["agent"] == names[row["key"]] and order["status"] != "cancelled"
            assert order["created_at"][:10] == row["bucket"][:10] and order["created_at"].endswith("+08:00")
        on_calls, total = every_order(supervisor, {**where, "orders": "on_calls"})
        for order in on_calls:  # taken on a handled call of this agent on this day
            call = calls[order["call_log_id"]]
            assert call["answer_at"] is not None and call["agent_id"] == row["key"]
            assert ref.local_bucket(call["ring_at"], "day", SHANGHAI) == row["bucket"]
        if values["handled"]:
            assert values["conversion"] == pytest.approx(total / values["handled"], abs=1e-6)
        checked += bool(orders) + bool(on_calls)
    assert checked >= 4  # rows with orders, and with orders taken on calls, were both seen
    wrong = supervisor.get("/reports/orders", params={**PERIOD, "key": centre["a"]["id"]})
    assert wrong.status_code == 422 and wrong.json()["detail"][0]["loc"] == ["query", "key"]
    other = centre["other_supervisor"].get("/reports/orders", params={**PERIOD, "team": centre["team"]})
    assert other.status_code == 403  # another team's orders: refused as its figures are


def test_orders_per_call_counts_only_orders_taken_on_the_calls(bo: BackofficeProcess) -> None:
    """An agent's only call of the day was an enquiry; an order they keyed in that day on no call, and
    one on a call of another day, leave their orders per call at 0 % (not 100 % or 200 %)."""
    team = f"rpc-{uuid.uuid4().hex[:6]}"
    agent, agent_session = new_user(bo, "agent", team)
    admin = bo.session("admin")
    customer = new_customer(admin, name="转化客户")

    def log(ring: str, disposition: str) -> dict[str, Any]:
        at = datetime.fromisoformat(ring)
        body = {
            "direction": "inbound",
            "ring_at": ring,
            "answer_at": (at + timedelta(seconds=5)).isoformat(),
            "end_at": (at + timedelta(seconds=95)).isoformat(),
            "talk_seconds": 90,
            "agent_id": agent["id"],
            "customer_id": customer["id"],
            "disposition": disposition,
        }
        r = admin.post("/call_logs", json=body, headers=key())
        assert r.status_code == 201, r.text
        return r.json()

    log(ref.local(5, "10:00:00"), "enquiry")
    earlier = log(ref.local(4, "15:00:00"), "order_placed")
    taken = [
        new_order(agent_session, customer["id"]),  # keyed in on no call
        new_order(agent_session, customer["id"], call_log_id=earlier["id"]),  # on the day before's call
    ]
    engine = create_engine(bo.db_url)
    with engine.begin() as conn:  # both taken on the enquiry's day
        moved = datetime.fromisoformat(ref.local(5, "10:30:00")).astimezone(timezone.utc)
        conn.execute(update(t.orders).where(t.orders.c.id.in_([o["id"] for o in taken])).values(created_at=moved))
    engine.dispose()
    day = {"from": ref.day(5), "to": ref.day(6), "team": team}
    figures = admin.get("/reports/kpis", params=day).json()["total"]
    assert (figures["handled"], figures["orders"], figures["conversion"]) == (1, 2, 0.0)
    assert every_order(admin, {**day, "orders": "on_calls"})[1] == 0
    assert {o["id"] for o in every_order(admin, day)[0]} == {o["id"] for o in taken}

    on_call = new_order(agent_session, customer["id"], call_log_id=earlier["id"])  # taken during the call
    engine = create_engine(bo.db_url)
    with engine.begin() as conn:
        during = datetime.fromisoformat(ref.local(4, "15:01:00")).astimezone(timezone.utc)
        conn.execute(update(t.orders).where(t.orders.c.id == on_call["id"]).values(created_at=during))
    engine.dispose()
    two_days = {**day, "from": ref.day(4)}
    figures = admin.get("/reports/kpis", params=two_days).json()["total"]
    assert (figures["handled"], figures["conversion"]) == (2, 1.0)  # two orders on the 4th's call, of 2 calls
    listed = every_order(admin, {**two_days, "orders": "on_calls"})[0]
    assert sorted(o["id"] for o in listed) == sorted([taken[1]["id"], on_call["id"]])
