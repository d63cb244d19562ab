"""The installed feature in the real main window: ring → card, hang-up → wrap-up → call log in the
store's outbox; harassment → blocklist entry; quick-create → customer saved and shown; the agent is in
Wrap-up from the end of an answered call until the wrap-up is submitted."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.crm_link.signals import CrmSyncSignals
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop import feature as screenpop_feature
from agent_desktop.shell.agent_state import NOT_READY, READY, WRAP_UP
from crm.client import ClientConfig, CrmClient
from crm.store import Store
from crm.sync import SyncEngine
from crm.sync_events import OFFLINE, ONLINE, SyncStatus
from softphone.engine.events import CallChanged, CallState, IncomingCall
from tests.fixtures.backoffice import free_port
from tests.screenpop.test_record_source import ZHANG, _customer


class PhoneEvents(QObject):
    """Stands in for the softphone's Qt adapter: the signals the feature listens to, and the pre-ring
    filter and the callers' names it sets (kept here, so a test can ask them)."""

    sig_incoming_call = Signal(object)
    sig_call_changed = Signal(object)
    sig_call_rejected_before_ringing = Signal(object)
    sig_command_failed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.pre_ring_filter: object = None
        self.caller_names: dict[int, str] = {}

    def set_pre_ring_filter(self, gate: object) -> None:
        self.pre_ring_filter = gate

    def set_caller_name(self, call_id: int, name: str) -> None:
        self.caller_names[call_id] = name


@pytest.fixture
def crm(tmp_path):
    store = Store(tmp_path / "store.db")
    store.bulk_load("customers", [_customer(ZHANG, "张伟", "13800138000")], fresh=True)
    client = CrmClient(ClientConfig(f"http://127.0.0.1:{free_port()}", connect_timeout_s=1, retries=0))
    yield CrmService(client, store, SyncEngine(client, store), client.config.base_url, "agent")
    client.close()
    store.close()


def ring(phone: PhoneEvents, call_id: int, number: str) -> None:
    phone.sig_incoming_call.emit(
        IncomingCall(
            call_id,
            f"sip:{number}@127.0.0.1",
            "",
            number,
            {"From": [f"<sip:{number}@127.0.0.1>;tag=1"], "To": ["<sip:4008108888@127.0.0.1>"]},
            time.monotonic(),
        )
    )


def shown(qtbot, dock, call_id: int) -> None:
    """Wait until the card of ``call_id`` is the one on screen."""
    qtbot.waitUntil(lambda: getattr(dock.current_card(), "call_id", "") == str(call_id), timeout=5000)


def changed(phone: PhoneEvents, call_id: int, state: CallState) -> None:
    phone.sig_call_changed.emit(CallChanged(call_id, state, "in", "sip:x@127.0.0.1", ""))


def test_ring_wrap_up_and_call_log_through_the_outbox(shell, crm, qtbot) -> None:
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, crm)
    shell.ctx.services.provide(PHONE, phone)
    feature = screenpop_feature.install(shell.ctx, shell.window)
    dock = feature.dock
    assert shell.window.dock("customer_card").widget() is dock
    ring(phone, 7, "13800138000")
    qtbot.waitUntil(lambda: dock.card_view.name_label.text() == "张伟", timeout=5000)
    qtbot.waitUntil(lambda: dock.offline_badge.isVisible(), timeout=10000)  # the CRM is not reachable
    changed(phone, 7, CallState.ACTIVE)
    assert dock.status_label.text() == "In call"
    dock.request_abnormal("harassment")
    qtbot.waitUntil(lambda: crm.store.count("blocklist") == 1, timeout=5000)
    assert crm.store.list("blocklist")[0]["number"] == "+8613800138000"
    changed(phone, 7, CallState.DISCONNECTED)
    assert dock.wrap_up_area.isVisible() and feature.wrap_up.isEnabled()
    assert dock.card_view.name_label.text() == "张伟"  # the card stays until the wrap-up is done
    feature.wrap_up.disposition_combo.setCurrentIndex(2)
    feature.wrap_up.notes_edit.setPlainText("asked for a refund")
    qtbot.mouseClick(feature.wrap_up.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: crm.store.count("call_logs") == 1, timeout=5000)
    log = crm.store.list("call_logs")[0]
    assert (log["customer_id"], log["disposition"], log["abnormal_reason"]) == (ZHANG, "enquiry", "harassment")
    assert log["notes"] == "asked for a refund" and log["dnis"] == "+864008108888"
    assert crm.store.outbox_counts()[0] == 2  # blocklist entry + call log wait for the CRM
    assert dock.stack.currentWidget() is dock.idle_page
    dock.show_call("7")  # back to it from the recent pops: a later mark corrects the logged call
    dock.request_abnormal("dropped")
    qtbot.waitUntil(lambda: crm.store.list("call_logs")[0]["abnormal_reason"] == "dropped", timeout=5000)
    ring(phone, 10, "13800138000")  # the next call gets a fresh wrap-up
    qtbot.waitUntil(lambda: dock.current_card() is not None and dock.current_card().call_id == "10", timeout=5000)
    changed(phone, 10, CallState.ACTIVE)
    changed(phone, 10, CallState.DISCONNECTED)
    assert dock.wrap_up_area.isVisible() and feature.wrap_up.isVisible() and feature.wrap_up.isEnabled()
    assert feature.wrap_up.call_id() == "10" and feature.wrap_up.notes_edit.toPlainText() == ""
    feature.shutdown()


