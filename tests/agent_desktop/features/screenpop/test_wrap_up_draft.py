"""A wrap-up cut off by a crash or a kill -9 is not lost: while it is under way its call log (with the
notes typed so far) and the form are kept as a draft in the local store; the next start writes the
call's log at once and brings the wrap-up back as it was typed, tells the agent, and submitting it
completes that log; so is every wrap-up left waiting while another call came, each as a tab with what
was typed in it. A wrap-up submitted leaves no draft behind; with no call up and no wrap-up waiting,
quitting asks nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop import feature as screenpop_feature
from agent_desktop.features.screenpop.quit_wrap import QUESTION_NAME
from agent_desktop.features.screenpop.wrap_draft import KIND
from crm.store.drafts import DraftStore
from softphone.engine.events import CallState
from tests.agent_desktop.features.screenpop.test_screenpop_feature import (  # noqa: F401 - fixture
    PhoneEvents,
    changed,
    crm,
    ring,
    shown,
)


def wrapping_up(shell: Any, crm: Any, qtbot: Any, call_id: int, number: str = "13800138000") -> Any:
    """The card installed on ``shell`` after call ``call_id`` was answered and hung up: its wrap-up is under way."""
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, crm)
    shell.ctx.services.provide(PHONE, phone)
    card = screenpop_feature.install(shell.ctx, shell.window)
    ring(phone, call_id, number)
    shown(qtbot, card.dock, call_id)
    changed(phone, call_id, CallState.ACTIVE)
    changed(phone, call_id, CallState.DISCONNECTED)
    return card


def restarted(make_shell: Any, crm: Any) -> tuple[Any, Any]:
    """The next start over the same local store (a new profile's shell, the same CRM store)."""
    second = make_shell(profile="restarted", overrides={"sip.local_port": 0})
    second.ctx.services.provide(CRM, crm)
    return second, screenpop_feature.install(second.ctx, second.window)


def draft_notes(drafts: DraftStore) -> list[str]:
    return sorted(d.data["call_log"]["notes"] for d in drafts.list(KIND))


def test_a_wrap_up_cut_off_by_a_crash_is_logged_and_comes_back_at_the_next_start(make_shell, crm, qtbot) -> None:
    first = make_shell(overrides={"sip.local_port": 0})
    card = wrapping_up(first, crm, qtbot, 41)
    qtbot.keyClicks(card.wrap_up.notes_edit, "chair arrives Monday")
    drafts = DraftStore(crm.store.db)
    qtbot.waitUntil(lambda: draft_notes(drafts) == ["chair arrives Monday"], timeout=5000)
    card.shutdown()  # the process dies here: nothing more is written at a kill -9
    assert crm.store.count("call_logs") == 0

    second, again = restarted(make_shell, crm)
    qtbot.waitUntil(lambda: crm.store.count("call_logs") == 1, timeout=5000)
    log = crm.store.list("call_logs")[0]  # the call reaches the CRM whatever the agent does next
    assert (log["disposition"], log["notes"]) == ("not_wrapped_up", "chair arrives Monday")
    assert log["answer_at"] and log["end_at"] and log["customer_id"]
    qtbot.waitUntil(
        lambda: "1 wrap-up cut off last time is back" in second.window.statusBar().currentMessage(), timeout=5000
    )
    form, dock = again.wrap_up, again.dock
    qtbot.waitUntil(lambda: form.isVisible() and form.restored_label.isVisible(), timeout=5000)
    assert dock.card_view.name_label.text() == "张伟" and dock.status_label.text() == "Call ended: wrap-up pending"
    assert form.notes_edit.toPlainText() == "chair arrives Monday" and form.discard_button.isVisible()
    assert len(drafts.list(KIND)) == 1  # kept until the wrap-up is submitted
    form.disposition_combo.setCurrentIndex(form.disposition_combo.findData("enquiry"))
    qtbot.keyClicks(form.notes_edit, ", before noon")
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: crm.store.list("call_logs")[0]["disposition"] == "enquiry", timeout=5000)
    assert second.ctx.tasks.finish_writes(5)
    assert crm.store.count("call_logs") == 1 and drafts.list(KIND) == []
    assert crm.store.list("call_logs")[0]["notes"] == "chair arrives Monday, before noon"
    assert dock.stack.currentWidget() is dock.idle_page and not dock.wrap_up_area.isVisible()
    again.shutdown()


