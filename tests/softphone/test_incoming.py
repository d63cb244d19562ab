"""Incoming calls from a real sipp caller: identity headers at ringing, answer, hang-up from either side."""

from __future__ import annotations

import time

import pytest

from softphone.engine.events import CallChanged, CallRejectedBeforeRinging, CallState, IncomingCall, Outcome

pytestmark = pytest.mark.e2e


def target(engine) -> str:
    return f"127.0.0.1:{engine.local_port}"


def test_ringing_event_carries_identity_headers_and_caller_hangs_up(make_engine, sipp):
    engine, log = make_engine()
    before = time.monotonic()
    caller = sipp("uac_caller_hangs_up.xml", target(engine))
    ring = log.wait_for(lambda e: isinstance(e, IncomingCall), what="ringing")
    assert ring.caller_number == "+8613800138000"
    assert ring.headers["P-Asserted-Identity"][0].startswith('"Wang Fang" <sip:+8613800138000@')
    assert ring.headers["X-Customer-Id"] == ["C-1001"]
    assert ring.headers["X-Campaign"] == ["spring-sale"]
    assert "4008001234" in ring.headers["Diversion"][0]
    assert "sip:13800138000@" in ring.headers["From"][0]
    assert "sip:agent@" in ring.headers["To"][0]
    assert before <= ring.received_monotonic <= time.monotonic()
    engine.answer(ring.call_id)
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.state == CallState.ACTIVE, what="active")
    end = log.wait_for(lambda e: isinstance(e, CallChanged) and e.state == CallState.DISCONNECTED, what="hang-up")
    assert end.outcome == Outcome.ANSWERED
    assert caller.wait(15) == 0, caller.output()


def test_agent_hangs_up_and_caller_gets_bye(make_engine, sipp):
    engine, log = make_engine()
    caller = sipp("uac_agent_hangs_up.xml", target(engine))
    ring = log.wait_for(lambda e: isinstance(e, IncomingCall))
    engine.answer(ring.call_id)
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.state == CallState.ACTIVE)
    engine.hangup(ring.call_id)
    end = log.wait_for(lambda e: isinstance(e, CallChanged) and e.state == CallState.DISCONNECTED)
    assert end.outcome == Outcome.ANSWERED
    assert caller.wait(15) == 0, caller.output()


def test_blocked_number_is_refused_before_ringing(make_engine, sipp):
    seen = []

    def blocklist(number, headers):
        seen.append((number, headers.get("X-Customer-Id")))
        return 603 if number.endswith("13900000000") else None

    engine, log = make_engine(pre_ring_filter=blocklist)
    caller = sipp("uac_refused_603.xml", target(engine), keys={"caller": "13900000000"})
    refused = log.wait_for(lambda e: isinstance(e, CallRejectedBeforeRinging))
    assert refused.code == 603
    assert caller.wait(15) == 0, caller.output()  # a 180 before the 603 would fail the scenario
    assert not log.of(IncomingCall)
    assert seen == [("+8613900000000", ["C-1001"])]


def test_blocklist_uses_the_configured_response(make_engine, sipp):
    engine, log = make_engine(blocked_response=486)
    engine.set_blocklist(lambda number: number == "+8613700000000")
    caller = sipp("uac_busy_486.xml", target(engine), keys={"caller": "13700000000"})
    assert log.wait_for(lambda e: isinstance(e, CallRejectedBeforeRinging)).code == 486
    assert caller.wait(15) == 0, caller.output()
    assert not log.of(IncomingCall)
