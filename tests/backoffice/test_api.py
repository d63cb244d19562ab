"""Every endpoint of the back office over real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

import requests

from backoffice.seed import demo_id
from tests.backoffice.conftest import create, if_match, key, new_customer, new_order
from tests.fixtures.backoffice import BackofficeProcess


def test_login_me_logout_and_bad_credentials(bo: BackofficeProcess) -> None:
    r = requests.post(bo.api + "/auth/login", json={"username": "agent", "password": "agent-demo"}, timeout=10)
    assert r.status_code == 200
    body = r.json()
    assert body["user"]["role"] == "agent" and "password" not in str(body["user"])
    auth = {"Authorization": f"Bearer {body['token']}"}
    assert requests.get(bo.api + "/auth/me", headers=auth, timeout=10).json()["username"] == "agent"
    assert requests.post(bo.api + "/auth/logout", headers=auth, timeout=10).status_code == 204
    assert requests.get(bo.api + "/auth/me", headers=auth, timeout=10).status_code == 401
    bad = requests.post(bo.api + "/auth/login", json={"username": "agent", "password": "wrong"}, timeout=10)
    assert bad.status_code == 401 and bad.json()["code"] == "bad_credentials"
    assert requests.get(bo.api + "/customers", timeout=10).status_code == 401


def test_customer_create_read_patch_list_and_etag(bo: BackofficeProcess) -> None:
    agent = bo.session("agent")
    client_id = str(uuid.uuid4())
    customer = new_customer(
        agent,
        id=client_id,
        name="欧阳娜娜",
        tags=["VIP"],
        vip_level=2,
        phones=[{"number": "+86 159-0000-1234"}, {"number": "021 5555 0001", "type": "home"}],
        preferences={"accepts_samples": True, "call_window": "evening"},
    )
    assert customer["id"] == client_id and customer["version"] == 1
    assert customer["name_initials"] == "oynn"
    assert [p["normalized"] for p in customer["phones"]] == ["+8615900001234", "+862155550001"]
    assert customer["created_at"].endswith("Z")
    r = agent.get(f"/customers/{client_id}")
    assert r.status_code == 200 and r.headers["ETag"] == '"1"' and r.json() == customer
    r = agent.patch(f"/customers/{client_id}", json={"notes": "回访", "vip_level": 3}, headers=if_match(customer))
    assert r.status_code == 200 and r.headers["ETag"] == '"2"'
    updated = r.json()
    assert (updated["notes"], updated["vip_level"], updated["version"]) == ("回访", 3, 2)
    assert updated["phones"] == customer["phones"]  # untouched fields stay
    found = agent.get("/customers", params={"phone": "15900001234"}).json()
    assert [c["id"] for c in found["items"]] == [client_id] and found["total"] == 1
    page = agent.get("/customers", params={"limit": 5, "offset": 0}).json()
    assert len(page["items"]) == 5 and page["total"] > 300 and page["limit"] == 5
    assert agent.get(f"/customers/{uuid.uuid4()}").status_code == 404


def test_order_lifecycle_through_every_action(bo: BackofficeProcess) -> None:
    agent, logistics = bo.session("agent"), bo.session("logistics")
    customer = new_customer(agent)
    order = new_order(
        agent,
        customer["id"],
        lines=[{"sku": "MC-1002", "quantity": 2}, {"sku": "SP-9901", "quantity": 1, "unit_price_cents": 0}],
        invoice_title="杭州某某公司",
        tax_id="91330100MA2XXXXX0Q",
        rush=True,
        requests="下午送货",
    )
    assert order["status"] == "ordered" and order["number"].startswith("SO")
    assert order["total_cents"] == 2 * 69900 and order["lines"][0]["name"] == "颈椎按摩仪"
    assert order["tax_id"] == "91330100MA2XXXXX0Q"
    r = agent.patch(
        f"/orders/{order['id']}", json={"lines": [{"sku": "MC-1002", "quantity": 1}]}, headers=if_match(order)
    )
    assert r.status_code == 200 and r.json()["total_cents"] == 69900
    order = r.json()
    for action, body in (
        ("sort", None),
        ("ship", {"courier": "顺丰速运", "tracking_number": "SF123456789"}),
        ("deliver", None),
        ("return", {"reason": "客户不满意"}),
    ):
        r = logistics.post(f"/orders/{order['id']}/{action}", json=body, headers={**if_match(order), **key()})
        assert r.status_code == 200, (action, r.text)
        order = r.json()
    assert order["status"] == "returned" and order["courier"] == "顺丰速运" and order["status_reason"] == "客户不满意"
    other = new_order(agent, customer["id"])
    r = agent.post(f"/orders/{other['id']}/cancel", headers=if_match(other))
    assert r.status_code == 200 and r.json()["status"] == "cancelled"
    listed = agent.get("/orders", params={"customer_id": customer["id"]}).json()
    assert {o["id"] for o in listed["items"]} == {order["id"], other["id"]}
    assert agent.get("/orders", params={"number": order["number"]}).json()["total"] == 1


def test_contacts_complaints_todos_callbacks_call_logs(bo: BackofficeProcess) -> None:
    agent = bo.session("agent")
    customer = new_customer(agent)
    call = create(
        agent,
        "call_logs",
        {
            "direction": "inbound",
            "caller": "186 0000 1111",
            "dnis": "400-810-8888",
            "media_source_id": demo_id("media:400-810-8888"),
            "ring_at": "2026-03-01T02:00:00Z",
            "answer_at": "2026-03-01T02:00:05Z",
            "end_at": "2026-03-01T02:03:05Z",
            "talk_seconds": 180,
            "disposition": "已下单",
            "customer_id": customer["id"],
        },
    )
    assert call["caller_normalized"] == "+8618600001111" and call["agent_id"] == demo_id("user:agent")
    contact = create(
        agent,
        "contacts",
        {
            "customer_id": customer["id"],
            "channel": "call",
            "summary": "咨询",
            "occurred_at": "2026-03-01T02:00:00Z",
            "call_log_id": call["id"],
        },
    )
    assert contact["agent_id"] == demo_id("user:agent")
    assert agent.get(f"/customers/{customer['id']}").json()["last_contact_at"] == "2026-03-01T02:00:00Z"
    r = agent.patch(f"/contacts/{contact['id']}", json={"disposition": "已解决"}, headers=if_match(contact))
    assert r.json()["disposition"] == "已解决"
    complaint = create(
        agent,
        "complaints",
        {
            "customer_id": customer["id"],
            "category": "quality",
            "severity": "high",
            "summary": "质量问题",
            "due_at": "2026-03-04T00:00:00Z",
        },
    )
    assert complaint["status"] == "open"
    for status in ("in_progress", "resolved", "closed"):
        r = agent.patch(f"/complaints/{complaint['id']}", json={"status": status}, headers=if_match(complaint))
        assert r.status_code == 200, r.text
        complaint = r.json()
    todo = create(agent, "todos", {"title": "回电", "customer_id": customer["id"], "priority": "urgent"})
    assert todo["assignee_id"] == demo_id("user:agent") and todo["status"] == "open"
    r = agent.patch(f"/todos/{todo['id']}", json={"status": "done"}, headers=if_match(todo))
    assert r.json()["status"] == "done"
    callback = create(
        agent,
        "callbacks",
        {"number": "186-0000-1111", "customer_id": customer["id"], "dnis": "400-810-8888", "reason": "询价"},
    )
    assert callback["number"] == "+8618600001111" and callback["status"] == "pending"
    r = agent.post(f"/callbacks/{callback['id']}/claim", headers=if_match(callback))
    assert r.status_code == 200 and r.json()["claimed_by"] == demo_id("user:agent")
    r = agent.post(f"/callbacks/{callback['id']}/release", headers=if_match(r.json()))
    assert r.status_code == 200 and r.json()["status"] == "pending"
    r = agent.patch(
        f"/call_logs/{call['id']}", json={"abnormal": True, "abnormal_reason": "one-way audio"}, headers=if_match(call)
    )
    assert r.json()["abnormal"] is True
    for entity, record in (
        ("contacts", contact),
        ("complaints", complaint),
        ("todos", todo),
        ("callbacks", callback),
        ("call_logs", call),
    ):
        got = agent.get(f"/{entity}", params={"customer_id": customer["id"]}).json()["items"]
        assert [x["id"] for x in got] == [record["id"]], entity


def test_products_media_sources_blocklist_users_audit(bo: BackofficeProcess) -> None:
    sup, agent, admin = bo.session("supervisor"), bo.session("agent"), bo.session("admin")
    sku = f"T-{uuid.uuid4().hex[:8].upper()}"
    product = create(sup, "products", {"sku": sku, "name": "测试商品", "price_cents": 1990, "stock": 3})
    r = sup.patch(f"/products/{product['id']}", json={"stock": 10}, headers=if_match(product))
    assert r.json()["stock"] == 10
    assert agent.get("/products", params={"sku": sku}).json()["items"][0]["id"] == product["id"]
    dnis = f"400-{uuid.uuid4().int % 900 + 100}-{uuid.uuid4().int % 9000 + 1000}"
    media = create(sup, "media_sources", {"dnis": dnis, "channel": "测试卫视", "advert": "测试广告"})
    assert agent.get("/media_sources", params={"dnis": dnis.replace("-", "")}).json()["items"][0]["id"] == media["id"]
    number = f"177{uuid.uuid4().int % 10**8:08d}"
    entry = create(agent, "blocklist", {"number": number, "reason": "骚扰"})
    assert agent.get("/blocklist/check", params={"number": "+86" + number}).json()["blocked"] is True
    assert create(agent, "blocklist", {"number": number}, status=409)["code"] == "already_blocked"
    r = sup.delete(f"/blocklist/{entry['id']}", headers=if_match(entry))
    assert r.status_code == 204
    assert agent.get("/blocklist/check", params={"number": number}).json() == {"blocked": False, "entry": None}
    assert agent.get(f"/blocklist/{entry['id']}").status_code == 404
    user = create(
        admin,
        "users",
        {"username": f"u{uuid.uuid4().hex[:8]}", "display_name": "新坐席", "role": "agent", "password": "new-agent-pw"},
    )
    assert "password" not in user and "password_hash" not in user
    r = requests.post(
        bo.api + "/auth/login", json={"username": user["username"], "password": "new-agent-pw"}, timeout=10
    )
    assert r.status_code == 200
    r = admin.patch(f"/users/{user['id']}", json={"active": False}, headers=if_match(user))
    assert r.json()["active"] is False
    events = sup.get("/audit_events", params={"entity_id": entry["id"]}).json()["items"]
    assert [e["action"] for e in events] == ["delete", "create"]
    assert events[0]["actor_username"] == "supervisor"
    pw_events = sup.get("/audit_events", params={"entity_id": user["id"]}).json()["items"]
    assert all("new-agent-pw" not in str(e["changes"]) for e in pw_events)


def test_openapi_is_generated_from_the_contract(bo: BackofficeProcess) -> None:
    spec = requests.get(bo.url + "/openapi.json", timeout=10).json()
    schemas = spec["components"]["schemas"]
    for name in ("CustomerCreate", "CustomerRead", "OrderCreate", "OrderRead", "CallLogCreate", "Page_CustomerRead_"):
        assert name in schemas, name
    assert "/api/v1/customers/search" in spec["paths"] and "/api/v1/orders/{record_id}/ship" in spec["paths"]
    assert (
        "/api/v1/blocklist/{record_id}" in spec["paths"] and "delete" in spec["paths"]["/api/v1/blocklist/{record_id}"]
    )
