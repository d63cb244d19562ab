"""Ghost calls (issue 15): callers that vanish while it rings, and INVITEs that must not ring at all.

Real sipp callers against a one-line engine: after each ghost, the line must be free for a normal
caller. pjsip's UDP buffer (and the longest message it can build) is 4000 bytes.
"""

from __future__ import annotations

import re
import time

import pytest

from agent_desktop.features.callbacks.core.detector import MissedCallDetector
from crm.schemas.callbacks import CallbackSource
from softphone.engine.events import CallChanged, CallRejectedBeforeRinging, CallState, IncomingCall, Outcome
from tests.fixtures.ports import free_port
from tests.fixtures.sip import DATA

pytestmark = pytest.mark.e2e


def target(engine) -> str:
    return f"127.0.0.1:{engine.local_port}"


def is_incoming(e) -> bool:
    return isinstance(e, IncomingCall)


def ended(call_id: int):
    return lambda e: isinstance(e, CallChanged) and e.call_id == call_id and e.state == CallState.DISCONNECTED


def normal_caller_rings(engine, log, sipp) -> None:
    """A normal caller (after a ghost) rings on the one line, is answered and hangs up."""
    mark = log.mark()
    caller = sipp("uac_caller_hangs_up.xml", target(engine), keys={"caller": "13800138000"})
    ring = log.wait_for(is_incoming, timeout=5, what="the normal caller ringing", after=mark)
    engine.answer(ring.call_id)
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.state == CallState.ACTIVE, timeout=5, after=mark)
    assert log.wait_for(ended(ring.call_id), timeout=5, after=mark).outcome == Outcome.ANSWERED
    assert caller.wait(10) == 0, caller.output()


def ghost_pad(size: int, engine, sipp_port: int) -> str:
    """A Call-ID filler making uac_invite_then_vanishes.xml's INVITE ``size`` bytes long."""
    text = (DATA / "uac_invite_then_vanishes.xml").read_text()
    template = text.split("<![CDATA[", 1)[1].split("]]>", 1)[0]
    lines = [line.strip() for line in template.strip("\n").splitlines()]
    values = {
        "service": "agent",
        "remote_ip": "127.0.0.1",
        "remote_port": str(engine.local_port),
        "local_ip": "127.0.0.1",
        "local_port": str(sipp_port),
        "transport": "UDP",
        "caller": "13800138000",
        "pad": "",
    }
    message = "\r\n".join(lines).strip() + "\r\n\r\n"
    base = len(re.sub(r"\[(\w+)\]", lambda m: values[m[1]], message))
    return "c" * (size - base)


def sent_invite_size(peer) -> int:
    """The length of the INVITE datagram sipp sent, from its message trace."""
    match = re.search(r"UDP message sent \((\d+) bytes\):\s*\n\s*INVITE ", peer.messages())
    assert match, peer.output()
    return int(match[1])


def test_caller_vanishing_while_it_rings_times_out_and_frees_the_line(make_engine, sipp):
    engine, log = make_engine(max_lines=1, ring_timeout_s=2)
    ghost = sipp("uac_vanishes_after_ringing.xml", target(engine), keys={"caller": "13900000001"})
    ring = log.wait_for(is_incoming, timeout=5, what="the ghost ringing")
    end = log.wait_for(ended(ring.call_id), timeout=5, what="the ring timeout")
    rang_for = time.monotonic() - ring.received_monotonic
    assert 1.8 <= rang_for <= 4.0
    assert (end.code, end.outcome) == (480, Outcome.MISSED)
    assert ghost.wait(10) == 0, ghost.output()  # it received 180 then 480, and sent nothing after its INVITE
    # the call-back feature queues the vanished caller as unanswered
    missed = []
    detector = MissedCallDetector(missed.append)
    for event in list(log.events):
        detector.feed(event)
    assert [(m.number, m.source) for m in missed] == [("13900000001", CallbackSource.UNANSWERED)]
    normal_caller_rings(engine, log, sipp)


def test_ring_timeout_zero_lets_it_ring(make_engine, sipp):
    engine, log = make_engine(ring_timeout_s=0)
    sipp("uac_vanishes_after_ringing.xml", target(engine))
    ring = log.wait_for(is_incoming, timeout=5)
    time.sleep(1.5)
    assert not [e for e in log.events if ended(ring.call_id)(e)]


def test_invite_whose_180_is_too_long_to_send_never_rings(make_engine, sipp):
    """A huge Call-ID is copied into every response: the 100 still fits in 4000 bytes, the 180 (with
    Contact and Allow) does not. pjsip would keep the call ringing silently; it is refused at once."""
    engine, log = make_engine(max_lines=1)
    port = free_port(pair=True)
    pad = ghost_pad(3950, engine, port)
    ghost = sipp("uac_invite_then_vanishes.xml", target(engine), keys={"pad": pad}, port=port)
    refused = log.wait_for(lambda e: isinstance(e, CallRejectedBeforeRinging), timeout=5, what="the refusal")
    assert refused.code == 513
    assert 3900 < sent_invite_size(ghost) < 4000
    # the 180 attempt was already announced as ringing by pjsip's state change: its end follows at once
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.state == CallState.DISCONNECTED, timeout=2)
    assert not log.of(IncomingCall)
    normal_caller_rings(engine, log, sipp)


def test_udp_invite_longer_than_4000_bytes_is_refused_with_513(make_engine, sipp):
    """Cut at 4000 bytes the INVITE loses its Content-Length and SDP, and pjsip would still ring it."""
    engine, log = make_engine(max_lines=1)
    caller = sipp("uac_oversized_invite.xml", target(engine), keys={"pad": "p" * 4200})
    refused = log.wait_for(lambda e: isinstance(e, CallRejectedBeforeRinging), timeout=5, what="the refusal")
    assert refused.code == 513
    assert caller.wait(10) == 0, caller.output()  # 513, no 180
    assert sent_invite_size(caller) > 4000
    assert not log.of(IncomingCall)
    normal_caller_rings(engine, log, sipp)


def test_answer_too_long_to_send_ends_the_call_as_missed(make_engine, sipp):
    """The 180 fits, the 200 with the agent's SDP does not: the caller would never learn the call was
    answered. The call ends at once as missed (its caller is called back) and the line is free."""
    engine, log = make_engine(max_lines=1)
    port = free_port(pair=True)
    sipp("uac_invite_then_vanishes.xml", target(engine), keys={"pad": ghost_pad(3700, engine, port)}, port=port)
    ring = log.wait_for(is_incoming, timeout=5, what="ringing")
    engine.answer(ring.call_id)
    end = log.wait_for(ended(ring.call_id), timeout=3, what="the unsendable answer ending the call")
    assert (end.code, end.outcome) == (513, Outcome.MISSED)
    normal_caller_rings(engine, log, sipp)


def test_late_offer_invite_refused_before_ringing_keeps_the_phone_alive(make_engine, sipp):
    """Refusing an INVITE without SDP inside pjsua2's incoming-call callback freed the INVITE twice
    (the process aborted); the refusal now goes out on the SIP thread's next turn."""
    engine, log = make_engine(max_lines=1)
    engine.set_blocklist(lambda number: number == "13900000009")
    sipp("uac_invite_then_vanishes.xml", target(engine), keys={"pad": "late-offer", "caller": "13900000009"})
    assert log.wait_for(lambda e: isinstance(e, CallRejectedBeforeRinging), timeout=5).code == 603
    assert not log.of(IncomingCall)
    normal_caller_rings(engine, log, sipp)