def test_quick_create_saves_the_customer_and_shows_the_card(shell, crm, qtbot) -> None:
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, crm)
    shell.ctx.services.provide(PHONE, phone)
    feature = screenpop_feature.install(shell.ctx, shell.window)
    dock = feature.dock
    ring(phone, 8, "13700000000")
    qtbot.waitUntil(lambda: dock.stack.currentWidget() is dock.new_caller_form, timeout=5000)
    dock.new_caller_form.name_edit.setText("王芳")
    qtbot.mouseClick(dock.new_caller_form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.card_view.name_label.text() == "王芳", timeout=5000)
    saved = crm.store.customers_by_phone("13700000000")
    assert [c["name"] for c in saved] == ["王芳"]
    feature.shutdown()


def test_a_pending_wrap_up_comes_back_with_its_pop(shell, crm, qtbot) -> None:
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, crm)
    shell.ctx.services.provide(PHONE, phone)
    feature = screenpop_feature.install(shell.ctx, shell.window)
    dock, form = feature.dock, feature.wrap_up
    for call_id, number in ((21, "13800138000"), (22, "13700000000")):
        ring(phone, call_id, number)
        shown(qtbot, dock, call_id)
        assert not dock.wrap_up_area.isVisible()  # 21's wrap-up steps aside while 22 rings
        changed(phone, call_id, CallState.ACTIVE)
        changed(phone, call_id, CallState.DISCONNECTED)
        assert dock.wrap_up_area.isVisible()
    assert form.call_id() == "22"  # the second hang-up took the form; call 21 still waits
    form.notes_edit.setPlainText("second call notes")
    dock.recent.sig_pop_selected.emit("21")
    assert form.call_id() == "21" and dock.wrap_up_area.isVisible() and dock.current_card().call_id == "21"
    form.disposition_combo.setCurrentIndex(1)
    form.submit()
    qtbot.waitUntil(lambda: crm.store.count("call_logs") == 1, timeout=5000)
    assert feature.history.get("21").wrapped_up
    assert [s.call_id for s in feature.history.pending_wrap_up()] == ["22"]
    feature.shutdown()


def test_crm_back_online_re_reads_an_offline_card(shell, crm, qtbot) -> None:
    crm.signals = CrmSyncSignals()
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, crm)
    shell.ctx.services.provide(PHONE, phone)
    feature = screenpop_feature.install(shell.ctx, shell.window)
    refreshed = []
    feature.controller.sig_pop_refreshed.connect(lambda *a: refreshed.append(a))
    ring(phone, 11, "13800138000")
    qtbot.waitUntil(lambda: len(refreshed) == 1, timeout=10000)
    assert refreshed == [("11", False)] and feature.dock.offline_badge.isVisible()
    crm.signals.on_event(SyncStatus(ONLINE))
    qtbot.waitUntil(lambda: len(refreshed) == 2, timeout=10000)  # tried again at once
    crm.signals.on_event(SyncStatus(OFFLINE))
    ring(phone, 12, "13800138000")
    qtbot.waitUntil(lambda: feature.dock.current_card().call_id == "12", timeout=5000)
    assert feature.dock.current_card().offline  # popped with the badge straight away
    feature.shutdown()


def test_services_that_arrive_later_are_attached(shell, crm, qtbot) -> None:
    feature = screenpop_feature.install(shell.ctx, shell.window)
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, crm)
    shell.ctx.services.provide(PHONE, phone)
    qtbot.waitUntil(lambda: feature.crm is crm and feature.phone is phone, timeout=3000)
    ring(phone, 9, "13800138000")
    qtbot.waitUntil(lambda: feature.dock.card_view.name_label.text() == "张伟", timeout=5000)
    feature.shutdown()


def test_a_replaced_phone_is_followed_without_polling(shell, crm, qtbot) -> None:
    first, second = PhoneEvents(), PhoneEvents()
    shell.ctx.services.provide(CRM, crm)
    shell.ctx.services.provide(PHONE, first)
    feature = screenpop_feature.install(shell.ctx, shell.window)
    assert not [t for t in feature.findChildren(QTimer) if t.isActive() and not t.isSingleShot()]
    shell.ctx.services.provide(PHONE, second)  # e.g. the engine restarted after a settings change
    assert feature.phone is second
    ring(first, 30, "13800138000")  # the old engine is no longer followed
    ring(second, 31, "13800138000")
    shown(qtbot, feature.dock, 31)
    assert feature.history.get("30") is None and feature.dock.card_view.name_label.text() == "张伟"
    feature.shutdown()


