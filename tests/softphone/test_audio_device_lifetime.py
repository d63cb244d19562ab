"""The sound device is open only while a call needs it: not at idle (PortAudio not even loaded),
from the moment a call rings or is dialled, until a grace delay after the last call ended."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from crm.i18n import QT_TRANSLATE_NOOP
from softphone.engine.audio_io import AudioUnavailable, PacedDevice, tone_source
from softphone.engine.events import AudioStatus, CallChanged, CallState, IncomingCall
from softphone.engine.ringer import Ringer

ROOT = Path(__file__).resolve().parents[2]
GRACE_S = 0.8


class CountingDevice(PacedDevice):
    """A paced test device that counts its openings and closings (and can refuse to open)."""

    def __init__(self, fail: bool = False, open_s: float = 0.0) -> None:
        super().__init__(source=tone_source(700), sink=lambda pcm: None)
        self.fail = fail
        self.open_s = open_s  # how long opening takes (a Bluetooth headset: about a second)
        self.starts = 0
        self.stops = 0
        self.threads: set[str] = set()

    def start(self, bridge) -> None:
        self.starts += 1
        self.threads.add(threading.current_thread().name)
        time.sleep(self.open_s)
        if self.fail:
            raise AudioUnavailable(QT_TRANSLATE_NOOP("Audio", "Audio unavailable: no sound device found"))
        super().start(bridge)

    def stop(self) -> None:
        self.threads.add(threading.current_thread().name)
        super().stop()
        self.stops += 1  # counted once closed, so a test that sees the count sees it closed

    @property
    def running(self) -> bool:
        return self._thread is not None


def _until(predicate, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


def _is_state(key, state):
    return lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == state


def _idle_status(e) -> bool:
    return isinstance(e, AudioStatus) and e.idle


def _call_and_hang_up(engine, log, sipp) -> None:
    callee = sipp("uas_200.xml")
    key = engine.dial(callee.uri)
    log.wait_for(_is_state(key, CallState.ACTIVE), what="the call answered")
    engine.hangup(key)
    log.wait_for(_is_state(key, CallState.DISCONNECTED))
    assert callee.wait(10) == 0, callee.output()


def test_an_idle_engine_leaves_the_sound_device_closed(make_engine):
    device = CountingDevice()
    engine, log = make_engine(audio_device=device)
    status = log.wait_for(lambda e: isinstance(e, AudioStatus))
    assert status.idle and not status.available
    assert "next call" in status.message
    time.sleep(0.5)
    assert device.starts == 0 and not engine.audio_available


IDLE_SCRIPT = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from softphone.engine.audio_io import SoundDeviceIO
    from softphone.engine.config import EngineConfig
    from softphone.engine.engine import SipEngine
    from softphone.engine.ringer import Ringer

    engine = SipEngine(EngineConfig(local_port=0, log_file={log!r}), audio_device=SoundDeviceIO())
    ringer = Ringer(SoundDeviceIO(output_only=True))
    engine.subscribe(ringer.on_event)
    engine.start()
    assert engine.wait_started()
    time.sleep(0.5)
    print("LOADED", "sounddevice" in sys.modules, "_sounddevice" in sys.modules, flush=True)
    print("CLEAN", engine.stop(), flush=True)
""")


def test_an_idle_phone_does_not_even_load_portaudio(tmp_path):
    script = IDLE_SCRIPT.format(root=str(ROOT), log=str(tmp_path / "pjsip.log"))
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60, env=dict(os.environ)
    )
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    assert "LOADED False False" in proc.stdout and "CLEAN True" in proc.stdout


