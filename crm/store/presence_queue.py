"""The agent's presence changes waiting for the back office, kept in the local store.

Every change of the agent's state is queued here with its sequence number in one fsynced transaction,
so an offline period (CRM down, network lost, desktop killed) is replayed in order with the real times
when the back office is reachable again. The last sequence ever queued is kept apart from the queue,
so the numbering goes on after a restart even when everything was sent.
"""

from __future__ import annotations

import logging
from typing import Any

from crm.store.db import Database
from crm.store.send_queue import SendQueue

logger = logging.getLogger(__name__)

_SEQ_TABLE = """CREATE TABLE IF NOT EXISTS presence_seq (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    last INTEGER NOT NULL
)"""
_RAISE_LAST = "INSERT INTO presence_seq (id, last) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET last = max(last, ?)"


class PresenceQueue:
    """Presence events (the contract's ``PresenceEvent`` as JSON dicts) in the store file of ``db``."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._queue = SendQueue(db, "presence_queue")
        with db.write() as conn:
            conn.execute(_SEQ_TABLE)

    def last_seq(self) -> int:
        """The highest sequence ever queued (0: none)."""
        row = self._db.reader().execute("SELECT last FROM presence_seq WHERE id = 1").fetchone()
        return int(row[0]) if row else 0

    def add(self, event: dict[str, Any]) -> None:
        """Queue ``event`` (its ``seq`` must be above :meth:`last_seq`); durable when this returns."""
        seq = int(event["seq"])
        with self._db.write() as conn:
            self._queue.insert(conn, event, seq)
            conn.execute(_RAISE_LAST, (seq, seq))

    def pending(self, limit: int = 500) -> list[dict[str, Any]]:
        """The oldest ``limit`` events not yet acknowledged, in sequence order."""
        return [body for _seq, body in self._queue.oldest(limit)]

    def acknowledged(self, up_to: int) -> None:
        """The back office holds every event up to sequence ``up_to``: drop them."""
        self._queue.acknowledged(up_to)

    def advance_to(self, seq: int) -> None:
        """Number the next event after ``seq`` (the back office already holds numbers up to it)."""
        with self._db.write() as conn:
            conn.execute(_RAISE_LAST, (seq, seq))
