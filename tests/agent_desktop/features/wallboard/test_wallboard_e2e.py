"""The wallboard against the real back office over HTTP: a supervisor's board follows an agent's
change within about a second through the watch, shows only their team, filters by team for an admin;
with the live events it follows an agent's client by push alone (state, then the call's log: calls
today, AHT, wrap-up, the team's totals) and catches up after the back office restarts; an agent's
client offers no wallboard and asks for no board."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from agent_desktop.features.crm_link.api import CRM, LIVE, CrmService
from agent_desktop.features.crm_link.live import LiveEvents
from agent_desktop.features.wallboard import feature as wallboard_feature
from agent_desktop.features.wallboard.api import WALLBOARD
from agent_desktop.features.wallboard.core.backoff import Backoff
from agent_desktop.features.wallboard.table_model import AHT, CALL, CALLS, ID_ROLE, REASON, STATE, WRAP_UP
from backoffice.agent_day import day_of
from crm.client import ClientConfig, CrmClient
from crm.event_stream import EventStream
from crm.kpis import centre_zone
from tests.backoffice.test_agent_day import log_call
from tests.backoffice.test_presence import PASSWORD, event, new_user
from tests.fixtures.backoffice import DEMO_CREDENTIALS, ApiSession, BackofficeProcess

pytestmark = pytest.mark.e2e


def log_todays_call(desk: ApiSession) -> None:
    """A call the agent handled (talk 150 s, hold 10 s, wrap-up 40 s) that rang three minutes ago, or at
    the centre's local midnight when that was later: the board counts the calls of the centre's day."""
    zone = centre_zone(desk.get("/reports/settings").json()["time_zone"])
    now = datetime.now(timezone.utc)
    start, _ = day_of(now, zone)
    log_call(desk, max(start, now - timedelta(minutes=3)), talk=150, hold=10, wrap=40)


def signed_in(server: BackofficeProcess, username: str, password: str = PASSWORD) -> CrmClient:
    client = CrmClient(ClientConfig(server.url, timeout_s=10, retries=0))
    client.login(username, password)
    return client


def service_for(client: CrmClient, server: BackofficeProcess) -> CrmService:
    assert client.user is not None
    return CrmService(client, None, None, server.url, client.user["username"])  # type: ignore[arg-type]


@pytest.fixture
def teams(backoffice_server: BackofficeProcess) -> Iterator[dict[str, Any]]:
    """Two fresh teams: north (a supervisor, two agents) and south (one agent), each agent with a state."""
    north, south = f"north-{uuid.uuid4().hex[:6]}", f"south-{uuid.uuid4().hex[:6]}"
    ann, ann_desk = new_user(backoffice_server, "agent", north)
    bob, bob_desk = new_user(backoffice_server, "agent", north)
    cy, cy_desk = new_user(backoffice_server, "agent", south)
    boss, _ = new_user(backoffice_server, "supervisor", north)
    ann_desk.post("/presence/events", json={"events": [event(1, "ready", minutes_ago=2)]})
    bob_desk.post("/presence/events", json={"events": [event(1, "wrap_up", minutes_ago=5)]})
    cy_desk.post("/presence/events", json={"events": [event(1, "not_ready", "break", minutes_ago=1)]})
    clients: list[CrmClient] = []
    yield {
        "north": north,
        "south": south,
        "ann": (ann, ann_desk),
        "bob": bob,
        "cy": cy,
        "boss": boss,
        "clients": clients,
    }
    for client in clients:
        client.close()


def rows(view) -> dict[str, int]:
    model = view.model
    return {model.data(model.index(r, 0), ID_ROLE): r for r in range(model.rowCount())}


def text(view, user_id: str, column: int) -> str:
    model = view.model
    return model.data(model.index(rows(view)[user_id], column))


def test_a_supervisors_wallboard_follows_an_agents_change_at_once(make_shell, qtbot, backoffice_server, teams) -> None:
    client = signed_in(backoffice_server, teams["boss"]["username"])
    teams["clients"].append(client)
    shell = make_shell()
    shell.ctx.services.provide(CRM, service_for(client, backoffice_server))
    feature = wallboard_feature.install(shell.ctx, shell.window)
    try:
        assert shell.ctx.services.get(WALLBOARD) is feature
        assert feature.action.isVisible() and feature.action in shell.window.menu("tools").actions()
        feature.action.trigger()
        view = feature.view
        assert view is not None and feature.host is not None and feature.host.isVisible()
        ann, bob, cy = teams["ann"][0], teams["bob"], teams["cy"]
        qtbot.waitUntil(lambda: set(rows(view)) == {ann["id"], bob["id"]}, timeout=5000)  # north only
        assert list(rows(view)) == [bob["id"], ann["id"]]  # bob is stuck in wrap-up (5 min): first
        assert view.model.stuck.get(bob["id"]) is not None and view.stuck_label.text() == "Stuck: 1"
        assert cy["id"] not in rows(view)
        qtbot.waitUntil(lambda: view.feed.watching, timeout=3000)

        started = time.monotonic()
        teams["ann"][1].post(
            "/presence/events",
            json={
                "events": [
                    event(2, "on_call", call_direction="outbound", customer_name="张伟", media_source="400-810-8888")
                ]
            },
        )
        qtbot.waitUntil(lambda: text(view, ann["id"], STATE) == "On call", timeout=2000)
        assert time.monotonic() - started < 2.0
        assert text(view, ann["id"], CALL) == "Outbound · 张伟 · 400-810-8888"
        assert view.board.cursor is not None and view.feed.reading is False

        feature.host.close()
        assert not view.ticker.isActive() and not view.feed.running
    finally:
        feature.shutdown()


def test_an_admin_filters_the_board_by_team(make_shell, qtbot, backoffice_server, teams) -> None:
    client = signed_in(backoffice_server, "admin", DEMO_CREDENTIALS["admin"])
    teams["clients"].append(client)
    shell = make_shell()
    shell.ctx.services.provide(CRM, service_for(client, backoffice_server))
    feature = wallboard_feature.install(shell.ctx, shell.window)
    try:
        view = feature.open_wallboard()
        assert view is not None
        ids = {teams["ann"][0]["id"], teams["bob"]["id"], teams["cy"]["id"]}
        qtbot.waitUntil(lambda: ids <= set(rows(view)), timeout=5000)  # every team
        assert view.team_combo.itemText(0) == "All teams" and view.team_combo.isEnabled()
        assert view.teams.texts(None)[0] == "All teams" and view.teams.row_of(teams["south"]) > 0
        index = view.team_combo.findText(teams["south"])
        assert index > 0
        view.team_combo.setCurrentIndex(index)
        assert set(rows(view)) == {teams["cy"]["id"]}
        assert text(view, teams["cy"]["id"], STATE) == "Not ready" and view.agents_label.text() == "Agents: 1"
        view.team_combo.setCurrentIndex(view.team_combo.findText(teams["north"]))
        assert set(rows(view)) == {teams["ann"][0]["id"], teams["bob"]["id"]}
    finally:
        feature.shutdown()


def test_a_supervisors_team_filter_names_their_team_in_either_language(
    make_shell, qtbot, backoffice_server, teams
) -> None:
    client = signed_in(backoffice_server, teams["boss"]["username"])
    teams["clients"].append(client)
    shell = make_shell()
    shell.ctx.services.provide(CRM, service_for(client, backoffice_server))
    feature = wallboard_feature.install(shell.ctx, shell.window)
    translations = shell.ctx.translations
    try:
        view = feature.open_wallboard()
        assert view is not None
        qtbot.waitUntil(lambda: set(rows(view)) == {teams["ann"][0]["id"], teams["bob"]["id"]}, timeout=5000)
        combo = view.team_combo
        assert [combo.itemText(i) for i in range(combo.count())] == [teams["north"]]  # not "All teams"
        assert not combo.isEnabled() and "own team" in combo.toolTip()
        assert [view.teams.team_at(row) for row in range(view.teams.rowCount())] == [teams["north"]]  # no "All teams"
        assert view.teams.texts(teams["north"])[:2] == (teams["north"], "2")
        translations.set_language("zh_CN")
        qtbot.waitUntil(lambda: view.team_label.text() != "&Team:", timeout=3000)
        assert [combo.itemText(i) for i in range(combo.count())] == [teams["north"]]  # not "全部班组"
        assert "班组" in combo.toolTip() and not combo.isEnabled()
        assert view.teams.rowCount() == 1 and view.teams.texts(teams["north"])[0] == teams["north"]
    finally:
        translations.set_language("en")
        feature.shutdown()


def test_an_agent_gets_no_wallboard(make_shell, qtbot, backoffice_server, teams) -> None:
    ann, _ = teams["ann"]
    client = signed_in(backoffice_server, ann["username"])
    teams["clients"].append(client)
    asked: list[str] = []
    client.presence_board = lambda: asked.append("board")  # type: ignore[method-assign]
    shell = make_shell()
    shell.ctx.services.provide(CRM, service_for(client, backoffice_server))
    feature = wallboard_feature.install(shell.ctx, shell.window)
    try:
        assert not feature.action.isVisible()
        feature.action.trigger()  # even the shortcut's action opens nothing
        assert feature.open_wallboard() is None and feature.host is None
        qtbot.wait(100)
        assert asked == []
    finally:
        feature.shutdown()


def test_the_board_follows_pushed_events_with_the_days_calls_and_catches_up_after_a_restart(
    make_shell, qtbot, backoffice_factory
) -> None:
    bo: BackofficeProcess = backoffice_factory(seed_customers=0)
    team = f"east-{uuid.uuid4().hex[:6]}"
    ann, ann_desk = new_user(bo, "agent", team)
    boss, _ = new_user(bo, "supervisor", team)
    ann_desk.post("/presence/events", json={"events": [event(1, "ready", minutes_ago=1)]})
    client = signed_in(bo, boss["username"])
    shell = make_shell()
    live = LiveEvents(client, shell.window)
    live._stream = EventStream(client, live._arrived, live._state, first_wait_s=0.2, max_wait_s=0.5)  # quick retries
    shell.ctx.services.provide(CRM, service_for(client, bo))
    shell.ctx.services.provide(LIVE, live)
    live.start()
    feature = wallboard_feature.install(shell.ctx, shell.window)
    qtbot.waitUntil(lambda: live.connected, timeout=5000)
    view = feature.open_wallboard()
    assert view is not None
    view.feed._backoff = Backoff(0.2, 0.5)  # the test does not wait seconds for a retry
    try:
        qtbot.waitUntil(lambda: view.feed.pushed and ann["id"] in rows(view), timeout=5000)
        assert text(view, ann["id"], CALLS) == "0" and text(view, ann["id"], AHT) == "–"

        # the agent's client: a call, then its log; the board follows by push alone
        ann_desk.post("/presence/events", json={"events": [event(2, "on_call", customer_name="张伟")]})
        qtbot.waitUntil(lambda: text(view, ann["id"], STATE) == "On call", timeout=2000)
        log_todays_call(ann_desk)
        ann_desk.post("/presence/events", json={"events": [event(3, "wrap_up")]})
        qtbot.waitUntil(lambda: text(view, ann["id"], CALLS) == "1", timeout=2000)
        assert text(view, ann["id"], AHT) == "03:20" and text(view, ann["id"], WRAP_UP) == "00:40"
        qtbot.waitUntil(lambda: text(view, ann["id"], STATE) == "Wrap-up", timeout=2000)
        assert view.teams.texts(team)[-3:] == ("1", "03:20", "00:40")
        assert not view.feed.watching and view.feed.reads == 1  # no long poll, no second read

        bo.restart()  # the stream drops; what changes meanwhile is caught up
        ann_desk = bo.session(ann["username"])
        ann_desk.post("/presence/events", json={"events": [event(4, "not_ready", "meal")]})
        qtbot.waitUntil(lambda: text(view, ann["id"], STATE) == "Not ready", timeout=10000)
        assert text(view, ann["id"], REASON) == "Meal" and text(view, ann["id"], CALLS) == "1"
        qtbot.waitUntil(lambda: view.feed.pushed, timeout=15000)  # the stream is back: pushed again
        ann_desk.post("/presence/events", json={"events": [event(5, "ready")]})
        qtbot.waitUntil(lambda: text(view, ann["id"], STATE) == "Ready", timeout=2000)
        assert view.feed.reads >= 2
    finally:
        feature.shutdown()
        live.close()
        client.close()


def test_the_long_polled_board_gets_the_days_figures_of_a_logged_call(
    make_shell, qtbot, backoffice_server, teams, monkeypatch
) -> None:
    """Without the live events the board follows by long poll: a call logged (no state change) answers
    the watch with the agent's calls of the day, as the push channel would have brought them."""
    from agent_desktop.features.wallboard import feed

    monkeypatch.setattr(feed, "full_read_every_s", lambda _timeout: 3600.0)  # only the watch can bring it
    client = signed_in(backoffice_server, teams["boss"]["username"])
    teams["clients"].append(client)
    shell = make_shell()
    shell.ctx.services.provide(CRM, service_for(client, backoffice_server))
    feature = wallboard_feature.install(shell.ctx, shell.window)
    try:
        view = feature.open_wallboard()
        assert view is not None
        ann, ann_desk = teams["ann"]
        qtbot.waitUntil(lambda: ann["id"] in rows(view) and view.feed.watching, timeout=5000)
        assert text(view, ann["id"], CALLS) == "0" and not view.feed.pushed
        reads = view.feed.reads
        log_todays_call(ann_desk)
        qtbot.waitUntil(lambda: text(view, ann["id"], CALLS) == "1", timeout=3000)
        assert text(view, ann["id"], AHT) == "03:20" and text(view, ann["id"], WRAP_UP) == "00:40"
        assert text(view, ann["id"], STATE) == "Ready"  # the line moved on the cursor, not in state
        assert view.teams.texts(teams["north"])[-3:] == ("1", "03:20", "00:40")
        assert view.feed.reads == reads  # the watch brought it, not a full read
    finally:
        feature.shutdown()
