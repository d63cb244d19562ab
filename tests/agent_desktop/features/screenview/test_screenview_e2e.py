"""Screen view end to end, two desktops and the real back office over HTTP: the agent's desktop sends
nothing until the supervisor picks View screen on the wallboard; then the supervisor sees the agent's
window and, beside it, the agent's operations in order on the call's timeline; closing the view stops
the agent's capture."""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from agent_desktop.features.crm_link.api import CRM, LIVE, CrmService
from agent_desktop.features.crm_link.live import LiveEvents
from agent_desktop.features.screenview import capture
from agent_desktop.features.screenview import feature as screenview_feature
from agent_desktop.features.screenview import viewer as viewer_module
from agent_desktop.features.trail import feature as trail_feature
from agent_desktop.features.wallboard import feature as wallboard_feature
from agent_desktop.features.wallboard.agent_menu import AgentMenu
from agent_desktop.features.wallboard.table_model import ID_ROLE
from crm.client import CrmClient
from crm.store import Store
from softphone.engine.events import CallChanged, CallState, IncomingCall
from tests.agent_desktop.features.wallboard.test_wallboard_e2e import signed_in
from tests.backoffice.test_presence import event, new_user
from tests.fixtures.backoffice import BackofficeProcess

pytestmark = pytest.mark.e2e


def call(state: CallState) -> CallChanged:
    return CallChanged(
        call_id=3, state=state, direction="in", remote_uri="sip:13800138000@pbx", caller_number="13800138000"
    )


def test_the_supervisor_views_the_agents_window_and_trail_only_while_the_view_is_open(
    make_shell, qtbot, backoffice_server: BackofficeProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(capture, "FRAME_MS", 200)  # a frame every 200 ms: the test need not wait seconds
    monkeypatch.setattr(viewer_module, "FRAME_MS", 200)
    monkeypatch.setattr(viewer_module, "TRAIL_MS", 300)
    team = f"view-{uuid.uuid4().hex[:6]}"
    agent, desk = new_user(backoffice_server, "agent", team)
    boss, _ = new_user(backoffice_server, "supervisor", team)
    desk.post("/presence/events", json={"events": [event(1, "ready")]})
    clients: list[CrmClient] = []
    features: list[Any] = []
    store = Store(tmp_path / "agent.db")
    live: LiveEvents | None = None
    try:
        # the agent's desktop: signed in, following the live events, recording its trail
        agent_client = signed_in(backoffice_server, agent["username"])
        clients.append(agent_client)
        agent_shell = make_shell(profile="agent")
        agent_shell.window.resize(1280, 720)
        agent_shell.ctx.services.provide(CRM, CrmService(agent_client, store, None, backoffice_server.url, "a"))  # type: ignore[arg-type]
        live = LiveEvents(agent_client, agent_shell.window)
        agent_shell.ctx.services.provide(LIVE, live)
        live.start()
        trail = trail_feature.install(agent_shell.ctx, agent_shell.window)
        agent_view = screenview_feature.install(agent_shell.ctx, agent_shell.window)
        features += [agent_view, trail]
        qtbot.waitUntil(lambda: live.connected and trail.outbox is not None, timeout=5000)

        # what the agent does (the phone's events as its adapter hands them over; a real store write)
        trail._on_incoming_call(IncomingCall(3, "sip:13800138000@pbx", "", "13800138000", {}, time.monotonic()))
        trail._on_call_changed(call(CallState.ACTIVE))
        store.create("customers", {"name": "屏幕客户", "phones": [{"number": "13800138000"}]})
        trail._on_call_changed(call(CallState.DISCONNECTED))

        # the supervisor's desktop: the wallboard's View screen on the agent's line
        boss_client = signed_in(backoffice_server, boss["username"])
        clients.append(boss_client)
        boss_shell = make_shell(profile="boss")
        boss_shell.ctx.services.provide(CRM, CrmService(boss_client, None, None, backoffice_server.url, "b"))  # type: ignore[arg-type]
        board = wallboard_feature.install(boss_shell.ctx, boss_shell.window)
        viewing = screenview_feature.install(boss_shell.ctx, boss_shell.window)
        features += [viewing, board]
        view = board.open_wallboard()
        assert view is not None
        model = view.model
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
        assert model.data(model.index(0, 0), ID_ROLE) == agent["id"]
        assert agent_view.capture.grabs == 0 and not agent_view.capture.running  # nobody watched yet
        menu = view.findChild(AgentMenu).menu_for(view.board.lines[agent["id"]])
        [entry] = [a for a in menu.actions() if a.text() == "View screen"]
        entry.trigger()

        host, viewer = viewing.viewers[agent["id"]]
        assert host.isVisible() and host.windowTitle() == f"Screen of {agent['display_name']}"
        qtbot.waitUntil(lambda: agent_view.capture.running, timeout=3000)
        assert agent_view.indicator.isVisible()
        qtbot.waitUntil(lambda: viewer.frame_no > 0 and viewer.picture.image is not None, timeout=4000)
        assert (viewer.picture.image.width(), viewer.picture.image.height()) == (1280, 720)
        qtbot.waitUntil(lambda: viewer.trail.topLevelItemCount() == 3, timeout=4000)
        rows = [viewer.trail.topLevelItem(i) for i in range(3)]
        assert [r.text(2) for r in rows] == [
            "Call ended: 13800138000 (0:00)",
            "Created customer: 屏幕客户",
            "Answered a call: 13800138000",
        ]
        assert [r.text(1) for r in rows] == ["+0:00"] * 3  # all on the call's timeline

        host.close()  # the supervisor closes the view: the agent's desktop stops at once
        qtbot.waitUntil(lambda: not agent_view.capture.running, timeout=3000)
        assert not agent_view.indicator.isVisible()
        grabs = agent_view.capture.grabs
        qtbot.wait(500)
        assert agent_view.capture.grabs == grabs
    finally:
        for feature in features:
            feature.shutdown()
        if live is not None:
            live.close()
        for client in clients:
            client.close()
        store.close()
