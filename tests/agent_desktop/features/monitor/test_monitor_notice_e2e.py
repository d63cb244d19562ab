"""The monitored agent is told, two desktops and the real back office over HTTP: the supervisor picks
Whisper on the wallboard, their phone dials the PBX's feature code, and once the PBX answers the agent's
status bar says "Supervisor whispering" (and who) until that call ends; silent listening is told only
when the policy says so; the agent's own call ending takes the indicator away. The same wallboard reads
the Not-ready reasons' maxima from the setting the agents pick their reasons from."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from agent_desktop.features.crm_link.api import CRM, LIVE, CrmService
from agent_desktop.features.crm_link.live import LiveEvents
from agent_desktop.features.monitor import feature as monitor_feature
from agent_desktop.features.monitor.api import Mode
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.wallboard import feature as wallboard_feature
from agent_desktop.features.wallboard.agent_menu import AgentMenu
from agent_desktop.features.wallboard.core.labels import Stuck
from agent_desktop.features.wallboard.table_model import REASON
from crm.client import CrmClient
from softphone.engine.events import CallChanged, CallState
from tests.agent_desktop.features.wallboard.test_wallboard_e2e import signed_in
from tests.backoffice.test_presence import event, new_user
from tests.fixtures.backoffice import BackofficeProcess
from tests.screens.clipping import clipped_texts

pytestmark = pytest.mark.e2e

HUDDLE = [{"id": "break", "max_minutes": 15}, {"id": "huddle", "name": "Team huddle", "max_minutes": 10}]


class Phone(QObject):
    """The softphone adapter as the monitor feature uses it: dial, and the calls' changes."""

    sig_call_changed = Signal(object)
    sig_command_failed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.dialled: list[str] = []

    def dial(self, uri: str) -> int:
        self.dialled.append(uri)
        return 100 + len(self.dialled)

    def call(self, call_id: int, state: CallState) -> None:
        self.sig_call_changed.emit(CallChanged(call_id, state, "out", "sip:x@pbx", ""))


