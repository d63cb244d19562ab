"""The supervisor's Start / Pause / Resume / Finish reaches the agent's Campaign dock at once, through
the back office's live events (no polling): the dock shows the campaign's status, a record in hand that
is not being called goes back when its campaign is paused, and a resumed campaign is worked again at once."""

from __future__ import annotations

import pytest

from agent_desktop.features.campaigns.core.remote import CampaignRemote
from agent_desktop.features.campaigns.labels import status_label
from agent_desktop.features.crm_link.api import LIVE
from agent_desktop.features.crm_link.live import LiveEvents
from crm.schemas.campaigns import CampaignStatus
from tests.agent_desktop.features.campaigns.conftest import new_campaign, records

pytestmark = pytest.mark.e2e


@pytest.fixture
def live_desk(desk, qtbot):
    """``live_desk(username)``: a desk that follows the back office's live events."""
    streams: list[LiveEvents] = []

    def make(username: str = "agent1"):
        d = desk(username)
        live = LiveEvents(d.sync.client.sibling(), d.shell.window)
        d.shell.ctx.services.provide(LIVE, live)
        live.start()
        streams.append(live)
        qtbot.waitUntil(lambda: live.connected, timeout=10000)
        return d

    yield make
    for live in streams:
        live.close()


def _shown(dock) -> list[str]:
    return [dock.campaign_list.item(i).text() for i in range(dock.campaign_list.count())]


def test_the_agent_sees_pause_resume_and_finish_at_once(live_desk, team, customer, qtbot, chinese):
    chinese.set_language("en")
    customer_id, number = customer
    campaign = new_campaign(team, [(number, customer_id)])
    boss = CampaignRemote(team)
    d = live_desk("agent1")
    dock = d.feature.dock
    dock.work.click()
    qtbot.waitUntil(lambda: dock.target is not None, timeout=5000)
    assert _shown(dock) == [f"{campaign['name']} · preview · {status_label('running')}"]

    boss.set_status(campaign["id"], CampaignStatus.PAUSED)
    qtbot.waitUntil(lambda: dock.target is None, timeout=3000)  # not yet dialled: given back
    assert "was paused" in dock.status_text() and campaign["name"] in dock.status_text()
    assert _shown(dock) == [f"{campaign['name']} · preview · {status_label('paused')}"]
    qtbot.waitUntil(lambda: records(team, campaign["id"])[number]["claimed_by"] is None, timeout=5000)

    boss.set_status(campaign["id"], CampaignStatus.RUNNING)
    qtbot.waitUntil(lambda: dock.target is not None, timeout=3000)  # worked again at once
    assert dock.target.record.number == number and dock.dial.isEnabled()
    assert _shown(dock) == [f"{campaign['name']} · preview · {status_label('running')}"]

    boss.set_status(campaign["id"], CampaignStatus.FINISHED)
    qtbot.waitUntil(lambda: dock.target is None, timeout=3000)
    assert "was finished" in dock.status_text()
    assert _shown(dock) == [f"{campaign['name']} · preview · {status_label('finished')}"]
    qtbot.wait(500)  # the list read again after the event keeps showing it finished
    assert _shown(dock) == [f"{campaign['name']} · preview · {status_label('finished')}"]


def test_a_campaign_run_meanwhile_is_listed_and_worked_without_start_being_pressed_again(
    live_desk, team, customer, qtbot
):
    customer_id, number = customer
    d = live_desk("agent1")
    dock = d.feature.dock
    dock.work.click()
    qtbot.waitUntil(lambda: "Nothing to call now" in dock.status_text(), timeout=5000)
    assert dock.campaign_list.count() == 0
    campaign = new_campaign(team, [(number, customer_id)])  # the supervisor runs it now
    qtbot.waitUntil(lambda: dock.campaign_list.count() == 1 and dock.target is not None, timeout=3000)
    assert campaign["name"] in dock.campaign_list.item(0).text()
