"""Logistics endpoints on SQLite and PostgreSQL: editable courier rules (roles, validation), the sorting
queue with dates, bulk sorting all-or-none with If-Match versions."""

from __future__ import annotations

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
