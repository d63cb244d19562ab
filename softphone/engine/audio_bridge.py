"""The device-independent half of the audio bridge: two bounded ring buffers and level meters.

The pjmedia clock thread reads the capture ring (microphone → call) and writes the playback ring
(call → speaker); the sound device side (PortAudio, or a test source/sink) does the opposite. The
two clocks drift, so each ring is bounded: when a writer runs ahead, the oldest audio is dropped;
when a reader runs dry, silence is inserted. Added latency therefore never exceeds ``max_ms`` per
direction. Nothing here calls pjsua2 or Qt.
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

    def __init__(self, max_bytes: int) -> None:
        self._buf = bytearray()
        self._max = max_bytes - max_bytes % BYTES_PER_SAMPLE
        self._lock = threading.Lock()
        self.overruns = 0
        self.underruns = 0

    def write(self, data: bytes) -> None:
        """Append ``data``; if the buffer would exceed its bound, forget the oldest audio."""
        with self._lock:
            self._buf += data
            excess = len(self._buf) - self._max
            if excess > 0:
                del self._buf[:excess]
                self.overruns += 1

    def read(self, nbytes: int) -> bytes:
        """Take ``nbytes`` from the front, padded with silence when not enough audio is buffered."""
        with self._lock:
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

    def __init__(self, sample_rate: int = 16000, frame_ms: int = 20, max_ms: int = 60) -> None:
        self.sample_rate = sample_rate
        self.frame_ms = frame_ms
        self.frame_bytes = sample_rate * frame_ms // 1000 * BYTES_PER_SAMPLE
        max_bytes = sample_rate * max_ms // 1000 * BYTES_PER_SAMPLE
        self.capture = RingBuffer(max_bytes)
        self.playback = RingBuffer(max_bytes)
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
