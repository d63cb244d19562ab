"""Device sides for the audio bridge: PortAudio (sounddevice), or a paced source/sink for tests and tools.

An audio device object has ``start(bridge)`` and ``stop()``; the engine calls them on the SIP thread,
``start`` when a call needs the device and ``stop`` some time after the last call ended, so one
device object is started and stopped many times. ``start`` raises :class:`AudioUnavailable` when
there is no usable device, and calls still connect. Nothing here opens (or, for PortAudio, even
imports) anything before ``start``.
"""

from __future__ import annotations

import logging
import math
import threading
import time
import wave
from array import array
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from crm.i18n import QT_TRANSLATE_NOOP
from softphone.engine.audio_bridge import BYTES_PER_SAMPLE

if TYPE_CHECKING:
    import sounddevice as sd

logger = logging.getLogger(__name__)


class AudioUnavailable(RuntimeError):
    """No sound device could be opened; carries a user-facing message."""


class DeviceSide(Protocol):
    """What a device uses of what it is started with: the device side of an
    :class:`~softphone.engine.audio_bridge.AudioBridge`, or the ringer's tone."""

    @property
    def sample_rate(self) -> int: ...

    @property
    def device_frame_ms(self) -> int: ...

    @property
    def device_frame_bytes(self) -> int: ...

    def push_capture(self, pcm: bytes) -> None: ...

    def pull_playback(self, nbytes: int) -> bytes: ...


class StreamBuffer(Protocol):
    """The buffers PortAudio's stream callbacks get from ``sounddevice`` (cffi buffers)."""

    def __buffer__(self, flags: int, /) -> memoryview: ...

    def __len__(self) -> int: ...

    def __setitem__(self, index: slice, value: bytes, /) -> None: ...


class AudioDevice(Protocol):
    """The device side of the bridge."""

    def start(self, bridge: DeviceSide) -> None: ...

    def stop(self) -> None: ...


class SoundDeviceIO:
    """Microphone and speaker through PortAudio (``sounddevice``), by device name ("" = default)."""

    def __init__(self, input_device: str = "", output_device: str = "", output_only: bool = False) -> None:
        self.input_device = input_device or None
        self.output_device = output_device or None
        self.output_only = output_only
        self._stream: sd.RawStream | sd.RawOutputStream | None = None

    def start(self, bridge: DeviceSide) -> None:
        """Open and start the PortAudio stream (the first call imports ``sounddevice``, which
        initialises PortAudio: a few MB that an app without calls never pays)."""
        if self._stream is not None:
            return
        try:
            import sounddevice as sd
        except OSError as exc:  # PortAudio library missing
            raise AudioUnavailable(QT_TRANSLATE_NOOP("Audio", "Audio unavailable: PortAudio is not installed")) from exc
        stream = None
        try:
            common = dict(
                samplerate=bridge.sample_rate,
                blocksize=bridge.device_frame_bytes // BYTES_PER_SAMPLE,
                channels=1,
                dtype="int16",
                latency="low",
            )
            if self.output_only:
                stream = sd.RawOutputStream(
                    device=self.output_device,
                    **common,
                    callback=lambda outdata, frames, t, status: self._play(bridge, outdata),
                )
            else:
                stream = sd.RawStream(
                    device=(self.input_device, self.output_device),
                    **common,
                    callback=lambda indata, outdata, frames, t, status: self._callback(bridge, indata, outdata),
                )
            stream.start()
        except Exception as exc:
            logger.warning("no usable sound device: %s", str(exc))  # str: never keep the traceback alive
            if stream is not None:
                try:
                    stream.close()
                except Exception:
                    pass
            raise AudioUnavailable(QT_TRANSLATE_NOOP("Audio", "Audio unavailable: no sound device found")) from exc
        self._stream = stream

    @staticmethod
    def _callback(bridge: DeviceSide, indata: StreamBuffer, outdata: StreamBuffer) -> None:
        bridge.push_capture(bytes(indata))
        outdata[:] = bridge.pull_playback(len(outdata))

    @staticmethod
    def _play(bridge: DeviceSide, outdata: StreamBuffer) -> None:
        outdata[:] = bridge.pull_playback(len(outdata))

    def stop(self) -> None:
        """Stop and close the stream (PortAudio no longer calls us); start() may open it again."""
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.stop()
            finally:
                stream.close()


def tone_source(freq_hz: float, amplitude: float = 0.3, sample_rate: int = 16000) -> Callable[[int], bytes]:
    """A source of a continuous sine tone, ``nbytes`` at a time."""
    phase = [0]

    def read(nbytes: int) -> bytes:
        n = nbytes // BYTES_PER_SAMPLE
        start = phase[0]
        samples = array(
            "h",
            (int(amplitude * 32767 * math.sin(2 * math.pi * freq_hz * (start + i) / sample_rate)) for i in range(n)),
        )
        phase[0] = start + n
        return samples.tobytes()

    return read


def wav_source(path: str, loop: bool = True) -> Callable[[int], bytes]:
    """A source playing a 16-bit mono WAV (at the bridge's rate), looping or then silence."""
    with wave.open(path, "rb") as wav:
        pcm = wav.readframes(wav.getnframes())
    pos = [0]

    def read(nbytes: int) -> bytes:
        out = pcm[pos[0] : pos[0] + nbytes]
        pos[0] += nbytes
        if len(out) < nbytes:
            if loop:
                pos[0] = 0
            out += b"\x00" * (nbytes - len(out))
        return out

    return read


class PacedDevice:
    """A device without hardware: every frame period it feeds ``source`` audio to the microphone side
    and hands the speaker side's audio to ``sink``. For tests, benchmarks and the demo caller."""

    def __init__(
        self, source: Callable[[int], bytes] | None = None, sink: Callable[[bytes], None] | None = None
    ) -> None:
        self.source = source
        self.sink = sink
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, bridge: DeviceSide) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, args=(bridge,), name="paced-audio", daemon=True)
        self._thread.start()

    def _run(self, bridge: DeviceSide) -> None:
        period = bridge.device_frame_ms / 1000.0
        nbytes = bridge.device_frame_bytes
        deadline = time.monotonic()
        while not self._stop.is_set():
            if self.source is not None:
                bridge.push_capture(self.source(nbytes))
            out = bridge.pull_playback(nbytes)
            if self.sink is not None:
                self.sink(out)
            deadline += period
            delay = deadline - time.monotonic()
            if delay > 0:
                self._stop.wait(delay)
            else:
                deadline = time.monotonic()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None


def list_devices() -> tuple[list[str], list[str]]:
    """Names of the input and output sound devices PortAudio sees (for the settings page); empty
    lists when there are none or PortAudio is missing."""
    try:
        import sounddevice as sd

        devices = sd.query_devices()
    except Exception as exc:
        logger.info("no sound devices: %s", str(exc))
        return [], []
    inputs = [d["name"] for d in devices if d.get("max_input_channels", 0) > 0]
    outputs = [d["name"] for d in devices if d.get("max_output_channels", 0) > 0]
    return inputs, outputs