@pytest.mark.e2e
def test_a_call_opens_the_device_once_and_it_closes_after_the_grace_delay(make_engine, sipp):
    device = CountingDevice()
    engine, log = make_engine(audio_device=device)
    engine.AUDIO_GRACE_S = GRACE_S
    callee = sipp("uas_200.xml")
    mark = log.mark()
    key = engine.dial(callee.uri)
    log.wait_for(_is_state(key, CallState.ACTIVE), after=mark)
    assert log.wait_for(lambda e: isinstance(e, AudioStatus), after=mark).available
    assert device.starts == 1 and device.running
    assert device.threads == {"audio-device"}  # opened off the SIP thread
    engine.hangup(key)
    ended = log.wait_for(_is_state(key, CallState.DISCONNECTED))
    ended_at = time.monotonic()
    assert callee.wait(10) == 0, callee.output()
    assert device.stops == 0  # still open during the grace delay
    mark = log.mark()
    log.wait_for(_idle_status, after=mark, what="the device closed")
    assert time.monotonic() - ended_at >= GRACE_S * 0.8, ended
    assert device.stops == 1 and not device.running and not engine.audio_available

    _call_and_hang_up(engine, log, sipp)  # the next call opens it again
    assert device.starts == 2
    log.wait_for(_idle_status, after=log.mark(), what="the device closed again")
    assert device.stops == 2 and device.threads == {"audio-device"}  # and closed off it


@pytest.mark.e2e
def test_overlapping_and_back_to_back_calls_open_the_device_once(make_engine, sipp):
    device = CountingDevice()
    engine, log = make_engine(audio_device=device)
    engine.AUDIO_GRACE_S = 3.0
    first, second = sipp("uas_200.xml"), sipp("uas_200.xml")
    a = engine.dial(first.uri)
    log.wait_for(_is_state(a, CallState.ACTIVE))
    b = engine.dial(second.uri)  # holds the first call
    log.wait_for(_is_state(b, CallState.ACTIVE))
    assert device.starts == 1
    engine.hangup(b)
    log.wait_for(_is_state(b, CallState.DISCONNECTED))
    engine.hangup(a)
    log.wait_for(_is_state(a, CallState.DISCONNECTED))
    assert device.stops == 0
    _call_and_hang_up(engine, log, sipp)  # within the grace delay: no reopening
    assert device.starts == 1 and device.stops == 0
    log.wait_for(_idle_status, after=log.mark(), timeout=10, what="the device closed")
    assert device.starts == 1 and device.stops == 1


@pytest.mark.e2e
def test_an_incoming_call_opens_the_device_while_it_rings(make_engine, sipp):
    device = CountingDevice()
    engine, log = make_engine(audio_device=device)
    engine.AUDIO_GRACE_S = GRACE_S
    caller = sipp("uac_caller_hangs_up.xml", f"127.0.0.1:{engine.local_port}")
    ring = log.wait_for(lambda e: isinstance(e, IncomingCall))
    assert _until(lambda: device.running), "the device did not open while the call rang"
    assert device.starts == 1
    engine.answer(ring.call_id)
    assert caller.wait(10) == 0, caller.output()
    log.wait_for(_is_state(ring.call_id, CallState.DISCONNECTED))
    log.wait_for(_idle_status, after=log.mark(), what="the device closed")
    assert (device.starts, device.stops) == (1, 1)


def test_a_call_refused_before_ringing_does_not_open_the_device(make_engine, sipp):
    device = CountingDevice()
    engine, log = make_engine(audio_device=device, pre_ring_filter=lambda number, headers: 603)
    caller = sipp("uac_refused_603.xml", f"127.0.0.1:{engine.local_port}")
    assert caller.wait(10) == 0, caller.output()
    time.sleep(0.3)
    assert device.starts == 0


