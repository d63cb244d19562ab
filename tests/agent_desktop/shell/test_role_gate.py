"""The check at the top of the role windows' openers (wallboard, reports, campaigns, the QA screens):
before the CRM is there each says so in the status bar and opens nothing; a role that may not opens
nothing either; the right role gets the service."""

from __future__ import annotations

from types import SimpleNamespace

from agent_desktop.features.campaigns import feature as campaigns_feature
from agent_desktop.features.quality import feature as quality_feature
from agent_desktop.features.reports import feature as reports_feature
from agent_desktop.features.wallboard import feature as wallboard_feature
from agent_desktop.shell.role_gate import allowed_service

STARTING = "The CRM is still starting; try again in a moment."


class Told:
    def __init__(self) -> None:
        self.texts: list[str] = []

    def transient(self, text: str) -> None:
        self.texts.append(text)


def test_the_gate_lets_the_right_role_through_and_tells_when_the_crm_is_not_there() -> None:
    told = Told()
    supervisor, agent = SimpleNamespace(role="supervisor"), SimpleNamespace(role="agent")
    assert allowed_service(supervisor, ("supervisor", "admin"), told, "the wallboard") is supervisor
    assert allowed_service(agent, ("supervisor", "admin"), told, "the wallboard") is None
    assert told.texts == []  # the entry is hidden from that role: nothing to tell
    assert allowed_service(None, ("supervisor", "admin"), told, "the wallboard") is None
    assert told.texts == [STARTING]


def test_every_role_window_waits_for_the_crm_the_same_way(make_shell) -> None:
    shell = make_shell()
    features = [
        wallboard_feature.install(shell.ctx, shell.window),
        reports_feature.install(shell.ctx, shell.window),
        campaigns_feature.install(shell.ctx, shell.window),
        quality_feature.install(shell.ctx, shell.window),
    ]
    wallboard, reports, campaigns, quality = features
    try:
        openers = (
            wallboard.open_wallboard,
            reports.open_reports,
            campaigns.open_supervisor_view,
            quality.open_evaluate,
            quality.open_forms,
            quality.open_mine,
        )
        for opener in openers:
            shell.window.statusBar().clearMessage()
            assert opener() is None
            assert shell.window.statusBar().currentMessage() == STARTING, opener
        hosts = (wallboard.host, reports.host, campaigns.host, quality.evaluate_host, quality.forms_host)
        assert hosts == (None,) * 5
    finally:
        for feature in reversed(features):
            feature.shutdown()
