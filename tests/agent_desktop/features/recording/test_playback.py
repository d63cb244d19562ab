"""Where a recording's playback stands (Qt-free): the decoder starts at any position of a real file
(WAV and the app's Ogg/Opus), and a playback on the clip player and a paced output device reports
the position the device has reached, pauses there and goes on from there, seeks while playing (what
is heard next is the recording at that position), and stops back at the start."""

from __future__ import annotations

import time
import wave
from pathlib import Path

import numpy as np
import pytest

from agent_desktop.features.recording.core.compress import compress, opus_available
from agent_desktop.features.recording.core.decode import RecordingSource
from agent_desktop.features.recording.core.playback import Playback, State, recording_seconds
from softphone.engine.audio_io import PacedDevice
from softphone.engine.clip_player import ClipPlayer

RATE = 16000
STEPS_HZ = (400.0, 800.0, 1200.0, 1600.0, 2000.0, 2400.0)
"""The test recording: two seconds of each tone, in this order."""


def steps_wav(folder: Path) -> Path:
    """A 12 s recording whose tone tells where it is: 0–2 s 400 Hz, 2–4 s 800 Hz, …"""
    t = np.arange(2 * RATE) / RATE
    pcm = np.concatenate([0.3 * np.sin(2 * np.pi * hz * t) for hz in STEPS_HZ])
    path = folder / "steps.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes((pcm * 32767).astype("<i2").tobytes())
    return path


def dominant_hz(pcm: bytes) -> float:
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float64)
    power = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / RATE)[int(np.argmax(power))])


def loud(frames: list[bytes]) -> bytes:
    return b"".join(f for f in frames if max(np.abs(np.frombuffer(f, dtype="<i2")), default=0) > 1000)


def wait_until(condition, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


@pytest.mark.parametrize("kind", ["wav", "ogg"])
def test_the_decoder_starts_at_the_position_asked(tmp_path, kind) -> None:
    wav = steps_wav(tmp_path)
    if kind == "ogg":
        if not opus_available():
            pytest.skip("no Ogg/Opus in this libsndfile")
        path = compress(wav).path
    else:
        path = wav
    assert abs(recording_seconds(path) - 12.0) < 0.05
    for start, hz in ((0.0, 400.0), (4.5, 1200.0), (9.1, 2000.0)):
        source = RecordingSource(path, start)
        try:
            block = source.read(RATE // 4)  # the quarter second from there
        finally:
            source.close()
        assert abs(dominant_hz(block) - hz) < 20, (kind, start)
    source = RecordingSource(path, 13.0)  # past the end: nothing to play
    try:
        assert source.read(RATE) == b""
    finally:
        source.close()


def test_the_position_follows_the_device_and_pause_seek_stop_move_it(tmp_path) -> None:
    path = steps_wav(tmp_path)
    heard: list[bytes] = []
    player = ClipPlayer(PacedDevice(sink=heard.append), "test-playback")
    ended: list[tuple[int, BaseException | None]] = []
    playback = Playback(lambda: player, path, recording_seconds(path), lambda run, error: ended.append((run, error)))
    try:
        assert (playback.state, playback.position()) == (State.STOPPED, 0.0)
        playback.play()
        wait_until(lambda: playback.position() > 0.6)
        time.sleep(0.3)
        position = playback.position()
        assert 0.8 < position < 2.0  # what the paced device took, in real time
        assert abs(position - len(b"".join(heard)) / 2 / RATE) < 0.1  # not what was decoded ahead

        playback.pause()
        paused_at = playback.position()
        assert playback.state is State.PAUSED and abs(paused_at - position) < 0.2
        wait_until(lambda: player.played == 1)
        heard.clear()
        time.sleep(0.3)
        assert not loud(heard) and playback.position() == paused_at  # silence, and it stays there

        playback.seek(6.2)  # paused: it only moves
        assert playback.state is State.PAUSED and playback.position() == 6.2
        playback.play()
        wait_until(lambda: len(loud(heard)) > RATE * 2 * 0.3)
        assert abs(dominant_hz(loud(heard)[: RATE // 2]) - 1600.0) < 20  # 6.2 s: the fourth tone
        assert 6.2 < playback.position() < 7.5

        heard.clear()
        playback.seek(2.0)  # playing: it goes on from there
        wait_until(lambda: len(loud(heard)) > RATE * 2 * 0.5)
        tone = loud(heard)
        assert abs(dominant_hz(tone[-RATE // 4 :]) - 800.0) < 20  # what comes after the seek: 2 s onwards
        assert 2.0 < playback.position() < 3.5

        playback.skip(-5.0)  # not before the start
        assert playback.position() < 1.0
        playback.stop()
        assert (playback.state, playback.position()) == (State.STOPPED, 0.0)
        wait_until(lambda: len(ended) == 4)  # each sound started was told to end
        # the cut sounds' ends were told, and none of them is taken for the end of the one playing
        assert all(not playback.ended(run, error) for run, error in ended)
    finally:
        player.close()


def test_the_end_of_the_recording_stops_it_back_at_the_start(tmp_path) -> None:
    path = steps_wav(tmp_path)
    player = ClipPlayer(PacedDevice(sink=lambda _pcm: None), "test-playback-end")
    ended: list[tuple[int, BaseException | None]] = []
    playback = Playback(lambda: player, path, recording_seconds(path), lambda run, error: ended.append((run, error)))
    try:
        playback.seek(11.5)
        playback.play()
        wait_until(lambda: bool(ended))
        run, error = ended[-1]
        assert error is None and playback.ended(run, error)
        assert (playback.state, playback.position()) == (State.STOPPED, 0.0)
        playback.seek(12.0)  # at the end: Play starts again from the start
        playback.play()
        assert playback.position() < 0.5
        playback.stop()
    finally:
        player.close()
