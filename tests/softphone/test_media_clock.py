"""The conference bridge's clock (pjmedia's null device) runs while calls need it and a grace delay
after the last one: a call ringing right behind the last one is announced first and is not held up
by the clock stopping and starting again (stopping it holds the SIP thread for several ms); an idle
phone has no clock ticking."""

from __future__ import annotations

import time

import pytest

from softphone.engine.events import CallState, IncomingCall
from tests.softphone.test_audio_device_lifetime import _is_state, _until
from tests.softphone.test_idle import _wakeups_in_2s

GRACE_S = 0.8


@pytest.mark.e2e
def test_back_to_back_calls_keep_the_clock_which_stops_after_the_grace_delay(make_engine, sipp):
    engine, log = make_engine()
    engine.AUDIO_GRACE_S = GRACE_S
    switches: list[tuple[bool, float, int]] = []  # (running, when, calls announced by then)
    set_clock = engine._set_media_clock

    def watched(running: bool) -> None:  # the SIP thread's calls
        if running != engine._media_clock:
            switches.append((running, time.monotonic(), len(log.of(IncomingCall))))
        set_clock(running)

    engine._set_media_clock = watched
    time.sleep(0.3)
    assert not engine._media_clock and not switches  # idle: no tick
    caller = sipp("uac_ring_busy.xml", f"127.0.0.1:{engine.local_port}", calls=2, limit=1)  # one after the other
    for n in range(2):
        ring = log.wait_for(lambda e: isinstance(e, IncomingCall), after=log.mark() if n else 0)
        if n == 0:
            first_call = ring.call_id
        else:
            assert ring.call_id != first_call
        engine.reject(ring.call_id, 486)
        log.wait_for(_is_state(ring.call_id, CallState.DISCONNECTED))
    ended_at = time.monotonic()
    assert caller.wait(15) == 0, caller.output()
    # started once, after the first call was announced, and running on through the second
    assert [(running, announced) for running, _at, announced in switches] == [(True, 1)]
    assert _until(lambda: len(switches) == 2, timeout=GRACE_S + 5), switches
    running, stopped_at, _announced = switches[1]
    assert not running and stopped_at - ended_at >= GRACE_S * 0.8
    assert _wakeups_in_2s(engine) < 10  # and the SIP thread sleeps again