@pytest.mark.e2e
def test_a_device_that_fails_to_open_is_reported_and_the_call_goes_on(make_engine, sipp):
    device = CountingDevice(fail=True)
    engine, log = make_engine(audio_device=device)
    engine.AUDIO_GRACE_S = GRACE_S
    caller = sipp("uac_caller_hangs_up.xml", f"127.0.0.1:{engine.local_port}")
    ring = log.wait_for(lambda e: isinstance(e, IncomingCall))
    failed = log.wait_for(lambda e: isinstance(e, AudioStatus) and not e.available and not e.idle)
    assert failed.message == "Audio unavailable: no sound device found"
    assert failed.message.context == "Audio"  # the agent sees it translated
    engine.answer(ring.call_id)
    log.wait_for(_is_state(ring.call_id, CallState.ACTIVE))
    assert caller.wait(10) == 0, caller.output()  # the caller talked and hung up: the call went on
    log.wait_for(_is_state(ring.call_id, CallState.DISCONNECTED))
    assert device.starts == 1  # no retry while that call lasted
    mark = log.mark()
    time.sleep(GRACE_S + 0.5)
    assert not [e for e in log.events[mark:] if isinstance(e, AudioStatus)]  # the error stays shown

    device.fail = False  # e.g. the headset was plugged in
    mark = log.mark()
    _call_and_hang_up(engine, log, sipp)
    assert device.starts == 2
    assert log.wait_for(lambda e: isinstance(e, AudioStatus), after=mark).available


@pytest.mark.e2e
def test_the_ringer_device_is_open_only_while_a_call_rings(make_engine, sipp):
    ringer_device = CountingDevice()
    ringer = Ringer(ringer_device)
    engine, log = make_engine()
    engine.subscribe(ringer.on_event)
    time.sleep(0.2)
    assert ringer_device.starts == 0 and not ringer.is_open
    caller = sipp("uac_caller_hangs_up.xml", f"127.0.0.1:{engine.local_port}")
    ring = log.wait_for(lambda e: isinstance(e, IncomingCall))
    assert _until(lambda: ringer_device.running)
    engine.answer(ring.call_id)
    log.wait_for(_is_state(ring.call_id, CallState.ACTIVE))
    assert _until(lambda: not ringer_device.running) and not ringer.is_open
    assert caller.wait(10) == 0, caller.output()
    assert (ringer_device.starts, ringer_device.stops) == (1, 1)
    ringer.close()
    assert ringer_device.stops == 1


@pytest.mark.e2e
def test_a_slow_headset_does_not_hold_up_the_call_signalling(make_engine, sipp):
    device = CountingDevice(open_s=1.5)  # a Bluetooth headset switching to its call profile
    engine, log = make_engine(audio_device=device)
    engine.AUDIO_GRACE_S = GRACE_S
    callee = sipp("uas_200.xml")
    mark = log.mark()
    dialled = time.monotonic()
    key = engine.dial(callee.uri)
    log.wait_for(_is_state(key, CallState.ACTIVE), after=mark)
    answered_s = time.monotonic() - dialled
    assert answered_s < 1.0, f"the 200 was handled only after {answered_s:.2f} s"  # the SIP thread did not wait
    assert log.wait_for(lambda e: isinstance(e, AudioStatus), after=mark, timeout=5).available  # then the headset
    engine.hangup(key)
    log.wait_for(_is_state(key, CallState.DISCONNECTED))
    assert callee.wait(10) == 0, callee.output()
    log.wait_for(_idle_status, after=log.mark(), what="the device closed")
    assert (device.starts, device.stops) == (1, 1)


@pytest.mark.e2e
def test_a_slow_ringer_device_does_not_hold_up_answering(make_engine, sipp):
    ringer_device = CountingDevice(open_s=1.5)
    ringer = Ringer(ringer_device)
    engine, log = make_engine()
    engine.subscribe(ringer.on_event)
    caller = sipp("uac_caller_hangs_up.xml", f"127.0.0.1:{engine.local_port}")
    ring = log.wait_for(lambda e: isinstance(e, IncomingCall))
    asked = time.monotonic()
    engine.answer(ring.call_id)  # the agent answers while the ringer still opens
    log.wait_for(_is_state(ring.call_id, CallState.ACTIVE))
    assert time.monotonic() - asked < 1.0, "answering waited for the ringer device"
    assert caller.wait(10) == 0, caller.output()
    assert _until(lambda: ringer_device.stops == 1)  # closed once it had opened, in order
    assert ringer_device.starts == 1 and not ringer_device.running and not ringer.is_open
    assert ringer_device.threads == {"ringer-device"}
    ringer.close()
