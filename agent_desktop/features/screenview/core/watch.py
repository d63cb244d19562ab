"""Who is watching the agent's screen, on the agent's desktop (no Qt).

The back office says when a supervisor starts watching (``screenview_start``, with the lease's
seconds; repeated with every renewal) and stops (``screenview_stop``), and each frame's answer says
how long the longest lease still runs or that nobody watches. :class:`Watchers` turns that into one
question, :attr:`Watchers.active`: while it is False nothing is captured or sent. A lease that is not
renewed lapses by itself (a supervisor's desktop that crashed stops the capture within the lease).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class _Watcher:
    name: str
    until: float


class Watchers:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._watchers: dict[str, _Watcher] = {}
        self._server_until = 0.0

    @property
    def active(self) -> bool:
        """Somebody watches now (a lease of a watcher, or the server's last word, still runs)."""
        now = self.clock()
        return self._server_until > now or any(w.until > now for w in self._watchers.values())

    def names(self) -> list[str]:
        """The names of the supervisors watching now, in the order they started."""
        now = self.clock()
        return [w.name for w in self._watchers.values() if w.until > now]

    def started(self, watcher_id: str, name: str, lease_s: float) -> bool:
        """A supervisor watches (or renewed): True when nobody watched before."""
        was = self.active
        self._watchers[watcher_id] = _Watcher(name or watcher_id, self.clock() + max(0.0, lease_s))
        return not was

    def stopped(self, watcher_id: str, others_watch: bool = False) -> None:
        """A supervisor stopped; ``others_watch`` False: the back office says nobody is left."""
        self._watchers.pop(watcher_id, None)
        if not others_watch:
            self.ended()

    def answered(self, watching: bool, lease_s: float) -> None:
        """A frame's answer: whether anybody still watches and how long the longest lease runs."""
        if not watching:
            self.ended()
        else:
            self._server_until = self.clock() + max(0.0, lease_s)

    def ended(self) -> None:
        self._watchers.clear()
        self._server_until = 0.0
