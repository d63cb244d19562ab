"""Outgoing calls to a real sipp callee: every final answer is classified as an agent would say it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from softphone.engine.events import CallChanged, CallState, Outcome
from tests.fixtures.sip import DATA

pytestmark = pytest.mark.e2e


def _ended(log, key):
    return log.wait_for(
        lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == CallState.DISCONNECTED,
        timeout=15,
        what="end of call",
    )


def _final(workdir: Path, template: str, code: int, reason: str) -> str:
    """A copy of the scenario ``template`` whose final answer is ``code`` ``reason`` (sipp reads the
    status code when it loads the scenario, so it cannot come from a -key)."""
    path = workdir / f"{Path(template).stem}_{code}.xml"
    path.write_text((DATA / template).read_text().replace("[code] [reason]", f"{code} {reason}"))
    return str(path)


@pytest.mark.parametrize(
    "expected,answers",
    [
        (Outcome.BUSY, [(486, "Busy Here"), (600, "Busy Everywhere")]),
        (
            Outcome.INVALID_NUMBER,
            [(404, "Not Found"), (484, "Address Incomplete"), (410, "Gone"), (604, "Does Not Exist Anywhere")],
        ),
        (Outcome.REJECTED, [(603, "Decline")]),
        # the network gave up ringing (487 not after our CANCEL, a 408 after it rang): nobody answered
        (Outcome.NO_ANSWER, [(480, "Temporarily Unavailable"), (487, "Request Terminated"), (408, "Request Timeout")]),
        (Outcome.NETWORK_ERROR, [(500, "Server Internal Error"), (503, "Service Unavailable")]),
    ],
    ids=lambda v: v.value if isinstance(v, Outcome) else "-".join(str(code) for code, _ in v),
)
def test_every_final_answer_after_ringing_is_classified(make_engine, sipp, tmp_path, expected, answers):
    engine, log = make_engine()
    callees = [(code, sipp(_final(tmp_path, "uas_final.xml", code, reason))) for code, reason in answers]
    for code, callee in callees:
        key = engine.dial(callee.uri)
        log.wait_for(
            lambda e, key=key: isinstance(e, CallChanged) and e.call_id == key and e.state == CallState.EARLY,
            what="far end ringing",
        )
        end = _ended(log, key)
        assert (end.outcome, end.code) == (expected, code), end
        assert callee.wait(10) == 0, callee.output()


def test_a_timeout_before_anything_rang_is_a_network_error(make_engine, sipp, tmp_path):
    """408 without a 180 first: the request got nowhere (a proxy's timeout), not "nobody answered"."""
    engine, log = make_engine()
    callee = sipp(_final(tmp_path, "uas_final_no_ring.xml", 408, "Request Timeout"))
    end = _ended(log, engine.dial(callee.uri))
    assert (end.outcome, end.code) == (Outcome.NETWORK_ERROR, 408), end
    assert callee.wait(10) == 0, callee.output()


def test_answered_call_then_agent_hangs_up(make_engine, sipp):
    engine, log = make_engine()
    callee = sipp("uas_200.xml")
    key = engine.dial(callee.uri, headers={"X-Order-Id": "SO-77"})
    active = log.wait_for(lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == CallState.ACTIVE)
    assert active.connected_at is not None
    engine.hangup(key)
    assert _ended(log, key).outcome == Outcome.ANSWERED
    assert callee.wait(10) == 0, callee.output()
    assert "X-Order-Id: SO-77" in callee.messages()


def test_unreachable_peer_is_a_network_error(make_engine):
    from tests.fixtures.sip import free_port

    engine, log = make_engine()
    port = free_port()
    key = engine.dial(f"sip:nobody@127.0.0.1:{port};transport=tcp")
    assert _ended(log, key).outcome == Outcome.NETWORK_ERROR


def test_a_ring_timeout_with_no_reply_at_all_is_a_network_error(make_engine):
    """Nothing listens there (UDP): not even a 100 Trying comes back before the ring timeout."""
    from tests.fixtures.sip import free_port

    engine, log = make_engine()
    started = time.monotonic()
    key = engine.dial(f"sip:nobody@127.0.0.1:{free_port()}", no_answer_timeout_s=1.0)
    assert _ended(log, key).outcome == Outcome.NETWORK_ERROR
    assert time.monotonic() - started < 5


def test_no_answer_timeout_cancels_and_reports_no_answer(make_engine, sipp):
    """The far end rings (180) and never answers: the dial's ring timeout cancels it, as NO_ANSWER."""
    engine, log = make_engine()
    callee = sipp("uas_ring_forever.xml")
    started = time.monotonic()
    key = engine.dial(callee.uri, no_answer_timeout_s=1.0)
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == CallState.EARLY)
    end = _ended(log, key)
    assert end.outcome == Outcome.NO_ANSWER
    assert 1.0 <= time.monotonic() - started < 5
    assert callee.wait(10) == 0, callee.output()
    assert "CANCEL sip:" in callee.messages()


def test_port_in_use_is_reported_not_fatal(tmp_path):
    import socket

    from softphone.engine.config import EngineConfig
    from softphone.engine.engine import SipEngine
    from softphone.engine.events import EngineFailed, EngineStopped
    from tests.softphone.conftest import EventLog

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as busy:
        busy.bind(("127.0.0.1", 0))
        engine = SipEngine(EngineConfig(local_port=busy.getsockname()[1], log_file=str(tmp_path / "pj.log")))
        log = EventLog()
        engine.subscribe(log)
        engine.start()
        assert not engine.wait_started(10)
        failed = log.wait_for(lambda e: isinstance(e, EngineFailed))
        assert failed.message.startswith("The phone could not start: its SIP port is in use")
        assert str(busy.getsockname()[1]) in failed.detail
        assert log.wait_for(lambda e: isinstance(e, EngineStopped))
        assert engine.stop(5)
