"""Prices off the catalogue need a supervisor's approval on an agent's order (backoffice.prices)."""

from __future__ import annotations

from typing import Any

from tests.backoffice.conftest import create, key, new_customer
from tests.fixtures.backoffice import ApiSession, BackofficeProcess

LIST = 45900  # HK-2003 in the demo catalogue


def order(session: ApiSession, customer_id: str, unit: int | None, **fields: Any) -> Any:
    line: dict[str, Any] = {"sku": "HK-2003", "quantity": 2}
    if unit is not None:
        line["unit_price_cents"] = unit
    body = {
        "customer_id": customer_id,
        "lines": [line, {"sku": "SP-9901", "quantity": 1}],
        "delivery_address": {"province": "浙江省", "city": "杭州市", "street": "文三路1号"},
        **fields,
    }
    return session.post("/orders", json=body, headers=key())


def test_a_deep_discount_needs_an_approval_that_is_kept_on_the_order(bo: BackofficeProcess) -> None:
    agent, supervisor = bo.session("agent"), bo.session("supervisor")
    customer = new_customer(agent)
    assert order(agent, customer["id"], None).status_code == 201  # the list price
    assert order(agent, customer["id"], LIST * 90 // 100).status_code == 201  # 10 % off: the agent's own call
    r = order(agent, customer["id"], LIST * 80 // 100)
    assert r.status_code == 403 and r.json()["code"] == "price_approval_required", r.text
    assert "HK-2003" in r.json()["detail"]
    r = order(agent, customer["id"], LIST + 100)  # above the list: also a supervisor's call
    assert r.status_code == 403 and r.json()["code"] == "price_approval_required"
    assert order(supervisor, customer["id"], LIST * 50 // 100).status_code == 201  # supervisors set prices

    asked = create(agent, "price-approvals", {"lines": [{"sku": "HK-2003", "unit_price_cents": LIST * 80 // 100}]})
    assert asked["status"] == "pending" and asked["lines"][0]["list_price_cents"] == LIST
    r = order(agent, customer["id"], LIST * 80 // 100, price_approval_id=asked["id"])
    assert r.status_code == 403 and r.json()["code"] == "price_approval_invalid"  # not approved yet
    assert agent.post(f"/price-approvals/{asked['id']}/approve").status_code == 403  # not one's own
    pending = supervisor.get("/price-approvals", params={"status": "pending"}).json()
    assert asked["id"] in [a["id"] for a in pending["items"]] and pending["max_discount_pct"] == 10
    r = supervisor.post(f"/price-approvals/{asked['id']}/approve")
    assert r.status_code == 200 and r.json()["status"] == "approved" and r.json()["decided_by_name"]
    assert supervisor.post(f"/price-approvals/{asked['id']}/decline").json()["code"] == "already_decided"

    r = order(agent, customer["id"], LIST * 70 // 100, price_approval_id=asked["id"])
    assert r.status_code == 403 and r.json()["code"] == "price_approval_invalid"  # not the price approved
    r = order(agent, customer["id"], LIST * 80 // 100, price_approval_id=asked["id"])
    assert r.status_code == 201, r.text
    placed = r.json()
    approval = placed["price_approval"]
    assert approval["id"] == asked["id"] and approval["approved_by"] == r.json()["price_approval"]["approved_by"]
    assert approval["lines"][0]["unit_price_cents"] == LIST * 80 // 100 and approval["approved_at"].endswith("Z")
    assert placed["total_cents"] == 2 * (LIST * 80 // 100)
    history = supervisor.get("/audit_events", params={"entity_id": placed["id"]}).json()["items"]
    assert "price_approved" in [event["action"] for event in history]
    assert agent.get(f"/price-approvals/{asked['id']}").json()["order_id"] == placed["id"]
    r = order(agent, customer["id"], LIST * 80 // 100, price_approval_id=asked["id"])
    assert r.status_code == 403 and r.json()["code"] == "price_approval_invalid"  # one order per approval
    # an edit at the approved prices keeps the approval; a deeper cut needs a new one
    r = agent.patch(
        f"/orders/{placed['id']}",
        json={"lines": [{"sku": "HK-2003", "quantity": 3, "unit_price_cents": LIST * 80 // 100}]},
        headers={"If-Match": f'"{placed["version"]}"'},
    )
    assert r.status_code == 200 and r.json()["price_approval"]["id"] == asked["id"], r.text
    r = agent.patch(
        f"/orders/{placed['id']}",
        json={"lines": [{"sku": "HK-2003", "quantity": 3, "unit_price_cents": LIST // 2}]},
        headers={"If-Match": f'"{r.json()["version"]}"'},
    )
    assert r.status_code == 403 and r.json()["code"] == "price_approval_invalid"


def test_an_approval_request_goes_to_the_supervisor_and_a_decline_back_to_the_agent(bo: BackofficeProcess) -> None:
    agent, other, supervisor = bo.session("agent"), bo.session("agent002"), bo.session("supervisor")
    asked = create(agent, "price-approvals", {"lines": [{"sku": "HK-2003", "unit_price_cents": 1}], "note": "老客户"})
    assert other.get(f"/price-approvals/{asked['id']}").status_code == 404  # another agent's
    assert asked["id"] not in [a["id"] for a in other.get("/price-approvals").json()["items"]]
    assert supervisor.post(f"/price-approvals/{asked['id']}/decline").json()["status"] == "declined"
    assert agent.get(f"/price-approvals/{asked['id']}").json()["decided_by"] is not None
    r = agent.post("/price-approvals", json={"lines": [{"sku": "NOPE-1", "unit_price_cents": 1}]}, headers=key())
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "lines", 0, "sku"]
