"""Noticing a resume from sleep: the wall clock jumped while the monotonic clock (which stops during
suspend on Linux and pauses on other systems) did not."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

logger = logging.getLogger(__name__)


class WakeDetector:
    """Call :meth:`check` periodically; it returns True once after the machine slept."""

    def __init__(self, threshold_s: float = 15.0, clock: Callable[[], tuple[float, float]] | None = None) -> None:
        self.threshold_s = threshold_s
        self._clock = clock or (lambda: (time.time(), time.monotonic()))
        self._wall, self._mono = self._clock()

    def check(self) -> bool:
        wall, mono = self._clock()
        gap = (wall - self._wall) - (mono - self._mono)
        self._wall, self._mono = wall, mono
        if gap > self.threshold_s:
            logger.info("resumed after about %.0f s asleep", gap)
            return True
        return False
