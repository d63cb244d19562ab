"""A customer on a campaign call asks to be called back after the campaign's deadline (the real back
office, a real sipp callee): before the agent confirms, the disposition panel says the call back goes to
the general Call Back queue; confirmed while the back office is down, the result waits in the local
queue, and once sent the call back is in the Call Back queue once, with the agent's notes, and the
campaign counts the record as done."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import QDateTime

from agent_desktop.features.phone.api import PHONE
from crm.client import CrmClient
from softphone.engine.events import CallState
from softphone.qt.adapter import PhoneAdapter
from tests.agent_desktop.features.campaigns.conftest import new_campaign, records, wait_for_failed_sends
from tests.softphone.conftest import make_engine  # noqa: F401 - fixture

pytestmark = pytest.mark.e2e


def _set(panel: Any, when: datetime) -> None:
    panel.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))


def _queued(client: CrmClient, customer_id: str) -> list[dict[str, Any]]:
    body = client.request("GET", "/callbacks", params={"customer_id": customer_id}).json()
    return body["items"] if isinstance(body, dict) else body


def test_a_call_back_after_the_deadline_is_announced_then_queued_once_also_from_the_offline_queue(
    desk, team, customer, make_engine, sipp, live_backoffice, qtbot, caplog
):
    customer_id, number = customer
    deadline = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(hours=3)
    campaign = new_campaign(team, [(number, customer_id)], deadline_at=deadline.isoformat())
    callee = sipp("uas_200.xml")
    engine, _log = make_engine(proxy=f"127.0.0.1:{callee.port}")
    d = desk("agent1")
    d.feature.results.loop._retry.setInterval(300)
    phone = PhoneAdapter(engine, parent=d.shell.window)
    d.shell.ctx.services.provide(PHONE, phone)
    dock, panel = d.feature.dock, d.feature.dock.disposition
    try:
        dock.work.click()
        qtbot.waitUntil(lambda: dock.target is not None, timeout=5000)
        assert dock.target.call_back_queue_from == deadline  # every hour is a calling hour
        with qtbot.waitSignal(
            phone.sig_call_changed, timeout=15000, check_params_cb=lambda e: e.state == CallState.ACTIVE
        ) as active:
            dock.dial.click()
        phone.hangup(active.args[0].call_id)
        qtbot.waitUntil(panel.isVisible, timeout=10000)
        # proposed for tomorrow, after the deadline: said before the agent confirms
        assert panel.queue_note.isVisible() and "general Call Back queue" in panel.queue_note.text()
        assert panel.call_back.text() == "Hand to the Call Back queue"
        _set(panel, deadline - timedelta(hours=1))  # before it: the campaign calls back, as before
        assert not panel.queue_note.isVisible() and panel.call_back.text() == "Call back then"
        asked = deadline + timedelta(days=1)
        _set(panel, asked)
        assert panel.queue_note.isVisible()
        panel.notes.setText("客户说明天下午三点后方便")
        qtbot.waitUntil(lambda: d.feature.results.queue is not None, timeout=5000)
        live_backoffice.stop()
        try:
            with qtbot.waitSignal(d.feature.dialler.sig_reported, timeout=5000):
                panel.call_back.click()
            wait_for_failed_sends(qtbot, caplog)  # a send or two failed meanwhile
            assert d.feature.results.waiting() == 1  # kept, not dropped
        finally:
            live_backoffice.start()
        qtbot.waitUntil(lambda: d.feature.results.waiting() == 0, timeout=15000)
        record = records(team, campaign["id"])[number]
        assert (record["state"], record["last_disposition"], record["next_due_at"]) == ("done", "call_back", None)
        queued = _queued(team, customer_id)
        assert [q["id"] for q in queued] == [record["callback_id"]]
        entry = queued[0]
        assert (entry["status"], entry["reason"], entry["notes"]) == (
            "pending",
            campaign["name"],
            "客户说明天下午三点后方便",
        )
        assert entry["number"] == number and datetime.fromisoformat(entry["due_at"].replace("Z", "+00:00")) == asked
        progress = team.request("GET", f"/campaigns/{campaign['id']}/progress").json()
        assert (progress["done"], progress["left"]) == (1, 0)
        assert callee.wait(15) == 0, callee.output()
    finally:
        d.feature.shutdown()
        phone.shutdown(10)
