"""The presence state machine: what the back office would see as the agent works (no Qt)."""

from __future__ import annotations

import pytest

from agent_desktop.features.presence.core.machine import PresenceMachine, PresenceRefused
from agent_desktop.features.presence.core.sender import described
from agent_desktop.features.presence.core.states import (
    AFTER_WRAP_UP,
    DEFAULT_REASONS,
    PHONE_UNAVAILABLE,
    Presence,
    Reason,
    State,
    WrapUpPolicy,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def machine(clock: Clock, **policy: object) -> tuple[PresenceMachine, list[Presence]]:
    m = PresenceMachine(clock=clock, wrap_up=WrapUpPolicy(**policy))  # type: ignore[arg-type]
    seen: list[Presence] = []
    m.subscribe(seen.append)
    return m, seen


def states(seen: list[Presence]) -> list[tuple[str, str | None]]:
    return [(p.state.value, p.reason) for p in seen]


def test_a_call_day_is_seen_in_order_with_growing_sequence_numbers(clock: Clock) -> None:
    m, seen = machine(clock, limit_seconds=60)
    m.choose_ready()
    m.call_ringing("c1")
    clock.now += 3
    m.call_answered("c1")
    m.call_held("c1", True)
    m.call_held("c1", False)
    clock.now += 100
    m.start_wrap_up()
    m.call_ended("c1")
    m.wrap_up_done()
    assert states(seen) == [
        ("ready", None),
        ("ringing", None),
        ("on_call", None),
        ("on_hold", None),
        ("on_call", None),
        ("wrap_up", None),
        ("ready", None),
    ]
    assert [p.seq for p in seen] == list(range(1, 8))
    assert seen[2].at == 1_003.0 and seen[5].at == 1_103.0


def test_an_outgoing_call_makes_a_not_ready_agent_on_call_then_wrap_up_then_not_ready_again(
    clock: Clock,
) -> None:
    m, seen = machine(clock)
    m.choose_not_ready("training")
    m.call_dialled("out")
    m.start_wrap_up()  # asked for as the call ends: the state goes from the call straight to wrap-up
    m.call_ended("out")
    m.wrap_up_done()
    assert states(seen) == [("not_ready", "training"), ("on_call", None), ("wrap_up", None), ("not_ready", "training")]


def test_a_call_that_asks_for_no_wrap_up_leaves_the_agents_choice(clock: Clock) -> None:
    m, seen = machine(clock)
    m.choose_ready()
    m.call_ringing("c1")
    m.call_ended("c1")
    assert states(seen) == [("ready", None), ("ringing", None), ("ready", None)]
    assert not m.in_wrap_up and m.next_deadline() is None


def test_wrap_up_runs_out_to_ready_or_not_ready_per_policy_and_extends_once(clock: Clock) -> None:
    m, seen = machine(clock, limit_seconds=60, extend_seconds=30)
    m.choose_ready()
    m.call_answered("c1")
    m.call_ended("c1")
    m.start_wrap_up()
    assert m.wrap_up_remaining() == 60 and m.next_deadline() == clock.now + 60
    assert m.extend_wrap_up() and not m.extend_wrap_up()
    clock.now += 89
    m.tick()
    assert m.current.state == State.WRAP_UP and m.wrap_up_remaining() == 1
    clock.now += 1
    m.tick()
    assert m.current.state == State.READY

    strict, _ = machine(clock, limit_seconds=10, then_ready=False)
    strict.choose_ready()
    strict.call_answered("c1")
    strict.call_ended("c1")
    strict.start_wrap_up()
    clock.now += 10
    strict.tick()
    assert (strict.current.state, strict.current.reason) == (State.NOT_READY, AFTER_WRAP_UP)


def test_a_blocker_makes_the_agent_not_ready_refuses_ready_and_lifting_it_restores_the_choice(
    clock: Clock,
) -> None:
    m, seen = machine(clock)
    m.choose_ready()
    m.block(PHONE_UNAVAILABLE)
    assert (m.current.state, m.current.reason) == (State.NOT_READY, PHONE_UNAVAILABLE)
    with pytest.raises(PresenceRefused) as refused:
        m.choose_ready()
    assert str(refused.value) == "Phone unavailable"
    m.unblock(PHONE_UNAVAILABLE)
    assert m.current.state == State.READY
    assert states(seen) == [("ready", None), ("not_ready", PHONE_UNAVAILABLE), ("ready", None)]


def test_a_call_in_progress_wins_over_a_blocker_and_wrap_up_over_the_agents_choice(clock: Clock) -> None:
    m, _ = machine(clock)
    m.choose_ready()
    m.call_answered("c1")
    m.block("headset")
    assert m.current.state == State.ON_CALL
    m.start_wrap_up()
    assert m.current.state == State.ON_CALL  # the call first
    m.call_ended("c1")
    assert m.current.state == State.WRAP_UP
    m.wrap_up_done()
    assert (m.current.state, m.current.reason) == (State.NOT_READY, "headset")


def test_a_reason_over_its_maximum_is_flagged(clock: Clock) -> None:
    m, _ = machine(clock)
    m.choose_not_ready("break")
    clock.now += 15 * 60
    assert not m.over_maximum()
    clock.now += 1
    assert m.over_maximum() and m.seconds_in_state() == 15 * 60 + 1
    m.choose_not_ready("training")
    clock.now += 10_000
    assert not m.over_maximum()


def test_logging_out_ends_wrap_up_and_ready_needs_a_sign_in(clock: Clock) -> None:
    m, seen = machine(clock)
    m.choose_ready()
    m.call_answered("c1")
    m.call_ended("c1")
    m.start_wrap_up()
    m.log_out()
    assert m.current.state == State.LOGGED_OUT
    with pytest.raises(PresenceRefused):
        m.choose_ready()
    m.log_in()
    assert m.current.state == State.NOT_READY
    m.choose_ready()
    assert m.current.state == State.READY


def test_the_sequence_continues_from_the_last_one_sent_and_repeats_are_not_events(clock: Clock) -> None:
    m = PresenceMachine(clock=clock, last_seq=41)
    seen: list[Presence] = []
    m.subscribe(seen.append)
    m.choose_ready()
    m.choose_ready()
    m.choose_not_ready("meal")
    assert [p.seq for p in seen] == [42, 43]
    with pytest.raises(ValueError):
        m.choose_not_ready("nap")


def test_the_reasons_name_and_the_states_limit_are_what_the_board_is_sent(clock: Clock) -> None:
    huddle = Reason("huddle", "Team huddle", 600)
    m = PresenceMachine(clock=clock, reasons=(*DEFAULT_REASONS, huddle), wrap_up=WrapUpPolicy(90, 30))
    m.choose_not_ready("huddle")
    assert (m.reason_name(m.current.reason), m.state_limit()) == ("Team huddle", 600)
    assert described(m, " 7001 ") == {"reason_name": "Team huddle", "limit_s": 600, "sip_user": "7001"}
    m.choose_not_ready("break")  # a built-in reason: its English name (each supervisor translates it)
    assert (m.reason_name("break"), m.state_limit()) == ("Break", 15 * 60)
    m.choose_not_ready("training")
    assert described(m) == {"reason_name": "Training"}  # no maximum, no SIP user
    m.start_wrap_up()
    assert (m.reason_name(m.current.reason), m.state_limit()) == (None, 90)
    m.extend_wrap_up()
    assert m.state_limit() == 120  # the longer limit once extended
    m.wrap_up_done()
    m.choose_ready()
    assert described(m, "x" * 101) == {}  # a SIP user the contract would refuse is left out
