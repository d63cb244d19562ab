"""The outbox: local writes waiting for the server, in the order the agent made them.

Each item is one HTTP write (create = POST, update = PATCH, delete = DELETE, action = POST .../action)
with its own UUID idempotency key, written in the same SQLite transaction as the local record it
changes (see :class:`crm.store.Store`). The functions here work on a connection inside such a
transaction; they never commit on their own.

An update item carries its *base*: the values the changed fields had when the agent edited them and
the server version that copy came from (``base_version``, sent as ``If-Match``). That is what the
three-way merge (:mod:`crm.merge`) needs when the server answers 412.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

logger = logging.getLogger(__name__)

CREATE, UPDATE, DELETE, ACTION = "create", "update", "delete", "action"


@dataclass
class OutboxItem:
    """One queued write."""

    seq: int
    key: str
    entity: str
    record_id: str
    op: str
    action: str | None
    body: dict[str, Any]
    base: dict[str, Any] = field(default_factory=dict)
    base_version: int | None = None
    state: str = "pending"
    attempts: int = 0
    last_error: str | None = None


_COLUMNS = "seq, key, entity, record_id, op, action, body, base, base_version, state, attempts, last_error"


def _row_to_item(row: tuple[Any, ...]) -> OutboxItem:
    seq, key, entity, record_id, op, action, body, base, base_version, state, attempts, err = row
    return OutboxItem(
        seq,
        key,
        entity,
        record_id,
        op,
        action,
        json.loads(body),
        json.loads(base),
        base_version,
        state,
        attempts,
        err,
    )


def now_iso() -> str:
    """The local clock in the API's format (only for local bookkeeping, never for sync)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_key() -> str:
    """A fresh idempotency key."""
    return str(uuid.uuid4())


def enqueue(
    conn: sqlite3.Connection,
    entity: str,
    record_id: str,
    op: str,
    body: dict[str, Any],
    *,
    base: dict[str, Any] | None = None,
    base_version: int | None = None,
    action: str | None = None,
) -> str:
    """Append a write to the outbox (inside the caller's transaction); returns its idempotency key."""
    key = new_key()
    conn.execute(
        "INSERT INTO outbox (key, entity, record_id, op, action, body, base, base_version, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            key,
            entity,
            record_id,
            op,
            action,
            json.dumps(body, ensure_ascii=False),
            json.dumps(base or {}, ensure_ascii=False),
            base_version,
            now_iso(),
        ),
    )
    return key


def next_pending(conn: sqlite3.Connection) -> OutboxItem | None:
    """The oldest item still to send, or None."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT 1").fetchone()
    return _row_to_item(row) if row else None


def pending_for(conn: sqlite3.Connection, entity: str, record_id: str) -> list[OutboxItem]:
    """Pending items of one record, oldest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM outbox WHERE entity = ? AND record_id = ? AND state = 'pending' ORDER BY seq",
        (entity, record_id),
    ).fetchall()
    return [_row_to_item(r) for r in rows]


def records_with_pending(conn: sqlite3.Connection, entity: str) -> set[str]:
    """Ids of the records of ``entity`` that still have local writes queued."""
    rows = conn.execute("SELECT DISTINCT record_id FROM outbox WHERE entity = ? AND state = 'pending'", (entity,))
    return {r[0] for r in rows}


def remove(conn: sqlite3.Connection, item: OutboxItem) -> None:
    """Drop a delivered (or abandoned) item."""
    conn.execute("DELETE FROM outbox WHERE seq = ?", (item.seq,))


def rebase_following(conn: sqlite3.Connection, item: OutboxItem, sent_version: int | None, new_version: int) -> None:
    """Later items of the same record that were made on top of ``item`` now build on ``new_version``.

    They were queued against the version ``item`` was sent with (or earlier, or none yet for a record
    created offline); our own accepted write must not look like someone else's change to them.
    """
    conn.execute(
        "UPDATE outbox SET base_version = ? WHERE entity = ? AND record_id = ? AND seq > ?"
        " AND state = 'pending' AND (base_version IS NULL OR base_version <= ?)",
        (new_version, item.entity, item.record_id, item.seq, sent_version or 0),
    )


def replace(
    conn: sqlite3.Connection, item: OutboxItem, body: dict[str, Any], base: dict[str, Any], base_version: int | None
) -> OutboxItem:
    """Re-target an item after a merge: new body and base, and a new idempotency key.

    The key must change because the server answers a repeated key with a different body by 422.
    """
    key = new_key()
    conn.execute(
        "UPDATE outbox SET key = ?, body = ?, base = ?, base_version = ? WHERE seq = ?",
        (key, json.dumps(body, ensure_ascii=False), json.dumps(base, ensure_ascii=False), base_version, item.seq),
    )
    return OutboxItem(
        item.seq,
        key,
        item.entity,
        item.record_id,
        item.op,
        item.action,
        body,
        base,
        base_version,
        item.state,
        item.attempts,
        item.last_error,
    )


def note_attempt(conn: sqlite3.Connection, item: OutboxItem, error: str) -> None:
    """Count a failed delivery attempt that will be retried."""
    conn.execute("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?", (error, item.seq))


def mark_failed(conn: sqlite3.Connection, item: OutboxItem, error: str) -> None:
    """The server refused the item for good (422, 409, 404...): keep it, stop sending it."""
    conn.execute(
        "UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ? WHERE seq = ?",
        (error, item.seq),
    )


def drop_refused(conn: sqlite3.Connection, entity: str, record_id: str) -> None:
    """Forget the refused (failed) items of a record once no refused write of it is left unresolved
    in ``conflicts``."""
    (open_refusals,) = conn.execute(
        "SELECT COUNT(*) FROM conflicts WHERE entity = ? AND record_id = ? AND field = '*' AND resolved = 0",
        (entity, record_id),
    ).fetchone()
    if not open_refusals:
        conn.execute("DELETE FROM outbox WHERE entity = ? AND record_id = ? AND state = 'failed'", (entity, record_id))


def create_refused(conn: sqlite3.Connection, entity: str, record_id: str) -> bool:
    """The server refused this record's create for good: it exists only here until it is sent again."""
    row = conn.execute(
        "SELECT 1 FROM outbox WHERE entity = ? AND record_id = ? AND op = ? AND state = 'failed' LIMIT 1",
        (entity, record_id, CREATE),
    ).fetchone()
    return row is not None


def counts(conn: sqlite3.Connection) -> tuple[int, int]:
    """(pending, failed) item counts."""
    pending = failed = 0
    for state, n in conn.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state"):
        if state == "pending":
            pending = n
        else:
            failed = n
    return pending, failed
