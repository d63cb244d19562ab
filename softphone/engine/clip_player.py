"""Short sounds (the to-do chime; any 16-bit mono PCM) played once on an output device.

The same path as the ringer: a device (``SoundDeviceIO(output_only=True)`` on the ringer device, or
a :class:`~softphone.engine.audio_io.PacedDevice` in tests) pulls the clip frame by frame; opening,
waiting for the end and closing run on a worker thread of the player's own, so the caller (the GUI
thread) never waits for a device. No Qt Multimedia, no numpy.
"""

from __future__ import annotations

import logging
import threading
import time

from softphone.engine.audio_bridge import BYTES_PER_SAMPLE
from softphone.engine.audio_io import AudioDevice
from softphone.engine.device_switch import DeviceWorker

logger = logging.getLogger(__name__)


class Clip:
    """Looks like an AudioBridge to a device: the clip once, then silence (``done`` is set)."""

    def __init__(self, pcm: bytes, sample_rate: int = 16000, frame_ms: int = 20) -> None:
        self.pcm = pcm
        self.sample_rate = sample_rate
        self.device_frame_ms = frame_ms
        self.device_frame_bytes = sample_rate * frame_ms // 1000 * BYTES_PER_SAMPLE
        self.done = threading.Event()
        self._pos = 0

    @property
    def seconds(self) -> float:
        return len(self.pcm) / BYTES_PER_SAMPLE / self.sample_rate

    def push_capture(self, pcm: bytes) -> None:
        """A clip has no microphone side."""

    def pull_playback(self, nbytes: int) -> bytes:
        out = b"" if self.done.is_set() else self.pcm[self._pos : self._pos + nbytes]
        self._pos += len(out)
        if self._pos >= len(self.pcm):
            self.done.set()
        return out + b"\x00" * (nbytes - len(out))


class ClipPlayer:
    """Plays clips one after another on ``device``; ``stop()`` cuts the one playing."""

    def __init__(self, device: AudioDevice, name: str = "clip-player") -> None:
        self.device = device
        self._worker = DeviceWorker(name)
        self._playing: Clip | None = None
        self.played = 0
        """Clips played to their end or stopped (for tests and logs)."""

    def play(self, pcm: bytes, sample_rate: int = 16000) -> None:
        self._worker.submit(lambda: self._run(Clip(pcm, sample_rate)), self._finished)

    def _run(self, clip: Clip) -> None:
        """Worker thread: open, wait for the clip's end (a little longer than the clip), close."""
        self._playing = clip
        try:
            self.device.start(clip)
            try:
                clip.done.wait(clip.seconds + 2.0)
                time.sleep(0.1)  # the device's last buffers
            finally:
                self.device.stop()
        finally:
            self._playing = None
            self.played += 1

    @staticmethod
    def _finished(error: BaseException | None) -> None:
        if error is not None:
            logger.warning("could not play a sound: %s", str(error))

    def stop(self) -> None:
        clip = self._playing
        if clip is not None:
            clip.done.set()

    def close(self, timeout: float = 3.0) -> None:
        self.stop()
        self._worker.finish(timeout)
