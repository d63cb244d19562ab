"""Opening and closing sound devices off the SIP thread.

Opening a device takes tens of milliseconds on ALSA, but about a second when a Bluetooth headset
switches to its call profile; closing can take as long. Done on the SIP thread, that second would
hold every SIP message behind it (the 200 of the call being answered, the next INVITE, a BYE). So
the SIP thread only asks: a :class:`DeviceWorker` opens or closes on a thread of its own, in the
order asked, and hands each outcome back (the engine's ``post``: the SIP thread, which alone keeps
the audio state; the ringer takes it on the worker thread under its own lock).

Nothing here calls pjsua2 or Qt.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

logger = logging.getLogger(__name__)

Done = Callable[[BaseException | None], None]
"""Called with the exception the device raised (None: it worked)."""


def _call(fn: Callable[[], None]) -> None:
    fn()


class DeviceWorker:
    """Runs device jobs one at a time, in order, on one thread (started on first use). ``busy``:
    an asked job's outcome was not handed back yet (kept for a ``post`` that runs on the asking
    thread, as the engine's does)."""

    def __init__(self, name: str, post: Callable[[Callable[[], None]], None] = _call) -> None:
        self.name = name
        self._post = post
        self._jobs: queue.SimpleQueue[tuple[Callable[[], None], Done] | None] = queue.SimpleQueue()
        self._outcomes: queue.SimpleQueue[tuple[Done, BaseException | None]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._asked = 0  # jobs whose outcome was not handed back yet (the asking thread's count)

    @property
    def busy(self) -> bool:
        return self._asked > 0

    def submit(self, job: Callable[[], None], done: Done) -> None:
        """Run ``job`` on the worker thread; ``done(error)`` follows through ``post``."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name=self.name, daemon=True)
            self._thread.start()
        self._asked += 1
        self._jobs.put((job, done))

    def _work(self) -> None:
        while (item := self._jobs.get()) is not None:
            job, done = item
            error: BaseException | None = None
            try:
                job()
            except Exception as exc:
                error = exc
            self._outcomes.put((done, error))
            self._post(self.settle)

    def settle(self) -> None:
        """Hand every finished job's outcome to its ``done`` (on the thread ``post`` runs on)."""
        while True:
            try:
                done, error = self._outcomes.get_nowait()
            except queue.Empty:
                return
            self._asked -= 1
            done(error)

    def finish(self, timeout: float = 3.0) -> None:
        """At shutdown: let the jobs asked so far run (at most ``timeout``), end the thread and
        settle their outcomes here (the thread ``post`` runs on may no longer be running)."""
        thread, self._thread = self._thread, None
        if thread is not None:
            self._jobs.put(None)
            thread.join(timeout)
            if thread.is_alive():
                logger.error("%s: the sound device did not open or close within %.1fs", self.name, timeout)
        self.settle()
