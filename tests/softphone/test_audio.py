"""Audio through the bridge against a second pjsua2 process: energy flows both ways, DTMF arrives."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from softphone.engine.audio_bridge import AudioBridge, RingBuffer
from softphone.engine.audio_io import PacedDevice, tone_source
from softphone.engine.events import AudioStatus, CallChanged, CallState, IncomingCall
from tests.fixtures.sip import free_port
from tests.softphone.tones import tone_power, wav_pcm

PEER = Path(__file__).with_name("pjsua_peer.py")


@pytest.fixture
def peer(tmp_path):
    procs = []

    def start(tone: int = 440, srtp: str = "off") -> tuple[subprocess.Popen, int, Path]:
        port = free_port()
        record = tmp_path / f"peer_{port}.wav"
        proc = subprocess.Popen(
            [
                sys.executable,
                str(PEER),
                "--port",
                str(port),
                "--tone",
                str(tone),
                "--record",
                str(record),
                "--srtp",
                srtp,
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        procs.append(proc)
        for _ in range(50):  # pjlib prints a few lines before its log config applies
            if proc.stdout.readline().strip() == "READY":
                break
        else:
            raise AssertionError("peer did not start")
        return proc, port, record

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait(5)


class Collector:
    def __init__(self) -> None:
        self.pcm = bytearray()
        self.lock = threading.Lock()

    def __call__(self, data: bytes) -> None:
        with self.lock:
            self.pcm += data


def test_ring_buffer_bounds_latency_and_pads_silence():
    ring = RingBuffer(max_bytes=640)
    ring.write(b"\x01\x00" * 500)  # writer ran ahead: only the newest 320 samples stay
    assert ring.buffered_bytes() == 640 and ring.overruns == 1
    assert ring.read(640) == b"\x01\x00" * 320
    assert ring.read(4) == b"\x00" * 4  # reader ran dry: silence, counted
    assert ring.underruns == 1


def test_ring_buffer_skips_a_backlog_so_latency_stays_low():
    ring = RingBuffer(max_bytes=4000, high_bytes=200, low_bytes=40)
    ring.write(bytes(range(200)) * 10)  # the writer started early: 2000 bytes queued
    out = ring.read(100)  # backlog 1900 > 200: cut so only 40 remain after this read
    assert ring.skips == 1
    assert ring.buffered_bytes() == 40
    assert out == (bytes(range(200)) * 10)[-140:-40]


def test_without_a_sound_device_calls_still_connect_and_audio_is_reported_unavailable(make_engine, sipp):
    engine, log = make_engine(audio_device=None)
    status = log.wait_for(lambda e: isinstance(e, AudioStatus))
    assert not status.available and "unavailable" in status.message
    callee = sipp("uas_200.xml")
    key = engine.dial(callee.uri)
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == CallState.ACTIVE)
    engine.hangup(key)
    assert callee.wait(10) == 0


@pytest.mark.e2e
def test_audio_flows_both_ways_and_dtmf_reaches_the_peer(make_engine, peer):
    heard = Collector()
    device = PacedDevice(source=tone_source(1000, amplitude=0.3), sink=heard)
    engine, log = make_engine(audio_device=device)
    assert log.wait_for(lambda e: isinstance(e, AudioStatus)).idle  # the device opens with the call
    proc, port, record = peer(tone=440)
    key = engine.dial(f"sip:peer@127.0.0.1:{port}")
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == CallState.ACTIVE)
    assert log.wait_for(lambda e: isinstance(e, AudioStatus) and not e.idle).available
    time.sleep(1.5)
    engine.send_dtmf(key, "159#")
    time.sleep(1.0)
    assert engine.bridge.output_level > 0.01  # the level meter moves while the peer talks
    engine.hangup(key)
    out, _ = proc.communicate(timeout=15)
    assert proc.returncode == 0
    digits = "".join(line.split()[1] for line in out.splitlines() if line.startswith("DTMF"))
    assert digits == "159#"
    with heard.lock:
        received = bytes(heard.pcm)
    # the peer's 440 Hz tone came out of the bridge's speaker side; our 1 kHz is not echoed back
    assert tone_power(received, 440) > 0.005, tone_power(received, 440)
    assert tone_power(received, 440) > 20 * tone_power(received, 1000)
    # our 1 kHz microphone tone reached the peer's recorder
    recorded, rate = wav_pcm(str(record))
    assert len(recorded) > rate  # at least half a second recorded
    assert tone_power(recorded, 1000, rate) > 0.005, tone_power(recorded, 1000, rate)
    assert tone_power(recorded, 1000, rate) > 20 * tone_power(recorded, 440, rate)


def test_mute_sends_silence_to_the_call():
    bridge = AudioBridge()
    bridge.push_capture(tone_source(1000)(bridge.frame_bytes))
    bridge.muted = True
    assert bridge.frame_for_call() == b"\x00" * bridge.frame_bytes


@pytest.mark.e2e
def test_ringtone_plays_on_the_ringer_device_only_while_ringing(make_engine, sipp):
    from softphone.engine.ringer import Ringer

    ringer_out = Collector()
    ringer = Ringer(PacedDevice(sink=ringer_out), volume=0.8)
    engine, log = make_engine()
    engine.subscribe(ringer.on_event)
    caller = sipp("uac_caller_hangs_up.xml", f"127.0.0.1:{engine.local_port}")
    ring = log.wait_for(lambda e: isinstance(e, IncomingCall))
    time.sleep(0.6)
    with ringer_out.lock:
        while_ringing = bytes(ringer_out.pcm)
    engine.answer(ring.call_id)
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.state == CallState.ACTIVE)
    time.sleep(0.2)
    with ringer_out.lock:
        mark = len(ringer_out.pcm)
    time.sleep(0.4)
    with ringer_out.lock:
        after_answer = bytes(ringer_out.pcm[mark:])
    assert not ringer.is_open  # answered: the ringer device closed, nothing plays
    ringer.close()
    assert caller.wait(10) == 0
    assert tone_power(while_ringing, 450) > 0.01
    assert after_answer == b""


@pytest.mark.e2e
def test_auto_answer_beeps_once_instead_of_ringing(make_engine, sipp):
    from softphone.engine.ringer import Ringer

    ringer_out = Collector()
    ringer = Ringer(PacedDevice(sink=ringer_out))
    engine, log = make_engine(auto_answer=True)
    engine.subscribe(ringer.on_event)
    caller = sipp("uac_caller_hangs_up.xml", f"127.0.0.1:{engine.local_port}")
    assert log.wait_for(lambda e: isinstance(e, IncomingCall)).auto_answer
    assert caller.wait(10) == 0, caller.output()  # answered with nobody touching anything
    ringer.close()
    with ringer_out.lock:
        pcm = bytes(ringer_out.pcm)
    beep = tone_power(pcm[:16000], 1000)
    assert beep > 0.005  # the beep
    assert tone_power(pcm, 450) < beep / 100  # no ringing


@pytest.mark.e2e
def test_conference_lets_both_remote_parties_hear_each_other(make_engine, peer):
    engine, log = make_engine(audio_device=PacedDevice(source=tone_source(700, amplitude=0.2), sink=Collector()))
    proc_a, port_a, record_a = peer(tone=440)
    proc_b, port_b, record_b = peer(tone=1000)
    a = engine.dial(f"sip:peer@127.0.0.1:{port_a}")
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.call_id == a and e.state == CallState.ACTIVE)
    b = engine.dial(f"sip:peer@127.0.0.1:{port_b}")
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.call_id == b and e.state == CallState.ACTIVE)
    mark = log.mark()
    engine.conference([a, b])
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.call_id == a and e.state == CallState.ACTIVE, after=mark)
    time.sleep(2.0)
    engine.hangup(a)
    engine.hangup(b)
    for proc in (proc_a, proc_b):
        proc.communicate(timeout=15)
    heard_a, rate = wav_pcm(str(record_a))
    heard_b, _ = wav_pcm(str(record_b))
    tail_a, tail_b = heard_a[-rate * 2 :], heard_b[-rate * 2 :]  # the last second: the conference
    assert tone_power(tail_a, 1000, rate) > 0.002, tone_power(tail_a, 1000, rate)  # A hears B
    assert tone_power(tail_b, 440, rate) > 0.002, tone_power(tail_b, 440, rate)  # B hears A
    assert tone_power(tail_a, 700, rate) > 0.002  # and both hear the agent


@pytest.mark.e2e
def test_audio_flows_again_after_hold_and_resume(make_engine, peer):
    heard = Collector()
    engine, log = make_engine(audio_device=PacedDevice(source=tone_source(1000), sink=heard))
    proc, port, _record = peer(tone=440)
    key = engine.dial(f"sip:peer@127.0.0.1:{port}")
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == CallState.ACTIVE)
    engine.hold(key)
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == CallState.HELD)
    mark = log.mark()
    engine.resume(key)
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == CallState.ACTIVE, after=mark)
    time.sleep(0.3)
    with heard.lock:
        heard.pcm.clear()
    time.sleep(1.0)
    with heard.lock:
        after_resume = bytes(heard.pcm)
    engine.hangup(key)
    proc.communicate(timeout=15)
    assert tone_power(after_resume, 440) > 0.005, tone_power(after_resume, 440)


@pytest.mark.e2e
def test_encrypted_call_with_mandatory_srtp_on_both_sides_carries_audio(make_engine, peer):
    heard = Collector()
    engine, log = make_engine(srtp="mandatory", audio_device=PacedDevice(source=tone_source(1000), sink=heard))
    proc, port, record = peer(tone=440, srtp="mandatory")
    key = engine.dial(f"sip:peer@127.0.0.1:{port}")
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == CallState.ACTIVE)
    time.sleep(1.5)
    engine.hangup(key)
    proc.communicate(timeout=15)
    with heard.lock:
        received = bytes(heard.pcm)
    assert tone_power(received, 440) > 0.005  # plain RTP is impossible here: this went via SRTP
    recorded, rate = wav_pcm(str(record))
    assert tone_power(recorded, 1000, rate) > 0.005
