"""Coaching messages over HTTP and the live stream: a supervisor's message reaches the agent at once, the
read receipt reaches the supervisor, the agent replies, a team broadcast reaches each member; the role
rules, and bad input refused with the field named (never a 5xx)."""

from __future__ import annotations

import queue
import time
import uuid
from typing import Any

from tests.backoffice.conftest import key
from tests.backoffice.test_live_events import Stream
from tests.backoffice.test_presence import new_user
from tests.fixtures.backoffice import ApiSession, BackofficeProcess


def team_name() -> str:
    return f"team-{uuid.uuid4().hex[:6]}"


def send(session: ApiSession, status: int = 201, **body: Any) -> dict[str, Any]:
    r = session.post("/coaching/messages", json=body, headers=key())
    assert r.status_code == status, r.text
    return r.json()


def coaching(stream: Stream, timeout: float) -> list[tuple[str, dict[str, Any]]]:
    """The coaching events (kind, data) that arrive within ``timeout``."""
    out = []
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        try:
            kind, data, _ = stream.next(left)
        except queue.Empty:
            break
        if kind.startswith("coaching"):
            out.append((kind, data))
    return out


def next_coaching(stream: Stream, timeout: float = 5) -> tuple[str, dict[str, Any], float]:
    deadline = time.monotonic() + timeout
    while True:
        kind, data, arrived = stream.next(max(0.01, deadline - time.monotonic()))
        if kind.startswith("coaching"):
            return kind, data, arrived


def test_a_message_reaches_the_agent_at_once_the_receipt_the_supervisor_and_the_reply_comes_back(
    bo: BackofficeProcess,
) -> None:
    team = team_name()
    agent, desk = new_user(bo, "agent", team)
    _, neighbour = new_user(bo, "agent", team)
    supervisor_user, supervisor = new_user(bo, "supervisor", team)
    hears, overhears, watches = Stream(desk), Stream(neighbour), Stream(supervisor)
    try:
        sent_at = time.monotonic()
        sent = send(supervisor, to_user=agent["id"], body="语速放慢一点，先确认地址。")
        kind, data, arrived = next_coaching(hears)
        assert kind == "coaching" and data["id"] == sent["id"] and data["body"] == "语速放慢一点，先确认地址。"
        assert data["from_name"] == supervisor_user["display_name"] and data["read_at"] is None
        assert arrived - sent_at < 1.0
        assert coaching(overhears, 0.3) == []

        r = desk.post(f"/coaching/messages/{sent['id']}/read")
        assert r.status_code == 200 and r.json()["read_at"] is not None
        kind, receipt, _ = next_coaching(watches)
        assert kind == "coaching_read"
        assert (receipt["message_id"], receipt["user_id"]) == (sent["id"], agent["id"])
        assert receipt["user_name"] == agent["display_name"]
        again = desk.post(f"/coaching/messages/{sent['id']}/read").json()
        assert again["read_at"] == r.json()["read_at"]  # the first reading counts
        assert coaching(watches, 0.3) == []  # and is told once

        reply = send(desk, reply_to=sent["id"], body="收到，谢谢")
        assert (reply["to_user"], reply["reply_to"]) == (supervisor_user["id"], sent["id"])
        kind, data, _ = next_coaching(watches)
        assert kind == "coaching" and data["id"] == reply["id"] and data["from_user"] == agent["id"]

        history = supervisor.get("/coaching/messages", params={"with": agent["id"]}).json()["items"]
        assert [(m["id"], m["read_at"] is not None) for m in history] == [(sent["id"], True), (reply["id"], False)]
        mine = desk.get("/coaching/messages", params={"with": supervisor_user["id"]}).json()["items"]
        assert [m["id"] for m in mine] == [sent["id"], reply["id"]]
        assert desk.get(f"/coaching/messages/{sent['id']}").json()["body"] == sent["body"]
        later = supervisor.get("/coaching/messages", params={"with": agent["id"], "since": reply["created_at"]})
        assert [m["id"] for m in later.json()["items"]] == [reply["id"]]
    finally:
        for stream in (hears, overhears, watches):
            stream.close()


