"""Call control against real sipp peers: hold/resume, DTMF by SIP INFO, blind and attended transfer,
two lines with switching, busy when every line is in use."""

from __future__ import annotations

import pytest

from softphone.engine.events import (
    CallChanged,
    CallRejectedBeforeRinging,
    CallState,
    IncomingCall,
    Outcome,
    TransferResult,
)

pytestmark = pytest.mark.e2e


def state_of(log, key, state, timeout=10, after=0):
    return log.wait_for(
        lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == state,
        timeout=timeout,
        what=f"call {key} {state.value}",
        after=after,
    )


def test_hold_and_resume_are_reinvites_with_sendonly_then_sendrecv(make_engine, sipp):
    engine, log = make_engine()
    callee = sipp("uas_hold_resume.xml")
    key = engine.dial(callee.uri)
    state_of(log, key, CallState.ACTIVE)
    engine.hold(key)
    state_of(log, key, CallState.HELD)
    mark = log.mark()
    engine.resume(key)
    state_of(log, key, CallState.ACTIVE, after=mark)
    engine.hangup(key)
    state_of(log, key, CallState.DISCONNECTED)
    assert callee.wait(10) == 0, callee.output()  # the scenario checks a=sendonly, then a=sendrecv


def test_dtmf_falls_back_to_sip_info_without_telephone_event(make_engine, sipp):
    engine, log = make_engine()
    callee = sipp("uas_dtmf_info.xml")
    key = engine.dial(callee.uri)
    state_of(log, key, CallState.ACTIVE)
    engine.send_dtmf(key, "1")
    engine.send_dtmf(key, "#")
    engine.hangup(key)
    state_of(log, key, CallState.DISCONNECTED)
    assert callee.wait(10) == 0, callee.output()  # the scenario checks Signal=1 and Signal=#


def test_blind_transfer_sends_refer_to_the_target_and_drops_the_call(make_engine, sipp):
    engine, log = make_engine()
    callee = sipp("uas_refer_blind.xml")
    key = engine.dial(callee.uri)
    state_of(log, key, CallState.ACTIVE)
    engine.transfer_blind(key, "sip:2002@127.0.0.1")
    result = log.wait_for(lambda e: isinstance(e, TransferResult) and e.final)
    assert result.code == 200
    state_of(log, key, CallState.DISCONNECTED)
    assert callee.wait(10) == 0, callee.output()
    assert "Refer-To: sip:2002@127.0.0.1" in callee.messages()


def test_attended_transfer_refers_with_replaces(make_engine, sipp):
    engine, log = make_engine()
    customer = sipp("uas_refer_attended.xml")
    colleague = sipp("uas_200.xml")
    first = engine.dial(customer.uri)
    state_of(log, first, CallState.ACTIVE)
    consult = engine.dial(colleague.uri)  # the customer is put on hold automatically
    state_of(log, first, CallState.HELD)
    state_of(log, consult, CallState.ACTIVE)
    engine.transfer_attended(first, consult)
    assert log.wait_for(lambda e: isinstance(e, TransferResult) and e.final).code == 200
    state_of(log, first, CallState.DISCONNECTED)
    engine.hangup(consult)
    state_of(log, consult, CallState.DISCONNECTED)
    assert customer.wait(10) == 0, customer.output()
    assert colleague.wait(10) == 0, colleague.output()
    refer = customer.messages().split("REFER sip:", 1)[1]
    assert "Replaces=" in refer.split("Refer-To:", 1)[1].splitlines()[0]


