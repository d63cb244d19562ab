"""Rules of roles beyond the endpoint matrix (tests/backoffice/test_role_matrix.py): own records, coaching."""

from __future__ import annotations

from backoffice.seed import demo_id
from tests.backoffice.conftest import create, if_match
from tests.fixtures.backoffice import BackofficeProcess

ROLES = ("agent", "supervisor", "logistics", "admin")
STAFF = {"agent", "supervisor", "admin"}
MANAGERS = {"supervisor", "admin"}


def _check(results: list[str], what: str, role: str, allowed: bool, status: int) -> None:
    if allowed and status in (401, 403):
        results.append(f"{role} refused {what}: {status}")
    if not allowed and status != 403:
        results.append(f"{role} reached {what}: {status}")


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
