"""The alert sound of due items (to-dos, call backs), on the ringer device.

Order of preference: the softphone's own ringer when it offers ``play_alert()``; else a short
two-tone chime (a WAV written once into the cache dir) played with ``QSoundEffect`` on the output
device named by ``audio.ringer_device`` (or the default output); else ``QApplication.beep()`` when
the machine has no audio output at all.

Qt Multimedia (its FFmpeg backend and the sound server's client libraries, ~15 MB resident) is
loaded when the first alert plays, not at start-up: most sessions never ring one.
"""

from __future__ import annotations

import logging
import math
import struct
import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

logger = logging.getLogger(__name__)

RATE = 16000
TONES = ((880.0, 0.18), (660.0, 0.25))


def write_chime(path: Path) -> Path:
    """A 16-bit mono WAV of two short tones (with soft edges so it does not click)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = bytearray()
    for freq, seconds in TONES:
        n = int(RATE * seconds)
        for i in range(n):
            edge = min(1.0, i / 400, (n - i) / 400)
            frames += struct.pack("<h", int(12000 * edge * math.sin(2 * math.pi * freq * i / RATE)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    return path


class AlertSound(QObject):
    """Callable: plays the alert once; ``backend`` tells which way it went ("phone", "effect", "beep")."""

    def __init__(
        self,
        cache_dir: Path | None,
        ringer_device: str = "",
        volume: int = 80,
        phone: Any = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.phone = phone
        self.backend = ""
        self._effect: Any = None
        self._pending: tuple[Path, str, int] | None = None
        """What the effect is made of, until the first alert makes it."""
        if callable(getattr(phone, "play_alert", None)) or cache_dir is None:
            return
        self._pending = (Path(cache_dir) / "due_alert.wav", ringer_device, volume)

    def _effect_now(self) -> Any:
        """The sound effect, made on first use (None when there is no multimedia output)."""
        if self._pending is not None:
            wav, device_name, volume = self._pending
            self._pending = None
            try:
                self._effect = self._make_effect(write_chime(wav), device_name, volume)
            except Exception:
                logger.info("no sound effect backend for due alerts; using the system beep", exc_info=True)
        return self._effect

    def _make_effect(self, wav: Path, device_name: str, volume: int) -> Any:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

        outputs = QMediaDevices.audioOutputs()
        if not outputs:
            return None
        device = next(
            (d for d in outputs if device_name and d.description() == device_name), QMediaDevices.defaultAudioOutput()
        )
        effect = QSoundEffect(self)
        effect.setAudioDevice(device)
        effect.setSource(QUrl.fromLocalFile(str(wav)))
        effect.setVolume(max(0, min(volume, 100)) / 100)
        return effect

    def __call__(self) -> None:
        play = getattr(self.phone, "play_alert", None)
        if callable(play):
            self.backend = "phone"
            play()
        elif (effect := self._effect_now()) is not None:
            self.backend = "effect"
            self._play(effect)
        else:
            self.backend = "beep"
            QApplication.beep()

    @staticmethod
    def _play(effect: Any) -> None:
        """Play now, or as soon as the chime has loaded (the effect was just made)."""
        from PySide6.QtMultimedia import QSoundEffect

        if effect.status() != QSoundEffect.Status.Loading:
            effect.play()
            return

        def loaded() -> None:
            if effect.status() != QSoundEffect.Status.Loading:
                effect.statusChanged.disconnect(loaded)
                effect.play()

        effect.statusChanged.connect(loaded)
