"""QA forms edited on the desktop against the real back office over HTTP: a supervisor makes a form
with weighted criteria (a refused save says why and keeps everything typed), changes it (choosing
another form first asks: Cancel keeps the changes, Save sends them as the next version) and retires it;
a half-scored evaluation is never dropped silently: opening another call, quitting and closing the QA
screen ask Save / Discard / Cancel."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from agent_desktop.features.quality.criteria_table import DESCRIPTION, NAME, SCALE, WEIGHT
from agent_desktop.shell.keys import QUIT_GUARDS
from tests.agent_desktop.features.quality.test_quality_e2e import choose, desk, fits_and_follows_the_language
from tests.backoffice.test_presence import new_user
from tests.backoffice.test_recordings import uploaded

pytestmark = pytest.mark.e2e


def cell(view: Any, row: int, column: int) -> Any:
    return view.table.cellWidget(row, column)


def answer(qtbot, parent: QWidget, button: str, name: str = "unsaved_question") -> str:
    """Click ``button`` of the question ``parent`` shows; its text."""
    box: list[QMessageBox] = []

    def shown() -> bool:
        box[:] = [b for b in parent.findChildren(QMessageBox, name) if b.isVisible()]
        return bool(box)

    qtbot.waitUntil(shown, timeout=3000)
    text = box[0].text()
    box[0].findChild(QPushButton, button).click()
    return text


def click_form(qtbot, view: Any, form_key: str) -> None:
    items = [view.form_list.topLevelItem(i) for i in range(view.form_list.topLevelItemCount())]
    item = next(i for i in items if i.data(0, Qt.ItemDataRole.UserRole) == form_key)
    rect = view.form_list.visualItemRect(item)
    qtbot.mouseClick(view.form_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def server_form(server: Any, form_key: str) -> dict[str, Any] | None:
    forms = server.session("supervisor").get("/quality/forms").json()["items"]
    return next((f for f in forms if f["form_key"] == form_key), None)


def test_a_supervisor_makes_changes_and_retires_a_qa_form(make_shell, qtbot, backoffice_server) -> None:
    shell, feature, _ = desk(make_shell, qtbot, backoffice_server, "supervisor")
    try:
        assert feature.forms_action.isVisible()
        feature.forms_action.trigger()
        view = feature.forms_view
        qtbot.waitUntil(lambda: view.edit.form_key is not None and view.form_list.topLevelItemCount() > 0, timeout=5000)

        view.new_button.click()
        name = f"外呼 {uuid.uuid4().hex[:6]}"
        view.name.insert(name)  # typed (QTest types Latin letters only)
        qtbot.keyClicks(cell(view, 0, NAME), "Opening")
        view.add_button.click()
        qtbot.keyClicks(cell(view, 1, NAME), "Offer")
        cell(view, 1, DESCRIPTION).insert("价格说明清楚")
        assert view.weights_off.isVisible() and view.weights_off.text() == "Weights: 101 of 100"
        view.save_button.click()  # refused here: nothing typed is lost
        assert view.error.isVisible()
        assert view.error.text() == "The weights add up to 101; make them add up to 100."
        assert view.name.text() == name and cell(view, 1, DESCRIPTION).text() == "价格说明清楚"
        cell(view, 0, WEIGHT).setValue(60)
        cell(view, 1, WEIGHT).setValue(40)
        cell(view, 1, SCALE).setValue(3)
        assert view.weights.isVisible() and not view.weights_off.isVisible()
        view.table.selectRow(1)
        view.up_button.click()  # Offer first
        assert [cell(view, i, NAME).text() for i in range(2)] == ["Offer", "Opening"]
        view.save_button.click()
        qtbot.waitUntil(lambda: view.status.text() == "Saved: version 1.", timeout=5000)
        assert not view.error.isVisible()
        key = view.edit.form_key
        saved = server_form(backoffice_server, key)
        assert saved is not None and saved["name"] == name
        criteria = [(c["key"], c["name"], c["weight"], c["scale_max"], c["description"]) for c in saved["criteria"]]
        assert criteria == [("offer", "Offer", 40, 3, "价格说明清楚"), ("opening", "Opening", 60, 5, "")]
        qtbot.waitUntil(lambda: view.form_list.currentItem() is not None, timeout=5000)
        assert view.form_list.currentItem().text(0) == name

        fits_and_follows_the_language(
            qtbot, shell, feature.forms_host, view.save_button, ("Save form", "保存表单"), "qa_forms"
        )
        cell(view, 0, WEIGHT).setValue(50)
        cell(view, 1, WEIGHT).setValue(50)
        click_form(qtbot, view, "standard")
        assert "are not saved" in answer(qtbot, view, "unsaved_cancel")
        assert view.edit.form_key == key and cell(view, 0, WEIGHT).value() == 50 and view.dirty
        click_form(qtbot, view, "standard")
        answer(qtbot, view, "unsaved_save")
        qtbot.waitUntil(lambda: view.edit.form_key == "standard", timeout=5000)
        changed = server_form(backoffice_server, key)
        assert changed is not None and changed["version"] == 2
        assert [c["weight"] for c in changed["criteria"]] == [50, 50]

        qtbot.waitUntil(lambda: view.form_list.topLevelItemCount() >= 2, timeout=5000)
        click_form(qtbot, view, key)  # nothing changed: no question
        assert view.edit.form_key == key and view.edit.version == 2
        assert view.retire_button.isEnabled()
        view.retire_button.click()
        answer(qtbot, view, "retire_confirm", "retire_question")
        qtbot.waitUntil(lambda: server_form(backoffice_server, key) is None, timeout=5000)
        qtbot.waitUntil(lambda: key not in [f["form_key"] for f in view.forms], timeout=5000)
        assert view.status.text() == "The form was retired; its evaluations keep their scores."
    finally:
        feature.shutdown()


def test_a_half_scored_evaluation_is_not_dropped(make_shell, qtbot, backoffice_server) -> None:
    team = f"qa-{uuid.uuid4().hex[:6]}"
    _agent_user, agent = new_user(backoffice_server, "agent", team)
    boss, _ = new_user(backoffice_server, "supervisor", team)
    # calls of long ago: the QA scores other tests read (this quarter's, everybody's) stay as they are
    then = datetime.now(timezone.utc) - timedelta(days=200)
    first, second = (
        uploaded(agent, started_at=(then - timedelta(hours=h)).isoformat(), number=number, retention_days=3650)
        for h, number in ((1, "13800000001"), (2, "13800000002"))
    )
    shell, feature, _ = desk(make_shell, qtbot, backoffice_server, boss["username"])
    try:
        feature.open_evaluate()
        view, host = feature.evaluate_view, feature.evaluate_host
        qtbot.waitUntil(lambda: view.agent.count() > 0 and bool(view.forms), timeout=5000)
        view.agent.setCurrentIndex(view.agent.findData(agent.get("/auth/me").json()["id"]))
        view.start.setDate(QDate.currentDate().addDays(-202))
        view.end.setDate(QDate.currentDate().addDays(-199))
        view.show_calls.click()
        qtbot.waitUntil(lambda: {first, second} <= {c["recording_id"] for c in view.calls}, timeout=5000)
        calls = {c["recording_id"]: c for c in view.calls}
        standard = view.form_box.findData(next(f["id"] for f in view.forms if f["form_key"] == "standard"))
        view.form_box.setCurrentIndex(standard)

        view.open_call(calls[first])
        qtbot.waitUntil(lambda: len(view.rows) == 5, timeout=5000)
        choose(view, "greeting", 4)
        view.open_call(calls[second])
        assert "criteria scored: 1" in answer(qtbot, view, "unsaved_cancel")
        assert view.draft.recording_id == first and view.total.text() == "Total: 80.0 %"
        view.open_call(calls[second])
        answer(qtbot, view, "unsaved_discard")
        assert view.draft.recording_id == second and view.total.text() == "Total: —"

        choose(view, "greeting", 5)
        outcome: list[str] = []
        shell.ctx.services.get(QUIT_GUARDS).ask(lambda: outcome.append("quit"), lambda: outcome.append("stay"))
        answer(qtbot, view, "unsaved_cancel")
        assert outcome == ["stay"] and view.total.text() == "Total: 100.0 %"

        host.close()  # the window's close button: asked first
        assert host.isVisible()
        answer(qtbot, view, "unsaved_save")
        qtbot.waitUntil(lambda: not host.isVisible(), timeout=5000)
        evaluations = agent.get("/quality/evaluations").json()["items"]
        assert [e["total"] for e in evaluations if e["recording_id"] == second] == [100.0]
        assert not [e for e in evaluations if e["recording_id"] == first]  # discarded... never sent
        outcome.clear()
        shell.ctx.services.get(QUIT_GUARDS).ask(lambda: outcome.append("quit"), lambda: outcome.append("stay"))
        assert outcome == ["quit"]  # nothing left to lose: no question
    finally:
        feature.shutdown()
