"""The wallboard's figures of the day over HTTP: the board carries each agent's calls of the centre's
local day (handled calls, talk, hold and wrap-up: what AHT is taken over), and logging a call sends the
agent's new figures at once to the supervisors watching their team, nobody else."""

from __future__ import annotations

import queue
import time
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

from backoffice.agent_day import day_of
from crm.kpis import centre_zone
from tests.backoffice.conftest import key
from tests.backoffice.test_live_events import Stream
from tests.backoffice.test_presence import event, new_user
from tests.fixtures.backoffice import ApiSession, BackofficeProcess


def log_call(
    desk: ApiSession, ring_at: datetime, talk: int, hold: int = 0, wrap: int = 0, answered: bool = True
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "direction": "inbound",
        "caller": "13800138000",
        "ring_at": ring_at.isoformat(),
        "end_at": (ring_at + timedelta(seconds=5 + talk + hold)).isoformat(),
        "talk_seconds": talk,
        "hold_seconds": hold,
        "wrapup_seconds": wrap,
    }
    if answered:
        body["answer_at"] = (ring_at + timedelta(seconds=5)).isoformat()
    r = desk.post("/call_logs", json=body, headers=key())
    assert r.status_code == 201, r.text
    return r.json()


def next_of(stream: Stream, kind: str, timeout: float) -> dict[str, Any] | None:
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        try:
            got, data, _ = stream.next(left)
        except queue.Empty:
            return None
        if got == kind:
            return data
    return None


def test_the_board_counts_the_local_day_and_a_logged_call_is_pushed_to_the_teams_watchers(
    bo: BackofficeProcess,
) -> None:
    team = f"team-{uuid.uuid4().hex[:6]}"
    agent, desk = new_user(bo, "agent", team)
    quiet, quiet_desk = new_user(bo, "agent", team)
    _, supervisor = new_user(bo, "supervisor", team)
    _, stranger = new_user(bo, "supervisor", f"team-{uuid.uuid4().hex[:6]}")
    for session in (desk, quiet_desk):
        session.post("/presence/events", json={"events": [event(1, "ready")]})
    zone = centre_zone(supervisor.get("/reports/settings").json()["time_zone"])
    now = datetime.now(timezone.utc)
    start, _ = day_of(now, zone)
    log_call(desk, max(start, now - timedelta(hours=1)), talk=100, hold=20, wrap=30)
    log_call(desk, max(start, now - timedelta(minutes=30)), talk=60, wrap=10)
    log_call(desk, max(start, now - timedelta(minutes=20)), talk=0, answered=False)  # abandoned: not handled
    log_call(desk, start - timedelta(minutes=1), talk=500, wrap=500)  # yesterday, local time

    board = supervisor.get("/presence/board").json()
    days = {day["user_id"]: day for day in board["days"]}
    assert set(days) == {agent["id"]}  # the quiet agent has no call today
    mine = days[agent["id"]]
    assert (mine["handled"], mine["talk_s"], mine["hold_s"], mine["wrapup_s"]) == (2, 160, 20, 40)
    assert mine["date"] == now.astimezone(zone).date().isoformat()
    assert supervisor.get("/presence/watch", params={"since": board["cursor"], "timeout": 0}).json()["days"] == []

    watching, not_watching = Stream(supervisor), Stream(stranger)
    try:
        logged = log_call(desk, max(start, now - timedelta(minutes=5)), talk=40, wrap=20)
        pushed = next_of(watching, "agent_day", 5)
        assert pushed is not None and pushed["user_id"] == agent["id"]
        assert (pushed["handled"], pushed["talk_s"], pushed["wrapup_s"]) == (3, 200, 60)
        # the wrap-up ends later: the call's log is updated, the figures follow
        r = desk.patch(
            f"/call_logs/{logged['id']}",
            json={"wrapup_seconds": 50},
            headers={**key(), "If-Match": f'"{logged["version"]}"'},
        )
        assert r.status_code == 200, r.text
        pushed = next_of(watching, "agent_day", 5)
        assert pushed is not None and (pushed["handled"], pushed["wrapup_s"]) == (3, 90)
        assert next_of(not_watching, "agent_day", 0.5) is None
    finally:
        watching.close()
        not_watching.close()
