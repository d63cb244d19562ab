"""The recording player plays through PortAudio's path (the clip player, as the ringer and the to-do
chime do), not Qt Multimedia: an Ogg/Opus recording is decoded as it plays and heard on the device
(a paced one here), Stop cuts it, a file that is not a recording gets a clear message, and neither
Qt Multimedia nor numpy is loaded for any of it (the frozen app carries neither). The player shows
the elapsed and total time on a slider that follows the sound; Pause keeps the place, the arrow
keys and a click or drag on the slider move it (what is heard next is the recording there), space
plays and pauses, and Save as… writes a copy of the recording where the user chose."""

from __future__ import annotations

import os
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSlider

from agent_desktop.features.recording import player_control
from agent_desktop.features.recording.core.compress import compress, opus_available
from agent_desktop.features.recording.player_control import PlayerControl
from agent_desktop.shell.tasks import BackgroundTasks
from softphone.engine.audio_io import PacedDevice, tone_source
from softphone.engine.clip_player import ClipPlayer
from tests.agent_desktop.features.recording.test_playback import steps_wav

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
    tasks = BackgroundTasks()
    panel = PlayerControl(lambda: player, tasks)
    qtbot.addWidget(panel)
    yield panel, player, heard
    player.close()
    tasks.shutdown(wait=True)


def test_a_recording_plays_to_its_end_on_the_output_device(qtbot, tmp_path, panel_on_device):
    panel, player, heard = panel_on_device
    ogg = recording(tmp_path, 0.6)
    panel.play_file(ogg)
    qtbot.waitUntil(lambda: panel.playing, timeout=5000)  # its length read in the background first
    assert panel.status.text() == "Playing." and panel.stop_button.isEnabled() and panel.playing_file == str(ogg)
    assert panel.play_button.text() == "Pause" and panel.time.text().endswith("/ 0:00")  # 0.6 s long
    qtbot.waitUntil(lambda: not panel.playing, timeout=5000)
    assert player.played == 1 and not panel.stop_button.isEnabled() and panel.status.text() == ""
    assert panel.play_button.text() == "Play" and panel.slider.value() == 0
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
    panel.play_file(second)  # replaces the first
    # the player counts the clip on its thread; the panel hears of the end through the GUI thread's queue
    qtbot.waitUntil(lambda: player.played == 2 and not panel.playing, timeout=5000)
    assert panel.status.text() == ""
    assert len(loud(heard)) / 2 / 16000 < 1.5  # far less than the first's 3 s
    assert abs(dominant_hz(loud(heard)[-8000:]) - 1500) < 40  # then the second
    heard.clear()
    panel.play_file(first)
    qtbot.waitUntil(lambda: len(loud(heard)) > 0, timeout=5000)
    panel.stop_button.click()
    assert not panel.playing and not panel.stop_button.isEnabled() and panel.time.text() == "0:00 / 0:03"
    qtbot.waitUntil(lambda: player.played == 3, timeout=3000)
    assert len(loud(heard)) / 2 / 16000 < 1.0


def test_a_file_that_is_not_a_recording_gets_a_clear_message(qtbot, tmp_path, panel_on_device):
    panel, player, heard = panel_on_device
    junk = tmp_path / "rec.ogg"
    junk.write_bytes(bytes(range(256)) * 40)
    panel.play_file(junk)
    qtbot.waitUntil(lambda: panel.status.text().startswith("Cannot"), timeout=5000)
    assert panel.status.text() == "Cannot play: the file is not a sound recording this player can read"
    assert not panel.playing and not panel.stop_button.isEnabled() and not heard  # the device was never opened


