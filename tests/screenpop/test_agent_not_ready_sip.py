"""An agent who is not Ready takes no calls: a real softphone engine refuses a sipp caller with 480
before it rings, the call-back queue gets the caller as "not ready"; back to Ready, the next call
rings and pops the card."""

from __future__ import annotations

import pytest

from agent_desktop.features.callbacks.feature import CallbackFeature
from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop import feature as screenpop_feature
from agent_desktop.shell.agent_state import NOT_READY, READY
from agent_desktop.shell.keys import AGENT_STATE
from softphone.qt.adapter import PhoneAdapter
from tests.agent_desktop.features.callbacks.test_callback_sip import caller, entry_for  # noqa: F401 - fixture
from tests.agent_desktop.features.todo.test_todo_feature import service_for
from tests.crm.conftest import live_backoffice  # noqa: F401 - fixture
from tests.crm.helpers import client_for, engine_for
from tests.crm.test_todos_sync import SYNCED
from tests.softphone.conftest import make_engine  # noqa: F401 - fixture

pytestmark = pytest.mark.e2e


def test_not_ready_refuses_with_480_and_queues_a_call_back_ready_rings(
    shell, make_engine, caller, qtbot, tmp_path, live_backoffice
):
    engine, _log = make_engine(max_lines=2)
    phone = PhoneAdapter(engine, parent=shell.window)
    sync = engine_for(client_for(live_backoffice.url, "agent1"), tmp_path / "agent1.db", entities=SYNCED)
    shell.ctx.services.provide(PHONE, phone)
    shell.ctx.services.provide(CRM, service_for(sync, shell.window))
    callbacks = CallbackFeature(shell.window, shell.ctx.services, shell.ctx.tasks)
    callbacks.start()
    card = screenpop_feature.install(shell.ctx, shell.window)
    agent_state = shell.ctx.services.get(AGENT_STATE)
    target = f"127.0.0.1:{engine.local_port}"
    rang: list = []
    phone.sig_incoming_call.connect(rang.append)
    try:
        for reason, number in ((None, "13600000004"), ("break", "13600000005")):
            agent_state.set_state(NOT_READY, reason)
            refused = caller("uac_refused_480.xml", target, number)  # expects 480, fails on 180
            qtbot.waitUntil(lambda n=number: entry_for(callbacks, "+86" + n) is not None, timeout=15000)
            assert entry_for(callbacks, "+86" + number)["source"] == "not_ready"
            assert refused.wait(15) == 0, refused.output()
        assert rang == [] and card.history.sessions() == []
        agent_state.set_state(READY)
        ringing = caller("uac_cancel_after_1000ms.xml", target, "13600000006")  # expects 180 Ringing
        qtbot.waitUntil(lambda: len(rang) == 1, timeout=15000)
        assert rang[0].caller_number.endswith("13600000006")
        qtbot.waitUntil(lambda: len(card.history.sessions()) == 1, timeout=5000)  # the card popped
        assert ringing.wait(15) == 0, ringing.output()
        qtbot.waitUntil(lambda: entry_for(callbacks, "+8613600000006") is not None, timeout=15000)
        assert entry_for(callbacks, "+8613600000006")["source"] == "abandoned"  # it rang, then hung up
    finally:
        card.shutdown()
        callbacks.shutdown()
        phone.shutdown(10)
        sync.stop()
        sync.store.close()
        sync.client.close()
