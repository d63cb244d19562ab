"""The supervisors' campaigns window against the real back office: progress and projected finish per
campaign, the explain list of the selected one, start / pause / resume / finish by the campaign's
status; agents get no menu entry."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from agent_desktop.features.campaigns.labels import skip_reason_label, status_label
from tests.agent_desktop.features.campaigns.conftest import TEAM, new_campaign
from tests.screens.clipping import clipped_texts


def test_supervisor_sees_progress_and_why_records_wait_and_pauses_a_campaign(desk, team, qtbot, chinese):
    chinese.set_language("en")
    campaign = new_campaign(team, [("+8613900000021", ""), ("+8613900000022", "")])
    sup = desk("sup1")
    qtbot.waitUntil(lambda: sup.feature.action.isVisible(), timeout=5000)
    view = sup.feature.open_supervisor_view()
    assert view is not None
    qtbot.waitUntil(lambda: view.table.rowCount() == 1 and view.explained is not None, timeout=5000)
    row = [view.table.item(0, c).text() for c in range(view.table.columnCount())]
    assert row[0] == campaign["name"] and row[1] == status_label("running")
    assert (row[2], row[3], row[4], row[5]) == ("0", "2", "0", "0")  # done, left, invalid, DNC
    assert row[10] == "0"  # nobody works it yet
    assert "⚠" in row[9]  # at risk: work left and nobody on it
    assert view.explain.rowCount() == 0  # both may be dialled now
    assert clipped_texts(sup.feature.host) == []
    view.pause.click()
    qtbot.waitUntil(lambda: view.table.item(0, 1).text() == status_label("paused"), timeout=5000)
    assert view.pause.text() == "Resume"
    qtbot.waitUntil(lambda: view.explain.rowCount() == 2, timeout=5000)  # why they are not dialled now
    assert skip_reason_label("campaign_not_running") in view.explain.item(0, 1).text()
    view.pause.click()
    qtbot.waitUntil(lambda: view.table.item(0, 1).text() == status_label("running"), timeout=5000)
    chinese.set_language("zh_CN")  # the window follows, and every text still fits
    qtbot.waitUntil(lambda: view.table.horizontalHeaderItem(0).text() == "外呼活动", timeout=5000)
    assert view.table.item(0, 1).text() == "进行中" and view.pause.text() == "暂停"
    assert clipped_texts(sup.feature.host) == []
    # hidden: no refresh timer runs
    sup.feature.host.hide()
    assert not view.timer.isActive()


def test_agents_get_no_campaigns_window(desk, team, qtbot):
    agent = desk("agent1")
    qtbot.waitUntil(lambda: agent.feature.remote is not None, timeout=5000)
    assert not agent.feature.action.isVisible()
    assert agent.feature.open_supervisor_view() is None


def test_a_draft_is_started_and_a_campaign_finished_from_the_list(desk, team, qtbot, chinese):
    chinese.set_language("en")
    now = datetime.now(timezone.utc)
    draft = team.request(
        "POST",
        "/campaigns",
        json={
            "name": f"草稿 {uuid.uuid4().hex[:4]}",
            "script": "您好",
            "starts_at": (now - timedelta(hours=1)).isoformat(),
            "deadline_at": (now + timedelta(days=2)).isoformat(),
            "teams": [TEAM],
        },
        idempotency_key=uuid.uuid4().hex,
    ).json()
    sup = desk("sup1")
    qtbot.waitUntil(lambda: sup.feature.action.isVisible(), timeout=5000)
    view = sup.feature.open_supervisor_view()
    assert view is not None
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=5000)
    assert view.table.item(0, 1).text() == status_label("draft")
    assert view.start.isEnabled() and not view.pause.isEnabled() and view.finish.isEnabled()  # by status
    assert view.start.text() == "Start" and view.finish.text() == "Finish..."
    view.start.click()
    qtbot.waitUntil(lambda: view.table.item(0, 1).text() == status_label("running"), timeout=5000)
    assert not view.start.isEnabled() and view.pause.isEnabled() and view.pause.text() == "Pause"
    assert team.request("GET", f"/campaigns/{draft['id']}").json()["status"] == "running"

    view.finish.click()  # asked first: a finished campaign cannot be started again
    question = view.finish_question
    assert question is not None and draft["name"] in question.text()
    question.reject()  # Cancel: nothing changes
    qtbot.wait(300)
    assert team.request("GET", f"/campaigns/{draft['id']}").json()["status"] == "running"
    view.finish.click()
    question = view.finish_question
    finish = next(b for b in question.buttons() if b.text() == "Finish")
    finish.click()
    qtbot.waitUntil(lambda: view.table.rowCount() == 0, timeout=5000)  # the list shows unfinished ones
    assert team.request("GET", f"/campaigns/{draft['id']}").json()["status"] == "finished"
