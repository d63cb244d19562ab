"""Read side of the local store: fast, on this thread's read-only connection."""

from __future__ import annotations

import builtins
import json
import logging
from typing import Any

from crm import outbox
from crm.phones import PhoneNormalizer
from crm.records import CustomerRecord
from crm.store.db import Database
from crm.store.rows import get_one, loads
from crm.store.schema import ENTITIES

logger = logging.getLogger(__name__)


def check_entity(entity: str) -> str:
    """``entity`` if the store mirrors it, else ValueError (it also guards the SQL table name)."""
    if entity not in ENTITIES:
        raise ValueError(f"unknown entity {entity!r}")
    return entity


class StoreReads:
    """Queries; every method is safe to call from any thread."""

    db: Database
    phones: PhoneNormalizer

    def get(self, entity: str, record_id: str) -> dict[str, Any] | None:
        """The local copy of one record (with the agent's unsent edits applied)."""
        return get_one(self.db.reader(), check_entity(entity), record_id)

    def get_many(self, entity: str, record_ids: list[str]) -> list[dict[str, Any]]:
        """The local copies of ``record_ids`` that exist (in no particular order).

        One statement whatever the number of ids (they go in as one JSON array): a statement per
        number of ids filled every reading thread's statement cache as a queue grew (128 statements
        of up to 500 parameters each, ≈ 4 MB a thread)."""
        rows = self.db.reader().execute(
            f"SELECT data FROM {check_entity(entity)} WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(record_ids),),
        )
        return [json.loads(r[0]) for r in rows]

    def list(self, entity: str, *, limit: int = 100, offset: int = 0) -> builtins.list[dict[str, Any]]:
        """Records of ``entity`` in id order (a stable page)."""
        rows = self.db.reader().execute(
            f"SELECT data FROM {check_entity(entity)} ORDER BY id LIMIT ? OFFSET ?", (limit, offset)
        )
        return [json.loads(r[0]) for r in rows]

    def count(self, entity: str) -> int:
        n: int
        (n,) = self.db.reader().execute(f"SELECT COUNT(*) FROM {check_entity(entity)}").fetchone()
        return n

    def customers_by_phone(self, raw: str) -> builtins.list[CustomerRecord]:
        """Customers having the number ``raw`` (any form); the ring-time lookup.

        Fast path: the E.164 form a well-formed number would have is tried first (no parsing); a hit
        is exact because only numbers valid in that form are stored that way. Otherwise the number is
        normalised properly (crm.phones) and looked up again.
        """
        conn = self.db.reader()
        guess = _e164_guess(raw, self.phones.region)
        if guess:
            rows = conn.execute(_BY_PHONE, (guess,)).fetchall()
            if rows:
                return [json.loads(r[0]) for r in rows]
        canonical = self.phones.try_normalize(raw)
        if not canonical or canonical == guess:
            return []
        return [json.loads(r[0]) for r in conn.execute(_BY_PHONE, (canonical,))]

    def related(self, entity: str, customer_id: str, *, limit: int = 50) -> builtins.list[dict[str, Any]]:
        """Records of ``entity`` (contacts, orders, complaints, ...) of one customer, newest first."""
        rows = self.db.reader().execute(
            f"SELECT data FROM {check_entity(entity)} WHERE customer_id = ?", (customer_id,)
        )
        records = [json.loads(r[0]) for r in rows]
        records.sort(key=_newest_key, reverse=True)
        return records[:limit]

    def by_number(self, entity: str, number: str) -> dict[str, Any] | None:
        """The record whose indexed number is ``number`` (order number, SKU, DNIS, ...), also
        accepting a provisional number the record had before the server assigned its own."""
        conn = self.db.reader()
        row = conn.execute(f"SELECT data FROM {check_entity(entity)} WHERE number = ? LIMIT 1", (number,)).fetchone()
        if row:
            record: dict[str, Any] = json.loads(row[0])
            return record
        alias = conn.execute("SELECT id FROM aliases WHERE entity = ? AND alias = ?", (entity, number)).fetchone()
        return get_one(conn, entity, alias[0]) if alias else None

    def is_blocked(self, raw: str) -> bool:
        """True when the (normalised) number is on the local blocklist."""
        canonical = self.phones.try_normalize(raw)
        if not canonical:
            return False
        return self.by_number("blocklist", canonical) is not None

    def search_customers(self, name: str, *, limit: int = 50) -> builtins.list[CustomerRecord]:
        """Customers whose name contains ``name`` (local, offline-capable search)."""
        rows = self.db.reader().execute(
            "SELECT data FROM customers WHERE name LIKE ? ESCAPE '\\' LIMIT ?",
            ("%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", limit),
        )
        return [json.loads(r[0]) for r in rows]

    def cursor(self, entity: str) -> str | None:
        """The server-issued delta cursor of ``entity`` (None before the first pull)."""
        row = self.db.reader().execute("SELECT cursor FROM cursors WHERE entity = ?", (entity,)).fetchone()
        return row[0] if row else None

    def conflicts(self, *, include_resolved: bool = False) -> builtins.list[dict[str, Any]]:
        """Fields the agent must decide (and writes the server refused), oldest first."""
        sql = "SELECT id, entity, record_id, field, base, local, remote, detail, created_at, resolved FROM conflicts"
        if not include_resolved:
            sql += " WHERE resolved = 0"
        rows = self.db.reader().execute(sql + " ORDER BY id")
        keys = ("id", "entity", "record_id", "field", "base", "local", "remote", "detail", "created_at", "resolved")
        out = []
        for row in rows:
            item = dict(zip(keys, row))
            for k in ("base", "local", "remote"):
                item[k] = loads(item[k])
            item["resolved"] = bool(item["resolved"])
            out.append(item)
        return out

    def outbox_counts(self) -> tuple[int, int]:
        """(pending, failed) outbox items."""
        return outbox.counts(self.db.reader())


_BY_PHONE = "SELECT c.data FROM phones p JOIN customers c ON c.id = p.customer_id WHERE p.e164 = ?"
_SEPARATORS = str.maketrans("", "", " -.()\t")


def _e164_guess(raw: str, region: str) -> str | None:
    """The E.164 text ``raw`` would normalise to if it is a well-formed number, without parsing:
    ``+…``/``00…`` as given; for China also ``0`` + area code + number and 11-digit mobiles."""
    text = raw.strip().translate(_SEPARATORS)
    digits = text[1:] if text.startswith("+") else text
    if not digits.isdigit() or len(digits) < 6:
        return None
    if text.startswith("+"):
        return text
    if digits.startswith("00"):
        return "+" + digits[2:]
    if region == "CN":
        if digits.startswith("0"):
            return "+86" + digits[1:]
        if len(digits) == 11 and digits.startswith("1"):
            return "+86" + digits
    return None


def _newest_key(record: dict[str, Any]) -> str:
    for name in ("occurred_at", "ring_at", "due_at", "created_at"):
        value = record.get(name)
        if value:
            return str(value)
    return ""
