"""Calls the agent dials get the same card, wrap-up, call log and agent-state rules as calls that ring:
a dial-pad number pops its customer; a call-back or the card's Dial button shows the customer it was
dialled for; an answered dialled call is wrapped up and logged "outbound" through the outbox (Ready →
Wrap-up → Ready); an unanswered attempt is logged at once with its outcome and needs no wrap-up; a
dial-pad call during another call (a consultation) pops nothing."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from agent_desktop.features.callbacks import feature as callback_feature
from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop import feature as screenpop_feature
from agent_desktop.shell.agent_state import READY, WRAP_UP
from crm.phones import PhoneNormalizer
from crm.schemas.telephony import CallLogCreate
from screenpop.core.models import TimelineKind
from screenpop.core.record_source import RecordPopSource
from softphone.engine.events import CallChanged, CallState, Outcome
from tests.agent_desktop.features.screenpop.test_screenpop_feature import PhoneEvents, changed, crm, ring  # noqa: F401 - fixture
from tests.screenpop.test_record_source import ZHANG, _customer

LI = "22222222-2222-4222-8222-222222222222"
WANG = "33333333-3333-4333-8333-333333333333"
SHARED = "13900139000"
"""李娜 and 王芳 share this number: looked up by number alone it asks the agent to choose."""


class Phone(PhoneEvents):
    """The softphone's Qt adapter as the card and the call-back queue see it, with ``dial`` (returns
    the new call's id; the SIP side is proven in tests/softphone and test_callback_sip)."""

    def __init__(self) -> None:
        super().__init__()
        self.dialled: list[str] = []
        self.checked: list[str] = []
        self.refused: set[str] = set()

    def dial(self, target: str, headers: dict | None = None) -> int:
        self.dialled.append(target)
        return 500 + len(self.dialled)

    def dial_manual(self, target: str, on_dialled=None) -> None:
        """A number dialled by hand, through the do-not-call check (here: every number but a refused one)."""
        self.checked.append(target)
        if target in self.refused:
            return
        call_id = self.dial(target)
        if on_dialled is not None:
            on_dialled(call_id)


def out(
    phone: Phone,
    call_id: int,
    state: CallState,
    number: str,
    *,
    outcome: Outcome | None = None,
    connected_at: float | None = None,
) -> None:
    """The phone's CallChanged for a call the agent dialled (``number`` as the engine reports it)."""
    phone.sig_call_changed.emit(
        CallChanged(
            call_id, state, "out", f"sip:{number}@127.0.0.1", number, outcome=outcome, connected_at=connected_at
        )
    )


@pytest.fixture
def desk(shell, crm):
    crm.store.bulk_load("customers", [_customer(LI, "李娜", SHARED), _customer(WANG, "王芳", SHARED)])
    phone = Phone()
    shell.ctx.services.provide(CRM, crm)
    shell.ctx.services.provide(PHONE, phone)
    feature = screenpop_feature.install(shell.ctx, shell.window)
    yield feature, phone
    feature.shutdown()


def shown(feature) -> str:
    card = feature.dock.current_card()
    return card.call_id if card is not None else ""


def dock_name(feature) -> str:
    """The customer name on the full card ("" while another page is shown)."""
    dock = feature.dock
    return dock.card_view.name_label.text() if dock.stack.currentWidget() is dock.card_view else ""


def test_a_dialled_call_pops_the_customer_is_wrapped_up_and_logged_outbound(desk, shell, crm, qtbot) -> None:
    feature, phone = desk
    dock, form, state = feature.dock, feature.wrap_up, shell.agent_state
    out(phone, 50, CallState.DIALING, "13800138000")  # typed on the dial pad
    qtbot.waitUntil(lambda: dock.card_view.name_label.text() == "张伟", timeout=5000)
    assert dock.status_label.text() == "Dialling" and dock.card_view.caller_label.text().startswith("Dialled ")
    out(phone, 50, CallState.EARLY, "13800138000")
    answered = time.monotonic()
    out(phone, 50, CallState.ACTIVE, "13800138000", connected_at=answered)
    assert dock.status_label.text() == "In call" and state.state == READY
    out(phone, 50, CallState.DISCONNECTED, "13800138000", outcome=Outcome.ANSWERED, connected_at=answered)
    assert dock.wrap_up_area.isVisible() and form.isEnabled() and form.call_id() == "50"
    assert form.heading_label.text() == "Wrap-up: outgoing call"
    assert state.state == WRAP_UP and shell.window.status_indicator("agent").text() == "Agent: Wrap-up"
    form.disposition_combo.setCurrentIndex(1)
    form.notes_edit.setPlainText("offered the new kettle")
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert state.state == READY and shell.window.status_indicator("agent").text() == "Agent: Ready"
    qtbot.waitUntil(lambda: crm.store.count("call_logs") == 1, timeout=5000)
    log = crm.store.list("call_logs")[0]
    assert (log["direction"], log["customer_id"], log["disposition"]) == ("outbound", ZHANG, "order_placed")
    assert (log["caller"], log["callee"], log["dnis"]) == ("agent", "+8613800138000", "")
    assert log["answer_at"] and log["notes"] == "offered the new kettle"
    CallLogCreate.model_validate({k: v for k, v in log.items() if k not in ("version", "created_at", "updated_at")})
    assert crm.store.outbox_counts()[0] == 1  # waits in the outbox for the CRM, like an inbound call's log
    assert dock.stack.currentWidget() is dock.idle_page


