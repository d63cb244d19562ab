"""An agent in no team is told so in the Campaign dock (the back office's 403), not "nothing to call"
forever, and cannot press Start; once put in a team, the team's campaigns show and Start works."""

from __future__ import annotations

import pytest

from tests.agent_desktop.features.campaigns.conftest import TEAM, new_campaign
from tests.crm.helpers import client_for
from tests.crm.test_todos_sync import set_team

pytestmark = pytest.mark.e2e


def test_an_agent_in_no_team_is_told_why_and_gets_the_campaigns_once_in_one(desk, live_backoffice, qtbot) -> None:
    d = desk("agent1")  # nobody put agent1 in a team
    dock = d.feature.dock
    qtbot.waitUntil(lambda: "in no team" in dock.status_text(), timeout=5000)
    assert "Tools > User accounts" in dock.status_text()
    assert not dock.work.isEnabled() and dock.campaign_list.count() == 0

    for name in ("agent1", "sup1"):
        set_team(live_backoffice.db_url, name, TEAM)
    sup = client_for(live_backoffice.url, "sup1")
    try:
        campaign = new_campaign(sup, [("+8613900000001", "")])
    finally:
        sup.close()
    d.feature.refresh_campaigns()  # what the live event of the campaign's start does
    qtbot.waitUntil(lambda: dock.campaign_list.count() == 1, timeout=5000)
    assert campaign["name"] in dock.campaign_list.item(0).text()
    assert dock.work.isEnabled() and dock.status_text() == "Press Start to work the campaigns."
