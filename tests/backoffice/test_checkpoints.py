"""WAL checkpoints happen in the background after writes, never while nothing is written."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from backoffice.checkpoints import Checkpointer


def _write_pages(conn: sqlite3.Connection, rows: int) -> None:
    with conn:
        conn.executemany("INSERT INTO t (v) VALUES (?)", [("x" * 500,) for _ in range(rows)])


def test_writes_are_checkpointed_in_the_background_and_the_wal_is_reused(tmp_path: Path) -> None:
    path = tmp_path / "crm.db"
    conn = sqlite3.connect(path)  # stays open, like the server's pooled connections
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")  # only the checkpointer copies pages back
    conn.execute("CREATE TABLE t (v TEXT)")
    checkpointer = Checkpointer(str(path), delay_s=0.05)
    checkpointer.start()
    try:
        time.sleep(0.3)
        assert checkpointer.done == 0  # nothing written: it sleeps
        _write_pages(conn, 3000)
        checkpointer.wrote()
        deadline = time.monotonic() + 10
        while checkpointer.done == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        busy, wal_pages, copied = checkpointer.last or (1, 0, -1)
        assert busy == 0 and wal_pages > 100 and copied == wal_pages
        size = (tmp_path / "crm.db-wal").stat().st_size
        _write_pages(conn, 1000)  # after a complete checkpoint the WAL starts over: it does not grow
        assert (tmp_path / "crm.db-wal").stat().st_size <= size
    finally:
        checkpointer.stop()
        conn.close()
