"""A call's log carries the phone's own times, so it always reaches the back office: a call the agent
dials that a sipp callee answers at once, and a sipp caller the phone answers at once, each while the
window is busy (its events wait), are logged with the ring at the dial or the INVITE, the answer at
the 200 OK and the end at the BYE, in that order, and the call log reaches the real back office over
HTTP when the wrap-up is submitted."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop import feature as screenpop_feature
from softphone.engine.events import CallChanged, CallState
from softphone.qt.adapter import PhoneAdapter
from tests.agent_desktop.features.callbacks.test_callback_sip import caller  # noqa: F401 - fixture
from tests.agent_desktop.features.todo.test_todo_feature import service_for
from tests.crm.conftest import live_backoffice  # noqa: F401 - fixture
from tests.crm.helpers import client_for, engine_for
from tests.softphone.conftest import make_engine  # noqa: F401 - fixture

pytestmark = pytest.mark.e2e

BUSY_S = 1.5
"""How long the window is kept busy after the call was answered (its events wait meanwhile)."""


@pytest.fixture
def desk(make_shell, make_engine, live_backoffice, qtbot, tmp_path):
    """``desk(**engine settings)`` -> (feature, phone adapter, engine's event log, sync, supervisor's client):
    the real softphone and card, the agent's local store synced with the real back office."""
    made = []

    def make(**engine):
        phone_engine, events = make_engine(**engine)
        shell = make_shell("agent1")
        phone = PhoneAdapter(phone_engine, parent=shell.window)
        sync = engine_for(client_for(live_backoffice.url, "agent1"), tmp_path / "agent1.db", entities=("customers",))
        shell.ctx.services.provide(PHONE, phone)
        shell.ctx.services.provide(CRM, service_for(sync, shell.window))
        feature = screenpop_feature.install(shell.ctx, shell.window)
        supervisor = client_for(live_backoffice.url, "sup1")
        made.append((shell, feature, phone, sync, supervisor))
        return feature, phone, events, sync, supervisor

    yield make
    for shell, feature, phone, sync, supervisor in made:
        feature.shutdown()
        phone.shutdown(10)
        shell.ctx.tasks.finish_writes()
        sync.store.close()
        sync.client.close()
        supervisor.close()


def busy_until_answered(events, call_id: int | None = None) -> datetime:
    """Keep this (the GUI) thread busy until the phone says the call is answered, and a while more;
    returns the wall-clock time it is free again."""
    events.wait_for(
        lambda e: isinstance(e, CallChanged) and e.state == CallState.ACTIVE and call_id in (None, e.call_id),
        timeout=15,
        what="the answer",
    )
    time.sleep(BUSY_S)
    return datetime.now(timezone.utc)


def wrap_up_and_fetch(feature, sync, supervisor, qtbot) -> dict:
    """Submit the call's wrap-up; the call log as the back office has it."""
    qtbot.waitUntil(feature.wrap_up.isVisible, timeout=10_000)
    feature.wrap_up.disposition_combo.setCurrentIndex(2)
    qtbot.mouseClick(feature.wrap_up.submit_button, Qt.MouseButton.LeftButton)

    def logged() -> bool:
        sync.run_once()
        return supervisor.list("call_logs").total == 1

    qtbot.waitUntil(logged, timeout=15_000)
    return supervisor.list("call_logs").items[0].model_dump()


def assert_ordered(log: dict, free: datetime) -> None:
    ring, answer, end = log["ring_at"], log["answer_at"], log["end_at"]
    assert ring <= answer <= end, log
    # the ring and the answer are the phone's: before the window was free again, not when it got to them
    assert answer <= free - timedelta(seconds=BUSY_S / 2), (answer, free)
    assert answer - ring < timedelta(seconds=BUSY_S), log  # answered at once


def test_a_dialled_call_answered_at_once_is_logged_with_the_phones_times(desk, sipp, qtbot) -> None:
    callee = sipp("uas_200.xml")  # answers the INVITE at once
    feature, phone, events, sync, supervisor = desk(proxy=f"127.0.0.1:{callee.port}")
    qtbot.waitUntil(lambda: feature.crm is not None and feature.phone is phone, timeout=5000)
    call_id = phone.dial("13900000001")
    free = busy_until_answered(events, call_id)
    qtbot.waitUntil(lambda: str(call_id) in feature.talking_calls(), timeout=10_000)
    phone.hangup(call_id)
    log = wrap_up_and_fetch(feature, sync, supervisor, qtbot)
    assert log["direction"] == "outbound" and log["callee"].endswith("13900000001")
    assert_ordered(log, free)
    assert callee.wait(15) == 0, callee.output()
    assert feature.writes.notice.box is None  # nothing to tell the agent


def test_a_caller_answered_at_once_is_logged_with_the_phones_times(desk, caller, qtbot) -> None:
    feature, phone, events, sync, supervisor = desk(auto_answer=True)
    qtbot.waitUntil(lambda: feature.crm is not None and feature.phone is phone, timeout=5000)
    calling = caller("uac_agent_hangs_up.xml", f"127.0.0.1:{phone.engine.local_port}", "13700000000")
    free = busy_until_answered(events)
    qtbot.waitUntil(lambda: bool(feature.talking_calls()), timeout=10_000)
    phone.hangup()
    log = wrap_up_and_fetch(feature, sync, supervisor, qtbot)
    assert log["direction"] == "inbound" and log["caller"].endswith("13700000000")
    assert_ordered(log, free)
    assert calling.wait(15) == 0, calling.output()
