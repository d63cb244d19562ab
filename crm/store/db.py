"""SQLite connections for the local store: one locked writer, one read-only connection per thread.

The writer runs in WAL mode with ``synchronous=FULL``: every local write (and so every outbox item,
which is always written in the same transaction as the record it belongs to) is fsynced before the
caller returns. ``synchronous`` is a per-connection setting, which is why *all* writes go through this one
connection. In WAL mode FULL costs one WAL fsync per commit, cheap enough for interactive writes and
for the sync thread's page-sized transactions.

Readers never block the writer (WAL): each thread that reads (the GUI thread for the ring-time phone
lookup, background task workers, the sync thread) gets its own ``query_only`` connection.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from crm.store.schema import create_schema

logger = logging.getLogger(__name__)

#: WAL size (pages) that triggers a checkpoint: normally ~32 MB; ~128 MB while a first sync fills
#: the store (each checkpoint syncs the file and rewrites the index pages every page touches again)
CHECKPOINT_PAGES = 8000
BULK_CHECKPOINT_PAGES = 32000
#: the writer's page cache (KiB): 2 MB for the agent's writes and the delta pulls of a running
#: sync; 64 MB while a first sync fills the store. It is a ceiling that pages fill as they are
#: touched, and it stays filled: left at 64 MB, a first sync of a big CRM kept 64 MB resident in an
#: idle app; at 8 MB the store's growth over a shift of calls kept 6 MB more by its end. A delta
#: page of 200 customers into a store of a million takes as long with 2 MB as with 8 MB.
WRITER_CACHE_KIB = 2048
BULK_CACHE_KIB = 65536
#: each thread's reader's page cache (KiB); every thread that reads has one (the GUI, the sync,
#: each background pool's threads: ten in the app). Reads are index probes and short scans, as fast
#: with 512 KB as with 16 MB on a million customers: the file's pages stay in the OS's cache, and a
#: larger cache only fills as the store grows (16 MB a reader kept ≈ 20 MB more resident by the end
#: of a shift of calls).
READER_CACHE_KIB = 512


def _connect(path: Path, *, check_same_thread: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=30.0, check_same_thread=check_same_thread)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


class Database:
    """Owns the store file's connections."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._writer = _connect(self.path, check_same_thread=False)
        self._writer.execute("PRAGMA journal_mode = WAL")
        self._writer.execute("PRAGMA synchronous = FULL")
        self._writer.execute("PRAGMA foreign_keys = ON")
        self._writer.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        self._writer.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
        create_schema(self._writer)
        self._local = threading.local()
        self._open_lock = threading.Lock()  # a reader is never opened after close()
        self._closed = False

    @contextmanager
    def write(self, *, durable: bool = True) -> Iterator[sqlite3.Connection]:
        """One immediate transaction on the writer connection (commit on success, else rollback).

        ``durable=False`` commits without an fsync (``synchronous=NORMAL`` for this transaction):
        for what the sync engine records about the server (pulled pages, delivered items), which
        is simply fetched or re-sent with the same idempotency key if a power cut loses it. WAL
        mode stays corruption-safe, and the next durable commit's fsync covers it too. The
        agent's own writes (and so every new outbox item) are always durable.
        """
        with self._lock:
            if self._closed:
                raise RuntimeError("store is closed")
            conn = self._writer
            if not durable:
                conn.execute("PRAGMA synchronous = NORMAL")
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            finally:
                if not durable:
                    conn.execute("PRAGMA synchronous = FULL")

    @contextmanager
    def bulk_fill(self) -> Iterator[None]:
        """Many big write transactions ahead (a first sync): a larger page cache and fewer
        checkpoints (each one syncs the database file) while they run, then one checkpoint at the
        end (passive: readers are never blocked) and the writer's usual cache again."""
        with self._lock:
            self._writer.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
            self._writer.execute(f"PRAGMA wal_autocheckpoint = {BULK_CHECKPOINT_PAGES}")
        try:
            yield
        finally:
            with self._lock:
                if not self._closed:
                    self._writer.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
                    self._writer.execute("PRAGMA wal_checkpoint(PASSIVE)")
                    self._writer.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")

    def release_memory(self) -> None:
        """Empty the page caches of the writer and of this thread's reader (``PRAGMA
        shrink_memory``): after a burst of work such as a first sync, so an idle app does not keep
        the pages it touched. Later queries read them again from the file (the OS cache)."""
        with self._lock:
            if self._closed:
                return
            self._writer.execute("PRAGMA shrink_memory")
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.execute("PRAGMA shrink_memory")

    def reader(self) -> sqlite3.Connection:
        """This thread's read-only connection (opened on first use)."""
        if self._closed:
            self._close_own_reader()
            raise RuntimeError("store is closed")
        conn = getattr(self._local, "conn", None)
        if conn is None:
            with self._open_lock:
                if self._closed:
                    raise RuntimeError("store is closed")
                conn = _connect(self.path, check_same_thread=False)
                conn.execute("PRAGMA query_only = ON")
                conn.execute(f"PRAGMA cache_size = -{READER_CACHE_KIB}")
                self._local.conn = conn
        return conn

    def integrity_check(self) -> str:
        """``PRAGMA integrity_check`` of the file ("ok" when sound)."""
        with self._lock:
            rows = self._writer.execute("PRAGMA integrity_check").fetchall()
        return "\n".join(r[0] for r in rows)

    def close(self) -> None:
        """Close the writer and this thread's reader; the store refuses any further use.

        Another thread's reader is not closed here: that thread may be inside a query on it right now
        (a background read racing a shutdown), and closing a connection under a running statement
        frees memory the statement still uses (a crash, not an error). It is closed by its own thread
        at its next :meth:`reader` call, or freed with its last reference.
        """
        with self._lock:
            if self._closed:
                return
            with self._open_lock:
                self._closed = True
            self._close_own_reader()
            self._writer.close()

    def _close_own_reader(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            self._local.conn = None
            conn.close()
