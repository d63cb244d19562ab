"""Call recording on a real call: a sipp callee answers and plays a 1 kHz tone (PCMU), the agent's
microphone sends 440 Hz; the WAV file the engine records holds both (the conference bridge mixes
the two directions), at 16 kHz mono."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import wave
from pathlib import Path

import numpy as np
import pytest

from softphone.engine.audio_io import PacedDevice, tone_source
from softphone.engine.events import CallChanged, CallState
from softphone.engine.recorder import RecordingChanged, RecordingFinished, RecordingMode, RecordingPolicy
from tests.fixtures.sip import DATA
from tests.softphone.test_audio import peer  # noqa: F401 - fixture
from tests.softphone.tones import tone_power, wav_pcm

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("sox") is None, reason="sox not installed (scripts/setup.sh test installs it)"),
]

CALLEE_HZ = 1000
AGENT_HZ = 440


def _callee_playing_tone(sipp, workdir: Path) -> object:
    """A sipp callee that answers (PCMU) and plays 3 s of a CALLEE_HZ tone as RTP."""
    audio = workdir / "tone.ulaw"
    subprocess.run(
        ["sox", "-n", "-t", "raw", "-r", "8000", "-c", "1", "-e", "u-law", str(audio)]
        + ["synth", "3", "sine", str(CALLEE_HZ), "vol", "0.5"],
        check=True,
        capture_output=True,
    )
    scenario = workdir / "uas_play_tone.xml"
    scenario.write_text((DATA / "uas_answer_and_play.xml").read_text().replace("AUDIO_FILE", str(audio)))
    return sipp(str(scenario))


def _spectrum(path: str) -> tuple[np.ndarray, np.ndarray, int, int, float]:
    with wave.open(path, "rb") as wav:
        rate, channels = wav.getframerate(), wav.getnchannels()
        samples = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2").astype(np.float64)
    power = np.abs(np.fft.rfft(samples * np.hanning(len(samples)))) ** 2
    freqs = np.fft.rfftfreq(len(samples), 1 / rate)
    return freqs, power, rate, channels, len(samples) / rate


def _band(freqs: np.ndarray, power: np.ndarray, hz: float) -> float:
    return float(power[(freqs > hz - 20) & (freqs < hz + 20)].sum())


def _state(log, key, state):
    return log.wait_for(lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == state, 15, state.value)


def test_a_recorded_call_plays_back_both_sides(make_engine, sipp, tmp_path):
    mic = PacedDevice(source=tone_source(AGENT_HZ, amplitude=0.3), sink=lambda _pcm: None)
    engine, log = make_engine(audio_device=mic)
    engine.recording.set_policy(RecordingPolicy(RecordingMode.ALL, str(tmp_path / "rec")))
    callee = _callee_playing_tone(sipp, tmp_path)
    key = engine.dial(callee.uri)
    _state(log, key, CallState.ACTIVE)
    assert log.wait_for(lambda e: isinstance(e, RecordingChanged) and e.call_id == key, 5).recording
    mark = log.mark()
    time.sleep(2.0)  # two seconds of both tones
    engine.hangup(key)
    done = log.wait_for(lambda e: isinstance(e, RecordingFinished) and e.call_id == key, 10, "recording", mark)
    assert done.direction == "out" and Path(done.path).parent == tmp_path / "rec"
    freqs, power, rate, channels, seconds = _spectrum(done.path)
    assert (rate, channels) == (16000, 1)
    assert 1.5 <= seconds <= 4.0, seconds
    speech = power[(freqs > 100) & (freqs < 4000)].sum()
    callee_share, agent_share = _band(freqs, power, CALLEE_HZ) / speech, _band(freqs, power, AGENT_HZ) / speech
    assert callee_share > 0.2 and agent_share > 0.2, (callee_share, agent_share)  # the two tones, nothing else
    assert callee.wait(10) == 0, callee.output()


def test_on_demand_records_only_after_start_and_off_records_nothing(make_engine, sipp, tmp_path):
    engine, log = make_engine(audio_device=PacedDevice(source=tone_source(AGENT_HZ), sink=lambda _pcm: None))
    engine.recording.set_policy(RecordingPolicy(RecordingMode.OFF, str(tmp_path / "rec")))
    callee = _callee_playing_tone(sipp, tmp_path)
    key = engine.dial(callee.uri)
    _state(log, key, CallState.ACTIVE)
    engine.recording.start(key)  # refused: the policy is off
    engine.recording.set_policy(RecordingPolicy(RecordingMode.ON_DEMAND, str(tmp_path / "rec")))
    engine.recording.start(key)
    assert log.wait_for(lambda e: isinstance(e, RecordingChanged), 5).recording
    engine.recording.stop(key)
    paused = log.wait_for(lambda e: isinstance(e, RecordingChanged) and not e.recording, 5, "pause")
    assert paused.call_id == key
    engine.hangup(key)
    done = log.wait_for(lambda e: isinstance(e, RecordingFinished), 10, "recording")
    assert [p.name for p in (tmp_path / "rec").glob("*.wav")] == [Path(done.path).name]  # one file, paused within
    about = json.loads(Path(done.path).with_suffix(".json").read_text())
    assert about["direction"] == "out" and about["started_at"] > 0  # for a file left behind by a crash
    assert callee.wait(10) == 0, callee.output()


ANNOUNCEMENT_HZ = 700


def test_the_announcement_file_is_played_to_the_caller_and_recorded(make_engine, peer, tmp_path):
    announcement = tmp_path / "may_be_recorded.wav"
    t = np.arange(16000) / 16000
    with wave.open(str(announcement), "wb") as out:  # one second of 700 Hz stands for the spoken notice
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes((np.sin(2 * np.pi * ANNOUNCEMENT_HZ * t) * 12000).astype("<i2").tobytes())
    engine, log = make_engine(audio_device=PacedDevice(source=lambda n: b"\x00" * n, sink=lambda _pcm: None))
    engine.recording.set_policy(RecordingPolicy(RecordingMode.ALL, str(tmp_path / "rec"), str(announcement)))
    proc, port, heard_by_caller = peer(tone=AGENT_HZ)
    key = engine.dial(f"sip:peer@127.0.0.1:{port}")
    _state(log, key, CallState.ACTIVE)
    time.sleep(2.0)
    engine.hangup(key)
    done = log.wait_for(lambda e: isinstance(e, RecordingFinished) and e.call_id == key, 10, "recording")
    proc.wait(10)
    pcm, rate = wav_pcm(str(heard_by_caller))
    assert tone_power(pcm, ANNOUNCEMENT_HZ, rate) > 0.01  # the caller heard the notice
    freqs, power, _rate, _channels, _seconds = _spectrum(done.path)
    assert _band(freqs, power, ANNOUNCEMENT_HZ) > 0.1 * power.sum()  # and it is in the recording


def test_a_call_on_hold_is_not_recorded_and_its_recording_goes_on_after_it(make_engine, sipp, tmp_path):
    engine, log = make_engine(audio_device=PacedDevice(source=tone_source(AGENT_HZ), sink=lambda _pcm: None))
    engine.recording.set_policy(RecordingPolicy(RecordingMode.ALL, str(tmp_path / "rec")))
    callee = sipp("uas_hold_resume.xml")  # expects: hold (sendonly), then resume (sendrecv), BYE
    key = engine.dial(callee.uri)
    _state(log, key, CallState.ACTIVE)
    assert log.wait_for(lambda e: isinstance(e, RecordingChanged) and e.call_id == key, 5).recording
    time.sleep(1.0)  # a second of talk
    mark = log.mark()
    engine.hold(key)
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.state == CallState.HELD, 10, "held", mark)
    time.sleep(3.0)  # on hold
    mark = log.mark()
    engine.resume(key)
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.state == CallState.ACTIVE, 10, "resumed", mark)
    time.sleep(1.0)  # a second more
    engine.hangup(key)
    done = log.wait_for(lambda e: isinstance(e, RecordingFinished) and e.call_id == key, 10, "recording")
    changes = [e for e in log.events if isinstance(e, RecordingChanged)]
    assert [e.recording for e in changes] == [True]  # one recording, never paused by the agent
    freqs, power, _rate, _channels, seconds = _spectrum(done.path)
    assert 1.2 <= seconds <= 3.5, seconds  # the talk before and after; not the 3 s on hold
    assert _band(freqs, power, AGENT_HZ) / power[(freqs > 100) & (freqs < 4000)].sum() > 0.5
    assert callee.wait(10) == 0, callee.output()
