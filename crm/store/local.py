"""Local writes: the agent's edits go into the store AND the outbox in one transaction.

The input is validated with the contract's Create/Update models first, so what reaches the outbox is
something the server accepts (a typo is a ValueError at once, not a failed sync hours later). Each
write gets its own UUID idempotency key (:mod:`crm.outbox`); listeners (the sync engine) are told
after the commit so the write is pushed at once when online.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from crm import outbox
from crm.merge import apply_patch
from crm.observers import Listeners
from crm.phones import PhoneNormalizer
from crm.schemas import ENTITIES as SPECS
from crm.schemas import ORDER_ACTIONS
from crm.store.db import Database
from crm.store.reads import check_entity
from crm.store.rows import dumps, get_one, put_many

logger = logging.getLogger(__name__)


class RecordNotFound(KeyError):
    """No local record with that id."""


def provisional_number(record_id: str) -> str:
    """A local order number shown until the server assigns the real one (kept searchable after)."""
    day = datetime.now(timezone.utc).strftime("%Y%m%d")
    return f"L{day}-{uuid.UUID(record_id).hex[:6].upper()}"


@dataclass(frozen=True)
class LocalChange:
    """One committed local write of the agent: ``op`` is create, update, delete or action (named in
    ``action``); ``record`` the local copy after it (before it, for a delete); ``fields`` what an update
    changed."""

    entity: str
    op: str
    record: dict[str, Any]
    action: str = ""
    fields: tuple[str, ...] = ()


class StoreLocalWrites:
    """create / update / delete / action / resolve_conflict."""

    db: Database
    phones: PhoneNormalizer
    _write_listeners: Listeners[[]]
    _change_listeners: Listeners[[LocalChange]]

    def add_write_listener(self, callback: Callable[[], None]) -> Callable[[], None]:
        """``callback()`` runs (on the writing thread) after each committed local write; returns the
        function that stops it. A listener that raises is logged: it never undoes a committed write."""
        return self._write_listeners.add(callback)

    def add_change_listener(self, callback: Callable[[LocalChange], None]) -> Callable[[], None]:
        """``callback(change)`` runs (on the writing thread) after each committed create, update (that
        changed something), delete and action, saying what was written; returns its remover."""
        return self._change_listeners.add(callback)

    def _notify(self, change: LocalChange | None = None) -> None:
        self._write_listeners.emit()
        if change is not None:
            self._change_listeners.emit(change)

    def create(self, entity: str, data: dict[str, Any]) -> dict[str, Any]:
        """Create a record locally (id chosen here) and queue its POST; returns the local copy."""
        spec = SPECS[check_entity(entity)]
        if spec.create is None:
            raise ValueError(f"{entity} cannot be created")
        model = spec.create.model_validate(data)
        body = model.model_dump(mode="json", exclude_unset=True)
        record_id = body.get("id") or str(uuid.uuid4())
        body["id"] = record_id
        now = outbox.now_iso()
        local = model.model_dump(mode="json")
        local.update(id=record_id, version=0, created_at=now, updated_at=now)
        with self.db.write() as conn:
            if get_one(conn, entity, record_id) is not None:
                raise ValueError(f"{entity} {record_id} exists already")
            self._fill_local(conn, entity, local)
            put_many(conn, entity, [local], self.phones)
            if entity == "orders":
                conn.execute(
                    "INSERT OR REPLACE INTO aliases (entity, alias, id) VALUES (?, ?, ?)",
                    (entity, local["number"], record_id),
                )
            outbox.enqueue(conn, entity, record_id, outbox.CREATE, body)
        self._notify(LocalChange(entity, outbox.CREATE, local))
        return local

    def create_refused(self, entity: str, record_id: str) -> bool:
        """The server refused this record's create (e.g. an order's price without an approval): it can be
        fixed and sent again (:meth:`recreate`)."""
        return outbox.create_refused(self.db.reader(), check_entity(entity), record_id)

    def recreate(self, entity: str, record_id: str, changes: dict[str, Any]) -> dict[str, Any] | None:
        """Send a refused create again with ``changes`` applied (the agent fixed what was refused): its
        refusals are closed, its failed items dropped, and a new POST is queued. None (nothing done)
        when the record has no refused create."""
        spec = SPECS[check_entity(entity)]
        assert spec.create is not None  # a refused create was made through it
        with self.db.write() as conn:
            if not outbox.create_refused(conn, entity, record_id):
                return None
            current = get_one(conn, entity, record_id)
            if current is None:
                raise RecordNotFound(f"{entity} {record_id}")
            fields = spec.create.model_fields
            model = spec.create.model_validate(
                {k: v for k, v in {**current, **changes}.items() if k in fields} | {"id": record_id}
            )
            body = model.model_dump(mode="json", exclude_unset=True)
            local = {**current, **model.model_dump(mode="json")}
            self._fill_local(conn, entity, local)
            put_many(conn, entity, [local], self.phones)
            conn.execute(
                "UPDATE conflicts SET resolved = 1 WHERE entity = ? AND record_id = ? AND field = '*'",
                (entity, record_id),
            )
            outbox.drop_refused(conn, entity, record_id)
            outbox.enqueue(conn, entity, record_id, outbox.CREATE, body)
        self._notify(LocalChange(entity, outbox.CREATE, local))
        return local

    def update(self, entity: str, record_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """Change fields of a record locally and queue the PATCH; returns the new local copy."""
        with self.db.write() as conn:
            view, fields = self._update(conn, check_entity(entity), record_id, changes)
        self._notify(LocalChange(entity, outbox.UPDATE, view, fields=fields) if fields else None)
        return view

    def _update(
        self, conn: sqlite3.Connection, entity: str, record_id: str, changes: dict[str, Any]
    ) -> tuple[dict[str, Any], tuple[str, ...]]:
        """The record after the change, and the fields that changed (none: nothing was written)."""
        spec = SPECS[entity]
        if spec.update is None:
            raise ValueError(f"{entity} cannot be edited")
        patch = spec.update.model_validate(changes).model_dump(mode="json", exclude_unset=True)
        current = get_one(conn, entity, record_id)
        if current is None:
            raise RecordNotFound(f"{entity} {record_id}")
        patch = {k: v for k, v in patch.items() if current.get(k) != v}
        if not patch:
            return current, ()
        before = {k: current.get(k) for k in patch}
        view = apply_patch(current, patch)
        self._fill_local(conn, entity, view)
        put_many(conn, entity, [view], self.phones)
        outbox.enqueue(
            conn, entity, record_id, outbox.UPDATE, patch, base=before, base_version=current.get("version") or None
        )
        return view, tuple(patch)

    def delete(self, entity: str, record_id: str) -> None:
        """Delete a record locally (only entities the API lets delete) and queue the DELETE."""
        if not SPECS[check_entity(entity)].deletable:
            raise ValueError(f"{entity} cannot be deleted")
        with self.db.write() as conn:
            current = get_one(conn, entity, record_id)
            if current is None:
                raise RecordNotFound(f"{entity} {record_id}")
            conn.execute(f"DELETE FROM {entity} WHERE id = ?", (record_id,))
            outbox.enqueue(
                conn, entity, record_id, outbox.DELETE, {}, base=current, base_version=current.get("version") or None
            )
        self._notify(LocalChange(entity, outbox.DELETE, current))

    def action(self, entity: str, record_id: str, action: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        """Queue ``POST /{entity}/{id}/{action}`` (order cancel, ship, ...); an order's local status
        follows the action at once (the server's answer replaces it)."""
        with self.db.write() as conn:
            current = get_one(conn, check_entity(entity), record_id)
            if current is None:
                raise RecordNotFound(f"{entity} {record_id}")
            view = current
            if entity == "orders" and action in ORDER_ACTIONS:
                view = dict(current, status=ORDER_ACTIONS[action][1].value)
                put_many(conn, entity, [view], self.phones)
            outbox.enqueue(
                conn,
                entity,
                record_id,
                outbox.ACTION,
                body or {},
                action=action,
                base_version=current.get("version") or None,
            )
        self._notify(LocalChange(entity, outbox.ACTION, view, action=action))
        return view

    def resolve_conflict(self, conflict_id: int, *, keep_local: bool) -> None:
        """Close a conflict: keep the server's value, or re-apply the agent's as a new edit. Closing
        the last refused write of a record also drops its failed outbox items (the agent has seen
        them: they no longer count as "failed")."""
        with self.db.write() as conn:
            row = conn.execute(
                "SELECT entity, record_id, field, local FROM conflicts WHERE id = ? AND resolved = 0",
                (conflict_id,),
            ).fetchone()
            if row is None:
                raise KeyError(conflict_id)
            entity, record_id, path, local = row
            conn.execute("UPDATE conflicts SET resolved = 1 WHERE id = ?", (conflict_id,))
            if path == "*":
                outbox.drop_refused(conn, entity, record_id)
            if keep_local and path != "*":
                current = get_one(conn, entity, record_id)
                if current is None:
                    raise RecordNotFound(f"{entity} {record_id}")
                top, *rest = path.split(".")
                value = json.loads(local) if local is not None else None
                if rest:
                    nested = json.loads(dumps(current.get(top) or {}))
                    target = nested
                    for key in rest[:-1]:
                        target = target.setdefault(key, {})
                    target[rest[-1]] = value
                    value = nested
                self._update(conn, entity, record_id, {top: value})
        self._notify()

    def _fill_local(self, conn: sqlite3.Connection, entity: str, record: dict[str, Any]) -> None:
        """Fields the server would fill, approximated locally until its answer arrives."""
        if entity == "customers":
            for phone in record.get("phones") or ():
                if isinstance(phone, dict) and not phone.get("normalized"):
                    phone["normalized"] = self.phones.try_normalize(phone.get("number") or "")
        elif entity == "orders":
            if not record.get("number"):
                record["number"] = provisional_number(record["id"])
            record.setdefault("status", "ordered")
            total = 0
            for line in record.get("lines") or ():
                if line.get("unit_price_cents") is None:
                    product = conn.execute("SELECT data FROM products WHERE number = ?", (line.get("sku"),)).fetchone()
                    if product:
                        line["unit_price_cents"] = json.loads(product[0]).get("price_cents")
                total += (line.get("unit_price_cents") or 0) * int(line.get("quantity") or 0)
            record["total_cents"] = total
