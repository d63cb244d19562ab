"""Cyclic garbage is collected on the GUI thread only.

Python's automatic collector runs on whichever thread happens to allocate when a threshold is
crossed: a sync worker, a background task, the SIP thread. Freeing Qt or
pjsua2 wrappers there destroys their C++ objects on a thread that does not own them (seen as
SIGSEGV/SIGABRT). This guard switches the automatic collector off and runs the same generational
collections from a GUI-thread timer instead, checking the same thresholds. The same once-a-second
tick runs the app's other housekeeping (``also``: e.g. returning freed memory to the OS), so the idle
app has one timer, not one per chore.

The tick stops while nothing happens: after a few ticks with nothing collected, no chore done and
next to no CPU used, the collector goes quiet. It then does its chores when the GUI thread's event
loop has woken for anything else (a timer, a signal from another thread, input: everything that
makes garbage wakes it), at the end of that wake-up, before the loop waits again; when they find
work (garbage, CPU used) the tick comes back until it is quiet once more. An idle app is thus not
woken every second for nothing (issue 23: idle CPU); at the latest the chores run every
``quiet_max_ms``.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractEventDispatcher, QObject, QTimer

logger = logging.getLogger(__name__)


class GuiThreadCollector(QObject):
    """Owns the process's cyclic garbage collection while it lives; create it on the GUI thread."""

    def __init__(
        self,
        interval_ms: int = 1000,
        parent: QObject | None = None,
        also: Callable[[], Any] | None = None,
        *,
        quiet_ticks: int = 3,
        quiet_cpu_s: float = 0.01,
        quiet_max_ms: int = 60_000,
    ) -> None:
        """``also`` runs with every collection check; a true result means it did something (the app
        is not quiet). After ``quiet_ticks`` ticks in a row with nothing done and under ``quiet_cpu_s``
        of process CPU per interval, the checks run at the end of the event loop's other wake-ups instead
        (and every ``quiet_max_ms``)."""
        super().__init__(parent)
        self._also = also
        self._interval_ms = interval_ms
        self._quiet_ticks = quiet_ticks
        self._quiet_cpu_s = quiet_cpu_s
        self._quiet_max_ms = quiet_max_ms
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._calm = 0
        self._last_cpu, self._last_at = time.process_time(), time.monotonic()
        self._dispatcher: QAbstractEventDispatcher | None = None
        self._blocked = self._woken = False
        self.sleeps = 0
        """How many times the tick went quiet (tests, benchmarks)."""
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    @property
    def quiet(self) -> bool:
        """True while the checks wait for the event loop to wake for something else."""
        return self._dispatcher is not None

    def _tick(self) -> None:
        busy = self._chores()
        if self._dispatcher is not None:  # quiet_max_ms passed without a wake-up
            if busy:
                self._resume()
            return
        self._calm = 0 if busy else self._calm + 1
        if self._calm >= self._quiet_ticks:
            self._sleep()

    def _chores(self) -> bool:
        """Collect what is due and run ``also``; True when the app was busy since the last time."""
        collected = self.check()
        done = self._also() if self._also is not None else None
        cpu, now = time.process_time(), time.monotonic()
        intervals = max(1.0, (now - self._last_at) * 1000 / self._interval_ms)  # quiet: many at once
        busy = collected >= 0 or bool(done) or cpu - self._last_cpu >= self._quiet_cpu_s * intervals
        self._last_cpu, self._last_at = cpu, now
        return busy

    def _sleep(self) -> None:
        dispatcher = QAbstractEventDispatcher.instance(self.thread())
        if dispatcher is None:
            return
        self.sleeps += 1
        self._dispatcher = dispatcher
        self._blocked = self._woken = False
        dispatcher.aboutToBlock.connect(self._on_about_to_block)
        dispatcher.awake.connect(self._on_awake)
        self._timer.start(self._quiet_max_ms)

    def _on_awake(self) -> None:
        # an awake after a wait: the loop woke for something (an awake without a wait before it
        # ends the loop turn that went quiet, and does not count)
        if self._blocked:
            self._blocked, self._woken = False, True

    def _on_about_to_block(self) -> None:
        """The loop is done with what woke it and is about to wait again: the chores now, within the
        same wake-up (no wake-up of its own); busy (garbage to collect, CPU used) brings the tick back."""
        if self._woken:
            self._woken = False
            if self._chores():
                self._resume()
                return
        self._blocked = True

    def _disconnect(self) -> None:
        if self._dispatcher is not None:
            self._dispatcher.aboutToBlock.disconnect(self._on_about_to_block)
            self._dispatcher.awake.disconnect(self._on_awake)
            self._dispatcher = None

    def _resume(self) -> None:
        self._disconnect()
        self._calm = 0
        self._timer.start(self._interval_ms)

    def check(self) -> int:
        """Collect the oldest generation whose threshold was crossed; returns it (-1 for none)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return generation
        return -1

    def close(self) -> None:
        """Stop the timer, collect once more here and hand collection back to Python."""
        self._disconnect()
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
