"""The wallboard lists the supervisor's whole team from the real back office over HTTP: an agent who
never signed in reads "Logged out" (no time in a state) and counts in the totals; the supervisor,
whose own desktop reports a state, is no agent row until they take a call."""

from __future__ import annotations

import uuid

import pytest

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.wallboard import feature as wallboard_feature
from agent_desktop.features.wallboard.table_model import STATE, TIME
from crm.schemas.presence import PresenceState
from tests.agent_desktop.features.wallboard.test_wallboard_e2e import (
    log_todays_call,
    rows,
    service_for,
    signed_in,
    text,
)
from tests.backoffice.test_presence import event, new_user

pytestmark = pytest.mark.e2e


def test_the_wallboard_lists_the_agent_who_never_signed_in_and_not_the_supervisor(
    make_shell, qtbot, backoffice_server
) -> None:
    team = f"east-{uuid.uuid4().hex[:6]}"
    ann, ann_desk = new_user(backoffice_server, "agent", team)
    ned, _ = new_user(backoffice_server, "agent", team)  # never signed in
    boss, boss_desk = new_user(backoffice_server, "supervisor", team)
    ann_desk.post("/presence/events", json={"events": [event(1, "ready", minutes_ago=2)]})
    boss_desk.post("/presence/events", json={"events": [event(1, "ready", minutes_ago=1)]})
    client = signed_in(backoffice_server, boss["username"])
    shell = make_shell()
    shell.ctx.services.provide(CRM, service_for(client, backoffice_server))
    feature = wallboard_feature.install(shell.ctx, shell.window)
    try:
        view = feature.open_wallboard()
        assert view is not None
        qtbot.waitUntil(lambda: set(rows(view)) == {ann["id"], ned["id"]}, timeout=5000)
        assert text(view, ned["id"], STATE) == "Logged out" and text(view, ned["id"], TIME) == "–"
        assert text(view, ann["id"], STATE) == "Ready"
        assert view.agents_label.text() == "Agents: 2"
        assert view.state_labels[PresenceState.LOGGED_OUT].text() == "Logged out 1"
        assert view.state_labels[PresenceState.READY].text().startswith("Ready 1 · ")

        log_todays_call(boss_desk)  # the supervisor takes a call as an agent: their figures count
        qtbot.waitUntil(lambda: boss["id"] in rows(view), timeout=5000)
        assert view.agents_label.text() == "Agents: 3"
    finally:
        feature.shutdown()
        client.close()