def test_the_agent_sees_a_whisper_and_a_barge_until_they_end_and_a_listen_only_per_policy(
    make_shell, qtbot, backoffice_server: BackofficeProcess, tmp_path: Path
) -> None:
    team = f"mon-{uuid.uuid4().hex[:6]}"
    agent, desk = new_user(backoffice_server, "agent", team)
    dee, dee_desk = new_user(backoffice_server, "agent", team)
    boss, _ = new_user(backoffice_server, "supervisor", team)
    desk.post("/presence/events", json={"events": [event(1, "on_call", call_direction="inbound")]})
    dee_desk.post("/presence/events", json={"events": [event(1, "not_ready", "huddle", minutes_ago=11)]})
    clients: list[CrmClient] = []
    features: list[Any] = []
    live: LiveEvents | None = None
    try:
        # the agent's desktop: signed in, following the live events
        agent_client = signed_in(backoffice_server, agent["username"])
        clients.append(agent_client)
        agent_shell = make_shell(profile="agent")
        agent_shell.window.resize(1280, 720)
        agent_phone = Phone()
        agent_shell.ctx.services.provide(CRM, CrmService(agent_client, None, None, backoffice_server.url, "a"))  # type: ignore[arg-type]
        agent_shell.ctx.services.provide(PHONE, agent_phone)  # type: ignore[arg-type]
        live = LiveEvents(agent_client, agent_shell.window)
        agent_shell.ctx.services.provide(LIVE, live)
        live.start()
        told = monitor_feature.install(agent_shell.ctx, agent_shell.window)
        features.append(told)
        qtbot.waitUntil(lambda: live.connected, timeout=5000)
        agent_phone.call(5, CallState.ACTIVE)  # the agent is on a call
        indicator = agent_shell.window.status_indicator("monitored")
        assert not indicator.isVisible()

        # the supervisor's desktop: the wallboard's entries on the agent's line
        boss_client = signed_in(backoffice_server, boss["username"])
        clients.append(boss_client)
        boss_shell = make_shell(
            profile="boss",
            overrides={"sip.registrar": "pbx.example.com", "presence.not_ready_reasons": json.dumps(HUDDLE)},
        )
        boss_phone = Phone()
        boss_shell.ctx.services.provide(CRM, CrmService(boss_client, None, None, backoffice_server.url, "b"))  # type: ignore[arg-type]
        boss_shell.ctx.services.provide(PHONE, boss_phone)  # type: ignore[arg-type]
        monitor = monitor_feature.install(boss_shell.ctx, boss_shell.window)
        board = wallboard_feature.install(boss_shell.ctx, boss_shell.window)
        features += [board, monitor]
        view = board.open_wallboard()
        assert view is not None
        qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
        menus = view.findChild(AgentMenu)

        def pick(user_id: str, text: str) -> None:
            [entry] = [a for a in menus.menu_for(view.board.lines[user_id]).actions() if a.text() == text]
            assert entry.isEnabled()
            entry.trigger()

        # the huddle's maximum (10 minutes) comes from the same setting the agents pick it from
        assert view.model.stuck == {dee["id"]: Stuck.OVER_REASON}
        row = [view.model.data(view.model.index(r, 0), 0) for r in range(2)].index(dee["display_name"])
        assert view.model.data(view.model.index(row, REASON), 0) == "Team huddle"
        boss_shell.ctx.settings_manager.update(
            {"presence.not_ready_reasons": [{"id": "huddle", "name": "Team huddle", "max_minutes": 30}]}
        )
        assert view.model.stuck == {}

        pick(agent["id"], "Whisper to the agent")
        assert boss_phone.dialled == [f"sip:*223{agent['username']}@pbx.example.com"]
        boss_phone.call(101, CallState.ACTIVE)  # the PBX answered the feature code
        qtbot.waitUntil(indicator.isVisible, timeout=5000)
        assert indicator.text() == "Supervisor whispering" and indicator.level == "warn"
        assert clipped_texts(agent_shell.window.statusBar()) == []  # the status bar still fits at 1280 x 720
        assert indicator.toolTip() == (
            "Your supervisor is coaching you on this call (the customer does not hear): " + boss["display_name"]
        )
        boss_phone.call(101, CallState.DISCONNECTED)
        qtbot.waitUntil(lambda: not indicator.isVisible(), timeout=5000)

        pick(agent["id"], "Listen to the call")  # silent: the policy does not tell the agent by default
        boss_phone.call(102, CallState.ACTIVE)
        qtbot.waitUntil(lambda: [m for m, _ in told.monitored.values()] == [Mode.LISTEN], timeout=5000)
        assert not indicator.isVisible()
        agent_shell.ctx.settings_manager.update({"monitor.notify_listen": True})
        pick(agent["id"], "Barge into the call")
        boss_phone.call(103, CallState.ACTIVE)
        qtbot.waitUntil(lambda: indicator.isVisible() and indicator.text() == "Supervisor in the call", timeout=5000)
        agent_phone.call(5, CallState.DISCONNECTED)  # the agent's call ends: so does the monitoring
        assert not indicator.isVisible() and told.monitored == {}
    finally:
        for feature in features:
            feature.shutdown()
        if live is not None:
            live.close()
        for client in clients:
            client.close()


def test_only_a_supervisor_of_the_agents_team_or_an_admin_may_tell_an_agents_desktop(
    backoffice_server: BackofficeProcess,
) -> None:
    team = f"mon-{uuid.uuid4().hex[:6]}"
    agent, desk = new_user(backoffice_server, "agent", team)
    other, _ = new_user(backoffice_server, "agent", team)
    _, boss = new_user(backoffice_server, "supervisor", team)
    _, stranger = new_user(backoffice_server, "supervisor", f"other-{team}")
    body = {"mode": "barge", "active": True}
    answer = boss.post(f"/monitor/{agent['id']}", json=body)
    assert answer.status_code == 200 and answer.json()["supervisor_name"].startswith("坐席 sup")
    assert backoffice_server.session("admin").post(f"/monitor/{agent['id']}", json=body).status_code == 200
    assert stranger.post(f"/monitor/{agent['id']}", json=body).status_code == 404  # another team's agent
    assert desk.post(f"/monitor/{other['id']}", json=body).status_code == 403  # an agent cannot
    assert boss.post(f"/monitor/{agent['id']}", json={"mode": "spy", "active": True}).status_code == 422
    assert boss.post(f"/monitor/{uuid.uuid4()}", json=body).status_code == 404