def test_an_unanswered_attempt_is_logged_with_its_outcome_and_needs_no_wrap_up(desk, shell, crm, qtbot) -> None:
    feature, phone = desk
    dock = feature.dock
    out(phone, 51, CallState.DIALING, "13800138000")
    out(phone, 51, CallState.EARLY, "13800138000")
    out(phone, 51, CallState.DISCONNECTED, "13800138000", outcome=Outcome.BUSY)  # before the card was read
    qtbot.waitUntil(lambda: crm.store.count("call_logs") == 1, timeout=5000)
    log = crm.store.list("call_logs")[0]
    assert (log["direction"], log["customer_id"], log["disposition"]) == ("outbound", ZHANG, "busy")
    assert (log["callee"], log["talk_seconds"], log["abnormal"]) == ("+8613800138000", 0, False)
    assert not log.get("answer_at") and log["end_at"]
    assert not dock.wrap_up_area.isVisible() and feature.history.pending_wrap_up() == []
    assert shown(feature) == "51" and dock.card_view.name_label.text() == "张伟"  # stays, to dial again
    assert dock.status_label.text() == "Not reached: busy"
    assert shell.agent_state.state == READY
    history = RecordPopSource(crm.store, PhoneNormalizer("CN")).history(ZHANG, 10)  # the card's history
    assert [(e.kind, e.summary, e.detail) for e in history if e.ref_id == log["id"]] == [
        (TimelineKind.CALL, "138 0013 8000", "busy")
    ]  # the dialled number as the app writes numbers, not the agent's line


def test_a_call_back_dial_shows_the_customer_it_was_dialled_for(desk, shell, crm, qtbot) -> None:
    feature, phone = desk
    callbacks = callback_feature.install(shell.ctx, shell.window)
    qtbot.waitUntil(lambda: callbacks.controller is not None, timeout=3000)
    entry = callbacks.add_manual("+86" + SHARED, LI)
    callbacks.controller.sig_dialing.emit(entry["id"], 60)  # claimed, and the phone returned call id 60
    out(phone, 60, CallState.DIALING, "+86" + SHARED)
    qtbot.waitUntil(lambda: dock_name(feature) == "李娜", timeout=5000)
    assert feature.dock.stack.currentWidget() is feature.dock.card_view  # no "which customer?" chooser
    assert [s.call_id for s in feature.history.sessions()] == ["60"]  # no second card opened without a call
    out(phone, 60, CallState.ACTIVE, "+86" + SHARED, connected_at=time.monotonic())
    out(phone, 60, CallState.DISCONNECTED, "+86" + SHARED, outcome=Outcome.ANSWERED)
    assert shell.agent_state.state == WRAP_UP
    feature.wrap_up.disposition_combo.setCurrentIndex(2)
    assert feature.wrap_up.submit() is not None
    qtbot.waitUntil(lambda: crm.store.count("call_logs") == 1, timeout=5000)
    assert (crm.store.list("call_logs")[0]["customer_id"], shell.agent_state.state) == (LI, READY)
    callbacks.shutdown()


def test_the_cards_dial_button_calls_the_customer_and_the_call_shows_them(desk, crm, qtbot) -> None:
    feature, phone = desk
    dock = feature.dock
    feature.open_customer(WANG)  # e.g. from a search result
    qtbot.waitUntil(lambda: dock_name(feature) == "王芳", timeout=5000)
    assert dock.card_view.dial_button.isEnabled()
    qtbot.mouseClick(dock.card_view.dial_button, Qt.MouseButton.LeftButton)
    assert phone.dialled == ["139 0013 9000"]
    out(phone, 501, CallState.DIALING, SHARED)  # the engine reports the number it sent
    qtbot.waitUntil(lambda: shown(feature) == "501", timeout=5000)
    assert dock_name(feature) == "王芳" and dock.status_label.text() == "Dialling"


def test_the_cards_dial_button_goes_through_the_do_not_call_check(desk, crm, qtbot) -> None:
    feature, phone = desk
    feature.open_customer(LI)
    qtbot.waitUntil(lambda: dock_name(feature) == "李娜", timeout=5000)
    qtbot.mouseClick(feature.dock.card_view.dial_button, Qt.MouseButton.LeftButton)
    assert phone.checked == ["139 0013 9000"] and phone.dialled == ["139 0013 9000"]
    phone.refused.add("139 0013 9000")
    qtbot.mouseClick(feature.dock.card_view.dial_button, Qt.MouseButton.LeftButton)
    assert phone.checked == ["139 0013 9000"] * 2 and phone.dialled == ["139 0013 9000"]  # refused: not dialled


def test_a_dial_pad_call_during_a_call_is_a_consultation_without_a_card(desk, shell, qtbot) -> None:
    feature, phone = desk
    ring(phone, 70, "13800138000")
    qtbot.waitUntil(lambda: shown(feature) == "70", timeout=5000)
    changed(phone, 70, CallState.ACTIVE)
    out(phone, 71, CallState.DIALING, "8001")  # a colleague's extension, to transfer the caller
    out(phone, 71, CallState.ACTIVE, "8001", connected_at=time.monotonic())
    changed(phone, 70, CallState.HELD)
    out(phone, 71, CallState.DISCONNECTED, "8001", outcome=Outcome.ANSWERED)
    qtbot.wait(200)
    assert feature.history.get("71") is None and shown(feature) == "70"
    assert not feature.dock.wrap_up_area.isVisible() and shell.agent_state.state == READY
    changed(phone, 70, CallState.DISCONNECTED)
    assert feature.wrap_up.call_id() == "70" and shell.agent_state.state == WRAP_UP
    out(phone, 72, CallState.DIALING, "8001")  # with no other call up, the same dial gets its card
    qtbot.waitUntil(lambda: shown(feature) == "72", timeout=5000)
    assert feature.dock.new_caller_form.isVisible()  # nobody in the store has that number
