"""The alert sound of due items (to-dos, call backs), on the ringer device.

Order of preference: the softphone's own ringer when it offers ``play_alert()``; else a short
two-tone chime (a WAV written once into the cache dir) played through PortAudio on the output
device named by ``audio.ringer_device`` (or the default output), the path the ringer itself uses;
else ``QApplication.beep()`` when the machine has no audio output at all.

PortAudio is initialised when the first alert plays, not at start-up: most sessions never ring one
(and the softphone's audio modules are imported then, not before the window: issue 23).
"""

from __future__ import annotations

import logging
import math
import struct
import wave
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from softphone.engine.audio_io import AudioDevice
    from softphone.engine.clip_player import ClipPlayer

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


def scaled(pcm: bytes, volume: int) -> bytes:
    """16-bit samples at ``volume`` per cent."""
    factor = max(0, min(volume, 100)) / 100
    samples = struct.unpack(f"<{len(pcm) // 2}h", pcm)
    return struct.pack(f"<{len(samples)}h", *(int(s * factor) for s in samples))


class AlertSound(QObject):
    """Callable: plays the alert once; ``backend`` tells which way it went ("phone", "device", "beep").

    ``device``: where the chime plays (default: the named ringer device through PortAudio, when the
    machine has an output)."""

    def __init__(
        self,
        cache_dir: Path | None,
        ringer_device: str = "",
        volume: int = 80,
        phone: Any = None,
        parent: QObject | None = None,
        device: AudioDevice | None = None,
    ) -> None:
        super().__init__(parent)
        self.phone = phone
        self.backend = ""
        self.player: ClipPlayer | None = None
        self._chime = b""
        self._pending: tuple[Path, str, int, AudioDevice | None] | None = None
        """What the player is made of, until the first alert makes it."""
        if callable(getattr(phone, "play_alert", None)) or cache_dir is None:
            return
        self._pending = (Path(cache_dir) / "due_alert.wav", ringer_device, volume, device)

    def _player_now(self) -> ClipPlayer | None:
        """The player, made on first use (None when the machine has no sound output)."""
        if self._pending is not None:
            wav, device_name, volume, device = self._pending
            self._pending = None
            try:
                from softphone.engine.audio_io import SoundDeviceIO, list_devices
                from softphone.engine.clip_player import ClipPlayer

                if device is None and list_devices()[1]:
                    device = SoundDeviceIO(output_device=device_name, output_only=True)
                if device is not None:
                    with wave.open(str(write_chime(wav)), "rb") as chime:
                        self._chime = scaled(chime.readframes(chime.getnframes()), volume)
                    self.player = ClipPlayer(device, "alert-sound")
            except Exception:
                logger.info("no sound output for due alerts; using the system beep", exc_info=True)
        return self.player

    def __call__(self) -> None:
        play = getattr(self.phone, "play_alert", None)
        if callable(play):
            self.backend = "phone"
            play()
        elif (player := self._player_now()) is not None:
            self.backend = "device"
            player.play(self._chime, RATE)
        else:
            self.backend = "beep"
            QApplication.beep()
