"""Sounds played on an output device: the to-do chime (a short clip in memory) and call recordings
(decoded a block at a time as they play); 16-bit mono PCM at the sound's own rate.

The same path as the ringer: a device (``SoundDeviceIO(output_only=True)``, or a
:class:`~softphone.engine.audio_io.PacedDevice` in tests) pulls the sound frame by frame; opening,
decoding ahead of the device, waiting for the end and closing run on a worker thread of the player's
own, so the caller (the GUI thread) never waits for a device or a file. No Qt Multimedia, no numpy.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Protocol

from softphone.engine.audio_bridge import BYTES_PER_SAMPLE
from softphone.engine.audio_io import AudioDevice
from softphone.engine.device_switch import DeviceWorker, Done

logger = logging.getLogger(__name__)

AHEAD_S = 1.0
"""A streamed sound is decoded this far ahead of the device."""
STALLED_S = 2.0
"""A device that takes nothing for this long is given up (the sound ends)."""


class PcmSource(Protocol):
    """A sound read a block at a time: 16-bit mono PCM at ``sample_rate``; ``b""`` at its end."""

    @property
    def sample_rate(self) -> int: ...

    def read(self, frames: int) -> bytes: ...

    def close(self) -> None: ...


class Clip:
    """Looks like an AudioBridge to a device: the sound as it is added (:meth:`add`), then silence
    once :meth:`end` was called and all of it was played (``done`` is set; :meth:`cut` sets it now)."""

    def __init__(self, pcm: bytes = b"", sample_rate: int = 16000, frame_ms: int = 20, complete: bool = True) -> None:
        self.sample_rate = sample_rate
        self.device_frame_ms = frame_ms
        self.device_frame_bytes = sample_rate * frame_ms // 1000 * BYTES_PER_SAMPLE
        self.done = threading.Event()
        self.played = 0
        """Bytes the device took."""
        self._lock = threading.Lock()
        self._pending = bytearray(pcm)
        self._complete = False
        if complete:
            self.end()

    @property
    def ahead_s(self) -> float:
        """Seconds added and not played yet."""
        return len(self._pending) / BYTES_PER_SAMPLE / self.sample_rate

    def add(self, pcm: bytes) -> None:
        with self._lock:
            self._pending += pcm

    def end(self) -> None:
        """Nothing more will be added: ``done`` once what was added has played."""
        with self._lock:
            self._complete = True
            if not self._pending:
                self.done.set()

    def cut(self) -> None:
        self.done.set()

    def push_capture(self, pcm: bytes) -> None:
        """A clip has no microphone side."""

    def pull_playback(self, nbytes: int) -> bytes:
        with self._lock:
            out = b"" if self.done.is_set() else bytes(self._pending[:nbytes])
            del self._pending[: len(out)]
            self.played += len(out)
            if self._complete and not self._pending:
                self.done.set()
        return out + b"\x00" * (nbytes - len(out))


class _Bytes:
    """A clip held in memory as a source."""

    def __init__(self, pcm: bytes, sample_rate: int) -> None:
        self.sample_rate = sample_rate
        self._pcm = pcm

    def read(self, frames: int) -> bytes:
        out, self._pcm = self._pcm, b""
        return out

    def close(self) -> None:
        pass


class ClipPlayer:
    """Plays sounds one after another on ``device``; ``stop()`` cuts the one playing."""

    def __init__(self, device: AudioDevice, name: str = "clip-player") -> None:
        self.device = device
        self._worker = DeviceWorker(name)
        self._playing: Clip | None = None
        self._playing_ticket = 0  # the sound ``_playing`` is (its number from play_source)
        self._asked = 0  # sounds asked for
        self._cut_upto = 0  # sounds asked for before the last stop(): not played
        self.played = 0
        """Sounds played to their end or stopped (for tests and logs)."""

    def play(self, pcm: bytes, sample_rate: int = 16000) -> None:
        """Play a short sound held in memory."""
        self.play_source(lambda: _Bytes(pcm, sample_rate))

    def play_source(self, open_source: Callable[[], PcmSource], finished: Done | None = None) -> int:
        """Open (on the worker thread) and play a sound decoded as it plays; ``finished(error)``
        follows on the worker thread when it has played, was stopped, or could not be opened or
        played (``error``: what the source or the device raised). Returns the sound's number (for
        :meth:`played_s`)."""
        self._asked += 1
        ticket = self._asked
        tell = finished or self._finished

        def done(error: BaseException | None) -> None:
            try:
                tell(error)
            except Exception:  # a listener that is gone must not end the worker thread
                logger.exception("telling that a sound ended failed")

        self._worker.submit(lambda: self._run(open_source, ticket), done)
        return ticket

    def played_s(self, ticket: int) -> float:
        """Seconds of sound ``ticket`` the device has taken so far (0 before it starts and once it
        has ended): where a player's position stands."""
        clip = self._playing
        if clip is None or self._playing_ticket != ticket:
            return 0.0
        return clip.played / BYTES_PER_SAMPLE / clip.sample_rate

    def _run(self, open_source: Callable[[], PcmSource], ticket: int) -> None:
        """Worker thread: open, keep the device fed until the end, close."""
        if ticket <= self._cut_upto:
            return  # stopped before its turn came
        try:
            source = open_source()
            try:
                clip = Clip(sample_rate=source.sample_rate, complete=False)
                self._playing, self._playing_ticket = clip, ticket
                if ticket <= self._cut_upto:  # stopped while it was being opened
                    clip.cut()
                self._feed(clip, source)  # what the device will find when it starts
                if not clip.done.is_set():  # not stopped already, nor empty
                    self.device.start(clip)
                    try:
                        self._wait(clip, source)
                        time.sleep(0.1)  # the device's last buffers
                    finally:
                        self.device.stop()
            finally:
                source.close()
        finally:
            self._playing = None
            self.played += 1

    @staticmethod
    def _feed(clip: Clip, source: PcmSource) -> None:
        """Decode until ``AHEAD_S`` is waiting for the device (or the source ends)."""
        block = source.sample_rate // 5
        while not clip.done.is_set() and clip.ahead_s < AHEAD_S:
            pcm = source.read(block)
            if not pcm:
                clip.end()
                return
            clip.add(pcm)

    def _wait(self, clip: Clip, source: PcmSource) -> None:
        played, since = clip.played, time.monotonic()
        while not clip.done.wait(0.1):
            self._feed(clip, source)
            if clip.played != played:
                played, since = clip.played, time.monotonic()
            elif time.monotonic() - since > STALLED_S:
                logger.warning("the sound device took no audio for %.0f s: sound stopped", STALLED_S)
                clip.cut()

    @staticmethod
    def _finished(error: BaseException | None) -> None:
        if error is not None:
            logger.warning("could not play a sound: %s", str(error))

    def stop(self) -> None:
        """Cut the sound playing and drop the ones asked for and not started yet."""
        self._cut_upto = self._asked
        clip = self._playing
        if clip is not None:
            clip.cut()

    def close(self, timeout: float = 3.0) -> None:
        self.stop()
        self._worker.finish(timeout)
