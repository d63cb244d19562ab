"""How long the wallboard waits before asking again after a failed request. No Qt."""

from __future__ import annotations


class Backoff:
    """Doubling delays from ``min_s`` up to ``max_s``; :meth:`reset` after a success."""

    def __init__(self, min_s: float = 1.0, max_s: float = 30.0) -> None:
        self.min_s = min_s
        self.max_s = max_s
        self.failures = 0

    def next_delay(self) -> float:
        """The wait before the next try (counts one more failure)."""
        delay = min(self.max_s, self.min_s * 2.0**self.failures)
        self.failures += 1
        return delay

    def reset(self) -> None:
        self.failures = 0


def full_read_every_s(heartbeat_timeout_s: int) -> float:
    """How often the whole board is read again while watching: a heartbeat moves no cursor, so only a
    full read learns that a quiet agent's desktop went silent ("disconnected") or came back."""
    return min(60.0, max(5.0, heartbeat_timeout_s / 2))
