"""Answering machine detection on one answered outgoing call (SIP thread).

A listening port (:class:`~softphone.engine.pj_objects.TapPort`) receives the callee's audio from
the conference bridge into a ring; the SIP thread's loop hands what arrived to the detector
(:mod:`softphone.engine.amd`) until it decides, then the port goes away. Nothing of this exists for
a call that did not ask for detection: the audio path of every other call is untouched.
"""

from __future__ import annotations

import logging
import time

import pjsua2 as pj

from softphone.engine.amd import AmdParams, AmdResult, AnsweringMachineDetector
from softphone.engine.audio_bridge import BYTES_PER_SAMPLE, RingBuffer
from softphone.engine.pj_objects import TapPort, mono_format

logger = logging.getLogger(__name__)

GRACE_S = 1.0
"""Wall-clock time beyond the detector's ``max_s`` of audio before it is asked for its verdict
anyway (audio that stopped arriving, a stalled clock)."""
RING_S = 2
"""Audio the ring keeps between two turns of the SIP thread's loop."""


class MachineDetection:
    """The listening port and the detector of one call; :meth:`close` it on the SIP thread."""

    def __init__(self, key: int, sample_rate: int, frame_ms: int, params: AmdParams | None = None) -> None:
        self.detector = AnsweringMachineDetector(sample_rate, params)
        self.ring = RingBuffer(sample_rate * RING_S * BYTES_PER_SAMPLE)
        self.port = TapPort(self.ring)
        self.port.createPort(f"amd{key}", mono_format(sample_rate, frame_ms))
        self.deadline = time.monotonic() + self.detector.params.max_s + GRACE_S
        self._source: pj.AudioMedia | None = None

    def listen(self, audio: pj.AudioMedia) -> None:
        """Hear ``audio`` (the call's stream; again after a re-INVITE gave it a new bridge slot)."""
        if self._source is not None:
            if self._source.getPortId() == audio.getPortId():
                return
            self._unlisten()
        audio.startTransmit(self.port)
        self._source = audio

    def poll(self, now: float) -> AmdResult | None:
        """Look at the audio that arrived; the verdict once there is one (or the time is up)."""
        waiting = self.ring.buffered_bytes()
        result = self.detector.feed(self.ring.read(waiting)) if waiting else self.detector.result
        if result is None and now >= self.deadline:
            result = self.detector.finish()
        return result

    def end(self) -> AmdResult:
        """The verdict as the call ends: what the audio so far says, else UNKNOWN."""
        return self.poll(0.0) or self.detector.finish()

    def close(self) -> None:
        """Disconnect and delete the port (SIP thread, before the library is destroyed)."""
        self._unlisten()
        self.port.destroy()

    def _unlisten(self) -> None:
        if self._source is None:
            return
        try:
            self._source.stopTransmit(self.port)
        except pj.Error:
            pass  # the call's stream is already gone
        self._source = None
