"""Settings → Agent state: the Not-ready reasons as a table. A reason added there is offered at once in
the state selector; a maximum that is not a number, or a reason without a name, is refused with the
reason and what was typed stays; a locked policy key cannot be edited."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTableWidgetItem

from agent_desktop.settings.reasons_editor import new_id


def rows(editor) -> list[tuple[str, str]]:
    table = editor.table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def type_row(editor, name: str, most: str) -> None:
    editor.add_button.click()
    row = editor.table.rowCount() - 1
    editor.table.setItem(row, 0, QTableWidgetItem(name))
    editor.table.setItem(row, 1, QTableWidgetItem(most))


def test_a_reason_added_in_the_settings_is_offered_at_once(make_shell, qtbot) -> None:
    shell = make_shell()
    dialog = shell.open_settings()
    qtbot.addWidget(dialog)
    form = dialog.forms["presence"]
    editor = form.editors["presence.not_ready_reasons"]
    assert rows(editor) == [("Break", "15"), ("Meal", "45"), ("Training", ""), ("Meeting", ""), ("Coaching", "")]
    assert form.changes() == {}  # nothing typed: nothing to save
    editor.table.item(0, 1).setText("20")
    editor.table.selectRow(4)
    editor.remove_button.click()
    type_row(editor, "Team huddle", "10")
    dialog.apply_and_close()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    reasons = shell.ctx.settings.presence.not_ready_reasons
    assert [(r.id, r.name, r.max_minutes) for r in reasons] == [
        ("break", "", 20),
        ("meal", "", 45),
        ("training", "", None),
        ("meeting", "", None),
        ("team_huddle", "Team huddle", 10),
    ]
    selector = shell.window.state_selector
    assert [selector.itemText(i) for i in range(selector.count())][2:] == [
        "Not ready (Break)",
        "Not ready (Meal)",
        "Not ready (Training)",
        "Not ready (Meeting)",
        "Not ready (Team huddle)",
        "Wrap-up",
    ]


def test_a_maximum_that_is_not_a_number_or_a_nameless_reason_is_refused_and_kept(make_shell, qtbot) -> None:
    shell = make_shell()
    dialog = shell.open_settings()
    qtbot.addWidget(dialog)
    form = dialog.forms["presence"]
    editor = form.editors["presence.not_ready_reasons"]
    type_row(editor, "午休", "abc")
    dialog.apply_and_close()
    assert dialog.isVisible() and dialog.tabs.currentWidget() is form
    assert form.errors["presence.not_ready_reasons"].text() == "Enter a whole number."
    assert rows(editor)[-1] == ("午休", "abc")
    editor.table.item(5, 1).setText("30")
    type_row(editor, "", "")
    dialog.apply_and_close()
    assert form.errors["presence.not_ready_reasons"].text() == (
        "a reason of your own needs a name (only built-in ids have one)"
    )
    editor.table.selectRow(6)
    editor.remove_button.click()
    dialog.apply_and_close()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [(r.id, r.name, r.max_minutes) for r in shell.ctx.settings.presence.not_ready_reasons][-1] == (
        "reason_1",
        "午休",
        30,
    )


def test_new_ids_are_made_from_the_name(make_shell) -> None:
    assert new_id("Team huddle", set()) == "team_huddle"
    assert new_id("Team huddle", {"team_huddle"}) == "team_huddle_1"
    assert new_id("团队会议", set()) == "reason_1" and new_id("团队会议", {"reason_1"}) == "reason_2"
    assert new_id("Break", set()) == "break_1"  # a built-in id stays the built-in reason's
    assert new_id("1 on 1", set()) == "reason_1"


def test_a_locked_list_cannot_be_edited(make_shell, qtbot, no_system_policy: Path) -> None:
    no_system_policy.write_text(
        '[presence]\nnot_ready_reasons = [{ id = "break", max_minutes = 5 }]\nlocked = ["not_ready_reasons"]\n'
    )
    shell = make_shell()
    dialog = shell.open_settings()
    qtbot.addWidget(dialog)
    form = dialog.forms["presence"]
    editor = form.editors["presence.not_ready_reasons"]
    assert not editor.isEnabled() and rows(editor) == [("Break", "5")]
    assert form.hints["presence.not_ready_reasons"].text() == "Set by your administrator"