def test_a_team_broadcast_reaches_each_member_and_collects_a_receipt_from_each(bo: BackofficeProcess) -> None:
    team = team_name()
    first, first_desk = new_user(bo, "agent", team)
    second, second_desk = new_user(bo, "agent", team)
    _, outsider = new_user(bo, "agent", team_name())
    _, supervisor = new_user(bo, "supervisor", team)
    streams = [Stream(first_desk), Stream(second_desk), Stream(outsider)]
    try:
        text = "退货政策：签收后7天内无理由退货，运费由公司承担。"
        sent = send(supervisor, to_team=team, kind="standard_text", title="退货政策", body=text)
        for stream in streams[:2]:
            kind, data, _ = next_coaching(stream)
            assert (kind, data["id"], data["kind"], data["title"], data["to_team"]) == (
                "coaching",
                sent["id"],
                "standard_text",
                "退货政策",
                team,
            )
        assert coaching(streams[2], 0.3) == []
        assert first_desk.post(f"/coaching/messages/{sent['id']}/read").status_code == 200
        seen = supervisor.get(f"/coaching/messages/{sent['id']}").json()
        assert [r["user_id"] for r in seen["read_by"]] == [first["id"]]
        unread = second_desk.get(f"/coaching/messages/{sent['id']}").json()
        assert unread["read_at"] is None and unread["read_by"] == []  # an agent sees their own reading only
        reply = send(second_desk, reply_to=sent["id"], body="运费也包括上门取件吗？")
        assert reply["to_user"] == seen["from_user"] and reply["to_team"] is None
        assert outsider.post(f"/coaching/messages/{sent['id']}/read").status_code == 404
        history = second_desk.get("/coaching/messages").json()["items"]
        assert [m["id"] for m in history] == [sent["id"], reply["id"]]
        assert second["id"] not in {r["user_id"] for r in seen["read_by"]}
    finally:
        for stream in streams:
            stream.close()


def test_agents_only_reply_and_supervisors_coach_only_their_team(bo: BackofficeProcess) -> None:
    team, other_team = team_name(), team_name()
    agent, desk = new_user(bo, "agent", team)
    stranger, stranger_desk = new_user(bo, "agent", other_team)
    supervisor_user, supervisor = new_user(bo, "supervisor", team)
    _, other_supervisor = new_user(bo, "supervisor", other_team)
    _, any_supervisor = new_user(bo, "supervisor", "")

    # an agent cannot message as a supervisor: not to another agent, not to a team, no standard texts
    send(desk, 403, to_user=stranger["id"], body="hi")
    send(desk, 403, to_team=team, body="hi")
    # a supervisor reaches the agents of their own team only; an admin or a supervisor without a team, anyone
    send(supervisor, 403, to_user=stranger["id"], body="hi")
    send(supervisor, 403, to_team=other_team, body="hi")
    sent = send(supervisor, to_user=agent["id"], body="先安抚客户情绪")
    send(any_supervisor, to_user=stranger["id"], body="hi")
    send(bo.session("admin"), to_team=other_team, body="hi")
    send(bo.session("logistics"), 403, to_user=agent["id"], body="hi")
    assert bo.session("logistics").get("/coaching/messages").status_code == 403

    send(desk, 403, reply_to=sent["id"], kind="standard_text", title="x", body="y")
    send(stranger_desk, 422, reply_to=sent["id"], body="not mine")  # not addressed to them: no such message
    assert stranger_desk.post(f"/coaching/messages/{sent['id']}/read").status_code == 404
    assert supervisor.post(f"/coaching/messages/{sent['id']}/read").status_code == 403  # the sender
    assert other_supervisor.get(f"/coaching/messages/{sent['id']}").status_code == 404
    others = other_supervisor.get("/coaching/messages", params={"with": agent["id"]}).json()["items"]
    assert others == []  # another team's supervisor sees none of this agent's coaching
    _, colleague = new_user(bo, "supervisor", team)
    seen = colleague.get("/coaching/messages", params={"with": agent["id"]}).json()["items"]
    assert [(m["id"], m["from_user"]) for m in seen] == [(sent["id"], supervisor_user["id"])]
    assert bo.session(None).get("/coaching/messages").status_code == 401


