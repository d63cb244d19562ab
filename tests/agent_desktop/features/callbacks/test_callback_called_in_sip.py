"""A caller waiting for a call back calls in (a real sipp caller, the real softphone, card and Call Back
queue, synced with the real back office over HTTP): once the call is answered and its wrap-up submitted,
the back office closes the call back ("done", last outcome "called_in", the call linked) and it leaves
the agent's queue at the next sync, without anyone calling them back."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from agent_desktop.features.callbacks.feature import CallbackFeature
from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop import feature as screenpop_feature
from softphone.qt.adapter import PhoneAdapter
from tests.agent_desktop.features.callbacks.test_callback_sip import caller, entry_for  # noqa: F401 - fixture
from tests.agent_desktop.features.todo.test_todo_feature import service_for
from tests.crm.conftest import live_backoffice  # noqa: F401 - fixture
from tests.crm.helpers import client_for, engine_for
from tests.crm.test_todos_sync import SYNCED
from tests.softphone.conftest import make_engine  # noqa: F401 - fixture

pytestmark = pytest.mark.e2e


def test_a_caller_answered_closes_their_call_back_in_every_queue(
    make_shell, make_engine, caller, qtbot, tmp_path, live_backoffice
) -> None:
    number = f"137{random.randrange(10**8):08d}"
    supervisor = client_for(live_backoffice.url, "sup1")
    asked = datetime.now(timezone.utc) - timedelta(hours=1)
    promised = supervisor.create(
        "callbacks", {"number": number, "reason": "回电确认送货时间", "requested_at": asked.isoformat()}
    ).model_dump()
    engine, _log = make_engine(auto_answer=True)
    shell = make_shell("agent1")
    phone = PhoneAdapter(engine, parent=shell.window)
    sync = engine_for(client_for(live_backoffice.url, "agent1"), tmp_path / "agent1.db", entities=SYNCED)
    shell.ctx.services.provide(PHONE, phone)
    shell.ctx.services.provide(CRM, service_for(sync, shell.window))
    card = screenpop_feature.install(shell.ctx, shell.window)
    feature = CallbackFeature(shell.window, shell.ctx.services, shell.ctx.tasks)
    feature.start()
    try:
        sync.run_once()
        qtbot.waitUntil(lambda: entry_for(feature, promised["number"]) is not None, timeout=10_000)
        calling = caller("uac_agent_hangs_up.xml", f"127.0.0.1:{engine.local_port}", number)
        qtbot.waitUntil(lambda: bool(card.talking_calls()), timeout=15_000)
        phone.hangup()
        qtbot.waitUntil(card.wrap_up.isVisible, timeout=10_000)
        card.wrap_up.disposition_combo.setCurrentIndex(card.wrap_up.disposition_combo.findData("enquiry"))
        qtbot.mouseClick(card.wrap_up.submit_button, Qt.MouseButton.LeftButton)

        def closed() -> bool:
            sync.run_once()
            return entry_for(feature, promised["number"]) is None

        qtbot.waitUntil(closed, timeout=20_000)  # the call log went up, the closed call back came down
        done = supervisor.get("callbacks", promised["id"]).model_dump(mode="json")
        assert done["status"] == "done" and done["last_outcome"] == "called_in", done
        call_log = supervisor.get("call_logs", done["attempt_log"][-1]["call_log_id"]).model_dump(mode="json")
        assert call_log["direction"] == "inbound" and call_log["caller"].endswith(number[-8:])
        assert calling.wait(15) == 0, calling.output()
    finally:
        feature.shutdown()
        card.shutdown()
        phone.shutdown(10)
        shell.ctx.tasks.finish_writes()
        sync.store.close()
        sync.client.close()
        supervisor.close()
