"""A campaign dial the phone refuses (no PBX set up to route a number) against the real back office and
the real SIP engine: the dock does not freeze on "Ringing", it says why, and the record can be dialled
again or skipped with the refusal kept as the skip's reason. Stop, and signing out, give the record in
hand back to the other agents at once, and Stop recovers from a call the phone lost track of."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from agent_desktop.features.campaigns import dialler as dialler_module
from agent_desktop.features.phone.api import PHONE
from backoffice.campaigns.tables import campaign_attempts
from backoffice.db import Database
from softphone.qt.adapter import PhoneAdapter
from tests.agent_desktop.features.campaigns.conftest import new_campaign, records
from tests.softphone.conftest import make_engine  # noqa: F401 - fixture

pytestmark = pytest.mark.e2e


def _skip_notes(db_url: str, campaign_id: str) -> list[str]:
    db = Database(db_url)
    try:
        with db.read.connect() as conn:
            a = campaign_attempts.c
            rows = conn.execute(select(a.notes).where(a.campaign_id == campaign_id, a.result == "skipped"))
            return [notes for (notes,) in rows]
    finally:
        db.dispose()


def test_a_refused_dial_leaves_the_record_to_dial_again_or_skip(
    desk, team, customer, make_engine, live_backoffice, qtbot
):
    customer_id, number = customer
    campaign = new_campaign(team, [(number, customer_id)])
    engine, _log = make_engine()  # no registrar, no proxy: a number has nowhere to go
    d = desk("agent1")
    phone = PhoneAdapter(engine, parent=d.shell.window)
    d.shell.ctx.services.provide(PHONE, phone)
    dock = d.feature.dock
    try:
        dock.work.click()
        qtbot.waitUntil(lambda: dock.target is not None, timeout=5000)
        for _ in range(2):  # refused, and refused again: each time the dock comes back
            dock.dial.click()
            qtbot.waitUntil(lambda: "could not dial" in dock.status_text(), timeout=10000)
            assert "No PBX" in dock.status_text()
            assert dock.record_box.isVisible()
            assert dock.dial.isEnabled() and dock.skip.isEnabled() and dock.skip_reason.isEnabled()
            dock.set_status(lambda: "")
        assert records(team, campaign["id"])[number]["claimed_by"] is not None  # still the agent's to call
        dock.skip.click()
        qtbot.waitUntil(lambda: records(team, campaign["id"])[number]["claimed_by"] is None, timeout=10000)
        record = records(team, campaign["id"])[number]
        assert (record["state"], record["attempts"]) == ("pending", 0)  # back later, no attempt counted
        assert _skip_notes(live_backoffice.db_url, campaign["id"]) == ["not_now; could not dial: no PBX"]
    finally:
        d.feature.shutdown()
        phone.shutdown(10)


def test_stop_gives_the_record_in_hand_back_and_start_takes_one_again(desk, team, customer, qtbot):
    customer_id, number = customer
    campaign = new_campaign(team, [(number, customer_id)])
    d = desk("agent1")
    dock = d.feature.dock
    dock.work.click()
    qtbot.waitUntil(lambda: dock.target is not None, timeout=5000)
    assert records(team, campaign["id"])[number]["state"] == "claimed"
    dock.work.click()  # Stop
    assert not dock.record_box.isVisible() and "given back" in dock.status_text()
    qtbot.waitUntil(lambda: records(team, campaign["id"])[number]["state"] == "pending", timeout=10000)
    record = records(team, campaign["id"])[number]
    assert (record["claimed_by"], record["next_due_at"], record["attempts"]) == (None, None, 0)  # due at once
    other = desk("agent2")  # another agent of the team gets it now, not when the claim would lapse
    other.feature.dock.work.click()
    qtbot.waitUntil(lambda: other.feature.dock.target is not None, timeout=5000)
    assert other.feature.dock.target.record.number == number
    other.feature.dock.work.click()
    qtbot.waitUntil(lambda: records(team, campaign["id"])[number]["state"] == "pending", timeout=10000)
    dock.work.click()  # Start again: the dock works as before
    qtbot.waitUntil(lambda: dock.target is not None, timeout=5000)
    assert dock.dial.isEnabled()


def test_signing_out_gives_the_record_in_hand_back(desk, team, customer, qtbot):
    customer_id, number = customer
    campaign = new_campaign(team, [(number, customer_id)])
    d = desk("agent1")
    d.feature.dock.work.click()
    qtbot.waitUntil(lambda: d.feature.dock.target is not None, timeout=5000)
    d.feature.shutdown()  # what quitting and File > Sign out do
    qtbot.waitUntil(lambda: records(team, campaign["id"])[number]["claimed_by"] is None, timeout=10000)
    assert records(team, campaign["id"])[number]["state"] == "pending"


def test_stop_recovers_from_a_call_the_phone_lost_track_of(desk, team, customer, make_engine, sipp, qtbot, monkeypatch):
    customer_id, number = customer
    campaign = new_campaign(team, [(number, customer_id)])
    callee = sipp("uas_ring_forever.xml")
    engine, _log = make_engine(proxy=f"127.0.0.1:{callee.port}")
    d = desk("agent1")
    phone = PhoneAdapter(engine, parent=d.shell.window)
    d.shell.ctx.services.provide(PHONE, phone)
    dock = d.feature.dock
    monkeypatch.setattr(dialler_module, "LOST_CALL_S", 0.0)
    try:
        dock.work.click()
        qtbot.waitUntil(lambda: dock.target is not None, timeout=5000)
        dock.dial.click()
        call_id = d.feature.dialler.call_id
        qtbot.waitUntil(lambda: call_id in phone.board.lines, timeout=10000)
        dock.work.click()  # Stop while it rings: the call goes on, the dock waits for its end
        assert d.feature.dialler.call_id == call_id and not dock.dial.isEnabled()
        dock.work.click()
        phone.board.clear()  # what a new engine does: the old engine's calls end unseen
        dock.work.click()  # Stop
        assert d.feature.dialler.call_id is None and not dock.record_box.isVisible()
        qtbot.waitUntil(lambda: records(team, campaign["id"])[number]["claimed_by"] is None, timeout=10000)
        dock.work.click()  # Start: the record comes back to dial
        qtbot.waitUntil(lambda: dock.target is not None, timeout=5000)
        assert dock.dial.isEnabled()
    finally:
        engine.hangup_all()
        d.feature.shutdown()
        phone.shutdown(10)
