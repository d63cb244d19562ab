"""The latest committed change sequence, and waiting for the next one without polling.

Every write transaction of this process publishes its last sequence number after commit
(:func:`backoffice.db.write_tx`); ``GET /changes/watch`` parks on :meth:`ChangeSignal.wait_beyond`
until a newer one is published, so an idle client asks once per long-poll instead of every few
seconds. Writes made by another process (a second server worker, the seeding tool) are not
published here: a waiter re-reads the database every ``recheck_s`` seconds when set (several
workers), and always once when its wait times out.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable


class ChangeSignal:
    """Thread-safe publisher of the newest change sequence; async waiters on any event loop."""

    def __init__(self, recheck_s: float = 0.0) -> None:
        self.recheck_s = recheck_s
        self._lock = threading.Lock()
        self._latest: int | None = None
        self._closed = False
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[int]]] = []

    @property
    def latest(self) -> int | None:
        return self._latest

    def publish(self, seq: int) -> None:
        """A transaction with changes up to ``seq`` committed (any thread)."""
        with self._lock:
            if self._latest is not None and seq <= self._latest:
                return
            self._latest = seq
            waiters, self._waiters = self._waiters, []
        for loop, future in waiters:
            loop.call_soon_threadsafe(_resolve, future, seq)

    def close(self) -> None:
        """The server is stopping: every waiter answers now, and nobody waits any more."""
        with self._lock:
            self._closed = True
            waiters, self._waiters = self._waiters, []
        for loop, future in waiters:
            loop.call_soon_threadsafe(_resolve, future, self._latest or 0)

    async def wait_beyond(self, since: int, timeout_s: float, read_latest: Callable[[], Awaitable[int]]) -> int:
        """The latest sequence once it is beyond ``since``, or whatever it is after ``timeout_s``."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while True:
            latest = self._latest
            if latest is not None and (latest > since or self._closed):
                return latest
            left = deadline - loop.time()
            if left <= 0:
                return max(await read_latest(), latest or 0)
            future = loop.create_future()
            with self._lock:
                if self._closed or (self._latest is not None and self._latest > since):
                    return self._latest or 0
                self._waiters.append((loop, future))
            step = min(left, self.recheck_s) if self.recheck_s > 0 else left
            try:
                return await asyncio.wait_for(future, step)
            except asyncio.TimeoutError:
                with self._lock:
                    if (loop, future) in self._waiters:
                        self._waiters.remove((loop, future))
                if self.recheck_s > 0 and loop.time() < deadline:
                    self.publish(await read_latest())


def _resolve(future: asyncio.Future[int], seq: int) -> None:
    if not future.done():
        future.set_result(seq)
