"""Serialised records shared between delta pulls.

Every agent's pull returns the same changed records, so each record version is turned into JSON once
and the text is reused for every other agent (keyed by collection, id and change sequence, which
changes whenever the record does). Bounded LRU; one per server process.
"""
from __future__ import annotations

import json
import logging
import threading
from collections import OrderedDict
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

logger = logging.getLogger(__name__)

DELETED = None  # cache value for a tombstone


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # one encoder for every record


def to_json(value: Any) -> str:
    return _ENCODE(value)


class FragmentCache:
    """(collection, id, change_seq) → the record's JSON text, or ``DELETED`` for a tombstone."""

    def __init__(self, size: int = 50000) -> None:
        self._items: OrderedDict[tuple[str, str, int], str | None] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get_many(self, keys: list[tuple[str, str, int]]) -> dict[tuple[str, str, int], str | None]:
        found = {}
        with self._lock:
            for key in keys:
                if key in self._items:
                    self._items.move_to_end(key)
                    found[key] = self._items[key]
        return found

    def put_many(self, entries: dict[tuple[str, str, int], str | None]) -> None:
        with self._lock:
            self._items.update(entries)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def fragments(self, conn: Connection, resources: dict[str, Any],
                  positions: list[tuple[int, str, str]]) -> dict[str, tuple[list[str], list[str]]]:
        """Per collection: (item JSON texts, deleted ids) for ``positions`` (seq, collection, id), in
        change order. Records missing from the cache are read and serialised once."""
        keys = [(name, record_id, seq) for seq, name, record_id in positions]
        cached = self.get_many(keys)
        missing: dict[str, list[str]] = {}
        for key in keys:
            if key not in cached:
                missing.setdefault(key[0], []).append(key[1])
        fresh: dict[tuple[str, str, int], str | None] = {}
        latest: dict[tuple[str, str], tuple[int, str | None]] = {}
        for name, ids in missing.items():
            resource = resources[name]
            rows = []
            for start in range(0, len(ids), 500):
                rows += conn.execute(select(resource.table).where(resource.table.c.id.in_(ids[start:start + 500]))).all()
            tombstones = [row for row in rows if resource.has_tombstones and row.deleted]
            live = [row for row in rows if not (resource.has_tombstones and row.deleted)]
            for row, data in zip(live, resource.dump(conn, live)):
                fresh[(name, row.id, row.change_seq)] = to_json(data)
                latest[(name, row.id)] = (row.change_seq, fresh[(name, row.id, row.change_seq)])
            for row in tombstones:
                fresh[(name, row.id, row.change_seq)] = DELETED
                latest[(name, row.id)] = (row.change_seq, DELETED)
        self.put_many(fresh)
        out: dict[str, tuple[list[str], list[str]]] = {}
        for key in keys:
            name, record_id, _ = key
            if key in cached:
                text = cached[key]
            elif key in fresh:
                text = fresh[key]
            elif (name, record_id) in latest:  # changed again since the positions were read: newer state
                text = latest[(name, record_id)][1]
            else:
                continue
            items, deleted = out.setdefault(name, ([], []))
            if text is DELETED:
                deleted.append(record_id)
            else:
                items.append(text)
        return out