PLAY_WITHOUT_NUMPY = """
import sys
import time
sys.modules["numpy"] = None  # import numpy fails, as in the frozen app
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from agent_desktop.features.recording.core.compress import compress
from agent_desktop.features.recording.player_control import PlayerControl
from agent_desktop.shell.tasks import BackgroundTasks
from softphone.engine.audio_io import PacedDevice
from softphone.engine.clip_player import ClipPlayer
heard = []
player = ClipPlayer(PacedDevice(sink=heard.append))
tasks = BackgroundTasks()
panel = PlayerControl(lambda: player, tasks)
ogg = compress(Path(sys.argv[1])).path
panel.play_file(ogg)
for _ in range(600):  # at most 30 s
    if player.played:
        break
    app.processEvents()
    time.sleep(0.05)
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


def test_the_slider_follows_the_sound_pause_keeps_the_place_and_keys_and_the_slider_move_it(
    qtbot, tmp_path, panel_on_device
):
    panel, player, heard = panel_on_device
    panel.resize(600, 120)
    panel.show()
    qtbot.waitExposed(panel)
    path = steps_wav(tmp_path)  # 12 s: 400 Hz for two seconds, then 800 Hz, 1200, 1600, 2000, 2400
    panel.play_file(path)
    qtbot.waitUntil(lambda: panel.slider.value() > 700, timeout=5000)
    assert panel.slider.maximum() == 12_000 and panel.time.text() in ("0:00 / 0:12", "0:01 / 0:12")
    assert panel.slider.isEnabled() and panel.play_button.text() == "Pause"

    panel.play_button.click()  # Pause
    at = panel.slider.value()
    assert not panel.playing and panel.play_button.text() == "Play" and panel.stop_button.isEnabled()
    qtbot.wait(400)
    assert panel.slider.value() == at

    panel.slider.setFocus()
    qtbot.keyClick(panel.slider, Qt.Key.Key_Right)  # 5 s on (paused: it only moves)
    assert abs(panel.slider.value() - (at + 5000)) <= 1 and panel.time.text() == f"0:0{(at + 5000) // 1000} / 0:12"
    heard.clear()
    qtbot.keyClick(panel.slider, Qt.Key.Key_Space)  # play from there
    assert panel.playing
    qtbot.waitUntil(lambda: len(loud(heard)) > 16000 * 2 * 0.3, timeout=5000)
    expected = (400, 800, 1200, 1600, 2000, 2400)[(at + 5000) // 2000]
    assert abs(dominant_hz(loud(heard)[: 16000 // 4]) - expected) < 25

    heard.clear()
    panel.slider.setSliderDown(True)  # dragged to 10.5 s: the sound moves on release
    panel.slider.setSliderPosition(10_500)
    panel.slider.triggerAction(QAbstractSlider.SliderAction.SliderMove)
    panel.slider.setSliderDown(False)
    qtbot.waitUntil(lambda: len(loud(heard)) > 16000 * 2 * 0.4, timeout=5000)
    tail = loud(heard)[-16000 // 4 :]
    assert abs(dominant_hz(tail) - 2400) < 25  # 10.5 s: the last tone
    assert panel.slider.value() >= 10_500

    qtbot.keyClick(panel.slider, Qt.Key.Key_Left)  # 5 s back
    assert 5_000 <= panel.slider.value() < 7_500
    panel.stop_button.click()
    assert panel.slider.value() == 0 and panel.time.text() == "0:00 / 0:12" and not panel.playing


def test_save_as_writes_a_copy_where_the_user_chose(qtbot, tmp_path, panel_on_device, monkeypatch):
    panel, _player, _heard = panel_on_device
    ogg = recording(tmp_path, 0.4)
    target = tmp_path / "chosen" / "kept-call"
    target.parent.mkdir()
    asked: list[tuple[str, str, str]] = []

    def choose(_parent, kind, _caption, name, filters):
        asked.append((kind, name, filters))
        return str(target), filters

    monkeypatch.setattr(player_control, "save_file_name", choose)
    panel.play_file(ogg)
    qtbot.waitUntil(lambda: bool(panel.playing_file), timeout=5000)
    assert panel.save_button.isEnabled()
    panel.save_button.click()
    qtbot.waitUntil(lambda: panel.status.text().startswith("Saved as"), timeout=5000)
    assert asked == [("recording", "recording.ogg", "Ogg/Opus audio (*.ogg)")]
    saved = target.with_suffix(".ogg")  # the kind of file it is, when the name said none
    assert saved.read_bytes() == ogg.read_bytes() and panel.status.text() == f"Saved as {saved}."
