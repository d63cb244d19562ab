"""The campaign editor against the real back office over HTTP: a supervisor creates a campaign with its
windows and rules from the campaigns window (empty until then, saying how to start) and edits it; a
field the back office refuses shows its message by the field with everything typed kept; agents never
get the editor."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialogButtonBox

from tests.agent_desktop.features.campaigns.conftest import new_campaign
from tests.screens.clipping import clipped_texts


def _supervisor_view(desk, qtbot):
    sup = desk("sup1")
    qtbot.waitUntil(lambda: sup.feature.action.isVisible(), timeout=5000)
    view = sup.feature.open_supervisor_view()
    assert view is not None
    return sup, view


def _set_time(edit, value: datetime) -> None:
    edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(value.timestamp())))


def _save(editor) -> None:
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_supervisor_creates_a_campaign_with_windows_and_rules_then_edits_it(desk, team, qtbot, chinese):
    chinese.set_language("en")
    sup, view = _supervisor_view(desk, qtbot)
    qtbot.waitUntil(lambda: view.empty.isVisible(), timeout=5000)  # no campaigns yet: it says what to do
    assert "New campaign..." in view.empty.text() and not view.split.isVisible()
    view.new_button.click()
    editor = view.editor
    assert editor is not None and not editor.status.isEnabled()  # created as a draft
    start = datetime.now(timezone.utc).replace(second=0, microsecond=0) + timedelta(hours=2)
    editor.name.setText("春季新品回访")
    editor.script.setPlainText("您好，这里是健康购物频道……\n介绍颈椎按摩仪试用装")
    _set_time(editor.starts_at, start)
    _set_time(editor.deadline_at, start + timedelta(days=3))
    editor.windows.set_windows([])
    editor.windows.item(0, 0).setText("08:30")  # Monday 08:30-11:00 and 13:00-24:00
    editor.windows.item(0, 1).setText("11:00")
    editor.windows.item(0, 2).setText("13:00")
    editor.windows.item(0, 3).setText("24:00")
    editor.windows.item(5, 0).setText("10:00")  # Saturday 10:00-16:00
    editor.windows.item(5, 1).setText("16:00")
    editor.max_attempts.setValue(3)
    editor.max_attempts_24h.setValue(1)
    editor.retry["busy_s"].setValue(15)
    editor.retry["no_answer_s"].setValue(90)
    assert editor.near_deadline_floor.value() == 10  # the contract's default: 10 minutes
    assert "at least" in editor.near_deadline_label.text() and "never sooner" in editor.near_deadline_floor.toolTip()
    editor.near_deadline_floor.setValue(5)
    editor.ending[next(d for d in editor.ending if d.value == "wrong_person")].setChecked(False)
    editor.priority.setValue(8)
    editor.mode.setCurrentIndex(editor.mode.findData("progressive"))
    editor.ring_timeout_s.setValue(25)
    editor.machine_action.setCurrentIndex(editor.machine_action.findData("hang_up"))
    assert clipped_texts(editor) == []
    fits = editor.minimumSizeHint()
    assert fits.width() <= 1280 and fits.height() <= 720  # fits an agent's 1280×720 screen
    _save(editor)
    qtbot.waitUntil(lambda: editor.campaign is not None, timeout=5000)
    made = team.request("GET", f"/campaigns/{editor.campaign.id}").json()
    assert made["name"] == "春季新品回访" and made["script"].endswith("介绍颈椎按摩仪试用装")
    assert made["status"] == "draft" and made["teams"] == ["outbound"]
    assert datetime.fromisoformat(made["starts_at"]) == start
    assert datetime.fromisoformat(made["deadline_at"]) == start + timedelta(days=3)
    assert made["windows"] == [
        {"weekday": 0, "start": "08:30", "end": "11:00"},
        {"weekday": 0, "start": "13:00", "end": "24:00"},
        {"weekday": 5, "start": "10:00", "end": "16:00"},
    ]
    assert (made["max_attempts"], made["max_attempts_24h"], made["priority"]) == (3, 1, 8)
    assert made["retry"]["busy_s"] == 15 * 60 and made["retry"]["no_answer_s"] == 90 * 60
    assert made["ending_dispositions"] == ["sale", "not_interested"]
    assert (made["mode"], made["ring_timeout_s"], made["machine_action"]) == ("progressive", 25, "hang_up")
    qtbot.waitUntil(lambda: view.table.rowCount() == 1 and view.split.isVisible(), timeout=5000)
    assert view.table.item(0, 0).text() == "春季新品回访"

    assert made["retry"]["near_deadline_floor_s"] == 5 * 60  # retries come sooner near the deadline

    # edited from the list with a double-click: the editor shows what was saved; running it is a status
    view.table.doubleClicked.emit(view.table.model().index(0, 0))
    editor = view.editor
    qtbot.waitUntil(lambda: editor.campaign is not None, timeout=5000)
    assert editor.windows.item(5, 1).text() == "16:00" and editor.retry["busy_s"].value() == 15
    assert editor.near_deadline_floor.value() == 5
    assert editor.status.isEnabled()
    editor.status.setCurrentIndex(editor.status.findData("running"))
    editor.priority.setValue(9)
    editor.near_deadline_floor.setValue(editor.near_deadline_floor.minimum())  # off: never sooner
    assert editor.near_deadline_floor.text() == "Never sooner"
    _save(editor)
    qtbot.waitUntil(lambda: editor.result() == editor.DialogCode.Accepted, timeout=5000)
    again = team.request("GET", f"/campaigns/{made['id']}").json()
    assert (again["status"], again["priority"], again["version"]) == ("running", 9, made["version"] + 1)
    assert again["windows"] == made["windows"]
    assert again["retry"] == {**made["retry"], "near_deadline_floor_s": None}

    view.table.doubleClicked.emit(view.table.model().index(0, 0))  # off, as saved
    editor = view.editor
    qtbot.waitUntil(lambda: editor.campaign is not None and editor.campaign.version == again["version"], timeout=5000)
    assert editor.near_deadline_floor.text() == "Never sooner"
    editor.reject()


def test_a_refused_field_shows_the_servers_message_by_it_and_keeps_the_input(desk, team, qtbot, chinese):
    chinese.set_language("en")
    _sup, view = _supervisor_view(desk, qtbot)
    editor = view.open_editor(None)
    editor.name.setText("双十一预热")
    editor.script.setPlainText("话术第一行\n第二行")
    editor.default_time_zone.setText("Mars/Olympus")
    editor.windows.item(2, 0).setText("18:00")  # Wednesday's first window ends before it starts
    editor.windows.item(2, 1).setText("09:00")
    _save(editor)
    qtbot.waitUntil(lambda: editor.errors["default_time_zone"].isVisible(), timeout=5000)
    assert editor.errors["default_time_zone"].text() == "Unknown time zone: use a name such as Asia/Shanghai."
    assert editor.errors["windows"].text() == "A calling window must end after it starts."
    assert editor.windows.item(2, 0).toolTip() == "A calling window must end after it starts."
    assert not editor.errors["name"].isVisible()
    assert "Not saved" in editor.message.text()
    assert editor.isVisible() and editor.campaign is None
    assert (editor.name.text(), editor.script.toPlainText()) == ("双十一预热", "话术第一行\n第二行")
    assert (editor.default_time_zone.text(), editor.windows.item(2, 0).text()) == ("Mars/Olympus", "18:00")
    assert team.request("GET", "/campaigns").json() == []  # nothing half-saved
    assert clipped_texts(editor) == []
    chinese.set_language("zh_CN")  # in Chinese: the server's refusal in Chinese by the field
    _save(editor)
    qtbot.waitUntil(
        lambda: editor.errors["default_time_zone"].text() == "未知时区：请使用 Asia/Shanghai 这样的名称。", timeout=5000
    )
    assert clipped_texts(editor) == []
    # corrected: saved
    editor.default_time_zone.setText("Asia/Urumqi")
    editor.windows.item(2, 1).setText("21:00")
    _save(editor)
    qtbot.waitUntil(lambda: editor.campaign is not None, timeout=5000)
    made = team.request("GET", f"/campaigns/{editor.campaign.id}").json()
    assert made["default_time_zone"] == "Asia/Urumqi"
    assert {"weekday": 2, "start": "18:00", "end": "21:00"} in made["windows"]


def test_agents_cannot_open_the_editor(desk, team, qtbot):
    agent = desk("agent1")
    qtbot.waitUntil(lambda: agent.feature.remote is not None, timeout=5000)
    assert agent.feature.open_editor() is None
    assert agent.feature.view is None


def test_an_edit_meanwhile_and_a_deadline_before_the_start_keep_the_input(desk, team, qtbot, chinese):
    chinese.set_language("en")
    campaign = new_campaign(team, [])
    _sup, view = _supervisor_view(desk, qtbot)
    editor = view.open_editor(campaign["id"])
    qtbot.waitUntil(lambda: editor.campaign is not None, timeout=5000)
    editor.name.setText("改期回访")
    _set_time(editor.deadline_at, datetime.fromisoformat(campaign["starts_at"]) - timedelta(hours=1))
    _save(editor)
    qtbot.waitUntil(lambda: editor.errors["deadline_at"].isVisible(), timeout=5000)
    assert editor.errors["deadline_at"].text() == "The deadline must be after the start."
    _set_time(editor.deadline_at, datetime.fromisoformat(campaign["deadline_at"]) + timedelta(days=1))
    team.request(  # another supervisor changes it meanwhile
        "PATCH",
        f"/campaigns/{campaign['id']}",
        json={"priority": 2},
        if_match=campaign["version"],
        idempotency_key=uuid.uuid4().hex,
    )
    _save(editor)
    qtbot.waitUntil(lambda: "changed this campaign meanwhile" in editor.message.text(), timeout=5000)
    assert editor.isVisible() and editor.name.text() == "改期回访"
    _save(editor)  # again: ours replaces theirs
    qtbot.waitUntil(lambda: editor.result() == editor.DialogCode.Accepted, timeout=5000)
    assert team.request("GET", f"/campaigns/{campaign['id']}").json()["name"] == "改期回访"
