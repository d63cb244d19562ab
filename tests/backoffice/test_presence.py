"""Presence over HTTP: desktops report state changes, supervisors see the truth on the board."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

from tests.backoffice.conftest import key
from tests.fixtures.backoffice import ApiSession, BackofficeProcess

PASSWORD = "presence-password-1"


def new_user(bo: BackofficeProcess, role: str, team: str) -> tuple[dict[str, Any], ApiSession]:
    admin = bo.session("admin")
    name = f"{role[:3]}{uuid.uuid4().hex[:8]}"
    body = {"username": name, "display_name": f"坐席 {name}", "role": role, "password": PASSWORD, "team": team}
    r = admin.post("/users", json=body, headers=key())
    assert r.status_code == 201, r.text
    bo.credentials[name] = PASSWORD
    return r.json(), bo.session(name)


def event(seq: int, state: str, reason: str | None = None, minutes_ago: float = 0, **extra: Any) -> dict[str, Any]:
    at = datetime.now(timezone.utc) - timedelta(minutes=minutes_ago)
    return {"seq": seq, "state": state, "reason": reason, "at": at.isoformat(), **extra}


def line_of(board: dict[str, Any], user_id: str) -> dict[str, Any] | None:
    return next((a for a in board["agents"] if a["user_id"] == user_id), None)


def test_an_agents_changes_reach_the_supervisors_board_in_order_once_each(bo: BackofficeProcess) -> None:
    team = f"team-{uuid.uuid4().hex[:6]}"
    agent, desk = new_user(bo, "agent", team)
    _, supervisor = new_user(bo, "supervisor", team)
    offline = [
        event(1, "ready", minutes_ago=10),
        event(2, "on_call", minutes_ago=9, call_direction="inbound", customer_name="张伟", media_source="400-810-8888"),
        event(3, "wrap_up", minutes_ago=5),
    ]
    r = desk.post("/presence/events", json={"events": offline})
    assert r.status_code == 200 and r.json() == {"last_seq": 3}
    # the outbox sends the same batch again after a lost answer: nothing doubles
    assert desk.post("/presence/events", json={"events": offline}).json() == {"last_seq": 3}

    board = supervisor.get("/presence/board").json()
    line = line_of(board, agent["id"])
    assert line is not None and line["state"] == "wrap_up" and line["seq"] == 3
    assert datetime.fromisoformat(line["since"]) < datetime.now(timezone.utc) - timedelta(minutes=4)
    history = supervisor.get(f"/presence/history/{agent['id']}").json()["items"]
    assert [(h["seq"], h["state"]) for h in history] == [(1, "ready"), (2, "on_call"), (3, "wrap_up")]

    # a late event (lower sequence) joins the history but does not move the board backwards
    desk.post("/presence/events", json={"events": [event(5, "ready"), event(4, "not_ready", "break")]})
    line = line_of(supervisor.get("/presence/board").json(), agent["id"])
    assert line is not None and (line["state"], line["seq"]) == ("ready", 5)
    history = desk.get(f"/presence/history/{agent['id']}").json()["items"]
    assert [h["seq"] for h in history] == [1, 2, 3, 4, 5]


def test_watch_answers_as_soon_as_an_agent_changes(bo: BackofficeProcess) -> None:
    team = f"team-{uuid.uuid4().hex[:6]}"
    agent, desk = new_user(bo, "agent", team)
    _, supervisor = new_user(bo, "supervisor", team)
    desk.post("/presence/events", json={"events": [event(1, "ready")]})
    cursor = supervisor.get("/presence/board").json()["cursor"]

    answer: dict[str, Any] = {}

    def wait() -> None:
        started = time.monotonic()
        answer["body"] = supervisor.get("/presence/watch", params={"since": cursor, "timeout": 20}).json()
        answer["seconds"] = time.monotonic() - started

    waiter = threading.Thread(target=wait)
    waiter.start()
    time.sleep(0.5)
    desk.post("/presence/events", json={"events": [event(2, "ringing")]})
    waiter.join(25)
    assert answer["seconds"] < 5, answer
    lines = answer["body"]["agents"]
    assert [(a["user_id"], a["state"]) for a in lines] == [(agent["id"], "ringing")]
    assert answer["body"]["cursor"] > cursor


def test_supervisors_see_only_their_team_and_agents_cannot_watch(bo: BackofficeProcess) -> None:
    agent, desk = new_user(bo, "agent", f"team-{uuid.uuid4().hex[:6]}")
    other, other_desk = new_user(bo, "agent", f"team-{uuid.uuid4().hex[:6]}")
    _, supervisor = new_user(bo, "supervisor", other["team"])
    desk.post("/presence/events", json={"events": [event(1, "not_ready", "meal")]})
    other_desk.post("/presence/events", json={"events": [event(1, "ready")]})

    board = supervisor.get("/presence/board").json()
    assert line_of(board, other["id"]) is not None and line_of(board, agent["id"]) is None
    assert supervisor.get(f"/presence/history/{agent['id']}").status_code == 404
    assert line_of(bo.session("admin").get("/presence/board").json(), agent["id"]) is not None
    assert desk.get("/presence/board").status_code == 403
    assert desk.get("/presence/watch", params={"since": 0, "timeout": 0}).status_code == 403
    assert desk.get(f"/presence/history/{other['id']}").status_code == 403


def test_bad_events_are_refused_with_the_field_named(bo: BackofficeProcess) -> None:
    _, desk = new_user(bo, "agent", "")
    cases = [
        ({"events": [{"seq": 0, "state": "ready", "at": "2026-01-01T00:00:00+00:00"}]}, "seq"),
        ({"events": [{"seq": 1, "state": "asleep", "at": "2026-01-01T00:00:00+00:00"}]}, "state"),
        ({"events": [{"seq": 1, "state": "ready", "at": "2026-01-01T00:00:00"}]}, "at"),
        ({"events": [{"seq": 1, "state": "ready", "reason": "Nap Time", "at": "2026-01-01T00:00:00+00:00"}]}, "reason"),
        ({"events": [{"seq": 2**63, "state": "ready", "at": "2026-01-01T00:00:00+00:00"}]}, "seq"),
    ]
    for body, field in cases:
        r = desk.post("/presence/events", json=body)
        assert r.status_code == 422, (body, r.text)
        assert field in {str(part) for d in r.json()["detail"] for part in d["loc"]}, r.text
    assert bo.session(None).post("/presence/events", json={"events": []}).status_code == 401


def test_a_desktop_not_heard_from_shows_disconnected_until_its_next_heartbeat(backoffice_factory: Any) -> None:
    # 2 s: the board is read right after the desktop's event even on a loaded machine
    bo = backoffice_factory(seed_customers=0, env={"BACKOFFICE_PRESENCE_HEARTBEAT_S": "2"})
    agent, desk = new_user(bo, "agent", "")
    admin = bo.session("admin")
    desk.post("/presence/events", json={"events": [event(1, "ready")]})
    board = admin.get("/presence/board").json()
    assert board["heartbeat_timeout_s"] == 2
    assert line_of(board, agent["id"])["state"] == "ready"  # type: ignore[index]
    time.sleep(2.3)
    assert line_of(admin.get("/presence/board").json(), agent["id"])["state"] == "disconnected"  # type: ignore[index]
    assert desk.post("/presence/events", json={"events": []}).json() == {"last_seq": 1}  # a heartbeat
    assert line_of(admin.get("/presence/board").json(), agent["id"])["state"] == "ready"  # type: ignore[index]


def test_the_reasons_name_and_the_states_limit_sent_by_the_desktop_are_kept_and_older_desktops_still_report(
    bo: BackofficeProcess,
) -> None:
    team = f"team-{uuid.uuid4().hex[:6]}"
    agent, desk = new_user(bo, "agent", team)
    _, supervisor = new_user(bo, "supervisor", team)
    huddle = event(1, "not_ready", "huddle", reason_name="Team huddle", limit_s=600, sip_user="7001")
    assert desk.post("/presence/events", json={"events": [huddle]}).json() == {"last_seq": 1}
    line = line_of(supervisor.get("/presence/board").json(), agent["id"])
    assert line is not None
    assert (line["reason"], line["reason_name"], line["limit_s"], line["sip_user"]) == (
        "huddle",
        "Team huddle",
        600,
        "7001",
    )

    # an older desktop sends none of them: taken as before; the SIP user last sent stays known
    assert desk.post("/presence/events", json={"events": [event(2, "wrap_up")]}).json() == {"last_seq": 2}
    line = line_of(supervisor.get("/presence/board").json(), agent["id"])
    assert line is not None and (line["state"], line["reason_name"], line["limit_s"]) == ("wrap_up", None, None)
    assert line["sip_user"] == "7001"
    history = supervisor.get(f"/presence/history/{agent['id']}").json()["items"]
    assert [(h["reason_name"], h["limit_s"]) for h in history] == [("Team huddle", 600), (None, None)]

    too_long = event(3, "not_ready", "huddle", reason_name="x" * 101, limit_s=0)
    r = desk.post("/presence/events", json={"events": [too_long]})
    assert r.status_code == 422
    assert {tuple(e["loc"][-2:]) for e in r.json()["detail"]} >= {(0, "reason_name"), (0, "limit_s")}


def test_the_board_lists_every_active_agent_of_the_team_and_no_supervisor_who_took_no_call(
    bo: BackofficeProcess,
) -> None:
    from tests.backoffice.test_agent_day import log_call

    team = f"team-{uuid.uuid4().hex[:6]}"
    working, desk = new_user(bo, "agent", team)
    never, _ = new_user(bo, "agent", team)  # has never signed in a desktop
    gone, gone_desk = new_user(bo, "agent", team)
    me, supervisor = new_user(bo, "supervisor", team)
    other, _ = new_user(bo, "agent", f"team-{uuid.uuid4().hex[:6]}")
    desk.post("/presence/events", json={"events": [event(1, "ready")]})
    gone_desk.post("/presence/events", json={"events": [event(1, "ready")]})
    supervisor.post("/presence/events", json={"events": [event(1, "ready")]})  # the supervisor's own desktop
    r = bo.session("admin").patch(
        f"/users/{gone['id']}", json={"active": False}, headers={**key(), "If-Match": f'"{gone["version"]}"'}
    )
    assert r.status_code == 200, r.text

    board = supervisor.get("/presence/board").json()
    states = {a["user_id"]: a["state"] for a in board["agents"]}
    assert states == {working["id"]: "ready", never["id"]: "logged_out"}, board["agents"]
    line = line_of(board, never["id"])
    assert line is not None and line["seq"] == 0 and line["team"] == team
    assert line_of(bo.session("admin").get("/presence/board").json(), other["id"]) is not None

    # a supervisor who takes a call as an agent counts in the team's figures: then on the board
    log_call(supervisor, datetime.now(timezone.utc) - timedelta(minutes=2), talk=60)
    board = supervisor.get("/presence/board").json()
    line = line_of(board, me["id"])
    assert line is not None and line["state"] == "ready"
    assert any(day["user_id"] == me["id"] and day["handled"] == 1 for day in board["days"])
