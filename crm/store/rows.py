"""Turning records into rows of the local store (and back), including the phone index."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable
from typing import Any

from crm.phones import PhoneNormalizer

logger = logging.getLogger(__name__)

#: Which field of a record goes into the indexed ``number`` column of its table.
_NUMBER_FIELD = {
    "orders": "number",
    "products": "sku",
    "blocklist": "number",
    "media_sources": "dnis",
    "callbacks": "number",
    "call_logs": "caller_normalized",
}
_NAME_FIELD = {"customers": "name", "products": "name", "todos": "title"}


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # one encoder for every row


def dumps(value: Any) -> str:
    """Compact JSON as stored in ``data`` columns."""
    return _ENCODE(value)


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def to_row(entity: str, record: dict[str, Any], text: str | None = None) -> tuple[Any, ...]:
    """(id, version, customer_id, number, name, data) for ``record`` of ``entity`` (``text``: the
    record's JSON text when the caller already has it)."""
    number_field = _NUMBER_FIELD.get(entity)
    name_field = _NAME_FIELD.get(entity)
    return (
        record["id"],
        int(record.get("version") or 0),
        record.get("customer_id"),
        record.get(number_field) if number_field else None,
        record.get(name_field) if name_field else None,
        text or dumps(record),
    )


def phone_rows(record: dict[str, Any], phones: PhoneNormalizer) -> list[tuple[str, str]]:
    """(canonical number, customer id) pairs of a customer record."""
    out: list[tuple[str, str]] = []
    for phone in record.get("phones") or ():
        if isinstance(phone, dict):
            canonical = phone.get("normalized") or phones.try_normalize(phone.get("number") or "")
        else:
            canonical = phones.try_normalize(str(phone))
        if canonical:
            out.append((canonical, record["id"]))
    return out


def put_many(
    conn: sqlite3.Connection,
    entity: str,
    records: Iterable[dict[str, Any]],
    phones: PhoneNormalizer,
    *,
    replace_phones: bool = True,
    texts: list[str | None] | None = None,
) -> int:
    """Insert or replace records (and, for customers, their phone index rows); returns the count.
    ``texts``: each record's JSON text where known (same order), stored instead of encoding it."""
    records = list(records)
    if not records:
        return 0
    conn.executemany(
        f"INSERT OR REPLACE INTO {entity} (id, version, customer_id, number, name, data) VALUES (?, ?, ?, ?, ?, ?)",
        [to_row(entity, r) for r in records]
        if texts is None
        else [to_row(entity, r, t) for r, t in zip(records, texts)],
    )
    if entity == "customers":
        if replace_phones:
            conn.executemany("DELETE FROM phones WHERE customer_id = ?", [(r["id"],) for r in records])
        rows = [row for r in records for row in phone_rows(r, phones)]
        conn.executemany("INSERT OR IGNORE INTO phones (e164, customer_id) VALUES (?, ?)", rows)
    return len(records)


def delete_many(conn: sqlite3.Connection, entity: str, ids: Iterable[str]) -> None:
    """Remove records (and their phone index rows)."""
    params = [(i,) for i in ids]
    if not params:
        return
    conn.executemany(f"DELETE FROM {entity} WHERE id = ?", params)
    if entity == "customers":
        conn.executemany("DELETE FROM phones WHERE customer_id = ?", params)


def get_one(conn: sqlite3.Connection, entity: str, record_id: str) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT data FROM {entity} WHERE id = ?", (record_id,)).fetchone()
    return json.loads(row[0]) if row else None
