"""A customer the agent promised a call back calls in and is answered (the real back office over HTTP,
the agent's synced store, the real Call Back dock in the real shell): when the closed call back comes
down, the dock says why it left ("张伟's call back closed: the customer called in.") instead of
dropping it silently, and the confirmation line about scheduling it is gone. A caller who is still
waiting stays listed."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

from agent_desktop.features.callbacks.feature import CallbackFeature
from agent_desktop.features.crm_link.api import CRM
from tests.agent_desktop.features.todo.test_todo_feature import service_for
from tests.crm.conftest import live_backoffice  # noqa: F401 - fixture
from tests.crm.helpers import client_for, engine_for
from tests.crm.test_todos_sync import SYNCED


def iso(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


def test_a_call_back_closed_because_the_customer_called_in_is_said_in_the_dock(
    make_shell, qtbot, tmp_path, live_backoffice
) -> None:
    number = f"138{random.randrange(10**8):08d}"
    other = f"139{random.randrange(10**8):08d}"
    shell = make_shell("agent1")
    shell.window.dock("callbacks").raise_()
    sync = engine_for(client_for(live_backoffice.url, "agent1"), tmp_path / "agent1.db", entities=SYNCED)
    colleague = client_for(live_backoffice.url, "agent2")
    zhang = sync.store.create("customers", {"name": "张伟", "phones": [{"number": number}]})
    waiting = colleague.create(
        "callbacks", {"number": other, "reason": "询问订单", "requested_at": iso(datetime.now(timezone.utc))}
    )
    sync.run_once()
    shell.ctx.services.provide(CRM, service_for(sync, shell.window))
    feature = CallbackFeature(shell.window, shell.ctx.services, shell.ctx.tasks)
    feature.start()
    dock = feature.dock
    try:
        qtbot.waitUntil(lambda: any(e["id"] == waiting.id for e in dock.rows()), timeout=10_000)
        card = SimpleNamespace(
            customer=SimpleNamespace(id=zhang["id"], name="张伟", phones=[number], call_window=""),
            identity=SimpleNamespace(number=number, number_raw=""),
        )
        feature.ask_when(card)
        dialog = feature.when_dialog
        assert dialog is not None
        dialog.minutes.setValue(45)  # "in 45 minutes"
        dialog.accept()
        qtbot.waitUntil(lambda: any(e.get("customer_id") == zhang["id"] for e in dock.rows()), timeout=10_000)
        promised = next(e for e in dock.rows() if e.get("customer_id") == zhang["id"])
        assert "Call back to 张伟 scheduled for" in dock.message.text()
        sync.run_once()  # the promise goes up

        ring = datetime.now(timezone.utc)
        colleague.create(
            "call_logs",
            {
                "direction": "inbound",
                "caller": number,
                "customer_id": zhang["id"],
                "ring_at": iso(ring),
                "answer_at": iso(ring + timedelta(seconds=1)),
                "end_at": iso(ring + timedelta(seconds=2)),
                "disposition": "enquiry",
            },
        )
        sync.run_once()  # the closed call back comes down

        qtbot.waitUntil(lambda: all(e["id"] != promised["id"] for e in dock.rows()), timeout=10_000)
        assert dock.message.text() == "张伟's call back closed: the customer called in."
        assert any(e["id"] == waiting.id for e in dock.rows())  # still waiting: still listed

    finally:
        feature.shutdown()
        shell.ctx.tasks.finish_writes()
        sync.store.close()
        sync.client.close()
        colleague.close()
