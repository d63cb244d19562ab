"""Write rules: idempotent replay, versions (412/428), state conflicts (409), field errors (422)."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor

from backoffice.seed import demo_id
from tests.backoffice.conftest import create, if_match, key, new_customer, new_order
from tests.fixtures.backoffice import BackofficeProcess


def test_a_repeated_post_with_the_same_key_creates_one_record(bo: BackofficeProcess) -> None:
    agent = bo.session("agent")
    customer = new_customer(agent)
    body = {
        "customer_id": customer["id"],
        "lines": [{"sku": "HK-2001", "quantity": 1}],
        "delivery_address": {"city": "杭州市"},
    }
    headers = key()
    first = agent.post("/orders", json=body, headers=headers)
    again = agent.post("/orders", json=body, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.headers["Idempotent-Replay"] == "true" and "Idempotent-Replay" not in first.headers
    assert again.json() == first.json() and again.headers["ETag"] == first.headers["ETag"]
    orders = agent.get("/orders", params={"customer_id": customer["id"]}).json()
    assert orders["total"] == 1
    changed = agent.post("/orders", json={**body, "rush": True}, headers=headers)
    assert changed.status_code == 422
    assert changed.json()["detail"][0]["loc"] == ["header", "Idempotency-Key"]
    other_user = bo.session("agent001").post("/orders", json=body, headers=headers)
    assert other_user.status_code == 201 and other_user.json()["id"] != first.json()["id"]  # keys are per user


def test_concurrent_retries_with_one_key_store_once(bo: BackofficeProcess) -> None:
    agent = bo.session("agent")
    customer = new_customer(agent)
    headers = key()
    body = {"customer_id": customer["id"], "channel": "note", "summary": "并发重试"}

    def post(_: int) -> tuple[int, str]:
        r = bo.session("agent").post("/contacts", json=body, headers=headers)
        return r.status_code, r.json()["id"]

    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(post, range(6)))
    assert {status for status, _ in results} == {201}
    assert len({record_id for _, record_id in results}) == 1
    assert agent.get("/contacts", params={"customer_id": customer["id"]}).json()["total"] == 1


def test_patch_and_delete_replay_and_versions(bo: BackofficeProcess) -> None:
    agent, sup = bo.session("agent"), bo.session("supervisor")
    customer = new_customer(agent)
    path = f"/customers/{customer['id']}"
    assert agent.patch(path, json={"notes": "a"}).status_code == 428
    headers = {**if_match(customer), **key()}
    first = agent.patch(path, json={"notes": "a"}, headers=headers)
    again = agent.patch(path, json={"notes": "a"}, headers=headers)
    assert first.status_code == again.status_code == 200 and again.json()["version"] == 2
    stale = agent.patch(path, json={"notes": "b"}, headers=if_match(customer))
    assert stale.status_code == 412
    assert stale.json()["current"]["notes"] == "a" and stale.json()["current"]["version"] == 2
    assert stale.headers["ETag"] == '"2"'
    assert agent.patch(path, json={"notes": "b"}, headers={"If-Match": "abc"}).status_code == 422
    entry = create(agent, "blocklist", {"number": f"176{uuid.uuid4().int % 10**8:08d}"})
    headers = {**if_match(entry), **key()}
    assert sup.delete(f"/blocklist/{entry['id']}").status_code == 428
    assert sup.delete(f"/blocklist/{entry['id']}", headers=headers).status_code == 204
    replay = sup.delete(f"/blocklist/{entry['id']}", headers=headers)
    assert replay.status_code == 204 and replay.headers["Idempotent-Replay"] == "true"


def test_shipped_orders_and_invalid_transitions_are_conflicts(bo: BackofficeProcess) -> None:
    agent, logistics = bo.session("agent"), bo.session("logistics")
    order = new_order(agent, new_customer(agent)["id"])
    bad = logistics.post(
        f"/orders/{order['id']}/ship", json={"courier": "EMS", "tracking_number": "EMS0001"}, headers=if_match(order)
    )
    assert bad.status_code == 409 and bad.json()["code"] == "invalid_transition"
    order = logistics.post(f"/orders/{order['id']}/sort", headers=if_match(order)).json()
    assert agent.patch(f"/orders/{order['id']}", json={"rush": True}, headers=if_match(order)).status_code == 200
    order = agent.get(f"/orders/{order['id']}").json()
    order = logistics.post(
        f"/orders/{order['id']}/ship", json={"courier": "EMS", "tracking_number": "EMS0001"}, headers=if_match(order)
    ).json()
    assert order["status"] == "shipped" and order["shipped_at"]
    locked = agent.patch(f"/orders/{order['id']}", json={"requests": "改地址"}, headers=if_match(order))
    assert locked.status_code == 409 and locked.json()["code"] == "order_locked"
    cancel = agent.post(f"/orders/{order['id']}/cancel", headers=if_match(order))
    assert cancel.status_code == 409 and cancel.json()["code"] == "invalid_transition"
    assert agent.get(f"/orders/{order['id']}").json()["requests"] == ""
    complaint = create(
        agent, "complaints", {"customer_id": order["customer_id"], "category": "delivery", "summary": "慢"}
    )
    r = agent.patch(f"/complaints/{complaint['id']}", json={"status": "closed"}, headers=if_match(complaint))
    assert r.status_code == 409 and r.json()["code"] == "invalid_transition"


def test_a_claimed_callback_cannot_be_claimed_by_another_agent(bo: BackofficeProcess) -> None:
    agent, other = bo.session("agent"), bo.session("agent002")
    callback = create(agent, "callbacks", {"number": "13800138000", "reason": "抢单"})
    claimed = agent.post(f"/callbacks/{callback['id']}/claim", headers=if_match(callback))
    assert claimed.status_code == 200
    r = other.post(f"/callbacks/{callback['id']}/claim", headers=if_match(claimed.json()))
    assert r.status_code == 409 and r.json()["code"] == "already_claimed"


def test_bad_input_gets_field_messages_and_writes_nothing(bo: BackofficeProcess) -> None:
    agent = bo.session("agent")
    name = f"半写{uuid.uuid4().hex[:6]}"
    r = agent.post(
        "/customers",
        json={
            "name": name,
            "phones": [{"number": "13800138000"}, {"number": "not a phone"}],
            "vip_level": 9,
            "preferences": {"call_window": "midnight"},
            "colour": "red",
        },
    )
    assert r.status_code == 422
    errors = {tuple(e["loc"]): e for e in r.json()["detail"]}
    assert ("body", "phones", 1, "number") in errors and "Not a phone number" in errors[
        ("body", "phones", 1, "number")
    ]["msg"]
    assert ("body", "vip_level") in errors and "less than or equal to 5" in errors[("body", "vip_level")]["msg"]
    assert ("body", "preferences", "call_window") in errors and ("body", "colour") in errors
    assert all("input" not in e for e in r.json()["detail"])
    customer = new_customer(agent)
    r = agent.post(
        "/orders",
        json={
            "customer_id": customer["id"],
            "delivery_address": {},
            "lines": [{"sku": "MC-1001", "quantity": 1}, {"sku": "NO-SUCH", "quantity": 1}],
        },
    )
    assert r.status_code == 422
    assert r.json()["detail"] == [
        {"loc": ["body", "lines", 1, "sku"], "msg": "no active product with SKU NO-SUCH", "type": "not_found"}
    ]
    r = agent.post(
        "/orders",
        json={"customer_id": str(uuid.uuid4()), "delivery_address": {}, "lines": [{"sku": "MC-1001", "quantity": 1}]},
    )
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "customer_id"]
    r = agent.post(
        "/call_logs",
        json={"direction": "inbound", "ring_at": "2026-01-01T10:00:00", "answer_at": "2026-01-01T09:00:00Z"},
    )
    assert {tuple(e["loc"]) for e in r.json()["detail"]} == {("body", "ring_at")}
    r = agent.post(
        "/call_logs",
        json={"direction": "inbound", "ring_at": "2026-01-01T10:00:00Z", "answer_at": "2026-01-01T09:00:00Z"},
    )
    assert r.json()["detail"][0]["loc"] == ["body", "answer_at"]
    assert agent.get("/orders", params={"customer_id": customer["id"]}).json()["total"] == 0
    assert agent.get("/customers/search", params={"name": name}).json()["total"] == 0
    r = agent.post("/customers", json={"id": customer["id"], "name": "重复"})
    assert r.status_code == 409 and r.json()["code"] == "duplicate_id"
    r = agent.patch(f"/customers/{demo_id('customer:zhangwei')}", json={"name": ""}, headers={"If-Match": '"1"'})
    assert r.status_code == 422


def test_null_for_a_required_field_is_a_field_error(bo: BackofficeProcess) -> None:
    agent = bo.session("agent")
    customer = new_customer(agent)
    r = agent.patch(f"/customers/{customer['id']}", json={"name": None, "notes": None}, headers=if_match(customer))
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "name"]
    assert agent.get(f"/customers/{customer['id']}").json()["version"] == 1
