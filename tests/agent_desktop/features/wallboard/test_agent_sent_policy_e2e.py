"""What an agent's desktop says with its state reaches the supervisor's desktop, two desktops and the
real back office over HTTP: a Not-ready reason and a wrap-up limit set only on the agent's desktop show
on the supervisor's wallboard with the agent's name for the reason and stand out past the agent's own
maximum and limit (an extended wrap-up by its longer limit); the screen view's trail names the reason as the agent's desktop does; an agent picked
by the extension typed in Call → Monitor an agent... is told of the whisper, and the wallboard dials the
agent's SIP extension, not their CRM user name."""

from __future__ import annotations

import json
import random
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from agent_desktop.features.crm_link.api import CRM, LIVE, CrmService
from agent_desktop.features.crm_link.live import LiveEvents
from agent_desktop.features.monitor import feature as monitor_feature
from agent_desktop.features.monitor.api import Mode
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.presence import feature as presence_feature
from agent_desktop.features.screenview import feature as screenview_feature
from agent_desktop.features.screenview import viewer as viewer_module
from agent_desktop.features.trail import feature as trail_feature
from agent_desktop.features.wallboard import feature as wallboard_feature
from agent_desktop.features.wallboard.agent_menu import AgentMenu
from agent_desktop.features.wallboard.core.labels import Stuck, Tone
from agent_desktop.features.wallboard.table_model import COLOURS, ID_ROLE, REASON, STATE
from agent_desktop.shell.agent_state import NOT_READY, WRAP_UP
from crm.client import CrmClient
from crm.store import Store
from softphone.engine.events import CallState
from tests.agent_desktop.features.monitor.test_monitor_notice_e2e import Phone
from tests.agent_desktop.features.wallboard.test_wallboard_e2e import signed_in
from tests.backoffice.test_presence import new_user
from tests.fixtures.backoffice import BackofficeProcess

pytestmark = pytest.mark.e2e

HUDDLE = [{"id": "break", "max_minutes": 15}, {"id": "huddle", "name": "Team huddle", "max_minutes": 1}]
"""The agent's reasons: "huddle" (1 minute at most) is unknown to the supervisor's desktop."""


def cell(view: Any, user_id: str, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0), ID_ROLE) == user_id)
    return model.data(model.index(row, column), role)


def agent_desk(make_shell: Any, tmp_path: Path, client: CrmClient, url: str, **overrides: Any) -> Any:
    shell = make_shell(profile="agent", overrides=overrides)
    store = Store(tmp_path / "agent.db")
    shell.ctx.services.provide(CRM, CrmService(client, store, None, url, "a"))  # type: ignore[arg-type]
    return shell, store


