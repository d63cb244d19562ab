"""Outgoing calls to a real sipp callee: every final answer is classified as an agent would say it."""

from __future__ import annotations

import pytest

from softphone.engine.events import CallChanged, CallState, Outcome

pytestmark = pytest.mark.e2e


def _ended(log, key):
    return log.wait_for(
        lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == CallState.DISCONNECTED,
        timeout=15,
        what="end of call",
    )


@pytest.mark.parametrize(
    "scenario,expected",
    [
        ("uas_486.xml", Outcome.BUSY),
        ("uas_404.xml", Outcome.INVALID_NUMBER),
        ("uas_480.xml", Outcome.NO_ANSWER),
        ("uas_603.xml", Outcome.REJECTED),
    ],
)
def test_failed_calls_are_classified(make_engine, sipp, scenario, expected):
    engine, log = make_engine()
    callee = sipp(scenario)
    key = engine.dial(callee.uri)
    log.wait_for(
        lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == CallState.EARLY, what="far end ringing"
    )
    end = _ended(log, key)
    assert end.outcome == expected, end
    assert end.code == int(scenario[4:7])
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


def test_no_answer_timeout_cancels_and_reports_no_answer(make_engine, sipp):
    engine, log = make_engine()
    callee = sipp("uas_ring_forever.xml")
    key = engine.dial(callee.uri, no_answer_timeout_s=1.0)
    end = _ended(log, key)
    assert end.outcome == Outcome.NO_ANSWER
    assert callee.wait(10) == 0, callee.output()


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
