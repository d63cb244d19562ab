"""The role × endpoint matrix: each role reaches exactly the endpoints docs/api-conventions.md gives it."""

from __future__ import annotations

import uuid
from typing import Any

from backoffice.seed import demo_id
from tests.backoffice.conftest import create, if_match, new_customer, new_order
from tests.fixtures.backoffice import BackofficeProcess

ROLES = ("agent", "supervisor", "logistics", "admin")
STAFF = {"agent", "supervisor", "admin"}
MANAGERS = {"supervisor", "admin"}
ALL = set(ROLES)
READ = {
    "users": ALL,
    "customers": ALL,
    "contacts": STAFF,
    "complaints": ALL,
    "products": ALL,
    "orders": ALL,
    "todos": ALL,
    "callbacks": STAFF,
    "call_logs": STAFF,
    "blocklist": ALL,
    "media_sources": ALL,
    "audit_events": MANAGERS,
}
WRITE = {
    "users": {"admin"},
    "customers": STAFF,
    "contacts": STAFF,
    "complaints": STAFF,
    "products": MANAGERS,
    "orders": STAFF,
    "todos": ALL,
    "callbacks": STAFF,
    "call_logs": STAFF,
    "blocklist": STAFF,
    "media_sources": MANAGERS,
}
PATCH = {**WRITE, "blocklist": MANAGERS}


def _create_bodies() -> dict[str, dict[str, Any]]:
    """Valid bodies that an allowed role gets past the role check with (then 2xx, 409 or 422)."""
    nobody = str(uuid.uuid4())
    return {
        "users": {"username": "agent", "display_name": "x", "password": "password-123"},
        "customers": {"name": "矩阵测试"},
        "contacts": {"customer_id": nobody, "channel": "note"},
        "complaints": {"customer_id": nobody, "category": "other", "summary": "x"},
        "products": {"sku": "MC-1001", "name": "x", "price_cents": 1},
        "orders": {"customer_id": nobody, "lines": [{"sku": "MC-1001", "quantity": 1}], "delivery_address": {}},
        "todos": {"title": "x", "customer_id": nobody},
        "callbacks": {"number": "13800138000", "customer_id": nobody},
        "call_logs": {"direction": "inbound", "ring_at": "2026-01-01T00:00:00Z", "customer_id": nobody},
        "blocklist": {"number": "17000000000"},
        "media_sources": {"dnis": "400-810-8888", "channel": "x"},
    }


def _check(results: list[str], what: str, role: str, allowed: bool, status: int) -> None:
    if allowed and status in (401, 403):
        results.append(f"{role} refused {what}: {status}")
    if not allowed and status != 403:
        results.append(f"{role} reached {what}: {status}")


def test_role_endpoint_matrix(bo: BackofficeProcess) -> None:
    sessions = {role: bo.session(role) for role in ROLES}
    problems: list[str] = []
    bodies = _create_bodies()
    any_id = str(uuid.uuid4())
    for role, s in sessions.items():
        for entity, roles in READ.items():
            _check(
                problems, f"GET /{entity}", role, role in roles, s.get(f"/{entity}", params={"limit": 1}).status_code
            )
            _check(
                problems,
                f"GET /{entity}/changes",
                role,
                role in roles,
                s.get(f"/{entity}/changes", params={"limit": 1}).status_code,
            )
        for entity, roles in WRITE.items():
            _check(
                problems, f"POST /{entity}", role, role in roles, s.post(f"/{entity}", json=bodies[entity]).status_code
            )
        for entity, roles in PATCH.items():
            status = s.patch(f"/{entity}/{any_id}", json={}).status_code  # allowed → 428 (no If-Match)
            _check(problems, f"PATCH /{entity}", role, role in roles, status)
        _check(problems, "DELETE /blocklist", role, role in MANAGERS, s.delete(f"/blocklist/{any_id}").status_code)
    agent = sessions["agent"]
    order = new_order(agent, new_customer(agent)["id"])
    callback = create(agent, "callbacks", {"number": "13800138000", "reason": "矩阵"})
    stale = {"If-Match": '"999"'}  # allowed roles get past the role check and stop at 412
    actions = {
        "cancel": STAFF,
        "sort": {"logistics", "supervisor", "admin"},
        "ship": {"logistics", "supervisor", "admin"},
        "deliver": {"logistics", "supervisor", "admin"},
        "return": {"logistics", "supervisor", "admin"},
    }
    for role, s in sessions.items():
        for action, roles in actions.items():
            body = {"courier": "顺丰", "tracking_number": "SF0001"} if action == "ship" else None
            status = s.post(f"/orders/{order['id']}/{action}", json=body, headers=stale).status_code
            _check(problems, f"order {action}", role, role in roles, status)
        for action in ("claim", "release"):
            status = s.post(f"/callbacks/{callback['id']}/{action}", headers=stale).status_code
            _check(problems, f"callback {action}", role, role in STAFF, status)
        _check(problems, "search", role, True, s.get("/customers/search", params={"name": "张"}).status_code)
    assert problems == []


