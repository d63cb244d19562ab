"""Closing the store while another thread is inside a query: that query ends normally (no crash from a
connection freed under it) and the thread's next read says the store is closed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from crm.store import Store

_LONG = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000) SELECT count(*) FROM n"


def test_a_query_running_on_another_thread_survives_the_close(tmp_path: Path) -> None:
    store = Store(tmp_path / "store.db")
    started, outcome = threading.Event(), {}

    def background_read() -> None:
        conn = store.db.reader()
        started.set()
        outcome["count"] = conn.execute(_LONG).fetchone()[0]
        try:
            store.db.reader()
        except RuntimeError as exc:
            outcome["after"] = str(exc)

    thread = threading.Thread(target=background_read)
    thread.start()
    assert started.wait(5)
    store.close()  # while the count runs
    thread.join(60)
    assert outcome == {"count": 3000000, "after": "store is closed"}
    with pytest.raises(RuntimeError, match="store is closed"):
        store.db.reader()
