"""How long to wait before the next attempt to start a phone that could not start."""

from __future__ import annotations


class Backoff:
    """Waits of ``first_s`` doubling with every further failure, never longer than ``longest_s``."""

    def __init__(self, first_s: float, longest_s: float) -> None:
        self.first_s = first_s
        self.longest_s = max(first_s, longest_s)
        self.failures = 0

    def next_delay_s(self) -> float:
        """The wait after one more failure."""
        delay = min(self.longest_s, self.first_s * 2.0 ** min(self.failures, 32))
        self.failures += 1
        return delay

    def reset(self) -> None:
        """It worked: the next failure waits ``first_s`` again."""
        self.failures = 0
