"""A long call keeps its record: the desktop renews its claim while the record is in hand, so that 20
minutes on the back office's campaign clock (driven forward by the test, four times the claim's
lifetime) later no other agent can claim the record and the agent's result is taken. A renewal made
while the back office is down is tried again until it gets through."""

from __future__ import annotations

import logging
import time

import pytest

from agent_desktop.features.campaigns.core.remote import CampaignRemote
from backoffice.campaigns import clock
from backoffice.campaigns.rules import CLAIM_TTL
from softphone.engine.events import CallChanged, CallState, Outcome
from tests.agent_desktop.features.campaigns.conftest import new_campaign, records
from tests.crm.helpers import client_for

pytestmark = pytest.mark.e2e

STEP_S = 4 * 60.0
"""The back office's clock moves this far between renewals (less than the claim's lifetime)."""


class CampaignClock:
    """The back office's campaign clock (in this process: the live back office runs in a thread),
    moved forward by the test."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch
        self.ahead_s = 0.0
        self._set()

    def advance(self, seconds: float) -> None:
        self.ahead_s += seconds
        self._set()

    def _set(self) -> None:
        now = time.time()
        self.monkeypatch.setattr(clock, "_SIMULATED", (now, now + self.ahead_s, 1.0))


class Phone:
    def dial(self, target, headers=None, no_answer_timeout_s=None, detect_machine=False) -> int:
        return 7

    def hangup(self, call_id=None) -> None:
        pass


def test_a_call_longer_than_the_claims_lifetime_keeps_its_record(
    desk, team, customer, live_backoffice, monkeypatch, qtbot, caplog
):
    customer_id, number = customer
    campaign = new_campaign(team, [(number, customer_id)])
    campaign_clock = CampaignClock(monkeypatch)
    d = desk("agent1")
    dialler, dock = d.feature.dialler, d.feature.dock
    keeper = dialler.keeper
    keeper.every_ms, keeper.retry_ms = 100, 100
    dialler.attach_phone(Phone())
    other = CampaignRemote(client_for(live_backoffice.url, "agent2"))
    dock.work.click()  # preview
    qtbot.waitUntil(lambda: dialler.target is not None, timeout=5000)
    assert keeper.timer.isActive()  # a record in hand: renewals run
    dialler.dial()
    dialler.call_changed(CallChanged(7, CallState.ACTIVE, "out", "sip:x", number))
    for _ in range(round(20 * 60 / STEP_S)):
        campaign_clock.advance(STEP_S)
        for _ in range(2):  # the second was sent after the clock moved
            with qtbot.waitSignal(keeper.sig_renewed, timeout=5000):
                pass
        assert other.claim_next() is None  # still this agent's
    assert campaign_clock.ahead_s >= 4 * CLAIM_TTL.total_seconds()
    caplog.set_level(logging.INFO, logger="agent_desktop.features.campaigns.claim_keeper")
    live_backoffice.stop()  # renewals fail meanwhile: tried again, never given up
    try:
        failed = "campaign claim renewal failed"
        qtbot.waitUntil(lambda: caplog.text.count(failed) >= 2, timeout=10000)  # two failed, however slow
        assert keeper.record_id == dialler.target.record.id
    finally:
        live_backoffice.start()
    with qtbot.waitSignal(keeper.sig_renewed, timeout=10000):
        pass
    dialler.call_changed(CallChanged(7, CallState.DISCONNECTED, "out", "sip:x", number, 200, outcome=Outcome.ANSWERED))
    qtbot.waitUntil(dock.disposition.isVisible, timeout=5000)
    dock.disposition.buttons["not_interested"].click()
    assert not keeper.timer.isActive()  # nothing in hand: no renewal ticks
    qtbot.waitUntil(lambda: records(team, campaign["id"])[number]["state"] != "claimed", timeout=10000)
    record = records(team, campaign["id"])[number]
    assert (record["state"], record["attempts"], record["last_disposition"]) == ("done", 1, "not_interested")
    other.client.close()
