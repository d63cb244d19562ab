"""Tools → User accounts against the real back office over HTTP: the Team field offers the teams the
active users are in (the demo data's A组 and B组), typed into case-insensitively or picked from the
whole list, so a user is put in an existing team rather than in a typo nobody else is in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from agent_desktop.features.accounts.feature import install
from agent_desktop.features.crm_link.api import CRM, CrmService
from backoffice.seed import DEMO_TEAM, DEMO_TEAM_2
from crm.client import ClientConfig, CrmClient

pytestmark = pytest.mark.e2e


def test_the_team_field_offers_the_teams_there_are(make_shell, qtbot, backoffice_server) -> None:
    password = backoffice_server.credentials["admin"]
    client = CrmClient(
        ClientConfig(backoffice_server.url, timeout_s=5, retries=0), credentials=lambda: ("admin", password)
    )
    client.login("admin", password)
    shell = make_shell(overrides={"sip.local_port": 0})
    shell.ctx.services.provide(CRM, CrmService(client, None, None, backoffice_server.url, "admin"))  # type: ignore[arg-type]
    feature = install(shell.ctx, shell.window)
    try:
        feature.open_users()
        view = feature.users_view
        assert view is not None
        team = view.form.team
        qtbot.waitUntil(lambda: {DEMO_TEAM, DEMO_TEAM_2} <= set(team.teams()), timeout=10_000)
        assert "" not in team.teams() and team.list_action.isVisible()

        view.start_new()
        team.setFocus()
        qtbot.keyClick(team, Qt.Key.Key_Down)  # the whole list, to pick from
        popup = team.completer().popup()
        assert popup is not None
        qtbot.waitUntil(popup.isVisible, timeout=2000)
        shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
        assert shown == team.teams()
        popup.hide()
        qtbot.keyClicks(team, "b")  # case-insensitive, anywhere in the name
        qtbot.waitUntil(popup.isVisible, timeout=2000)
        model = popup.model()
        shown = [model.index(r, 0).data() for r in range(model.rowCount())]
        assert DEMO_TEAM_2 in shown and DEMO_TEAM not in shown and all("b" in name.lower() for name in shown)
        rect = popup.visualRect(model.index(shown.index(DEMO_TEAM_2), 0))
        qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert team.text() == DEMO_TEAM_2 and view.form.values()["team"] == DEMO_TEAM_2 and view.form.dirty
    finally:
        feature.shutdown()
        client.close()