def test_two_lines_with_switching_and_busy_when_full(make_engine, sipp):
    engine, log = make_engine(max_lines=2)
    target = f"127.0.0.1:{engine.local_port}"
    line1 = sipp("uac_line1_held_then_resumed.xml", target, keys={"caller": "13800000001"})
    ring1 = log.wait_for(lambda e: isinstance(e, IncomingCall) and e.caller_number.endswith("13800000001"))
    engine.answer(ring1.call_id)
    state_of(log, ring1.call_id, CallState.ACTIVE)
    line2 = sipp("uac_line2_held.xml", target, keys={"caller": "13800000002"})
    ring2 = log.wait_for(lambda e: isinstance(e, IncomingCall) and e.caller_number.endswith("13800000002"))
    third = sipp("uac_busy_486.xml", target, keys={"caller": "13800000003"})
    assert log.wait_for(lambda e: isinstance(e, CallRejectedBeforeRinging)).code == 486
    engine.answer(ring2.call_id)  # call waiting: line 1 goes on hold
    state_of(log, ring1.call_id, CallState.HELD)
    state_of(log, ring2.call_id, CallState.ACTIVE)
    mark = log.mark()
    engine.switch_to(ring1.call_id)  # back to line 1: line 2 on hold, line 1 resumed
    state_of(log, ring2.call_id, CallState.HELD, after=mark)
    state_of(log, ring1.call_id, CallState.ACTIVE, after=mark)
    engine.hangup(ring1.call_id)
    engine.hangup(ring2.call_id)
    for key in (ring1.call_id, ring2.call_id):
        assert state_of(log, key, CallState.DISCONNECTED).outcome == Outcome.ANSWERED
    for peer in (line1, line2, third):
        assert peer.wait(10) == 0, peer.output()


def test_local_conference_takes_the_held_line_off_hold(make_engine, sipp):
    engine, log = make_engine()
    first = sipp("uas_hold_resume.xml")  # expects: hold (sendonly), then resume (sendrecv), BYE
    second = sipp("uas_200.xml")
    a = engine.dial(first.uri)
    state_of(log, a, CallState.ACTIVE)
    b = engine.dial(second.uri)  # the first call goes on hold
    state_of(log, a, CallState.HELD)
    state_of(log, b, CallState.ACTIVE)
    mark = log.mark()
    engine.conference([a, b])  # both lines talk with the agent and each other
    state_of(log, a, CallState.ACTIVE, after=mark)
    engine.hangup(a)
    engine.hangup(b)
    state_of(log, a, CallState.DISCONNECTED)
    state_of(log, b, CallState.DISCONNECTED)
    assert first.wait(10) == 0, first.output()
    assert second.wait(10) == 0, second.output()


def test_the_timer_and_recent_calls_show_the_talk_time_with_the_hold_apart(make_engine, sipp, qtbot):
    """The softphone counts as the card's banner and the KPIs do: talk excludes hold (docs/kpis.md)."""
    import time

    from softphone.qt.adapter import PhoneAdapter
    from softphone.qt.softphone_dock import SoftphoneDock

    engine, _log = make_engine()
    phone = PhoneAdapter(engine)
    dock = SoftphoneDock(phone)
    qtbot.addWidget(dock)
    callee = sipp("uas_hold_resume.xml")
    key = phone.dial(callee.uri)
    qtbot.waitUntil(
        lambda: key in phone.board.lines and phone.board.lines[key].state == CallState.ACTIVE, timeout=10000
    )
    assert dock.controls.timer_label.text() == "Talk 0:00"
    phone.toggle_hold()
    qtbot.waitUntil(lambda: phone.board.lines[key].state == CallState.HELD, timeout=10000)
    qtbot.wait(2200)  # two seconds on hold
    dock.controls._update_timer()
    assert dock.controls.timer_label.text() == "Talk 0:00"  # the talk time stands still on hold
    assert dock.controls.timer_label.toolTip() == "Talk time (hold excluded); on hold 0:02"
    phone.toggle_hold()
    qtbot.waitUntil(lambda: phone.board.lines[key].state == CallState.ACTIVE, timeout=10000)
    connected_at = phone.board.lines[key].connected_at
    engine.hangup(key)
    qtbot.waitUntil(lambda: dock.history.count() == 1, timeout=10000)
    entry = phone.history.entries[0]
    assert 2.0 <= entry.hold_s < 4.0
    assert abs(entry.duration_s + entry.hold_s - (time.monotonic() - connected_at)) < 1.0  # talk + hold = connected
    item = dock.history.item(0)
    assert f"  {int(entry.duration_s) // 60}:{int(entry.duration_s) % 60:02d}  answered" in item.text()
    assert item.toolTip().endswith("Hold 0:02") and item.toolTip().startswith("Talk 0:0")
    assert callee.wait(10) == 0, callee.output()