def test_the_agents_own_reason_and_wrap_up_limit_show_on_the_board_and_in_the_trail(
    make_shell, qtbot, backoffice_server: BackofficeProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(viewer_module, "TRAIL_MS", 300)
    team = f"pol-{uuid.uuid4().hex[:6]}"
    agent, _ = new_user(backoffice_server, "agent", team)
    boss, _ = new_user(backoffice_server, "supervisor", team)
    clients: list[CrmClient] = []
    features: list[Any] = []
    store: Store | None = None
    try:
        # the agent's desktop: its own reasons and a 60 s wrap-up (the supervisor's board defaults to 120 s)
        agent_client = signed_in(backoffice_server, agent["username"])
        clients.append(agent_client)
        agent_shell, store = agent_desk(
            make_shell,
            tmp_path,
            agent_client,
            backoffice_server.url,
            **{"presence.not_ready_reasons": json.dumps(HUDDLE), "wrapup.limit_s": 60},
        )
        presence = presence_feature.install(agent_shell.ctx, agent_shell.window)
        trail = trail_feature.install(agent_shell.ctx, agent_shell.window)
        features += [trail, presence]
        qtbot.waitUntil(lambda: presence.outbox is not None and trail.outbox is not None, timeout=5000)

        # the supervisor's desktop: default settings (no "huddle"), the wallboard
        boss_client = signed_in(backoffice_server, boss["username"])
        clients.append(boss_client)
        boss_shell = make_shell(profile="boss")
        boss_shell.ctx.services.provide(CRM, CrmService(boss_client, None, None, backoffice_server.url, "b"))  # type: ignore[arg-type]
        board = wallboard_feature.install(boss_shell.ctx, boss_shell.window)
        viewing = screenview_feature.install(boss_shell.ctx, boss_shell.window)
        features += [viewing, board]
        view = board.open_wallboard()
        assert view is not None

        # the agent went into their huddle 90 s ago (the agent's clock set back instead of waiting)
        presence.machine.clock = lambda: time.time() - 90
        agent_shell.agent_state.set_state(NOT_READY, "huddle")
        qtbot.waitUntil(
            lambda: view.model.rowCount() == 1 and cell(view, agent["id"], REASON) == "Team huddle", timeout=5000
        )
        assert view.model.stuck == {agent["id"]: Stuck.OVER_REASON}  # the agent's 1 minute, unknown here
        stuck_colour = COLOURS[Tone.STUCK][0]
        assert cell(view, agent["id"], STATE, Qt.ItemDataRole.BackgroundRole).color() == stuck_colour
        assert (
            cell(view, agent["id"], STATE, Qt.ItemDataRole.ToolTipRole) == "Not ready (Team huddle) longer than 01:00"
        )

        # wrap-up for 90 s: past the agent's 60 s, though within the board's own 120 s
        agent_shell.agent_state.set_state(WRAP_UP)
        qtbot.waitUntil(lambda: cell(view, agent["id"], STATE) == "Wrap-up", timeout=5000)
        assert view.model.stuck == {agent["id"]: Stuck.WRAP_UP} and cell(view, agent["id"], REASON) == ""
        assert cell(view, agent["id"], STATE, Qt.ItemDataRole.ToolTipRole) == "In wrap-up longer than 01:00"
        assert cell(view, agent["id"], STATE, Qt.ItemDataRole.BackgroundRole).color() == stuck_colour
        presence.act_extend.trigger()  # Call > Extend wrap-up: 60 s more, and the board learns it
        qtbot.waitUntil(lambda: view.model.stuck == {}, timeout=5000)
        assert view.board.lines[agent["id"]].limit_s == 120 and cell(view, agent["id"], STATE) == "Wrap-up"

        # the screen view's trail names the reason as the agent's desktop does
        menu = view.findChild(AgentMenu).menu_for(view.board.lines[agent["id"]])
        [entry] = [a for a in menu.actions() if a.text() == "View screen"]
        entry.trigger()
        _host, viewer = viewing.viewers[agent["id"]]

        def trail_texts() -> list[str]:
            return [viewer.trail.topLevelItem(i).text(2) for i in range(viewer.trail.topLevelItemCount())]

        qtbot.waitUntil(lambda: "State: Wrap-up" in trail_texts(), timeout=5000)
        assert "State: Not ready (Team huddle)" in trail_texts()
    finally:
        for feature in features:
            feature.shutdown()
        for client in clients:
            client.close()
        if store is not None:
            store.close()


def test_an_agent_picked_by_extension_is_told_and_the_wallboard_dials_their_extension(
    make_shell, qtbot, backoffice_server: BackofficeProcess, tmp_path: Path
) -> None:
    team = f"ext-{uuid.uuid4().hex[:6]}"
    extension = f"7{random.randint(0, 99999):05d}"
    agent, _ = new_user(backoffice_server, "agent", team)
    boss, _ = new_user(backoffice_server, "supervisor", team)
    clients: list[CrmClient] = []
    features: list[Any] = []
    store: Store | None = None
    live: LiveEvents | None = None
    try:
        # the agent's desktop: its phone's SIP user is its extension; on a call, following the live events
        agent_client = signed_in(backoffice_server, agent["username"])
        clients.append(agent_client)
        agent_shell, store = agent_desk(
            make_shell, tmp_path, agent_client, backoffice_server.url, **{"sip.username": extension}
        )
        live = LiveEvents(agent_client, agent_shell.window)
        agent_shell.ctx.services.provide(LIVE, live)
        live.start()
        presence = presence_feature.install(agent_shell.ctx, agent_shell.window)
        told = monitor_feature.install(agent_shell.ctx, agent_shell.window)
        features += [told, presence]
        qtbot.waitUntil(lambda: live.connected and presence.outbox is not None, timeout=5000)
        presence.machine.call_dialled("c1")  # what the phone's outgoing call does to presence
        indicator = agent_shell.window.status_indicator("monitored")

        # the supervisor's desktop: Call → Monitor an agent..., the agent's extension typed in
        boss_client = signed_in(backoffice_server, boss["username"])
        clients.append(boss_client)
        boss_shell = make_shell(profile="boss", overrides={"sip.registrar": "pbx.example.com"})
        boss_phone = Phone()
        boss_shell.ctx.services.provide(CRM, CrmService(boss_client, None, None, backoffice_server.url, "b"))  # type: ignore[arg-type]
        boss_shell.ctx.services.provide(PHONE, boss_phone)  # type: ignore[arg-type]
        monitor = monitor_feature.install(boss_shell.ctx, boss_shell.window)
        board = wallboard_feature.install(boss_shell.ctx, boss_shell.window)
        features += [board, monitor]
        qtbot.waitUntil(lambda: [a.sip_user for a in boss_client.presence_board().agents] == [extension], timeout=5000)
        dialog = monitor.open_dialog()
        assert dialog is not None
        qtbot.keyClicks(dialog.extension, extension)
        dialog.mode.setCurrentIndex(dialog.mode.findData(Mode.WHISPER))
        dialog.dial()
        assert boss_phone.dialled == [f"sip:*223{extension}@pbx.example.com"]
        boss_phone.call(101, CallState.ACTIVE)  # the PBX answered the feature code
        qtbot.waitUntil(indicator.isVisible, timeout=5000)
        assert indicator.text() == "Supervisor whispering"
        assert indicator.toolTip().endswith(": " + boss["display_name"])
        boss_phone.call(101, CallState.DISCONNECTED)
        qtbot.waitUntil(lambda: not indicator.isVisible(), timeout=5000)

        # the wallboard's menu on the agent's line dials the same extension (not the CRM user name)
        view = board.open_wallboard()
        assert view is not None
        qtbot.waitUntil(
            lambda: view.model.rowCount() == 1 and cell(view, agent["id"], STATE) == "On call", timeout=5000
        )
        menu = view.findChild(AgentMenu).menu_for(view.board.lines[agent["id"]])
        [entry] = [a for a in menu.actions() if a.text() == "Barge into the call"]
        assert entry.isEnabled()
        entry.trigger()
        assert boss_phone.dialled[-1] == f"sip:*224{extension}@pbx.example.com"
        boss_phone.call(102, CallState.ACTIVE)
        qtbot.waitUntil(lambda: indicator.isVisible() and indicator.text() == "Supervisor in the call", timeout=5000)
    finally:
        for feature in features:
            feature.shutdown()
        if live is not None:
            live.close()
        for client in clients:
            client.close()
        if store is not None:
            store.close()
