"""Form drafts kept in the local store so nothing typed is lost when the app crashes or is killed.

A draft is a JSON object saved under an id (one per open form) with its kind (``"order"``) and a
short title for the "restore?" question. Each save is one fsynced SQLite transaction on the store's
writer connection (the store runs ``synchronous=FULL``), so after a SIGKILL the last save is there.
A submitted or discarded form deletes its draft; whatever is left at the next start is offered back.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from crm.store.db import Database

logger = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    data       TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID
"""


@dataclass(frozen=True)
class Draft:
    id: str
    kind: str
    title: str
    data: dict[str, Any]
    updated_at: str


class DraftStore:
    """Drafts in the store file of ``db`` (a :class:`crm.store.db.Database`)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        with db.write() as conn:
            conn.execute(_SCHEMA)

    def save(self, draft_id: str, kind: str, data: dict[str, Any], title: str = "") -> None:
        """Insert or replace the draft (durable when this returns)."""
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        with self._db.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO drafts (id, kind, title, data, updated_at) VALUES (?, ?, ?, ?, ?)",
                (draft_id, kind, title, json.dumps(data, ensure_ascii=False), stamp),
            )

    def get(self, draft_id: str) -> Draft | None:
        row = (
            self._db.reader()
            .execute("SELECT id, kind, title, data, updated_at FROM drafts WHERE id = ?", (draft_id,))
            .fetchone()
        )
        return _draft(row) if row else None

    def list(self, kind: str | None = None) -> list[Draft]:
        """Drafts (of ``kind``), most recently saved first."""
        sql = "SELECT id, kind, title, data, updated_at FROM drafts"
        params: tuple[str, ...] = ()
        if kind is not None:
            sql += " WHERE kind = ?"
            params = (kind,)
        rows = self._db.reader().execute(sql + " ORDER BY updated_at DESC", params)
        return [_draft(r) for r in rows]

    def delete(self, draft_id: str) -> None:
        with self._db.write() as conn:
            conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))


def _draft(row: tuple[Any, ...]) -> Draft:
    return Draft(row[0], row[1], row[2], json.loads(row[3]), row[4])
