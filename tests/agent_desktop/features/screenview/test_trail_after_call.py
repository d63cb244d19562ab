"""The supervisor's screen view against the real back office over HTTP: the "In call" column says how far
into a call each operation came, and says nothing for what the agent did after the call had ended (trial
finding: "State: Ready" read "+0:23" after the wrap-up)."""

from __future__ import annotations

import uuid

import pytest

from agent_desktop.features.screenview.viewer import ScreenViewer
from tests.agent_desktop.features.wallboard.test_wallboard_e2e import signed_in
from tests.backoffice.test_presence import new_user
from tests.backoffice.test_screenview import trail_event
from tests.fixtures.backoffice import BackofficeProcess

pytestmark = pytest.mark.e2e


def test_what_the_agent_did_after_the_call_ended_is_not_in_the_call(
    make_shell, qtbot, backoffice_server: BackofficeProcess
) -> None:
    team = f"after-{uuid.uuid4().hex[:6]}"
    agent, desk = new_user(backoffice_server, "agent", team)
    boss, _ = new_user(backoffice_server, "supervisor", team)
    client = signed_in(backoffice_server, boss["username"])
    shell = make_shell()
    viewer = ScreenViewer(client, shell.ctx.tasks, agent["id"], agent["display_name"])
    qtbot.addWidget(viewer)
    try:
        viewer.show()  # it reads the trail while it is shown
        qtbot.waitExposed(viewer)
        call = {"call_ref": "c-9"}
        events = [  # as the agent's desktop sends them: the states around the call carry its reference
            trail_event("call_answered", "张伟 13800138000", 40, **call),
            trail_event("state_changed", "wrap_up", 29, **call),
            trail_event("call_ended", "张伟 13800138000", 29, detail="0:11", **call),
            trail_event("state_changed", "ready", 17, **call),
            trail_event("searched", "name=张", 10),
        ]
        assert desk.post("/trail/events", json={"events": events}).status_code == 200
        qtbot.waitUntil(lambda: viewer.trail.topLevelItemCount() == 5, timeout=8000)
        rows = [viewer.trail.topLevelItem(i) for i in range(5)]
        shown = {row.text(2): row.text(1) for row in rows if row is not None}
        assert shown["State: Ready"] == ""  # the call was over
        assert shown["Searched customers: name=张"] == ""
        assert shown["Call ended: 张伟 13800138000 (0:11)"] == "+0:11"
        assert shown["State: Wrap-up"] == "+0:11"
        assert shown["Answered a call: 张伟 13800138000"] == "+0:00"
    finally:
        viewer.stop()
        client.close()
