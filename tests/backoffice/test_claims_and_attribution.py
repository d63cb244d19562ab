"""Call-back claims cannot be bypassed by PATCH (issue 18, item 5); agents cannot write in another
agent's name nor learn of another agent's private records (item 7)."""

from __future__ import annotations

import uuid

from backoffice.seed import demo_id
from tests.backoffice.conftest import create, if_match, key, new_customer, new_order
from tests.fixtures.backoffice import BackofficeProcess

CALL = {"direction": "inbound", "caller": "13800138000", "ring_at": "2026-01-01T00:00:00Z"}


def test_patch_cannot_change_a_callbacks_status_attempts_or_claim(bo: BackofficeProcess) -> None:
    holder, other, sup = bo.session("agent"), bo.session("agent001"), bo.session("supervisor")
    callback = create(holder, "callbacks", {"number": "13800138000", "reason": "抢单"})
    claimed = holder.post(f"/callbacks/{callback['id']}/claim", headers=if_match(callback)).json()
    assert claimed["claimed_by"] == demo_id("user:agent")
    for session in (other, sup, holder):
        for field, value in (("status", "pending"), ("attempts", 0), ("claimed_by", demo_id("user:agent001"))):
            r = session.patch(f"/callbacks/{callback['id']}", json={field: value}, headers=if_match(claimed))
            assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", field], r.text
    now = other.get(f"/callbacks/{callback['id']}").json()
    assert (now["status"], now["claimed_by"], now["attempts"], now["version"]) == (
        "claimed",
        demo_id("user:agent"),
        0,
        claimed["version"],
    )
    r = other.patch(f"/callbacks/{callback['id']}", json={"notes": "下午再打"}, headers=if_match(claimed))
    assert r.status_code == 200 and r.json()["status"] == "claimed"  # what PATCH is for still works
    refused = other.post(f"/callbacks/{callback['id']}/claim", headers=if_match(r.json()))
    assert refused.status_code == 409 and refused.json()["code"] == "already_claimed"


def test_agents_record_contacts_in_their_own_name_only(bo: BackofficeProcess) -> None:
    agent, sup = bo.session("agent"), bo.session("supervisor")
    customer = new_customer(agent)
    body = {"customer_id": customer["id"], "channel": "note", "summary": "代记"}
    r = agent.post("/contacts", json={**body, "agent_id": demo_id("user:agent001")}, headers=key())
    assert r.status_code == 403 and r.json()["code"] == "forbidden"
    assert agent.get("/contacts", params={"customer_id": customer["id"]}).json()["items"] == []
    mine = create(agent, "contacts", {**body, "agent_id": demo_id("user:agent")})
    assert mine["agent_id"] == demo_id("user:agent")
    assert create(agent, "contacts", body)["agent_id"] == demo_id("user:agent")
    assert create(sup, "contacts", {**body, "agent_id": demo_id("user:agent001")})["agent_id"] == demo_id(
        "user:agent001"
    )


def test_another_agents_private_call_log_looks_like_no_call_log(bo: BackofficeProcess) -> None:
    owner, other, sup = bo.session("agent"), bo.session("agent001"), bo.session("supervisor")
    private = create(owner, "call_logs", CALL)
    customer = new_customer(other)
    nowhere = str(uuid.uuid4())
    links = [
        ("todos", {"title": "回电"}),
        ("contacts", {"customer_id": customer["id"], "channel": "call"}),
    ]
    for entity, body in links:
        answers = []
        for ref in (private["id"], nowhere):
            r = other.post(f"/{entity}", json={**body, "call_log_id": ref}, headers=key())
            assert r.status_code == 422, (entity, r.text)
            answers.append(r.json()["detail"][0] | {"msg": r.json()["detail"][0]["msg"].replace(ref, "ID")})
        assert answers[0] == answers[1], entity  # the same answer as for an id that exists nowhere
        assert create(sup, entity, {**body, "call_log_id": private["id"]})["call_log_id"] == private["id"]
        assert create(owner, entity, {**body, "call_log_id": private["id"]})["call_log_id"] == private["id"]
    order = other.post(
        "/orders",
        json={**_order_body(customer["id"]), "call_log_id": private["id"]},
        headers=key(),
    )
    assert order.status_code == 422 and order.json()["detail"][0]["loc"] == ["body", "call_log_id"]
    own = create(other, "call_logs", CALL)
    duplicates = []
    for taken in (private["id"], own["id"]):  # the foreign id answers exactly as one's own
        r = other.post("/call_logs", json={**CALL, "id": taken}, headers=key())
        duplicates.append((r.status_code, r.json() | {"detail": r.json()["detail"].replace(taken, "ID")}))
    assert duplicates[0] == duplicates[1] and duplicates[0][0] == 409
    assert other.get(f"/call_logs/{private['id']}").status_code == 404


def _order_body(customer_id: str) -> dict[str, object]:
    return {
        "customer_id": customer_id,
        "lines": [{"sku": "HK-2003", "quantity": 1}],
        "delivery_address": {"province": "浙江省", "city": "杭州市", "street": "文三路1号"},
    }


def test_an_order_may_link_the_agents_own_call_log(bo: BackofficeProcess) -> None:
    agent = bo.session("agent")
    call = create(agent, "call_logs", CALL)
    order = new_order(agent, new_customer(agent)["id"], call_log_id=call["id"])
    assert order["call_log_id"] == call["id"]
