"""Issue 16 through the installed feature: hold spans from the phone's CallChanged events reach the
call log (item 8), and a harassment mark followed by Block writes one blocklist entry that the real
back office accepts, with no sync conflict (item 3)."""

from __future__ import annotations

import random
import time

import pytest
from PySide6.QtCore import Qt

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.crm_link.signals import CrmSyncSignals
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop import feature as screenpop_feature
from crm.client import ClientConfig, CrmClient
from crm.store import Store
from crm.sync import SyncConfig, SyncEngine
from softphone.engine.events import CallState
from tests.agent_desktop.features.screenpop.test_screenpop_feature import PhoneEvents, changed, crm, ring, shown

__all__ = ["crm"]  # the fixture, shared with the feature's other tests


class Clock:
    """A monotonic clock the test moves by hand (starting now, so wall times stay in order)."""

    def __init__(self) -> None:
        self.now = time.monotonic()

    def __call__(self) -> float:
        return self.now


def test_hold_spans_are_recorded_and_talk_excludes_them(shell, crm, qtbot) -> None:
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, crm)
    shell.ctx.services.provide(PHONE, phone)
    feature = screenpop_feature.install(shell.ctx, shell.window)
    clock = Clock()
    feature.clock = clock
    feature.wrap_up._clock = clock  # the wrap-up form times from the hang-up on the same clock
    start = clock.now
    dock = feature.dock
    try:
        ring(phone, 7, "13800138000")
        shown(qtbot, dock, 7)
        for offset, state, banner in (
            (1, CallState.ACTIVE, "in_call"),
            (11, CallState.HELD, "on_hold"),  # the banner says so, in its own colour
            (41, CallState.ACTIVE, "in_call"),
        ):
            clock.now = start + offset
            changed(phone, 7, state)
            assert dock.banner.state == banner
        assert dock.status_label.text() == "In call"
        clock.now = start + 50
        changed(phone, 7, CallState.HELD)
        assert dock.status_label.text() == "On hold"
        clock.now = start + 70
        changed(phone, 7, CallState.DISCONNECTED)  # hung up while held
        session = feature.history.get("7")
        assert (session.hold_seconds, session.talk_seconds()) == (pytest.approx(50.0), pytest.approx(19.0))
        assert dock.wrap_up_area.isVisible()
        clock.now = start + 82
        feature.wrap_up.disposition_combo.setCurrentIndex(1)
        qtbot.mouseClick(feature.wrap_up.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: crm.store.count("call_logs") == 1, timeout=5000)
        log = crm.store.list("call_logs")[0]
        assert (log["talk_seconds"], log["hold_seconds"], log["wrapup_seconds"]) == (19, 50, 12)

        # The card is up once the ring is told (nothing waits for it), so the events right after the
        # ring, its records still being read, keep the time they came.
        clock.now = start + 100
        ring(phone, 8, "13800138000")
        assert dock.current_card().call_id == "8" and not feature._popping
        changed(phone, 8, CallState.ACTIVE)
        clock.now = start + 105
        changed(phone, 8, CallState.HELD)
        shown(qtbot, dock, 8)
        clock.now = start + 120
        changed(phone, 8, CallState.ACTIVE)
        clock.now = start + 130
        changed(phone, 8, CallState.DISCONNECTED)
        session = feature.history.get("8")
        assert (session.hold_seconds, session.talk_seconds()) == (pytest.approx(15.0), pytest.approx(15.0))
    finally:
        feature.shutdown()


ENTITIES = ("blocklist", "media_sources", "customers", "orders", "contacts", "complaints", "todos", "call_logs")


@pytest.fixture
def synced_crm(backoffice_server, tmp_path):
    """The CRM service on the real back office: a logged-in client, a local store and its sync engine."""
    client = CrmClient(ClientConfig(backoffice_server.url, timeout_s=5, connect_timeout_s=1, retries=0))
    client.login("agent", backoffice_server.credentials["agent"])
    store = Store(tmp_path / "store.db")
    sync = SyncEngine(client, store, SyncConfig(entities=ENTITIES))
    sync.run_once()
    yield CrmService(client, store, sync, backoffice_server.url, "agent", signals=CrmSyncSignals())
    store.close()
    client.close()


@pytest.mark.e2e
def test_harassment_then_block_writes_one_entry_and_makes_no_conflict(
    shell, synced_crm, backoffice_server, qtbot
) -> None:
    number = f"131{random.randrange(10**8):08d}"
    store = synced_crm.store
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, synced_crm)
    shell.ctx.services.provide(PHONE, phone)
    feature = screenpop_feature.install(shell.ctx, shell.window)
    dock = feature.dock
    try:
        ring(phone, 21, number)
        shown(qtbot, dock, 21)
        changed(phone, 21, CallState.ACTIVE)
        dock.call_actions.abnormal_menu.actions()[1].trigger()  # "Harassment": blocks the number
        assert dock.call_actions.block_button.isEnabled()
        qtbot.mouseClick(dock.call_actions.block_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dock.call_actions.block_button, Qt.MouseButton.LeftButton)  # and once more
        assert shell.ctx.tasks.finish_writes(10)
        entries = [e for e in store.list("blocklist") if e["number"] == "+86" + number]
        assert [e["reason"] for e in entries] == ["harassment"]
        assert store.outbox_counts() == (1, 0)  # one blocklist entry waits for the CRM
        synced_crm.engine.run_once()
        assert store.conflicts() == []
        assert store.outbox_counts() == (0, 0)
        api = backoffice_server.session("agent")
        served = api.get("/blocklist", params={"number": "+86" + number}).json()["items"]
        assert [e["reason"] for e in served] == ["harassment"]
        assert store.is_blocked(number)
    finally:
        feature.shutdown()