def test_an_answered_call_puts_the_agent_in_wrap_up_until_the_wrap_up_is_submitted(shell, crm, qtbot) -> None:
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, crm)
    shell.ctx.services.provide(PHONE, phone)
    feature = screenpop_feature.install(shell.ctx, shell.window)
    state, indicator = shell.agent_state, shell.window.status_indicator("agent")
    assert state.state == READY
    ring(phone, 40, "13800138000")
    shown(qtbot, feature.dock, 40)
    changed(phone, 40, CallState.ACTIVE)
    assert state.state == READY  # talking is not wrap-up
    changed(phone, 40, CallState.DISCONNECTED)
    assert state.state == WRAP_UP and indicator.text() == "Agent: Wrap-up"
    assert shell.window.state_selector.currentData() == WRAP_UP
    assert feature.gate("13900000000", {}) is not None  # no new call rings during the wrap-up
    feature.wrap_up.disposition_combo.setCurrentIndex(1)
    qtbot.mouseClick(feature.wrap_up.submit_button, Qt.MouseButton.LeftButton)
    assert state.state == READY and indicator.text() == "Agent: Ready"
    assert feature.gate("13900000000", {}) is None
    feature.shutdown()


def test_a_missed_call_leaves_the_agent_ready(shell, crm, qtbot) -> None:
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, crm)
    shell.ctx.services.provide(PHONE, phone)
    feature = screenpop_feature.install(shell.ctx, shell.window)
    ring(phone, 41, "13800138000")
    shown(qtbot, feature.dock, 41)
    changed(phone, 41, CallState.DISCONNECTED)  # the caller gave up while it rang
    assert shell.agent_state.state == READY
    assert shell.window.status_indicator("agent").text() == "Agent: Ready"
    assert not feature.dock.wrap_up_area.isVisible() and feature.history.pending_wrap_up() == []
    qtbot.waitUntil(lambda: crm.store.count("call_logs") == 1, timeout=5000)  # logged all the same
    assert crm.store.list("call_logs")[0]["disposition"] == "missed"
    feature.shutdown()


def test_a_state_chosen_by_hand_is_kept_at_hang_up_and_at_wrap_up(shell, crm, qtbot) -> None:
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, crm)
    shell.ctx.services.provide(PHONE, phone)
    feature = screenpop_feature.install(shell.ctx, shell.window)
    state, actions = shell.agent_state, shell.window.state_actions
    ring(phone, 42, "13800138000")
    shown(qtbot, feature.dock, 42)
    changed(phone, 42, CallState.ACTIVE)
    actions["not_ready:break"].trigger()  # a break booked during the call
    changed(phone, 42, CallState.DISCONNECTED)
    assert state.choice == (NOT_READY, "break")
    feature.wrap_up.disposition_combo.setCurrentIndex(1)
    assert feature.wrap_up.submit() is not None
    assert state.choice == (NOT_READY, "break")

    actions[READY].trigger()
    ring(phone, 43, "13800138000")
    shown(qtbot, feature.dock, 43)
    changed(phone, 43, CallState.ACTIVE)
    changed(phone, 43, CallState.DISCONNECTED)
    assert state.state == WRAP_UP
    actions[NOT_READY].trigger()  # the agent steps away before finishing the wrap-up
    feature.wrap_up.disposition_combo.setCurrentIndex(1)
    assert feature.wrap_up.submit() is not None
    assert state.state == NOT_READY and shell.window.status_indicator("agent").text() == "Agent: Not ready"
    feature.shutdown()


def test_the_agent_stays_in_wrap_up_until_every_answered_call_is_wrapped_up(shell, crm, qtbot) -> None:
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, crm)
    shell.ctx.services.provide(PHONE, phone)
    feature = screenpop_feature.install(shell.ctx, shell.window)
    state, form = shell.agent_state, feature.wrap_up
    for call_id, number in ((50, "13800138000"), (51, "13700000000")):  # the second on another line
        ring(phone, call_id, number)
        shown(qtbot, feature.dock, call_id)
        changed(phone, call_id, CallState.ACTIVE)
    changed(phone, 50, CallState.DISCONNECTED)
    changed(phone, 51, CallState.DISCONNECTED)
    assert state.state == WRAP_UP and form.call_id() == "51"
    form.disposition_combo.setCurrentIndex(1)
    assert form.submit() is not None
    assert state.state == WRAP_UP  # call 50 still waits for its wrap-up, and comes up by itself
    assert form.call_id() == "50" and feature.dock.wrap_up_area.isVisible()
    assert feature.dock.current_card().call_id == "50"
    form.disposition_combo.setCurrentIndex(1)
    assert form.submit() is not None
    assert state.state == READY
    feature.shutdown()
