"""Reading one page of the global delta feed: which changes come next, then their JSON texts.

A page is every change with a sequence in ``(after, last]``, across the collections the user may read.
Two queries find it:

1. *The cut*: the next ``limit + 1`` change sequences over all those collections, with the name of the
   collection of each. It reads only the ``change_seq`` indexes (no table rows), so it is cheap even
   when a first sync asks for 5,000 at a time. ``last`` is the ``limit``-th; one more means ``has_more``.
2. *The records*: per collection that has changes in the page, one range scan of its ``change_seq``
   index returning the stored JSON documents (:mod:`backoffice.documents`), in change order.

Both run in the caller's read transaction, so they see the same snapshot. A row with no document yet
(a database from before documents existed, until the background fill reaches it) gets its read model
built on the spot. Statements are built once per (role, collections) and reused, the user's id a bound
parameter: building one costs more than running it, and 500 desktops reconnecting at once after a server
restart would otherwise each pay for their own.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from sqlalchemy import BindParameter, bindparam, literal, select, union_all
from sqlalchemy.engine import Connection, Row

from backoffice.db import COUNTER_CHANGES, read_counter
from backoffice.documents import document_texts

logger = logging.getLogger(__name__)


class _Statements:
    """A bounded LRU of built statements."""

    def __init__(self, size: int) -> None:
        self._items: OrderedDict[tuple[object, ...], Any] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...], build: Callable[[], Any]) -> Any:
        with self._lock:
            stmt = self._items.get(key)
            if stmt is not None:
                self._items.move_to_end(key)
                return stmt
        stmt = build()
        with self._lock:
            self._items[key] = stmt
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return stmt


# the signed-in user's id in "own only" conditions: one statement serves everyone
_ME: BindParameter[Any] = bindparam("me")


class FeedReader:
    """Pages of the delta feed (one per server process; thread-safe)."""

    def __init__(self, size: int = 4096) -> None:
        self._statements = _Statements(size)

    def _cut_statement(self, resources: list[Any], user: Any) -> Any:
        parts = []
        for resource in resources:
            table = resource.table
            part = select(table.c.change_seq.label("seq"), literal(resource.name).label("entity")).where(
                table.c.change_seq > bindparam("after")
            )
            if resource.owns_only(user):
                part = part.where(resource.own_clause(_ME))
            sub = part.order_by(table.c.change_seq).limit(bindparam("more")).subquery()
            parts.append(select(sub.c.seq, sub.c.entity))
        merged = union_all(*parts).subquery()
        return select(merged).order_by(merged.c.seq).limit(bindparam("more"))

    def _range_statement(self, resource: Any, user: Any) -> Any:
        table = resource.table
        columns = [table.c.id, table.c.change_seq, table.c.feed_doc]
        if resource.has_tombstones:
            columns.append(table.c.deleted)
        stmt = select(*columns).where(table.c.change_seq > bindparam("after"), table.c.change_seq <= bindparam("last"))
        if resource.owns_only(user):
            stmt = stmt.where(resource.own_clause(_ME))
        return stmt.order_by(table.c.change_seq)

    def page(
        self, conn: Connection, resources: list[Any], user: Any, after: int, limit: int
    ) -> tuple[dict[str, tuple[list[str], list[str]]], int, bool]:
        """Per collection name: (item JSON texts, deleted ids) of the changes after ``after``, at most
        ``limit`` in all; then the page's last sequence (the next cursor) and whether more follow."""
        if not resources or read_counter(conn, COUNTER_CHANGES) <= after:
            return {}, after, False  # nothing changed anywhere: one cheap query
        key = ("cut", user.role, tuple(r.name for r in resources))
        cut = self._statements.get(key, lambda: self._cut_statement(resources, user))
        found = conn.execute(cut, {"after": after, "more": limit + 1, "me": user.id}).all()
        if not found:
            return {}, after, False
        has_more = len(found) > limit
        found = found[:limit]
        last = found[-1][0]
        by_name = {r.name: r for r in resources}
        out = {}
        for name in dict.fromkeys(row[1] for row in found):
            resource = by_name[name]
            stmt = self._statements.get(
                ("range", name, resource.owns_only(user)),
                partial(self._range_statement, resource, user),
            )
            out[name] = _texts(conn, resource, conn.execute(stmt, {"after": after, "last": last, "me": user.id}).all())
        return out, last, has_more


def _texts(conn: Connection, resource: Any, rows: Sequence[Row[Any]]) -> tuple[list[str], list[str]]:
    """(JSON texts of the live rows, ids of the tombstones), in the rows' order."""
    items: list[str] = []
    deleted: list[str] = []
    undone: dict[int, str] = {}
    for row in rows:
        if resource.has_tombstones and row.deleted:
            deleted.append(row.id)
        elif row.feed_doc:
            items.append(row.feed_doc)
        else:
            undone[len(items)] = row.id
            items.append("")
    if undone:  # no document yet: build these read models now
        table = resource.table
        full = conn.execute(select(table).where(table.c.id.in_(list(undone.values())))).all()
        made = dict(zip((r.id for r in full), document_texts(conn, resource, full)))
        for position, record_id in undone.items():
            items[position] = made.get(record_id, "")
        items = [text for text in items if text]
    return items, deleted
