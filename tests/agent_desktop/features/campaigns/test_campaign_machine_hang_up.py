"""A campaign that hangs up on answering machines, end to end: progressive dialling against the real back
office, the real engine with detection on, and a sipp callee that answers with a recorded answering
machine's greeting (espeak-ng and sox, ``tests/softphone/amd_samples.py``): the call is hung up, the
agent never gets the card or a disposition to give, and the back office records the attempt as a
machine."""

from __future__ import annotations

import pytest

from agent_desktop.shell.agent_state import READY
from agent_desktop.shell.keys import AGENT_STATE
from softphone.qt.adapter import PhoneAdapter
from tests.agent_desktop.features.campaigns.conftest import new_campaign, records
from tests.agent_desktop.features.campaigns.test_campaign_progressive import RoutedPhone
from tests.softphone import amd_samples
from tests.softphone.conftest import make_engine  # noqa: F401 - fixture
from tests.softphone.test_machine_detection import _callee_playing

missing = amd_samples.missing_tools()
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        bool(missing), reason=f"{', '.join(missing)} not installed (scripts/setup.sh test installs them)"
    ),
]


def test_a_machine_is_hung_up_for_a_campaign_that_says_so(desk, team, customer, make_engine, sipp, qtbot, tmp_path):
    customer_id, number = customer
    campaign = new_campaign(team, [(number, customer_id)], mode="progressive", machine_action="hang_up")
    callee = _callee_playing(sipp, tmp_path, "machine")
    engine, _log = make_engine(machine_detection=True)
    d = desk("agent1")
    phone = PhoneAdapter(engine, parent=d.shell.window)
    dialler, dock = d.feature.dialler, d.feature.dock
    dialler.detect_machine = lambda: True  # the setting sip.machine_detection
    dialler.attach_phone(RoutedPhone(phone, {number: callee.uri}))
    phone.sig_call_changed.connect(dialler.call_changed)
    phone.sig_answered_by.connect(dialler.answered_by)
    d.shell.ctx.services.get(AGENT_STATE).set_state(READY)
    try:
        qtbot.waitUntil(lambda: d.feature.remote is not None, timeout=5000)
        dock.mode.setCurrentIndex(1)  # progressive
        with qtbot.waitSignal(dialler.sig_reported, timeout=30000) as reported:
            dock.work.click()
        assert reported.args[1] == "machine"
        assert d.card.dialled == [] and not dock.disposition.isVisible()  # the agent never had it
        qtbot.waitUntil(lambda: records(team, campaign["id"])[number]["last_result"] == "machine", timeout=10000)
        record = records(team, campaign["id"])[number]
        assert (record["last_disposition"], record["attempts"]) == ("machine", 1)
        assert callee.wait(10) == 0, callee.output()
    finally:
        d.feature.shutdown()
        phone.shutdown(10)
