"""Sync side of the local store: applying pulled deltas and the server's answers to outbox items.

The local copy of a record is always *the server's latest version with the agent's pending edits
applied on top*; every method here re-derives it that way, so a pull never hides an unsent edit and
an accepted edit never resurrects an old server value.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from crm import outbox
from crm.merge import FieldConflict, merge_patch
from crm.outbox import OutboxItem
from crm.phones import PhoneNormalizer
from crm.store.db import Database
from crm.store.rows import delete_many, dumps, get_one, put_many
from crm.store.schema import ENTITIES
from crm.store.search_index import ensure_search_index, suspend_search_index

logger = logging.getLogger(__name__)

#: Page cache (KiB) for the search-index rebuild after a first sync: the writer's own size (a bigger
#: one builds 100,000 customers no faster and costs the desktop ~200 MB more memory)
REBUILD_CACHE_KIB = 65536


def _with_pending(conn: sqlite3.Connection, entity: str, server: dict[str, Any]) -> dict[str, Any] | None:
    """The local view: ``server`` plus the pending edits of that record (None if deleted locally)."""
    view = dict(server)
    for item in outbox.pending_for(conn, entity, server["id"]):
        if item.op == outbox.UPDATE:
            view.update(item.body)
        elif item.op == outbox.DELETE:
            return None
    return view


class StoreReplica:
    """Methods the sync engine calls (from its own thread)."""

    db: Database
    phones: PhoneNormalizer

    def next_outbox_item(self) -> OutboxItem | None:
        """The oldest write still to deliver."""
        return outbox.next_pending(self.db.reader())

    @contextmanager
    def first_sync(self) -> Iterator[None]:
        """Around a first (full) sync of many pages: the search index is suspended and rebuilt in one
        pass at the end, and the WAL is checkpointed less often meanwhile. The index is whole again
        when this returns, whether the sync finished or failed."""
        suspended = suspend_search_index(self.db)
        try:
            with self.db.bulk_fill():
                yield
        finally:
            if suspended:
                started = time.monotonic()
                ensure_search_index(self.db, cache_kib=REBUILD_CACHE_KIB)
                logger.info("local search index rebuilt in %.1f s", time.monotonic() - started)

    def release_memory(self) -> None:
        """Empty the page caches a first sync filled (the writer's and the calling thread's)."""
        self.db.release_memory()

    def apply_changes(
        self, entity: str, items: list[dict[str, Any]], deleted: Iterable[str], cursor: str | None
    ) -> None:
        """Store one page of an entity's delta feed and its new cursor, atomically."""
        self.apply_all({entity: {"items": items, "deleted": list(deleted)}}, cursor, cursor_key=entity)

    def apply_all(
        self, changes: dict[str, dict[str, Any]], cursor: str | None, *, cursor_key: str = "*", first: bool = False
    ) -> None:
        """Store one page of the global delta feed (``{entity: {"items", "deleted"}}``) and its
        cursor in one transaction; entities the store does not mirror are ignored.

        Not fsynced (after a power cut the lost pages are pulled again: the cursor is in the same
        transaction). ``first`` (the first sync into a new store): no phone-row cleanup.
        """
        with self.db.write(durable=False) as conn:
            for entity, delta in changes.items():
                if entity in ENTITIES:
                    self._apply(
                        conn, entity, delta.get("items") or [], delta.get("deleted") or [], first, delta.get("texts")
                    )
            conn.execute(
                "INSERT OR REPLACE INTO cursors (entity, cursor, synced_at) VALUES (?, ?, ?)",
                (cursor_key, cursor, outbox.now_iso()),
            )

    def _apply(
        self,
        conn: sqlite3.Connection,
        entity: str,
        items: list[dict[str, Any]],
        deleted: Iterable[str],
        first: bool = False,
        texts: list[str] | None = None,
    ) -> None:
        """``texts``: the items' JSON texts as received (stored as they are unless local edits apply)."""
        pending = outbox.records_with_pending(conn, entity)
        views: list[dict[str, Any]] = []
        view_texts: list[str | None] = []
        dropped: list[str] = []
        for position, item in enumerate(items):
            if item["id"] not in pending:
                views.append(item)
                view_texts.append(texts[position] if texts is not None else None)
                continue
            view = _with_pending(conn, entity, item)
            if view is None:
                dropped.append(item["id"])
            else:
                views.append(view)
                view_texts.append(None)
        put_many(conn, entity, views, self.phones, replace_phones=not first, texts=view_texts)
        delete_many(conn, entity, [i for i in deleted if i not in pending] + dropped)

    def reset_cursors(self) -> None:
        """Start over from the server (a new or restored server database, or a refused cursor):
        forget every delta cursor and every mirrored record without local edits waiting in the
        outbox; the next pull fetches everything again."""
        with self.db.write(durable=False) as conn:
            conn.execute("DELETE FROM cursors")
            for entity in ENTITIES:
                conn.execute(
                    f"DELETE FROM {entity} WHERE id NOT IN (SELECT record_id FROM outbox"
                    " WHERE entity = ? AND state = 'pending')",
                    (entity,),
                )
            conn.execute("DELETE FROM phones WHERE customer_id NOT IN (SELECT id FROM customers)")

    def prune_history(self, before_iso: str) -> int:
        """Drop contact-history events that happened before ``before_iso`` (the store keeps recent
        history only; the CRM keeps all of it), except those with edits still to send."""
        with self.db.write(durable=False) as conn:
            cur = conn.execute(
                "DELETE FROM contacts WHERE json_extract(data, '$.occurred_at') < ? AND id NOT IN"
                " (SELECT record_id FROM outbox WHERE entity = 'contacts' AND state = 'pending')",
                (before_iso,),
            )
            return cur.rowcount

    def bulk_load(self, entity: str, records: Iterable[dict[str, Any]], *, fresh: bool = False) -> int:
        """Fast fill (benchmarks): no fsync per page."""
        with self.db.write(durable=False) as conn:
            return put_many(conn, entity, records, self.phones, replace_phones=not fresh)

    def complete(self, item: OutboxItem, server: dict[str, Any] | None) -> None:
        """The server accepted ``item`` (``server`` = the record it returned, if any)."""
        with self.db.write(durable=False) as conn:
            outbox.remove(conn, item)
            if server is None:
                return
            outbox.rebase_following(conn, item, item.base_version, int(server.get("version") or 0))
            if item.entity == "orders":
                local = get_one(conn, "orders", item.record_id)
                old = local.get("number") if local else None
                if old and old != server.get("number"):
                    conn.execute(
                        "INSERT OR REPLACE INTO aliases (entity, alias, id) VALUES (?, ?, ?)",
                        ("orders", old, item.record_id),
                    )
            self._store_view(conn, item.entity, server)

    def retarget(self, item: OutboxItem, current: dict[str, Any]) -> tuple[OutboxItem | None, list[FieldConflict]]:
        """Handle a 412 for ``item`` given the server's ``current`` record.

        Updates are merged field by field (:func:`crm.merge.merge_patch`): what merges cleanly is
        re-queued against ``current``'s version under a new key; real conflicts go to the conflicts
        table. Actions are re-sent against the new version (the server checks the state machine).
        A delete of a record someone changed meanwhile becomes a conflict. Returns the item to send
        next (None when nothing is left to send) and the conflicts recorded.
        """
        version = int(current.get("version") or 0)
        conflicts: list[FieldConflict] = []
        with self.db.write(durable=False) as conn:
            if item.op == outbox.UPDATE:
                result = merge_patch(item.base, item.body, current)
                conflicts = result.conflicts
                nxt = None
                if result.patch:
                    base = {k: current.get(k) for k in result.patch}
                    nxt = outbox.replace(conn, item, result.patch, base, version)
                else:
                    outbox.remove(conn, item)
            elif item.op == outbox.ACTION:
                nxt = outbox.replace(conn, item, item.body, item.base, version)
            else:
                conflicts = [FieldConflict("*", item.base, None, current)]
                outbox.remove(conn, item)
                nxt = None
            for c in conflicts:
                self._add_conflict(conn, item, c.path, c.base, c.local, c.remote, "changed on the server")
            self._store_view(conn, item.entity, current)
        return nxt, conflicts

    def reject(self, item: OutboxItem, error: str, current: dict[str, Any] | None) -> None:
        """The server refused ``item`` for good (422, 409, 404, 403): keep it visible to the agent as
        a conflict, stop sending it, and show the server's copy again when there is one."""
        with self.db.write(durable=False) as conn:
            outbox.mark_failed(conn, item, error)
            self._add_conflict(conn, item, "*", item.base or None, item.body, current, error)
            if current is not None:
                self._store_view(conn, item.entity, current)

    def note_attempt(self, item: OutboxItem, error: str) -> None:
        """A delivery attempt failed in a way worth retrying (network, 5xx)."""
        with self.db.write(durable=False) as conn:
            outbox.note_attempt(conn, item, error)

    def _store_view(self, conn: sqlite3.Connection, entity: str, server: dict[str, Any]) -> None:
        view = _with_pending(conn, entity, server)
        if view is None:
            delete_many(conn, entity, [server["id"]])
        else:
            put_many(conn, entity, [view], self.phones)

    @staticmethod
    def _add_conflict(
        conn: sqlite3.Connection, item: OutboxItem, path: str, base: Any, local: Any, remote: Any, detail: str
    ) -> None:
        conn.execute(
            "INSERT INTO conflicts (entity, record_id, field, base, local, remote, detail, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (item.entity, item.record_id, path, dumps(base), dumps(local), dumps(remote), detail, outbox.now_iso()),
        )
