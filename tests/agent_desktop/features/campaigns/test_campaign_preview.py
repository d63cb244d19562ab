"""Preview dialling against the real back office and a real sipp callee: the record is claimed, its
customer's card pops with the campaign's script, the agent dials, the callee answers, and the agent's
disposition (a sale, which opens the order form) reaches the back office. A result given while the back
office is down waits in the local queue and is sent once it answers again."""

from __future__ import annotations

import pytest

from agent_desktop.features.phone.api import PHONE
from softphone.engine.events import CallState
from softphone.qt.adapter import PhoneAdapter
from tests.agent_desktop.features.campaigns.conftest import SCRIPT, new_campaign, records, wait_for_failed_sends
from tests.softphone.conftest import make_engine  # noqa: F401 - fixture

pytestmark = pytest.mark.e2e


def test_preview_card_and_script_then_dial_answered_and_sale_recorded(desk, team, customer, make_engine, sipp, qtbot):
    customer_id, number = customer
    campaign = new_campaign(team, [(number, customer_id)])
    callee = sipp("uas_200.xml")
    engine, _log = make_engine(proxy=f"127.0.0.1:{callee.port}")
    d = desk("agent1")
    phone = PhoneAdapter(engine, parent=d.shell.window)
    d.shell.ctx.services.provide(PHONE, phone)
    dock = d.feature.dock
    try:
        qtbot.waitUntil(lambda: dock.campaign_list.count() == 1, timeout=5000)
        assert campaign["name"] in dock.campaign_list.item(0).text()
        dock.work.click()  # Start, in preview mode
        qtbot.waitUntil(lambda: dock.target is not None, timeout=5000)
        assert dock.record_box.isVisible() and dock.script.toPlainText() == SCRIPT
        assert "139 0000 0001" in dock.number.text() or "13900000001" in dock.number.text().replace(" ", "")
        assert d.card.opened == [customer_id]  # the customer's card popped
        with qtbot.waitSignal(
            phone.sig_call_changed, timeout=15000, check_params_cb=lambda e: e.state == CallState.ACTIVE
        ) as active:
            dock.dial.click()
        call_id = active.args[0].call_id
        assert d.card.dialled == [(call_id, customer_id)]
        assert not dock.dial.isEnabled()  # no second dial while it is on
        phone.hangup(call_id)
        qtbot.waitUntil(dock.disposition.isVisible, timeout=10000)
        with qtbot.waitSignal(d.feature.dialler.sig_reported, timeout=5000) as reported:
            dock.disposition.buttons["sale"].click()
        assert reported.args[1] == "answered"
        assert d.orders.opened == [customer_id]  # the order form for that customer
        qtbot.waitUntil(lambda: records(team, campaign["id"])[number]["state"] == "done", timeout=10000)
        record = records(team, campaign["id"])[number]
        assert (record["last_result"], record["last_disposition"], record["attempts"]) == ("answered", "sale", 1)
        qtbot.waitUntil(lambda: "Nothing to call now" in dock.status_text(), timeout=5000)
        assert callee.wait(15) == 0, callee.output()
    finally:
        d.feature.shutdown()
        phone.shutdown(10)


def test_a_result_given_while_the_back_office_is_down_is_sent_when_it_is_back(
    desk, team, customer, live_backoffice, qtbot, caplog
):
    customer_id, number = customer
    campaign = new_campaign(team, [(number, customer_id)])
    d = desk("agent1")
    d.feature.results.loop._retry.setInterval(300)
    dock = d.feature.dock
    dock.work.click()
    qtbot.waitUntil(lambda: dock.target is not None, timeout=5000)
    qtbot.waitUntil(lambda: d.feature.results.queue is not None, timeout=5000)
    live_backoffice.stop()
    try:
        dock.skip_reason.setCurrentIndex(1)  # wrong data
        dock.skip.click()
        qtbot.waitUntil(lambda: "cannot be reached" in dock.status_text(), timeout=10000)
        wait_for_failed_sends(qtbot, caplog)  # a send or two failed meanwhile
        assert d.feature.results.waiting() == 1  # kept, not dropped
    finally:
        live_backoffice.start()
    qtbot.waitUntil(lambda: d.feature.results.waiting() == 0, timeout=10000)
    record = records(team, campaign["id"])[number]
    # skipped: back in the list later, no attempt counted
    assert (record["state"], record["claimed_by"], record["attempts"]) == ("pending", None, 0)
    assert record["next_due_at"] is not None
