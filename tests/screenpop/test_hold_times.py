"""Hold, talk and wrap-up durations of a pop (issue 16, item 8), on explicit monotonic times: each
hold span is summed into the hold time, talk excludes it, a call hung up while held ends its hold,
and the call log's whole seconds add up to the connected time."""

from __future__ import annotations

import pytest

from screenpop.core.call_log import call_log_body
from screenpop.core.identity import extract_identity
from screenpop.core.lookup import assemble_pop
from screenpop.core.session import PopHistory, PopSession
from tests.screenpop.memory_source import sample_source


def _started(history: PopHistory, call_id: str = "c1") -> PopSession:
    card = assemble_pop(call_id, extract_identity({"From": "<sip:13800138000@pbx>"}), sample_source())
    return history.start(card, ring_monotonic=100.0)


def test_two_holds_are_summed_and_talk_excludes_them() -> None:
    history = PopHistory()
    session = _started(history)
    history.answered("c1", at=105.0)
    history.held("c1", at=120.0)
    history.resumed("c1", at=150.0)  # 30 s
    history.held("c1", at=160.0)
    history.held("c1", at=165.0)  # a repeated HELD keeps the first start
    history.resumed("c1", at=172.5)  # 12.5 s
    history.resumed("c1", at=180.0)  # ACTIVE again without a hold: nothing
    history.ended("c1", at=205.0)
    assert session.hold_seconds == pytest.approx(42.5)
    assert session.connected_seconds() == pytest.approx(100.0)
    assert session.talk_seconds() == pytest.approx(57.5)
    body = call_log_body(session, disposition="enquiry", wrapup_seconds=17.4)
    assert (body["talk_seconds"], body["hold_seconds"], body["wrapup_seconds"]) == (58, 42, 17)
    assert body["talk_seconds"] + body["hold_seconds"] == 100


def test_hang_up_while_held_ends_the_hold_with_the_call() -> None:
    history = PopHistory()
    session = _started(history)
    history.answered("c1", at=110.0)
    history.held("c1", at=130.0)
    history.ended("c1", at=190.0)
    history.resumed("c1", at=200.0)  # too late: the call had ended
    assert (session.hold_seconds, session.hold_started) == (pytest.approx(60.0), None)
    body = call_log_body(session)
    assert (body["talk_seconds"], body["hold_seconds"]) == (20, 60)


def test_no_hold_before_the_answer_or_after_the_end_and_none_without_a_hold() -> None:
    history = PopHistory()
    session = _started(history)
    history.held("c1", at=101.0)  # still ringing
    history.answered("c1", at=102.0)
    history.ended("c1", at=132.0)
    history.held("c1", at=140.0)
    assert session.hold_seconds == 0.0 and session.hold_started is None
    body = call_log_body(session)
    assert (body["talk_seconds"], body["hold_seconds"]) == (30, 0)
    missed = _started(history, "c2")
    history.ended("c2", at=120.0)
    body = call_log_body(missed)
    assert (body["talk_seconds"], body["hold_seconds"]) == (0, 0)