def test_agents_see_only_their_own_todos_and_call_logs(bo: BackofficeProcess) -> None:
    agent, other, sup = bo.session("agent"), bo.session("agent001"), bo.session("supervisor")
    mine = create(agent, "todos", {"title": "我的待办"})
    theirs = create(other, "todos", {"title": "别人的待办"})
    assert agent.get(f"/todos/{theirs['id']}").status_code == 404
    assert all(
        t["assignee_id"] == demo_id("user:agent") for t in agent.get("/todos", params={"limit": 500}).json()["items"]
    )
    assert {mine["id"], theirs["id"]} <= {t["id"] for t in sup.get("/todos", params={"limit": 500}).json()["items"]}
    feed_ids = set()
    cursor = None
    while True:
        page = agent.get("/todos/changes", params={"cursor": cursor} if cursor else {}).json()
        feed_ids |= {t["id"] for t in page["items"]}
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    assert mine["id"] in feed_ids and theirs["id"] not in feed_ids
    assigned = create(sup, "todos", {"title": "班长派的", "assignee_id": demo_id("user:agent")})
    assert agent.get(f"/todos/{assigned['id']}").status_code == 200
    call = create(other, "call_logs", {"direction": "outbound", "ring_at": "2026-01-01T00:00:00Z"})
    assert agent.get(f"/call_logs/{call['id']}").status_code == 404
    assert sup.get(f"/call_logs/{call['id']}").status_code == 200
    assert (
        agent.post(
            "/call_logs",
            json={"direction": "outbound", "ring_at": "2026-01-01T00:00:00Z", "agent_id": demo_id("user:agent001")},
        ).status_code
        == 403
    )
    r = agent.patch(f"/call_logs/{call['id']}", json={"notes": "x"}, headers=if_match(call))
    assert r.status_code == 404


def test_coaching_role_matrix(bo: BackofficeProcess) -> None:
    """Coaching (tests/backoffice/test_coaching.py has the team rules): supervisors and admins write,
    agents only reply and read, logistics has no coaching."""
    sessions = {role: bo.session(role) for role in ROLES}
    agent_id = demo_id("user:agent")
    problems: list[str] = []
    for role, s in sessions.items():
        _check(problems, "GET /coaching/messages", role, role in STAFF, s.get("/coaching/messages").status_code)
        status = s.post("/coaching/messages", json={"to_user": agent_id, "body": "矩阵"}).status_code
        _check(problems, "POST /coaching/messages", role, role in MANAGERS, status)
    sent = sessions["supervisor"].post("/coaching/messages", json={"to_user": agent_id, "body": "矩阵"}).json()
    for role, s in sessions.items():
        status = s.post(f"/coaching/messages/{sent['id']}/read").status_code
        _check(problems, "coaching read receipt", role, role == "agent", status)
        status = s.post("/coaching/messages", json={"reply_to": sent["id"], "body": "好"}).status_code
        _check(problems, "coaching reply", role, role in STAFF, status)
    assert problems == []
