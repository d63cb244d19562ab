"""Every waiting wrap-up keeps what the agent typed in it (trial finding: a call dialled before the
first wrap-up was submitted brought that wrap-up back empty). With the real softphone, real sipp peers
and the real back office: a caller is answered and hung up, the agent types in its wrap-up,
dials a sipp callee from the dial pad, hangs up, switches between the two waiting wrap-ups (listed
above the form with a badge), submits the second; the first comes back as it was typed and reaches
the back office with its notes, disposition and follow-up."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.phone import feature as phone_feature
from agent_desktop.features.screenpop import feature as screenpop_feature
from agent_desktop.shell.agent_state import READY, WRAP_UP
from softphone.engine.events import CallState
from tests.agent_desktop.features.callbacks.test_callback_sip import caller  # noqa: F401 - fixture
from tests.agent_desktop.features.presence.test_presence_feature import agent_crm, office  # noqa: F401 - fixtures

pytestmark = pytest.mark.e2e


def choose(form: Any, code: str) -> None:
    form.disposition_combo.setCurrentIndex(form.disposition_combo.findData(code))


def shown_call(dock: Any) -> str:
    """The call whose card is on screen ("" for none)."""
    return str(getattr(dock.current_card(), "call_id", ""))


def switch_to(qtbot: Any, card: Any, index: int) -> None:
    """Click the waiting wrap-up's tab above the form."""
    tabs = card.dock.pending.tabs
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(index).center())


def test_a_call_dialled_during_a_wrap_up_leaves_it_as_typed(make_shell, agent_crm, office, caller, sipp, qtbot) -> None:
    shell = make_shell(overrides={"sip.local_port": 0})
    shell.ctx.services.provide(CRM, agent_crm)
    phone = phone_feature.install(shell.ctx, shell.window)
    card = screenpop_feature.install(shell.ctx, shell.window)
    form, dock, window = card.wrap_up, card.dock, shell.window
    try:
        qtbot.waitUntil(lambda: phone.engine.local_port > 0, timeout=10_000)
        # 1. a new caller calls: answered with F5, hung up with F6; the agent types in the wrap-up
        first_caller = caller("uac_agent_hangs_up.xml", f"127.0.0.1:{phone.engine.local_port}", "13700000000")
        qtbot.waitUntil(lambda: shown_call(dock) != "", timeout=10_000)
        first = shown_call(dock)
        QTest.keyClick(window, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: first in card.talking_calls(), timeout=10_000)
        QTest.keyClick(window, Qt.Key.Key_F6)
        qtbot.waitUntil(lambda: form.call_id() == first and dock.wrap_up_area.isVisible(), timeout=10_000)
        assert first_caller.wait(10) == 0, first_caller.output()
        assert not dock.pending.isVisible()  # one wrap-up waiting: nothing to switch to
        choose(form, "complaint")
        qtbot.keyClicks(form.notes_edit, "first call notes keep me")
        form.follow_up_check.setChecked(True)
        qtbot.keyClicks(form.title_edit, "ring back about the chair")

        # 2. the agent dials a number from the dial pad (Enter) before submitting, talks, hangs up
        callee = sipp("uas_200.xml")
        phone.dock.pad.number.setText(callee.uri)
        QTest.keyClick(phone.dock.pad.number, Qt.Key.Key_Return)
        board = phone.phone.board
        qtbot.waitUntil(lambda: getattr(board.active(), "state", None) == CallState.ACTIVE, timeout=10_000)
        second = str(getattr(board.active(), "call_id", ""))
        qtbot.waitUntil(lambda: second in card.talking_calls(), timeout=5000)
        QTest.keyClick(window, Qt.Key.Key_F6)
        qtbot.waitUntil(lambda: form.call_id() == second, timeout=10_000)
        assert callee.wait(10) == 0, callee.output()
        assert form.notes_edit.toPlainText() == "" and form.disposition_combo.currentIndex() == 0
        assert form.heading_label.text() == "Wrap-up: outgoing call"

        # both waiting wrap-ups are listed above the form, with their customer and a badge
        assert dock.pending.isVisible() and dock.pending.badge.text() == "2"
        texts = dock.pending.texts()
        assert len(texts) == 2 and texts[0].startswith("137 0000 0000") and dock.pending.current_call_id() == second
        qtbot.keyClicks(form.notes_edit, "second call")

        # 3. switching to the first brings it back as typed; back to the second, its notes are there
        switch_to(qtbot, card, 0)
        qtbot.waitUntil(lambda: form.call_id() == first, timeout=3000)
        assert shown_call(dock) == first and dock.pending.current_call_id() == first
        assert form.notes_edit.toPlainText() == "first call notes keep me"
        assert form.disposition_combo.currentText() == "Complaint"
        assert form.follow_up_check.isChecked() and form.title_edit.text() == "ring back about the chair"
        switch_to(qtbot, card, 1)
        qtbot.waitUntil(lambda: form.call_id() == second, timeout=3000)
        assert form.notes_edit.toPlainText() == "second call" and form.disposition_combo.currentIndex() == 0

        # 4. the second is submitted: the first comes back with everything typed in it
        choose(form, "no_sale")
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: form.call_id() == first, timeout=3000)
        assert dock.wrap_up_area.isVisible() and not dock.pending.isVisible()
        assert shown_call(dock) == first
        assert form.notes_edit.toPlainText() == "first call notes keep me"
        assert form.disposition_combo.currentText() == "Complaint"
        assert form.title_edit.text() == "ring back about the chair"
        assert shell.agent_state.state == WRAP_UP
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: agent_crm.store.count("call_logs") == 2, timeout=5000)
        assert shell.agent_state.state == READY

        # 5. the back office has each call's own wrap-up
        assert shell.ctx.tasks.finish_writes(5)
        agent_crm.engine.push()
        assert agent_crm.store.outbox_counts() == (0, 0)  # all delivered, none refused
        office_session = office.session("supervisor")
        sent = {
            log["direction"]: office_session.get(f"/call_logs/{log['id']}").json()
            for log in agent_crm.store.list("call_logs")
        }
        assert (sent["inbound"]["disposition"], sent["inbound"]["notes"]) == ("complaint", "first call notes keep me")
        assert (sent["outbound"]["disposition"], sent["outbound"]["notes"]) == ("no_sale", "second call")
        todos = agent_crm.store.list("todos")
        assert [(t["title"], t["call_log_id"]) for t in todos] == [("ring back about the chair", sent["inbound"]["id"])]
    finally:
        card.shutdown()
        phone.shutdown()
