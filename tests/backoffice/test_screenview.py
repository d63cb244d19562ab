"""Screen view and the operation trail over HTTP: a supervisor's watch lets the agent's frames through
(and only then), ends with the watch, and is refused to agents and to supervisors of other teams; the
trail keeps each event once, in the order it happened, for the supervisors who may watch the agent."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

from tests.backoffice.test_presence import new_user
from tests.fixtures.backoffice import ApiSession, BackofficeProcess

JPEG = b"\xff\xd8\xff\xe0" + b"frame-one" * 50
JPEG_2 = b"\xff\xd8\xff\xe0" + b"frame-two" * 50


def send(desk: ApiSession, agent_id: str, data: bytes, kind: str = "image/jpeg") -> Any:
    return desk.put(f"/screenview/{agent_id}/frame", data=data, headers={"Content-Type": kind})


def team() -> str:
    return f"team-{uuid.uuid4().hex[:6]}"


def test_frames_pass_only_while_a_supervisor_watches(bo: BackofficeProcess) -> None:
    name = team()
    agent, desk = new_user(bo, "agent", name)
    boss, supervisor = new_user(bo, "supervisor", name)
    path = f"/screenview/{agent['id']}"

    # nobody watches: the desktop is told so and the frame is not kept
    assert send(desk, agent["id"], JPEG).json() == {
        "agent_id": agent["id"],
        "watching": False,
        "lease_s": 0.0,
        "frame_no": 0,
    }
    assert supervisor.get(f"{path}/frame").json()["code"] == "not_watching"

    lease = supervisor.post(f"{path}/watch").json()
    assert lease["watching"] and lease["lease_s"] == 15 and lease["frame_no"] == 0
    assert supervisor.get(f"{path}/frame").status_code == 204  # the frame sent before the watch is gone
    sent = send(desk, agent["id"], JPEG).json()
    assert sent["watching"] and 14 < sent["lease_s"] <= 15 and sent["frame_no"] > 0

    r = supervisor.get(f"{path}/frame", params={"after": 0})
    assert r.status_code == 200 and r.content == JPEG and r.headers["content-type"] == "image/jpeg"
    first = int(r.headers["X-Frame-No"])
    assert first == sent["frame_no"] and datetime.fromisoformat(r.headers["X-Frame-At"]).tzinfo is not None
    assert supervisor.get(f"{path}/frame", params={"after": first}).status_code == 204
    send(desk, agent["id"], JPEG_2, "image/webp")
    r = supervisor.get(f"{path}/frame", params={"after": first})
    assert r.content == JPEG_2 and r.headers["content-type"] == "image/webp" and int(r.headers["X-Frame-No"]) > first

    # renewing keeps one watch (one audit event); ending it stops the desktop and drops the frame
    assert supervisor.post(f"{path}/watch").json()["frame_no"] == int(r.headers["X-Frame-No"])
    audit = bo.session("admin").get("/audit_events", params={"entity_id": agent["id"], "limit": 50}).json()["items"]
    assert [(e["action"], e["actor_id"]) for e in audit if e["action"] == "screen_view"] == [
        ("screen_view", boss["id"])
    ]
    assert supervisor.delete(f"{path}/watch").json()["watching"] is False
    assert send(desk, agent["id"], JPEG).json()["watching"] is False
    assert supervisor.get(f"{path}/frame").status_code == 409
    supervisor.post(f"{path}/watch")
    assert supervisor.get(f"{path}/frame").status_code == 204
    supervisor.delete(f"{path}/watch")


def test_only_supervisors_of_the_agents_team_and_admins_may_watch(bo: BackofficeProcess) -> None:
    name = team()
    agent, desk = new_user(bo, "agent", name)
    colleague, colleague_desk = new_user(bo, "agent", name)
    _, other_boss = new_user(bo, "supervisor", team())
    _, teamless_boss = new_user(bo, "supervisor", "")
    path = f"/screenview/{agent['id']}"

    assert colleague_desk.post(f"{path}/watch").status_code == 403  # an agent cannot watch
    assert colleague_desk.get(f"{path}/frame").status_code == 403
    assert bo.session("logistics").post(f"{path}/watch").status_code == 403
    assert other_boss.post(f"{path}/watch").status_code == 404  # another team's agent
    assert other_boss.get(f"{path}/frame").status_code == 404
    assert other_boss.get(f"/trail/{agent['id']}").status_code == 404
    assert teamless_boss.post(f"{path}/watch").status_code == 200
    assert teamless_boss.delete(f"{path}/watch").status_code == 200
    admin = bo.session("admin")
    assert admin.post(f"{path}/watch").status_code == 200
    assert send(colleague_desk, agent["id"], JPEG).status_code == 403  # only one's own screen
    assert send(desk, agent["id"], b"GIF89a", "image/gif").status_code == 415
    assert send(desk, agent["id"], b"\xff" * (400 * 1024 + 1)).status_code == 413
    assert admin.delete(f"{path}/watch").status_code == 200
    assert admin.post(f"/screenview/{uuid.uuid4()}/watch").status_code == 404
    assert bo.session(None).post(f"{path}/watch").status_code == 401


def trail_event(kind: str, label: str, seconds_ago: float, **extra: Any) -> dict[str, Any]:
    at = datetime.now(timezone.utc) - timedelta(seconds=seconds_ago)
    return {"id": str(uuid.uuid4()), "at": at.isoformat(), "kind": kind, "label": label, **extra}


def test_the_trail_keeps_each_event_once_in_the_order_it_happened(bo: BackofficeProcess) -> None:
    name = team()
    agent, desk = new_user(bo, "agent", name)
    _, supervisor = new_user(bo, "supervisor", name)
    call = {"call_ref": "c-1"}
    answered = trail_event("call_answered", "张伟 13800138000", 30, **call)
    opened = trail_event("customer_opened", "张伟", 25, entity="customers", ref_id=str(uuid.uuid4()), **call)
    order = trail_event("created", "L20261210-ABC123", 10, entity="orders", ref_id=str(uuid.uuid4()), **call)
    r = desk.post("/trail/events", json={"events": [answered, order]})
    assert r.status_code == 200 and r.json() == {"stored": 2}
    # a late event (sent after a newer one) and a repeated batch: each stored once, in time order
    assert desk.post("/trail/events", json={"events": [opened, answered]}).json() == {"stored": 1}

    trail = supervisor.get(f"/trail/{agent['id']}").json()
    assert [i["kind"] for i in trail["items"]] == ["call_answered", "customer_opened", "created"]
    assert trail["items"][2]["label"] == "L20261210-ABC123" and trail["items"][2]["entity"] == "orders"
    assert {i["call_ref"] for i in trail["items"]} == {"c-1"}
    last = trail["last_id"]
    state = trail_event("state_changed", "not_ready", 0, detail="break")
    desk.post("/trail/events", json={"events": [state]})
    newer = supervisor.get(f"/trail/{agent['id']}", params={"after": last}).json()
    assert [(i["kind"], i["detail"]) for i in newer["items"]] == [("state_changed", "break")]
    since = (datetime.now(timezone.utc) - timedelta(seconds=20)).isoformat()
    assert len(desk.get(f"/trail/{agent['id']}", params={"from": since}).json()["items"]) == 2  # their own

    other, other_desk = new_user(bo, "agent", name)
    assert other_desk.get(f"/trail/{agent['id']}").status_code == 403
    bad = trail_event("Not A Kind", "x", 0)
    r = desk.post("/trail/events", json={"events": [bad]})
    assert r.status_code == 422 and "kind" in r.text
    assert desk.post("/trail/events", json={"events": [{**state, "at": "2026-01-01T00:00:00"}]}).status_code == 422
