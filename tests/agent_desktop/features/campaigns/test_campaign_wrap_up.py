"""One answer per campaign call: the disposition the agent gives in the Campaign dock pre-sets the call's
wrap-up disposition (what the call log and the reports keep), against the real back office and a real
sipp callee; a disposition the agent already chose in the wrap-up is left as it is."""

from __future__ import annotations

import pytest

from agent_desktop.features.phone.api import PHONE
from forms.wrapup_form import WrapUpForm
from softphone.engine.events import CallState
from softphone.qt.adapter import PhoneAdapter
from tests.agent_desktop.features.campaigns.conftest import new_campaign, records
from tests.softphone.conftest import make_engine  # noqa: F401 - fixture

pytestmark = pytest.mark.e2e


def _answered_and_ended(d, phone, qtbot) -> int:
    """Dial the record in hand, the callee answers, the agent hangs up: the call's wrap-up starts."""
    dock = d.feature.dock
    with qtbot.waitSignal(phone.sig_call_changed, timeout=15000, check_params_cb=lambda e: e.state == CallState.ACTIVE):
        dock.dial.click()
    call_id = d.feature.dialler.call_id
    assert call_id is not None
    phone.hangup(call_id)
    qtbot.waitUntil(dock.disposition.isVisible, timeout=10000)
    d.card.wrap_up.start(str(call_id), outbound=True)  # what the card does at hang-up
    return call_id


@pytest.mark.parametrize(
    ("chosen_in_wrap_up", "campaign_disposition", "wrap_up_disposition"),
    [("", "not_interested", "no_sale"), ("enquiry", "wrong_person", "enquiry")],
)
def test_the_campaign_disposition_presets_the_wrap_up(
    desk, team, customer, make_engine, sipp, qtbot, chosen_in_wrap_up, campaign_disposition, wrap_up_disposition
):
    customer_id, number = customer
    campaign = new_campaign(team, [(number, customer_id)])
    callee = sipp("uas_200.xml")
    engine, _log = make_engine(proxy=f"127.0.0.1:{callee.port}")
    d = desk("agent1")
    d.card.wrap_up = WrapUpForm()
    phone = PhoneAdapter(engine, parent=d.shell.window)
    d.shell.ctx.services.provide(PHONE, phone)
    dock = d.feature.dock
    try:
        dock.work.click()
        qtbot.waitUntil(lambda: dock.target is not None, timeout=5000)
        _answered_and_ended(d, phone, qtbot)
        if chosen_in_wrap_up:
            combo = d.card.wrap_up.disposition_combo
            combo.setCurrentIndex(combo.findData(chosen_in_wrap_up))
        dock.disposition.buttons[campaign_disposition].click()
        assert d.card.wrap_up.disposition_combo.currentData() == wrap_up_disposition
        qtbot.waitUntil(lambda: records(team, campaign["id"])[number]["state"] == "done", timeout=10000)
        assert records(team, campaign["id"])[number]["last_disposition"] == campaign_disposition
        assert callee.wait(15) == 0, callee.output()
    finally:
        d.feature.shutdown()
        phone.shutdown(10)
