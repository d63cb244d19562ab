"""Esc (or Cancel, or the close button) on a to-do or complaint form with something typed asks before
throwing it away; the default answer keeps the form and its text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from crm.store import Store
from forms.complaint_form import ComplaintForm
from forms.todo_form import TodoForm
from tests.forms.search_support import tasks  # noqa: F401 - fixture

CUSTOMER = "11111111-1111-4111-8111-111111111111"


@pytest.fixture
def store(tmp_path):
    st = Store(tmp_path / "store.db")
    st.bulk_load("customers", [{"id": CUSTOMER, "version": 1, "name": "张伟", "phones": []}], fresh=True)
    yield st
    st.close()


def shown(qtbot, form: QDialog) -> QDialog:
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def test_esc_on_a_todo_with_notes_typed_asks_and_keeps_them_unless_discarded(qtbot) -> None:
    form = shown(qtbot, TodoForm(me_id="me"))
    qtbot.keyClicks(form.notes_edit, "Ring back after 6 pm")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible() and form.discard_box is not None
    assert form.discard_box.text() == "Close this form and lose what you typed in it?"
    qtbot.keyClick(form.discard_box, Qt.Key.Key_Escape)  # the safe answer: keep editing
    qtbot.waitUntil(lambda: form.discard_box is None)
    assert form.isVisible() and form.notes_edit.toPlainText() == "Ring back after 6 pm"

    form.close()  # the window's close button asks the same
    assert form.isVisible() and form.discard_box is not None
    discard = next(b for b in form.discard_box.buttons() if b.text() == "&Discard")
    discard.click()
    qtbot.waitUntil(lambda: not form.isVisible())
    assert form.result() == QDialog.DialogCode.Rejected


def test_an_untouched_form_closes_at_once(qtbot) -> None:
    form = shown(qtbot, TodoForm(me_id="me", title="Call back 张伟"))  # filled in by the card, not typed
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible() and form.discard_box is None


def test_cancel_on_a_complaint_with_a_summary_typed_asks_first(qtbot, tasks, store) -> None:
    form = shown(qtbot, ComplaintForm(tasks, store, CUSTOMER))
    qtbot.keyClicks(form.summary, "Chair squeaks")
    form.buttons.button(form.buttons.StandardButton.Cancel).click()
    assert form.isVisible() and form.discard_box is not None
    assert form.summary.text() == "Chair squeaks"