def test_bad_input_is_refused_with_the_field_named_and_a_long_message_still_arrives(bo: BackofficeProcess) -> None:
    team = team_name()
    agent, desk = new_user(bo, "agent", team)
    _, supervisor = new_user(bo, "supervisor", team)
    unknown = str(uuid.uuid4())
    cases: list[tuple[dict[str, Any], str]] = [
        ({"to_user": agent["id"], "body": ""}, "body"),
        ({"to_user": agent["id"], "body": "   "}, "body"),
        ({"to_user": agent["id"], "body": "x" * 2001}, "body"),
        ({"to_user": agent["id"], "kind": "standard_text", "body": "x"}, "title"),
        ({"to_user": agent["id"], "kind": "shout", "body": "x"}, "kind"),
        ({"to_user": agent["id"], "to_team": team, "body": "x"}, "to_team"),
        ({"body": "x"}, "to_user"),
        ({"to_user": unknown, "body": "x"}, "to_user"),
        ({"to_user": "x" * 37, "body": "x"}, "to_user"),
        ({"to_user": supervisor.get("/auth/me").json()["id"], "body": "x"}, "to_user"),
        ({"reply_to": unknown, "body": "x"}, "reply_to"),
        ({"to_user": agent["id"], "body": "x", "urgent": True}, "urgent"),
    ]
    for body, field in cases:
        r = supervisor.post("/coaching/messages", json=body)
        assert r.status_code == 422, (body, r.text)
        assert field in {str(part) for d in r.json()["detail"] for part in d["loc"]}, (body, r.text)
    r = bo.session("admin").post("/coaching/messages", json={"to_team": f"none-{uuid.uuid4().hex[:6]}", "body": "x"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "to_team"], r.text
    for params, field in (({"since": "2026-01-01T00:00:00"}, "since"), ({"with": unknown}, "with")):
        r = supervisor.get("/coaching/messages", params=params)
        assert r.status_code == 422 and field in str(r.json()["detail"]), r.text
    assert supervisor.post(f"/coaching/messages/{unknown}/read").status_code == 404
    assert supervisor.get(f"/coaching/messages/{unknown}").status_code == 404

    # 2000 characters of four bytes each are too big for one live event: the event says so, the
    # agent reads the message itself
    stream = Stream(desk)
    try:
        long = send(supervisor, to_user=agent["id"], body="😀" * 2000)
        kind, data, _ = next_coaching(stream)
        assert (kind, data) == ("coaching", {"id": long["id"], "from_user": long["from_user"], "partial": True})
        assert desk.get(f"/coaching/messages/{long['id']}").json()["body"] == "😀" * 2000
    finally:
        stream.close()


def test_a_repeated_send_with_the_same_key_writes_and_tells_once(bo: BackofficeProcess) -> None:
    team = team_name()
    agent, desk = new_user(bo, "agent", team)
    _, supervisor = new_user(bo, "supervisor", team)
    stream = Stream(desk)
    try:
        headers = key()
        body = {"to_user": agent["id"], "body": "注意：今天满299包邮"}
        first = supervisor.post("/coaching/messages", json=body, headers=headers)
        again = supervisor.post("/coaching/messages", json=body, headers=headers)
        assert first.status_code == again.status_code == 201 and again.headers.get("Idempotent-Replay") == "true"
        assert first.json()["id"] == again.json()["id"]
        assert [data["id"] for _, data in coaching(stream, 0.5)] == [first.json()["id"]]
    finally:
        stream.close()
