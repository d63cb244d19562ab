"""The supervisors' campaign list against the real back office: a campaign that does not run has no
projected finish and no next possible call ("not running"), the callee's time reads as a date and time
with its offset, and the Agents count names its agents in a tooltip."""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta, timezone

from agent_desktop.features.campaigns.labels import status_label
from tests.agent_desktop.features.campaigns.conftest import ALL_DAY, TEAM, new_campaign
from tests.crm.helpers import client_for

AGENTS, FINISH = 10, 9


def test_a_campaign_not_running_says_so_and_the_agents_are_named(desk, team, live_backoffice, qtbot, chinese):
    chinese.set_language("en")
    running = new_campaign(team, [("+8613900000031", ""), ("+8613900000032", "")])
    now = datetime.now(timezone.utc)
    draft = team.request(
        "POST",
        "/campaigns",
        json={
            "name": f"空草稿 {uuid.uuid4().hex[:4]}",
            "starts_at": now.isoformat(),
            "deadline_at": (now + timedelta(days=3)).isoformat(),
            "windows": ALL_DAY,
            "teams": [TEAM],
        },
        idempotency_key=uuid.uuid4().hex,
    ).json()
    agent = client_for(live_backoffice.url, "agent1")
    try:
        assert agent.request("POST", "/campaigns/claim-next", idempotency_key=uuid.uuid4().hex).status_code == 200
    finally:
        agent.close()
    sup = desk("sup1")
    qtbot.waitUntil(lambda: sup.feature.action.isVisible(), timeout=5000)
    view = sup.feature.open_supervisor_view()
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=5000)

    def row_of(name: str) -> int:
        return next(r for r in range(view.table.rowCount()) if view.table.item(r, 0).text() == name)

    on, empty = row_of(running["name"]), row_of(draft["name"])
    assert view.table.item(on, AGENTS).text() == "1" and view.table.item(on, AGENTS).toolTip() == "agent1"
    assert view.table.item(empty, FINISH).text() == "not running"  # a draft with no records: no finish time
    assert view.table.item(empty, AGENTS).toolTip() == "No agent on it in the last 15 minutes"
    team.request(
        "PATCH",
        f"/campaigns/{running['id']}",
        json={"status": "paused"},
        if_match=running["version"],
        idempotency_key=uuid.uuid4().hex,
    )
    view.refresh()
    qtbot.waitUntil(lambda: view.table.item(row_of(running["name"]), 1).text() == status_label("paused"), timeout=5000)
    assert view.table.item(row_of(running["name"]), FINISH).text().startswith("not running")
    view.table.selectRow(row_of(running["name"]))
    qtbot.waitUntil(lambda: view.explain.rowCount() == 2, timeout=5000)
    for row in range(2):
        callee = view.explain.item(row, 2).text()
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d \(UTC\+08:00\)", callee), callee
        assert view.explain.item(row, 3).text() == "not running"
