"""The ringtone: a cadenced tone on its own (ringer) device while any call rings.

It listens to engine events (on the SIP thread, after the 180 went out) and flips a flag; the
ringer device's own callback thread pulls the tone. The device is open only while it has something
to play: it opens when a call starts ringing (or is auto-answered, for the beep) and closes once no
call rings any more (after an auto-answer: once the beep has played, noticed at the next event of
the call, or when that call ends). Nothing is open, and nothing calls us, while the phone is idle.
When the device cannot be opened the call still rings on screen; the next ring tries again.
Opening and closing the device run on a worker thread of the ringer's own, in order: the SIP thread
only flips flags, so a slow device (a Bluetooth headset: about a second) never holds up SIP.
"""

from __future__ import annotations

import logging
import math
import threading
from array import array

from softphone.engine.audio_bridge import BYTES_PER_SAMPLE
from softphone.engine.audio_io import AudioDevice
from softphone.engine.device_switch import DeviceWorker
from softphone.engine.events import CallChanged, CallState, IncomingCall

logger = logging.getLogger(__name__)


class RingTone:
    """Looks like an AudioBridge to a device: silence, or 450 Hz 1 s on / 4 s off while ringing."""

    def __init__(
        self,
        volume: float = 0.8,
        sample_rate: int = 16000,
        frame_ms: int = 20,
        freq_hz: float = 450.0,
        on_s: float = 1.0,
        off_s: float = 4.0,
    ) -> None:
        self.sample_rate = sample_rate
        self.frame_ms = frame_ms
        self.frame_bytes = sample_rate * frame_ms // 1000 * BYTES_PER_SAMPLE
        self.device_frame_ms = frame_ms
        self.device_frame_bytes = self.frame_bytes
        self.volume = max(0.0, min(1.0, volume))
        self.ringing = False
        self._freq = freq_hz
        self._on = int(on_s * sample_rate)
        self._period = int((on_s + off_s) * sample_rate)
        self._pos = 0
        self.beep_samples = 0

    def beep(self, seconds: float = 0.25) -> None:
        """A short 1 kHz beep (auto-answer notice), even when not ringing."""
        self.beep_samples = int(seconds * self.sample_rate)

    def push_capture(self, pcm: bytes) -> None:
        """A ringer has no microphone side."""

    def pull_playback(self, nbytes: int) -> bytes:
        n = nbytes // BYTES_PER_SAMPLE
        if self.beep_samples > 0 and self.volume > 0:
            count = min(n, self.beep_samples)
            self.beep_samples -= count
            amp = 0.5 * self.volume * 32767
            beep = array("h", (int(amp * math.sin(2 * math.pi * 1000 * i / self.sample_rate)) for i in range(count)))
            return beep.tobytes() + b"\x00" * (nbytes - count * BYTES_PER_SAMPLE)
        if not self.ringing or self.volume == 0:
            self._pos = 0
            return b"\x00" * nbytes
        amp = 0.5 * self.volume * 32767
        out = array(
            "h",
            (
                int(amp * math.sin(2 * math.pi * self._freq * (self._pos + i) / self.sample_rate))
                if (self._pos + i) % self._period < self._on
                else 0
                for i in range(n)
            ),
        )
        self._pos = (self._pos + n) % self._period
        return out.tobytes()


class Ringer:
    """Rings while at least one incoming call is ringing; beeps once when a call is auto-answered."""

    def __init__(self, device: AudioDevice | None, volume: float = 0.8) -> None:
        self.device = device
        self.tone = RingTone(volume)
        self._ringing: set[int] = set()
        self._beeping: set[int] = set()  # auto-answered calls whose beep may still be playing
        self._opened = False  # asked to open (the worker may still be opening it)
        self._lock = threading.Lock()
        self._worker = DeviceWorker("ringer-device")

    @property
    def is_open(self) -> bool:
        """The ringer device is running (only while something rings or beeps)."""
        return self._opened

    def on_event(self, event: object) -> None:
        """Engine subscriber (SIP thread)."""
        with self._lock:
            if isinstance(event, IncomingCall) and event.auto_answer:
                self._beeping.add(event.call_id)
                if self._open():
                    self.tone.beep()
            elif isinstance(event, IncomingCall):
                self._ringing.add(event.call_id)
                self._open()
            elif isinstance(event, CallChanged):
                if event.state != CallState.RINGING:
                    self._ringing.discard(event.call_id)
                if event.state == CallState.DISCONNECTED:
                    self._beeping.discard(event.call_id)
            self.tone.ringing = bool(self._ringing)
            if self.tone.beep_samples <= 0:
                self._beeping.clear()
            if self._opened and not self._ringing and not self._beeping:
                self._release()

    def _open(self) -> bool:
        if self._opened:
            return True
        device = self.device
        if device is None:
            return False
        self._opened = True
        self._worker.submit(lambda: device.start(self.tone), self._started)
        return True

    def _started(self, error: BaseException | None) -> None:
        """Worker thread."""
        if error is None:
            return
        logger.warning("no ringer device: %s", str(error))  # str: the traceback would pin a Call
        with self._lock:
            self._opened = False  # the next ring tries again

    @staticmethod
    def _stopped(error: BaseException | None) -> None:
        """Worker thread."""
        if error is not None:
            logger.warning("closing the ringer device failed: %s", str(error))

    def _release(self) -> None:
        self.tone.ringing = False
        self.tone.beep_samples = 0
        self._ringing.clear()
        self._beeping.clear()
        if self._opened and self.device is not None:
            self._worker.submit(self.device.stop, self._stopped)
        self._opened = False

    def close(self, timeout: float = 3.0) -> None:
        """Stop ringing, close the device and end the worker (at shutdown; any thread)."""
        with self._lock:
            self._release()
        self._worker.finish(timeout)
