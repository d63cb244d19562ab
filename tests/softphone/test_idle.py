"""An idle phone costs nothing: the SIP thread sleeps until something happens, and still reacts at once."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest


def _wakeups(native_id: int) -> int:
    """How many times the thread has gone to sleep and been woken (Linux)."""
    for line in Path(f"/proc/self/task/{native_id}/status").read_text().splitlines():
        if line.startswith("voluntary_ctxt_switches:"):
            return int(line.split()[1])
    raise AssertionError("no voluntary_ctxt_switches")


def _wakeups_in_2s(engine) -> int:
    """How often the engine's SIP thread woke up in 2 s (after 0.3 s to settle)."""
    time.sleep(0.3)
    native_id = engine._thread.native_id
    before = _wakeups(native_id)
    time.sleep(2.0)
    return _wakeups(native_id) - before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_idle_sip_thread_sleeps_instead_of_polling(make_engine):
    engine, _log = make_engine()
    woke = _wakeups_in_2s(engine)
    assert woke < 10, f"the idle SIP thread woke {woke} times in 2 s (polling at 5 ms would be ~400)"


def test_a_command_posted_to_an_idle_engine_runs_at_once(make_engine):
    engine, _log = make_engine()
    time.sleep(0.5)  # the SIP thread is asleep in libHandleEvents now
    ran = threading.Event()
    for _ in range(5):
        ran.clear()
        posted = time.monotonic()
        engine.post(ran.set)
        assert ran.wait(5)
        assert time.monotonic() - posted < 0.5, "the posted command waited for the idle timeout"
        time.sleep(0.2)


def test_stopping_an_idle_engine_does_not_wait_for_the_idle_timeout(make_engine):
    engine, _log = make_engine()
    time.sleep(0.5)
    started = time.monotonic()
    assert engine.stop(15)
    assert time.monotonic() - started < engine.IDLE_MS / 1000


@pytest.mark.e2e
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_after_a_call_the_sound_device_closes_and_the_sip_thread_sleeps_again(make_engine, sipp):
    from softphone.engine.events import AudioStatus, CallChanged, CallState
    from tests.softphone.test_audio_device_lifetime import CountingDevice

    device = CountingDevice()
    engine, log = make_engine(audio_device=device)
    engine.AUDIO_GRACE_S = 0.5
    callee = sipp("uas_200.xml")
    key = engine.dial(callee.uri)
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == CallState.ACTIVE)
    mark = log.mark()
    engine.hangup(key)
    assert callee.wait(10) == 0, callee.output()
    log.wait_for(lambda e: isinstance(e, AudioStatus) and e.idle, after=mark, what="the device closed")
    assert not device.running  # nothing calls us from PortAudio's side either
    woke = _wakeups_in_2s(engine)
    assert woke < 10, f"after the call the SIP thread woke {woke} times in 2 s"
