"""The recordings player plays through PortAudio's path (the clip player, as the ringer and the to-do
chime do), not Qt Multimedia: an Ogg/Opus recording is decoded as it plays and heard on the device
(a paced one here), Stop cuts it, a file that is not a recording gets a clear message, and neither
Qt Multimedia nor numpy is loaded for any of it (the frozen app carries neither)."""

from __future__ import annotations

import os
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

from agent_desktop.features.recording.core.compress import compress, opus_available
from agent_desktop.features.recording.panel import RecordingsPanel
from softphone.engine.audio_io import PacedDevice, tone_source
from softphone.engine.clip_player import ClipPlayer

ROOT = Path(__file__).resolve().parents[4]
pytestmark = pytest.mark.skipif(not opus_available(), reason="no Ogg/Opus in this libsndfile")


def recording(folder: Path, seconds: float, hz: float = 1000.0) -> Path:
    """An Ogg/Opus call recording of a tone, made as the recording feature makes them."""
    wav = folder / "call.wav"
    with wave.open(str(wav), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(tone_source(hz, amplitude=0.3)(int(16000 * seconds) * 2))
    return compress(wav).path


def dominant_hz(pcm: bytes, rate: int = 16000) -> float:
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float64)
    power = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[int(np.argmax(power))])


def loud(frames: list[bytes]) -> bytes:
    return b"".join(f for f in frames if max(np.abs(np.frombuffer(f, dtype="<i2")), default=0) > 1000)


@pytest.fixture
def panel_on_device(qtbot):
    heard: list[bytes] = []
    player = ClipPlayer(PacedDevice(sink=heard.append), "test-recording-player")
    panel = RecordingsPanel(lambda: player)
    qtbot.addWidget(panel)
    yield panel, player, heard
    player.close()


def test_a_recording_plays_to_its_end_on_the_output_device(qtbot, tmp_path, panel_on_device):
    panel, player, heard = panel_on_device
    ogg = recording(tmp_path, 0.6)
    panel.play_file(ogg)
    assert panel.status.text() == "Playing." and panel.stop.isEnabled() and panel.playing_file == str(ogg)
    qtbot.waitUntil(lambda: not panel.playing, timeout=5000)
    assert player.played == 1 and not panel.stop.isEnabled() and panel.status.text() == ""
    tone = loud(heard)
    assert 0.5 < len(tone) / 2 / 16000 < 0.7  # all of it, once
    assert abs(dominant_hz(tone) - 1000) < 15


def test_stop_cuts_the_recording_and_a_new_one_replaces_the_one_playing(qtbot, tmp_path, panel_on_device):
    panel, player, heard = panel_on_device
    (tmp_path / "second").mkdir()
    second = recording(tmp_path / "second", 0.4, hz=1500)
    first = recording(tmp_path, 3.0, hz=600)
    panel.play_file(first)
    qtbot.waitUntil(lambda: len(loud(heard)) > 16000 * 2 * 0.2, timeout=5000)
    panel.play_file(second)  # replaces the first at once
    # the player counts the clip on its thread; the panel hears of the end through the GUI thread's queue
    qtbot.waitUntil(lambda: player.played == 2 and not panel.playing, timeout=5000)
    assert panel.status.text() == ""
    assert len(loud(heard)) / 2 / 16000 < 1.5  # far less than the first's 3 s
    assert abs(dominant_hz(loud(heard)[-8000:]) - 1500) < 40  # then the second
    heard.clear()
    panel.play_file(first)
    qtbot.waitUntil(lambda: len(loud(heard)) > 0, timeout=5000)
    panel.stop.click()
    assert not panel.playing and not panel.stop.isEnabled() and panel.playing_file == ""
    qtbot.waitUntil(lambda: player.played == 3, timeout=3000)
    assert len(loud(heard)) / 2 / 16000 < 1.0


def test_a_file_that_is_not_a_recording_gets_a_clear_message(qtbot, tmp_path, panel_on_device):
    panel, player, heard = panel_on_device
    junk = tmp_path / "rec.ogg"
    junk.write_bytes(bytes(range(256)) * 40)
    panel.play_file(junk)
    qtbot.waitUntil(lambda: not panel.playing, timeout=5000)
    assert panel.status.text() == "Cannot play: the file is not a sound recording this player can read"
    assert not panel.stop.isEnabled() and not heard  # the device was never opened


PLAY_WITHOUT_NUMPY = """
import sys
sys.modules["numpy"] = None  # import numpy fails, as in the frozen app
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from agent_desktop.features.recording.core.compress import compress
from agent_desktop.features.recording.panel import RecordingsPanel
from softphone.engine.audio_io import PacedDevice
from softphone.engine.clip_player import ClipPlayer
heard = []
player = ClipPlayer(PacedDevice(sink=heard.append))
panel = RecordingsPanel(lambda: player)
ogg = compress(Path(sys.argv[1])).path
panel.play_file(ogg)
while player.played == 0:
    app.processEvents()
    player._worker._thread.join(0.05)
app.processEvents()
loud = sum(1 for frame in heard if any(frame))
print(ogg.suffix, loud, "PySide6.QtMultimedia" in sys.modules, repr(panel.status.text()))
"""


def test_recordings_are_compressed_and_played_without_numpy_or_qt_multimedia(tmp_path):
    wav = tmp_path / "call.wav"
    with wave.open(str(wav), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(tone_source(800, amplitude=0.3)(16000 * 2 * 3 // 10))
    out = subprocess.run(
        [sys.executable, "-c", PLAY_WITHOUT_NUMPY, str(wav)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr
    suffix, frames, multimedia, status = out.stdout.split()
    assert (suffix, multimedia, status) == (".ogg", "False", "''")
    assert 12 <= int(frames) <= 18  # 0.3 s in 20 ms frames
