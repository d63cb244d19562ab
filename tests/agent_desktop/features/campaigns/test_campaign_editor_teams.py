"""The campaign editor's Teams field against the real back office over HTTP: it offers the teams the
users are in (picked ones are added, so no typo makes a campaign nobody sees), and its placeholder says
what Save then does: a supervisor's own team, or, for a supervisor in no team, that one must be named
(and Save says so under the field when none is)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.agent_desktop.features.campaigns.conftest import TEAM
from tests.crm.test_todos_sync import set_team


def _editor(desk, qtbot):
    sup = desk("sup1")
    qtbot.waitUntil(lambda: sup.feature.action.isVisible(), timeout=5000)
    view = sup.feature.open_supervisor_view()
    assert view is not None
    view.new_button.click()
    assert view.editor is not None
    return view.editor


def test_a_supervisor_in_a_team_is_offered_the_teams_and_told_empty_is_theirs(desk, team, live_backoffice, qtbot):
    set_team(live_backoffice.db_url, "agent2", "北区")
    editor = _editor(desk, qtbot)
    assert editor.teams.placeholderText() == f"Empty: your team, {TEAM}"
    qtbot.waitUntil(lambda: editor.teams.teams() == sorted([TEAM, "北区"]), timeout=5000)
    assert editor.teams.list_action.isVisible()

    editor.teams.setText("北区")
    editor.teams.show_teams()  # the people button: every team, a pick is added to the one named
    popup = editor.teams.completer().popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == sorted([TEAM, "北区"])
    row = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())].index(TEAM)
    rect = popup.visualRect(popup.model().index(row, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    assert editor.teams.text() == f"北区, {TEAM}"

    editor.teams.setText("北区, ")  # typing offers the names matching the one being typed
    qtbot.keyClicks(editor.teams, "BOUN")
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == [TEAM]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.teams.text() == f"北区, {TEAM}"


def test_a_supervisor_in_no_team_must_name_one_as_the_placeholder_says(desk, live_backoffice, qtbot):
    set_team(live_backoffice.db_url, "agent1", TEAM)
    editor = _editor(desk, qtbot)  # sup1 is in no team
    assert editor.teams.placeholderText() == "Comma-separated; name at least one"
    qtbot.waitUntil(lambda: editor.teams.teams() == [TEAM], timeout=5000)
    editor.name.setText("无组活动")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: editor.errors["teams"].isVisible(), timeout=5000)
    assert editor.errors["teams"].text() == "Name the teams that work the campaign."
