"""Cyclic garbage is collected on the GUI thread only.

Python's automatic collector runs on whichever thread happens to allocate when a threshold is
crossed: a sync worker, a background task, the SIP thread. Freeing Qt or
pjsua2 wrappers there destroys their C++ objects on a thread that does not own them (seen as
SIGSEGV/SIGABRT). This guard switches the automatic collector off and runs the same generational
collections from a GUI-thread timer instead, checking the same thresholds. The same once-a-second
tick runs the app's other housekeeping (``also``: e.g. returning freed memory to the OS), so the idle
app has one timer, not one per chore.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

logger = logging.getLogger(__name__)


class GuiThreadCollector(QObject):
    """Owns the process's cyclic garbage collection while it lives; create it on the GUI thread."""

    def __init__(
        self, interval_ms: int = 1000, parent: QObject | None = None, also: Callable[[], Any] | None = None
    ) -> None:
        super().__init__(parent)
        self._also = also
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        self.check()
        if self._also is not None:
            self._also()

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
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
