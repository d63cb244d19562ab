"""A recording file decoded for the player as it plays (Ogg/Opus or WAV, through libsndfile).

``soundfile``'s buffer API gives 16-bit PCM without numpy (which the frozen app does not carry); a
file with several channels plays its first one.
"""

from __future__ import annotations

from array import array
from pathlib import Path
from typing import Any


class UnreadableRecording(Exception):
    """The file is not a sound libsndfile can decode (or libsndfile is missing)."""


class RecordingSource:
    """16-bit mono PCM at the file's rate, ``read(frames)`` at a time (``b""`` at the end); a
    :class:`softphone.engine.clip_player.PcmSource`. Opening reads the file's header (and seeks to
    ``start_s``, for a player's position): call it off the GUI thread (the clip player's worker does)."""

    def __init__(self, path: Path, start_s: float = 0.0) -> None:
        try:
            import soundfile

            self._file: Any = soundfile.SoundFile(str(path))
        except (ImportError, OSError, RuntimeError) as exc:  # LibsndfileError is a RuntimeError
            raise UnreadableRecording(f"{path.name}: {exc}") from None
        self.sample_rate: int = self._file.samplerate
        self.channels: int = self._file.channels
        self.seconds: float = self._file.frames / self.sample_rate
        if start_s > 0:
            try:
                self._file.seek(min(int(start_s * self.sample_rate), self._file.frames))
            except RuntimeError as exc:
                self._file.close()
                raise UnreadableRecording(f"{path.name}: {exc}") from None

    def read(self, frames: int) -> bytes:
        try:
            pcm = bytes(self._file.buffer_read(frames, dtype="int16"))
        except RuntimeError as exc:  # a file damaged past its header
            raise UnreadableRecording(str(exc)) from None
        if self.channels == 1 or not pcm:
            return pcm
        samples = array("h", pcm)
        return samples[:: self.channels].tobytes()

    def close(self) -> None:
        self._file.close()
