"""What a desktop still has to send to the back office, kept in the local store until acknowledged.

A :class:`SendQueue` is one table of JSON bodies in sending order: :meth:`SendQueue.add` returns once
the body is committed with an fsync (it survives a crash or a power cut), :meth:`SendQueue.oldest`
gives what waits, :meth:`SendQueue.acknowledged` drops what the back office holds. The agent's
presence changes (:mod:`crm.store.presence_queue`) and operation trail use one each.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from typing import Any

from crm.store.db import Database

logger = logging.getLogger(__name__)

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


class SendQueue:
    """JSON bodies in table ``table`` of the store file of ``db``, by ``seq``."""

    def __init__(self, db: Database, table: str) -> None:
        if not _NAME.match(table):
            raise ValueError(f"not a table name: {table!r}")
        self._db = db
        self.table = table
        with db.write() as conn:
            conn.execute(f"CREATE TABLE IF NOT EXISTS {table} (seq INTEGER PRIMARY KEY, body TEXT NOT NULL)")

    def insert(self, conn: sqlite3.Connection, body: dict[str, Any], seq: int | None = None) -> int:
        """Queue ``body`` in the caller's write transaction, as ``seq`` (None: after the last one
        waiting); returns its ``seq``."""
        cursor = conn.execute(f"INSERT INTO {self.table} (seq, body) VALUES (?, ?)", (seq, json.dumps(body)))
        return int(seq if seq is not None else cursor.lastrowid or 0)

    def add(self, body: dict[str, Any]) -> int:
        """Queue ``body`` (durable when this returns); returns its ``seq``."""
        with self._db.write() as conn:
            return self.insert(conn, body)

    def oldest(self, limit: int = 500) -> list[tuple[int, dict[str, Any]]]:
        """The oldest ``limit`` bodies not yet acknowledged, with their ``seq``, in order."""
        rows = self._db.reader().execute(f"SELECT seq, body FROM {self.table} ORDER BY seq LIMIT ?", (limit,))
        return [(int(seq), json.loads(body)) for seq, body in rows]

    def count(self) -> int:
        return int(self._db.reader().execute(f"SELECT count(*) FROM {self.table}").fetchone()[0])

    def acknowledged(self, up_to: int) -> None:
        """The back office holds every body up to ``seq`` ``up_to``: drop them."""
        with self._db.write() as conn:
            conn.execute(f"DELETE FROM {self.table} WHERE seq <= ?", (up_to,))
