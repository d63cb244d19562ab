"""The Call Back queue against a real softphone engine and real sipp peers, synced with the real
back office: a caller who hangs up while it rings, a caller refused while both lines are busy, and a
click-to-dial call back that reaches a sipp callee with its outcome recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent_desktop.features.callbacks.feature import CallbackFeature
from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.phone.api import PHONE
from softphone.engine.events import CallChanged, CallState
from softphone.qt.adapter import PhoneAdapter
from tests.agent_desktop.features.todo.test_todo_feature import service_for
from tests.crm.conftest import live_backoffice  # noqa: F401 - fixture
from tests.crm.helpers import client_for, engine_for
from tests.crm.test_todos_sync import SYNCED
from tests.fixtures.sip import Sipp
from tests.softphone.conftest import make_engine  # noqa: F401 - fixture

pytestmark = pytest.mark.e2e

DATA = Path(__file__).resolve().parent / "callback_data"


@pytest.fixture
def caller(tmp_path):
    """``caller(scenario, target, number)``: a sipp UAC from callback_data/ (or the softphone's data)."""
    started: list[Sipp] = []

    def make(scenario: str, target: str, number: str) -> Sipp:
        peer = Sipp(scenario, tmp_path, target=target, keys={"caller": number})
        if (DATA / scenario).exists():
            peer.args[peer.args.index("-sf") + 1] = str(DATA / scenario)
        started.append(peer.start())
        return peer

    yield make
    for peer in started:
        peer.kill()


def entry_for(feature: CallbackFeature, number: str) -> dict | None:
    if feature.controller is None:  # not attached yet (the signed-in user is being remembered)
        return None
    return next((e for e in feature.controller.entries() if e["number"] == number), None)


def test_missed_and_refused_calls_queue_call_backs_and_click_to_dial_records_the_outcome(
    make_shell, make_engine, sipp, caller, qtbot, tmp_path, live_backoffice
):
    callee = sipp("uas_200.xml")
    engine, _log = make_engine(proxy=f"127.0.0.1:{callee.port}", max_lines=2)
    shell = make_shell("agent1")
    phone = PhoneAdapter(engine, parent=shell.window)
    sync = engine_for(client_for(live_backoffice.url, "agent1"), tmp_path / "agent1.db", entities=SYNCED)
    shell.ctx.services.provide(PHONE, phone)
    shell.ctx.services.provide(CRM, service_for(sync, shell.window))
    feature = CallbackFeature(shell.window, shell.ctx.services, shell.ctx.tasks)
    feature.start()
    target = f"127.0.0.1:{engine.local_port}"
    try:
        # 1. the caller hangs up while it rings
        hung_up = caller("uac_cancel_after_1000ms.xml", target, "13800138000")
        qtbot.waitUntil(lambda: entry_for(feature, "+8613800138000") is not None, timeout=15000)
        entry = entry_for(feature, "+8613800138000")
        assert entry["source"] == "abandoned" and entry["dnis"].endswith("4008001234") and entry["customer_id"]
        assert hung_up.wait(15) == 0, hung_up.output()
        # 2. both lines ring, a third caller is refused with 486 and queued
        ringers = [caller("uac_cancel_after_3000ms.xml", target, f"1390000000{i}") for i in (1, 2)]
        qtbot.waitUntil(lambda: len(phone.board.lines) == 2, timeout=10000)
        refused = caller("uac_busy_486.xml", target, "13700000003")
        qtbot.waitUntil(lambda: entry_for(feature, "+8613700000003") is not None, timeout=15000)
        assert entry_for(feature, "+8613700000003")["source"] == "lines_busy"
        assert refused.wait(15) == 0, refused.output()
        for ringer in ringers:
            assert ringer.wait(20) == 0, ringer.output()
        qtbot.waitUntil(lambda: entry_for(feature, "+8613900000002") is not None, timeout=5000)
        # 3. the agent is not ready: the pre-ring filter refuses with 480, the caller is queued
        phone.set_pre_ring_filter(lambda number, headers: 480)
        not_ready = caller("uac_refused_480.xml", target, "13600000004")
        qtbot.waitUntil(lambda: entry_for(feature, "+8613600000004") is not None, timeout=15000)
        assert entry_for(feature, "+8613600000004")["source"] == "not_ready"
        assert not_ready.wait(15) == 0, not_ready.output()
        phone.set_pre_ring_filter(None)
        qtbot.waitUntil(lambda: feature.dock.table.rowCount() == 5, timeout=5000)  # 1 + 2 abandoned ringers + 2 refused
        assert feature.dock.entries[0]["number"] == "+8613800138000"  # longest waiting first
        # 4. click-to-dial the first caller: claimed, dialled through the phone, outcome recorded
        with qtbot.waitSignal(feature.sig_refreshed, timeout=5000):  # the synced copy (with its version)
            sync.run_once()
            feature.refresh()
        feature.dock.select(entry["id"])
        with qtbot.waitSignal(
            phone.sig_call_changed, timeout=15000, check_params_cb=lambda e: e.state == CallState.ACTIVE
        ) as active:
            feature.dock.call_button.click()
        call: CallChanged = active.args[0]
        assert "+8613800138000" in call.remote_uri
        with qtbot.waitSignal(feature.controller.sig_attempt_recorded, timeout=10000) as recorded:
            phone.hangup(call.call_id)
        assert recorded.args == [entry["id"], "reached"]
        assert callee.wait(15) == 0, callee.output()
        sync.run_once()
        done = sync.store.get("callbacks", entry["id"])
        assert done["status"] == "done" and done["attempts"] == 1 and done["last_outcome"] == "reached"
        assert entry_for(feature, "+8613800138000") is None  # reached: it left the queue
    finally:
        feature.shutdown()
        phone.shutdown(10)
        sync.stop()
        sync.store.close()
        sync.client.close()


def test_a_call_back_the_phone_cannot_dial_gives_the_caller_back_to_the_queue(
    make_shell, make_engine, qtbot, tmp_path, live_backoffice
):
    """No registrar or proxy to route a number to (the local demo set-up): the dial is refused at once,
    and the claim is released instead of holding the caller for an agent who is not calling."""
    from datetime import datetime, timezone

    from crm.schemas.callbacks import CallbackSource
    from crm.store.callbacks import MissedCall

    engine, _log = make_engine()  # no route for numbers
    shell = make_shell("agent1")
    phone = PhoneAdapter(engine, parent=shell.window)
    sync = engine_for(client_for(live_backoffice.url, "agent1"), tmp_path / "agent1.db", entities=SYNCED)
    shell.ctx.services.provide(PHONE, phone)
    shell.ctx.services.provide(CRM, service_for(sync, shell.window))
    feature = CallbackFeature(shell.window, shell.ctx.services, shell.ctx.tasks)
    feature.start()
    try:
        qtbot.waitUntil(lambda: feature.controller is not None, timeout=5000)
        feature.controller.on_missed(MissedCall("13500135000", datetime.now(timezone.utc), CallbackSource.ABANDONED))
        qtbot.waitUntil(lambda: entry_for(feature, "+8613500135000") is not None, timeout=5000)
        with qtbot.waitSignal(feature.sig_refreshed, timeout=5000):
            sync.run_once()
            feature.refresh()
        entry = entry_for(feature, "+8613500135000")
        feature.dock.select(entry["id"])
        feature.dock.call_button.click()
        qtbot.waitUntil(lambda: "could not be made" in feature.dock.message.text(), timeout=10000)
        sync.run_once()  # the give-back reaches the CRM
        back = sync.store.get("callbacks", entry["id"])
        assert (back["status"], back["claimed_by"], back["attempts"]) == ("pending", None, 0)  # no attempt counted
    finally:
        feature.shutdown()
        phone.shutdown(10)
        sync.stop()
        sync.store.close()
        sync.client.close()
