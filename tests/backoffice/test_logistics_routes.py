"""Logistics endpoints on SQLite and PostgreSQL: editable courier rules (roles, validation), the sorting
queue with dates and the recipient's phone, bulk sorting all-or-none with If-Match versions; seeded
orders carry a phone and a postal code."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from backoffice import tables as t
from backoffice.db import Database
from backoffice.seed import demo_id, seed
from tests.backoffice.conftest import key, new_customer, new_order


def test_rules_are_validated_and_only_logistics_or_supervisors_edit_them(bo) -> None:
    logistics, agent = bo.session("logistics"), bo.session("agent")
    rules = [{"delivery_method": "post", "region": "", "courier": "EMS"}, {"courier": "中通快递"}]
    r = logistics.put("/logistics/rules", json={"rules": rules}, headers=key())
    assert r.status_code == 200, r.text
    assert agent.get("/logistics/rules").json()["rules"] == [
        {"delivery_method": "post", "region": "", "courier": "EMS"},
        {"delivery_method": None, "region": "", "courier": "中通快递"},
    ]
    assert agent.put("/logistics/rules", json={"rules": []}).status_code == 403
    bad = logistics.put("/logistics/rules", json={"rules": [{"delivery_method": "drone", "courier": ""}]})
    assert bad.status_code == 422
    assert {tuple(e["loc"][-1:]) for e in bad.json()["detail"]} == {("delivery_method",), ("courier",)}
    assert len(agent.get("/logistics/rules").json()["rules"]) == 2  # nothing written


def test_bulk_sort_is_all_or_none_and_checks_versions(bo) -> None:
    agent, logistics = bo.session("agent"), bo.session("logistics")
    customer = new_customer(agent)
    first, second = new_order(agent, customer["id"]), new_order(agent, customer["id"])
    stale = logistics.post(
        "/logistics/sort",
        json={
            "items": [
                {"order_id": first["id"], "version": first["version"], "courier": "EMS"},
                {"order_id": second["id"], "version": second["version"] + 5, "courier": "EMS"},
            ]
        },
    )
    assert stale.status_code == 412 and stale.json()["current"]["id"] == second["id"]
    assert agent.get(f"/orders/{first['id']}").json()["status"] == "ordered"  # rolled back with the other
    r = logistics.post(
        "/logistics/sort",
        headers=key(),
        json={
            "items": [
                {"order_id": first["id"], "version": first["version"], "courier": "EMS", "handover_date": "2031-01-02"},
                {
                    "order_id": second["id"],
                    "version": second["version"],
                    "courier": "韵达快递",
                    "sort_date": "2031-01-01",
                },
            ]
        },
    )
    assert r.status_code == 200, r.text
    items = {o["id"]: o for o in r.json()["items"]}
    assert items[first["id"]]["courier"] == "EMS" and items[first["id"]]["handover_date"] == "2031-01-02"
    assert items[second["id"]]["sort_date"] == "2031-01-01" and items[second["id"]]["sorted_at"]
    queue = logistics.get("/logistics/orders", params={"status": "sorted", "handover_date": "2031-01-02"}).json()
    assert [o["id"] for o in queue["items"]] == [first["id"]] and queue["total"] == 1
    ordered = logistics.get("/logistics/orders", params={"status": "ordered", "limit": 2000}).json()["items"]
    assert first["id"] not in {o["id"] for o in ordered}
    cancelled = agent.post(
        f"/orders/{second['id']}/cancel", headers={"If-Match": f'"{items[second["id"]]["version"]}"'}
    )
    assert cancelled.status_code == 200
    again = logistics.post(
        "/logistics/sort",
        json={"items": [{"order_id": second["id"], "version": cancelled.json()["version"], "courier": "EMS"}]},
    )
    assert again.status_code == 409 and again.json()["code"] == "invalid_transition"


def test_seeded_orders_carry_the_recipients_phone_and_postal_code(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'crm.db'}")
    try:
        seed(db, 40, agents=2)
        with db.read.connect() as conn:
            rows = conn.execute(select(t.orders.c.number, t.orders.c.recipient_phone, t.orders.c.delivery_address))
            orders = [(r.number, r.recipient_phone, r.delivery_address) for r in rows]
    finally:
        db.dispose()
    assert len(orders) > 10
    for number, phone, address in orders:
        address = json.loads(address) if isinstance(address, str) else address
        assert phone and address["postal_code"], number


def test_the_queue_gives_an_order_without_a_recipient_phone_the_customers_first(bo) -> None:
    agent, logistics = bo.session("agent"), bo.session("logistics")
    customer = new_customer(agent, phones=[{"number": "13612345678"}, {"number": "0571-87651234"}])
    order = new_order(agent, customer["id"])
    assert order["recipient_phone"] is None
    own = new_order(agent, customer["id"], recipient_phone="13798765432")
    queue = logistics.get("/logistics/orders", params={"status": "ordered", "limit": 2000}).json()["items"]
    phones = {o["id"]: o["recipient_phone"] for o in queue}
    assert (phones[order["id"]], phones[own["id"]]) == ("13612345678", "13798765432")
    fish_oil = next(o for o in queue if o["id"] == demo_id("order:zhangwei-fishoil"))
    assert (fish_oil["recipient_phone"], fish_oil["delivery_address"]["postal_code"]) == ("13800138000", "100022")
