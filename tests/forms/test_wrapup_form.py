"""The wrap-up form: required disposition, follow-up validation, keyboard use, wrap-up time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDateTime, Qt

from forms.wrapup_form import WrapUpForm
from forms.wrapup_result import validate_wrap_up


class FakeClock:
    """A monotonic clock the test moves by hand (the form's own timing code is what is tested)."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def form(qtbot, clock) -> WrapUpForm:
    widget = WrapUpForm(("order_placed", "enquiry", "custom_code"), clock=clock)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_wrap_up_time_runs_from_hang_up_to_submit(form, clock, qtbot) -> None:
    form.start("call-9", ended_at=990.0)
    form.disposition_combo.setCurrentIndex(2)
    clock.now = 1035.5
    with qtbot.waitSignal(form.sig_wrap_up_submitted) as blocker:
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert result.call_id == "call-9" and result.disposition == "enquiry"
    assert result.wrapup_seconds == pytest.approx(45.5)
    assert result.follow_up is None
    assert not form.isEnabled()


def test_disposition_is_required_and_typed_notes_stay(form, qtbot) -> None:
    form.start("c1")
    form.notes_edit.setPlainText("Customer asked about delivery")
    with qtbot.assertNotEmitted(form.sig_wrap_up_submitted):
        form.submit()
    assert form.errors["disposition"].isVisible()
    assert form.errors["disposition"].text() == "Choose how the call ended."
    assert form.notes_edit.toPlainText() == "Customer asked about delivery"
    assert form.disposition_combo.hasFocus()


def test_the_disposition_message_leaves_once_one_is_chosen(form, qtbot) -> None:
    form.start("c1")
    form.submit()
    assert form.errors["disposition"].isVisible()
    qtbot.keyClick(form.disposition_combo, Qt.Key.Key_Down)  # the agent chooses with the keyboard
    assert form.disposition_combo.currentData() == "order_placed"
    assert not form.errors["disposition"].isVisible()


def test_configurable_dispositions_are_offered(form) -> None:
    codes = [form.disposition_combo.itemData(i) for i in range(form.disposition_combo.count())]
    assert codes == ["", "order_placed", "enquiry", "custom_code"]
    assert form.disposition_combo.itemText(1) == "Order placed"


def test_follow_up_needs_title_and_future_due(form, qtbot) -> None:
    form.start("c2")
    form.disposition_combo.setCurrentIndex(1)
    form.follow_up_check.setChecked(True)
    form.due_edit.setDateTime(QDateTime.currentDateTime().addDays(-1))
    assert form.submit() is None
    assert form.errors["follow_up_title"].isVisible() and form.errors["follow_up_due"].isVisible()
    form.title_edit.setText("Call back about the refund")
    form.due_edit.setDateTime(QDateTime.currentDateTime().addSecs(2 * 3600))
    with qtbot.waitSignal(form.sig_wrap_up_submitted) as blocker:
        form.submit()
    follow = blocker.args[0].follow_up
    assert follow.title == "Call back about the refund"
    assert timedelta(hours=1) < follow.due_at - datetime.now(timezone.utc) < timedelta(hours=3)


def test_keyboard_only_wrap_up(form, qtbot, clock) -> None:
    form.start("c3", ended_at=clock.now)
    assert form.disposition_combo.hasFocus()
    qtbot.keyClick(form.disposition_combo, Qt.Key.Key_Down)
    qtbot.keyClick(form.disposition_combo, Qt.Key.Key_Tab)
    assert form.notes_edit.hasFocus()
    qtbot.keyClicks(form.notes_edit, "ok")
    clock.now += 7
    with qtbot.waitSignal(form.sig_wrap_up_submitted) as blocker:
        qtbot.keyClick(form.notes_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    result = blocker.args[0]
    assert (result.disposition, result.notes, result.wrapup_seconds) == ("order_placed", "ok", 7.0)


def test_restart_clears_the_previous_call(form, qtbot) -> None:
    form.start("a")
    form.notes_edit.setPlainText("old")
    form.start("b")
    assert form.call_id() == "b" and form.notes_edit.toPlainText() == "" and form.isEnabled()


def test_validation_rules_without_widgets() -> None:
    allowed = ("x",)
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    assert validate_wrap_up("x", "", None, None, allowed, now) == {}
    assert set(validate_wrap_up("y", "n" * 4001, "", now, allowed, now)) == {
        "disposition",
        "notes",
        "follow_up_title",
        "follow_up_due",
    }


def test_what_was_typed_comes_back_when_the_form_serves_that_call_again(form, qtbot) -> None:
    form.start("first", ended_at=990.0)
    form.disposition_combo.setCurrentIndex(form.disposition_combo.findData("enquiry"))
    qtbot.keyClicks(form.notes_edit, "first call notes keep me")
    form.follow_up_check.setChecked(True)
    qtbot.keyClicks(form.title_edit, "send the brochure")
    due = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(days=3)
    form.due_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(due.timestamp())))
    typed = form.typed()

    form.start("second", ended_at=995.0)  # another call's wrap-up: empty
    assert form.call_id() == "second" and form.typed().notes == "" and not form.follow_up_check.isChecked()
    assert form.disposition_combo.currentIndex() == 0

    form.start("first", ended_at=990.0, typed=typed)
    assert form.notes_edit.toPlainText() == "first call notes keep me"
    assert form.disposition_combo.currentText() == "Enquiry"
    assert form.follow_up_check.isChecked() and form.title_edit.isVisible()
    assert form.title_edit.text() == "send the brochure" and form.due_at() == due
    with qtbot.waitSignal(form.sig_wrap_up_submitted) as blocker:
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert (result.call_id, result.disposition, result.notes) == ("first", "enquiry", "first call notes keep me")
    assert result.follow_up is not None and (result.follow_up.title, result.follow_up.due_at) == (
        "send the brochure",
        due,
    )


def test_the_follow_up_switch_comes_first_and_its_fields_under_it(form, qtbot) -> None:
    form.start("c7")
    assert form.title_edit.isHidden() and form.due_edit.isHidden()
    form.follow_up_check.setChecked(True)
    qtbot.waitUntil(lambda: form.title_edit.isVisible() and form.due_edit.isVisible())

    def top(widget) -> int:
        return widget.mapTo(form, widget.rect().topLeft()).y()

    assert top(form.notes_edit) < top(form.follow_up_check) < top(form.title_edit) < top(form.due_edit)
    assert top(form.due_edit) < top(form.submit_button)
    form.follow_up_check.setFocus()
    qtbot.keyClick(form.follow_up_check, Qt.Key.Key_Tab)  # the keyboard walks the same way
    assert form.title_edit.hasFocus()
