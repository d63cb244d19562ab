"""The device-independent half of the audio bridge: two bounded ring buffers and level meters.

The pjmedia clock thread reads the capture ring (microphone → call) and writes the playback ring
(call → speaker); the sound device side (PortAudio, or a test source/sink) does the opposite. The
two clocks drift and start at different moments, so each ring keeps its backlog small: when a
reader finds more than ``high`` waiting beyond what it asks for, the oldest audio is skipped down to
``low``; when a reader runs dry, silence is inserted; a writer can never queue more than ``max``.
Nothing here calls pjsua2 or Qt.
"""

from __future__ import annotations

import logging
import math
import threading
from array import array

logger = logging.getLogger(__name__)

BYTES_PER_SAMPLE = 2


class RingBuffer:
    """A bounded FIFO of 16-bit mono PCM bytes; drops the oldest on overflow, pads silence on underrun."""

    def __init__(self, max_bytes: int, high_bytes: int | None = None, low_bytes: int = 0) -> None:
        self._buf = bytearray()
        self._max = max_bytes - max_bytes % BYTES_PER_SAMPLE
        self._high = self._max if high_bytes is None else high_bytes - high_bytes % BYTES_PER_SAMPLE
        self._low = low_bytes - low_bytes % BYTES_PER_SAMPLE
        self._lock = threading.Lock()
        self.overruns = 0
        self.underruns = 0
        self.skips = 0

    def write(self, data: bytes) -> None:
        """Append ``data``; if the buffer would exceed its bound, forget the oldest audio."""
        with self._lock:
            self._buf += data
            excess = len(self._buf) - self._max
            if excess > 0:
                del self._buf[:excess]
                self.overruns += 1

    def read(self, nbytes: int) -> bytes:
        """Take ``nbytes`` from the front, padded with silence when not enough audio is buffered.

        A backlog of more than ``high`` beyond ``nbytes`` is first cut to ``low`` (oldest audio
        skipped) so latency does not build up when the writer's clock runs fast or started early.
        """
        with self._lock:
            backlog = len(self._buf) - nbytes
            if backlog > self._high:
                del self._buf[: backlog - self._low]
                self.skips += 1
            out = bytes(self._buf[:nbytes])
            del self._buf[:nbytes]
        if len(out) < nbytes:
            if out or self.underruns == 0:
                self.underruns += 1
            out += b"\x00" * (nbytes - len(out))
        return out

    def clear(self) -> None:
        """Forget everything buffered."""
        with self._lock:
            self._buf.clear()

    def buffered_bytes(self) -> int:
        """How many bytes wait to be read."""
        with self._lock:
            return len(self._buf)


def rms_level(pcm: bytes) -> float:
    """Root-mean-square level of 16-bit PCM, 0.0 (silence) to 1.0 (full scale)."""
    if len(pcm) < BYTES_PER_SAMPLE:
        return 0.0
    samples = array("h")
    samples.frombytes(pcm[: len(pcm) - len(pcm) % BYTES_PER_SAMPLE])
    total = sum(s * s for s in samples[::4])
    count = len(samples[::4])
    return math.sqrt(total / count) / 32768.0 if count else 0.0


class AudioBridge:
    """Rings between the call side (pjmedia clock) and the device side (PortAudio or a test device)."""

    def __init__(
        self, sample_rate: int = 16000, frame_ms: int = 20, max_ms: int = 120, high_ms: int = 30, low_ms: int = 5
    ) -> None:
        self.sample_rate = sample_rate
        self.frame_ms = frame_ms
        self.frame_bytes = sample_rate * frame_ms // 1000 * BYTES_PER_SAMPLE
        # the device side works in half frames: less waiting for the next device block each way
        self.device_frame_ms = frame_ms // 2
        self.device_frame_bytes = self.frame_bytes // 2

        def ms(value: int) -> int:
            return sample_rate * value // 1000 * BYTES_PER_SAMPLE

        self.capture = RingBuffer(ms(max_ms), ms(high_ms), ms(low_ms))
        self.playback = RingBuffer(ms(max_ms), ms(high_ms), ms(low_ms))
        self.muted = False
        self.input_level = 0.0
        self.output_level = 0.0
        self._meter_tick = 0

    # call side (pjmedia clock thread)
    def frame_for_call(self) -> bytes:
        """One frame of microphone audio for the call (silence when muted)."""
        data = self.capture.read(self.frame_bytes)
        if self._meter_tick % 5 == 0:
            self.input_level = 0.0 if self.muted else rms_level(data)
        if self.muted:
            return b"\x00" * self.frame_bytes
        return data

    def frame_from_call(self, pcm: bytes) -> None:
        """One frame of the call's audio, for the speaker."""
        self.playback.write(pcm)
        self._meter_tick += 1
        if self._meter_tick % 5 == 0:
            self.output_level = rms_level(pcm)

    # device side (PortAudio callback thread or a test device)
    def push_capture(self, pcm: bytes) -> None:
        """Microphone samples captured by the device."""
        self.capture.write(pcm)

    def pull_playback(self, nbytes: int) -> bytes:
        """Speaker samples for the device."""
        return self.playback.read(nbytes)

    def reset(self) -> None:
        """Drop buffered audio (at call start) so stale audio never adds latency."""
        self.capture.clear()
        self.playback.clear()
