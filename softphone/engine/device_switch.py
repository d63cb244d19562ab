"""Opening and closing the sound device off the SIP thread.

Opening a device takes tens of milliseconds on ALSA, but about a second when a Bluetooth headset
switches to its call profile; closing can take as long. Done on the SIP thread, that second would
hold every SIP message behind it (the 200 of the call being answered, the next INVITE, a BYE). So
the SIP thread only asks: the device opens or closes on a short-lived thread of its own, and the
outcome is handed back to the SIP thread (``post``), which alone keeps the audio state.

Nothing here calls pjsua2 or Qt.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from softphone.engine.audio_bridge import AudioBridge
from softphone.engine.audio_io import AudioDevice

logger = logging.getLogger(__name__)

Done = Callable[[BaseException | None], None]
"""Called on the SIP thread with the exception the device raised (None: it worked)."""

THREAD_NAME = "audio-device"


class DeviceSwitch:
    """One open or close at a time, each on its own thread; ``busy`` while one runs. Only the SIP
    thread calls :meth:`open`, :meth:`close` and :meth:`settle`."""

    def __init__(self, device: AudioDevice, bridge: AudioBridge, post: Callable[[Callable[[], None]], None]) -> None:
        self.device = device
        self.bridge = bridge
        self._post = post
        self._thread: threading.Thread | None = None
        self._outcome: tuple[Done, BaseException | None] | None = None
        self._lock = threading.Lock()

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def open(self, done: Done) -> None:
        """Start the device on the bridge (emptied first: nothing stale from the last call)."""
        def job() -> None:
            self.bridge.reset()
            self.device.start(self.bridge)

        self._start(job, done)

    def close(self, done: Done) -> None:
        self._start(self.device.stop, done)

    def _start(self, job: Callable[[], None], done: Done) -> None:
        if self.busy:
            raise RuntimeError("the sound device is already opening or closing")

        def work() -> None:
            error: BaseException | None = None
            try:
                job()
            except Exception as exc:  # noqa: BLE001 - handed to the SIP thread, which reports it
                error = exc
            with self._lock:
                self._outcome = (done, error)
            self._post(self.settle)

        self._thread = threading.Thread(target=work, name=THREAD_NAME, daemon=True)
        self._thread.start()

    def settle(self) -> None:
        """On the SIP thread: hand a finished open or close to its ``done`` (nothing if none)."""
        with self._lock:
            outcome, self._outcome = self._outcome, None
        if outcome is None:
            return
        self._thread = None
        done, error = outcome
        done(error)

    def finish(self, timeout: float = 3.0) -> None:
        """At shutdown (SIP thread, loop ended): wait for a running open or close and settle it."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():
                logger.error("the sound device did not open or close within %.1fs", timeout)
        self.settle()