def test_every_waiting_wrap_up_cut_off_by_a_crash_comes_back_as_its_tab(make_shell, crm, qtbot) -> None:
    first = make_shell(overrides={"sip.local_port": 0})
    phone = PhoneEvents()
    first.ctx.services.provide(CRM, crm)
    first.ctx.services.provide(PHONE, phone)
    card = screenpop_feature.install(first.ctx, first.window)
    form = card.wrap_up
    ring(phone, 45, "13800138000")
    shown(qtbot, card.dock, 45)
    changed(phone, 45, CallState.ACTIVE)
    changed(phone, 45, CallState.DISCONNECTED)
    form.disposition_combo.setCurrentIndex(form.disposition_combo.findData("complaint"))
    qtbot.keyClicks(form.notes_edit, "chair arrives Monday")
    ring(phone, 46, "13700000000")  # the next call comes before the first wrap-up is submitted
    shown(qtbot, card.dock, 46)
    changed(phone, 46, CallState.ACTIVE)
    changed(phone, 46, CallState.DISCONNECTED)
    assert form.call_id() == "46"
    qtbot.keyClicks(form.notes_edit, "new caller, wrong number")
    drafts = DraftStore(crm.store.db)
    qtbot.waitUntil(lambda: draft_notes(drafts) == ["chair arrives Monday", "new caller, wrong number"], timeout=5000)
    card.shutdown()  # killed here

    second, again = restarted(make_shell, crm)
    qtbot.waitUntil(lambda: crm.store.count("call_logs") == 2, timeout=5000)
    logs = sorted((log["disposition"], log["notes"]) for log in crm.store.list("call_logs"))
    assert logs == [("complaint", "chair arrives Monday"), ("not_wrapped_up", "new caller, wrong number")]
    qtbot.waitUntil(lambda: "2 wrap-ups cut off" in second.window.statusBar().currentMessage(), timeout=5000)
    form, pending = again.wrap_up, again.dock.pending
    qtbot.waitUntil(lambda: pending.isVisible() and len(pending.texts()) == 2, timeout=5000)
    assert pending.texts()[0] == "张伟" and "0000" in pending.texts()[1]
    assert pending.badge.text() == "2" and pending.tabs.currentIndex() == 0  # the older call first
    assert (form.disposition_combo.currentData(), form.notes_edit.toPlainText()) == (
        "complaint",
        "chair arrives Monday",
    )
    pending.tabs.setCurrentIndex(1)  # the agent clicks the other call's tab
    assert (form.disposition_combo.currentData(), form.notes_edit.toPlainText()) == ("", "new caller, wrong number")
    assert again.dock.status_label.text() == "Call ended: wrap-up pending"
    assert len(drafts.list(KIND)) == 2
    again.shutdown()


def test_a_submitted_wrap_up_leaves_no_draft(shell, crm, qtbot) -> None:
    card = wrapping_up(shell, crm, qtbot, 42)
    drafts = DraftStore(crm.store.db)
    qtbot.waitUntil(lambda: len(drafts.list(KIND)) == 1, timeout=5000)
    card.wrap_up.disposition_combo.setCurrentIndex(2)
    qtbot.mouseClick(card.wrap_up.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: crm.store.count("call_logs") == 1, timeout=5000)
    assert shell.ctx.tasks.finish_writes(5)
    assert drafts.list(KIND) == []
    assert crm.store.list("call_logs")[0]["disposition"] == "enquiry"
    card.shutdown()


def test_nothing_to_wrap_up_quits_without_asking(shell, crm, qtbot) -> None:
    shell.ctx.services.provide(CRM, crm)
    shell.ctx.services.provide(PHONE, PhoneEvents())
    card = screenpop_feature.install(shell.ctx, shell.window)
    shell.window.act_quit.trigger()
    assert shell._quitting and shell.window.findChild(QMessageBox, QUESTION_NAME) is None
    card.shutdown()
