"""SQLite WAL checkpoints off the request path.

In WAL mode every commit appends to the ``-wal`` file, and by default the commit that takes it past
1,000 pages copies the WAL back into the database file and syncs it: that one request (and every
writer queued behind it, each holding a request thread) waits tens to hundreds of milliseconds. Here a
background thread checkpoints (PASSIVE: never blocks readers or writers) about a second after writes
happened, so the WAL stays far below the automatic threshold, which remains only as a safety net.
While nothing is written the thread sleeps: no idle wake-ups.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from typing import Any

logger = logging.getLogger(__name__)

DELAY_S = 1.0


class Checkpointer:
    def __init__(self, path: str, delay_s: float = DELAY_S) -> None:
        self.path = path
        self.delay_s = delay_s
        self._wrote = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.done = 0
        """Checkpoints run so far."""
        self.last: tuple[int, int, int] | None = None
        """The last one's (busy, WAL pages, pages copied back)."""

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="sqlite-checkpoint", daemon=True)
        self._thread.start()

    def wrote(self) -> None:
        """A write transaction committed."""
        self._wrote.set()

    def stop(self) -> None:
        self._stop.set()
        self._wrote.set()
        if self._thread is not None:
            self._thread.join(5)

    def _run(self) -> None:
        conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        try:
            while True:
                self._wrote.wait()
                if self._stop.wait(self.delay_s):  # let a burst of writes gather first
                    return
                self._wrote.clear()
                try:
                    busy, wal_pages, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                    self.last, self.done = (busy, wal_pages, copied), self.done + 1
                    logger.debug("checkpoint: %s of %s WAL pages copied (busy=%s)", copied, wal_pages, busy)
                except sqlite3.Error as exc:
                    logger.warning("WAL checkpoint failed: %s", exc)
        finally:
            conn.close()


def checkpointer_for(db: Any) -> Checkpointer | None:
    """A started checkpointer for ``db`` (a backoffice.db.Database) when it is an SQLite file; it waits
    ``BACKOFFICE_CHECKPOINT_DELAY_S`` (default :data:`DELAY_S`) after a write (the chaos test: less)."""
    path = db.write.url.database if db.is_sqlite else None
    if not path or path == ":memory:":
        return None
    delay = os.environ.get("BACKOFFICE_CHECKPOINT_DELAY_S", "").strip()
    checkpointer = Checkpointer(path, float(delay) if delay else DELAY_S)
    checkpointer.start()
    return checkpointer
