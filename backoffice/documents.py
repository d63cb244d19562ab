"""Feed documents: each record's read model kept as JSON text in its own row (``feed_doc``).

The delta feed sends the same read models to every desktop, and a first sync sends all of them. Building
a read model from its rows (child rows, date formatting, JSON encoding) costs about 60 µs a record, so a
first sync of 100,000 customers (≈ 325,000 records) spent 20 s in the server doing it. Instead, each
write transaction stores the JSON of every record it touched, in the same transaction as the record and
its change sequence (:meth:`backoffice.db.WriteContext.stamp` writes what :meth:`Documents.make` made); the feed
then only reads text.

Rows without a document (written before this existed, or by an older server) are filled by
:func:`fill_missing`: by the seeder, by ``python -m backoffice migrate``, and in the background when the
server starts. Until then the feed builds those records' JSON as it did before, so nothing depends on the
fill having finished.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import and_, bindparam, select, update
from sqlalchemy.engine import Connection, Row

logger = logging.getLogger(__name__)

_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # one encoder for every record


def to_json(value: Any) -> str:
    """Compact JSON text (UTF-8 characters as they are), as every document and feed page is written."""
    return _ENCODE(value)


#: Records per fill transaction: short enough that a request waiting for the write lock barely notices.
FILL_CHUNK = 1000


def document_texts(conn: Connection, resource: Any, rows: Sequence[Row[Any]]) -> list[str]:
    """The document of each of ``rows`` (full rows of ``resource``'s table), built now ("" for a
    tombstone: the feed lists its id as deleted)."""
    live = [row for row in rows if not (resource.has_tombstones and row.deleted)]
    made = iter([to_json(data) for data in resource.dump(conn, live)] if live else [])
    return ["" if resource.has_tombstones and row.deleted else next(made) for row in rows]


class Documents:
    """Which tables keep feed documents, and how their read models are made (table name → resource)."""

    def __init__(self) -> None:
        self._resources: dict[str, Any] = {}

    def register(self, resources: list[Any]) -> None:
        for resource in resources:
            self._resources[resource.table.name] = resource

    def __bool__(self) -> bool:
        return bool(self._resources)

    def resources(self) -> list[Any]:
        return list(self._resources.values())

    def __contains__(self, table_name: str) -> bool:
        return table_name in self._resources

    def maker(self, table_name: str) -> Any:
        """The resource whose read models are ``table_name``'s documents (None: it keeps none)."""
        return self._resources.get(table_name)

    def make(
        self, conn: Connection, touched: list[tuple[Any, str]], known: dict[tuple[str, str], str] | None = None
    ) -> dict[tuple[str, str], str]:
        """The documents of the ``touched`` (table, id) rows as they are now in the caller's
        transaction, by (table name, id); tables without documents are left out. ``known``: documents
        the transaction made already (the read model it answers with), used as they are."""
        by_table: dict[str, list[str]] = {}
        out: dict[tuple[str, str], str] = {}
        for table, row_id in touched:
            if known and (table.name, row_id) in known:
                out[(table.name, row_id)] = known[(table.name, row_id)]
            elif table.name in self._resources:
                by_table.setdefault(table.name, []).append(row_id)
        for name, ids in by_table.items():
            resource = self._resources[name]
            rows = conn.execute(select(resource.table).where(resource.table.c.id.in_(ids))).all()
            out.update(((name, row.id), text) for row, text in zip(rows, document_texts(conn, resource, rows)))
        return out


def _write(conn: Connection, table: Any, rows: Sequence[Row[Any]], texts: list[str]) -> int:
    """Store the documents of rows still at the change sequence they were read at (a concurrent write
    re-stamped the others with documents of their own)."""
    if not rows:
        return 0
    where = and_(table.c.id == bindparam("_id"), table.c.change_seq == bindparam("_seq"), table.c.feed_doc.is_(None))
    result = conn.execute(
        update(table).where(where).values(feed_doc=bindparam("_doc")),
        [{"_id": row.id, "_seq": row.change_seq, "_doc": text} for row, text in zip(rows, texts)],
    )
    return max(0, result.rowcount or 0)


def _fillable(table: Any) -> Any:
    """Rows the fill gives a document: none yet, and on the feed (a row without a change sequence is
    never sent, and :func:`_write` could not match it: it is left alone, not read at every start)."""
    return and_(table.c.feed_doc.is_(None), table.c.change_seq.is_not(None))


def fill_missing(
    db: Any,
    *,
    chunk: int = FILL_CHUNK,
    stop: threading.Event | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> int:
    """Give every row on the feed that has none its document; returns how many were written. Each
    chunk's documents are made outside the write lock and stored in a short write transaction, then the
    fill pauses so that a request waiting for the lock gets it (on SQLite an API write would otherwise
    wait for the whole fill); stops early when ``stop`` is set."""
    from backoffice.db import STEP_PAUSE_S  # here: backoffice.db imports this module

    written = 0
    for resource in db.documents.resources():
        table = resource.table
        after = ""
        while stop is None or not stop.is_set():
            with db.read.connect() as conn:
                rows = conn.execute(
                    select(table).where(_fillable(table), table.c.id > after).order_by(table.c.id).limit(chunk)
                ).all()
                if not rows:
                    break
                texts = document_texts(conn, resource, rows)
            with db.write_lock, db.write.begin() as conn:
                written += _write(conn, table, rows, texts)
            after = rows[-1].id
            if progress is not None:
                progress(resource.name, written)
            time.sleep(STEP_PAUSE_S)
    return written


def fill_in_background(db: Any) -> threading.Thread | None:
    """Start :func:`fill_missing` on a daemon thread when any row lacks its document; the thread
    stops at :attr:`backoffice.db.Database.closing`."""
    with db.read.connect() as conn:
        pending = [
            r.name
            for r in db.documents.resources()
            if conn.execute(select(r.table.c.id).where(_fillable(r.table)).limit(1)).first()
        ]
    if not pending:
        return None

    def run() -> None:
        started = time.monotonic()
        try:
            count = fill_missing(db, stop=db.closing)
        except Exception:
            logger.exception("filling feed documents stopped")
            return
        logger.info("feed documents filled for %d records in %.1f s", count, time.monotonic() - started)

    logger.info("filling feed documents of %s in the background", ", ".join(pending))
    thread = threading.Thread(target=run, name="feed-documents", daemon=True)
    thread.start()
    return thread
