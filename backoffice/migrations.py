"""Schema versions of the back-office database and the steps between them.

A new database gets every table at the current version. An existing one is brought up to date step by
step when the server (or the seeder) opens it, each step in its own transaction, and the version is kept
in the ``counters`` table (row :data:`COUNTER_SCHEMA`). A database newer than this server is refused:
an older server must not write records it does not fully understand.

To change a table: change :mod:`backoffice.tables` (what a new database gets) and append a step here
that brings an existing database to the same shape.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import Column, Text, inspect, select, update
from sqlalchemy.engine import Connection

from backoffice import tables as t

logger = logging.getLogger(__name__)

COUNTER_SCHEMA = 3


class SchemaTooNew(RuntimeError):
    """The database was written by a newer back office."""


def _add_column(conn: Connection, table: str, column: Column[Any]) -> None:
    present = {c["name"] for c in inspect(conn).get_columns(table)}
    if column.name in present:
        return
    kind = column.type.compile(dialect=conn.dialect)
    conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column.name} {kind}")


def _feed_documents(conn: Connection) -> None:
    """1 → 2: ``feed_doc`` on every record table (filled afterwards by backoffice.documents)."""
    for table in t.metadata.sorted_tables:
        if "feed_doc" in table.c and inspect(conn).has_table(table.name):
            _add_column(conn, table.name, Column("feed_doc", Text, nullable=True))


#: Step ``i`` brings a database from version ``i + 1`` to ``i + 2``.
STEPS: tuple[Callable[[Connection], None], ...] = (_feed_documents,)
CURRENT = len(STEPS) + 1


def stored_version(conn: Connection) -> int | None:
    """The schema version recorded in the database (None: not recorded: version 1, or empty)."""
    value = conn.execute(select(t.counters.c.value).where(t.counters.c.id == COUNTER_SCHEMA)).scalar()
    return None if value is None else int(value)


def upgrade(engine: object, *, fresh: bool) -> int:
    """Bring the database of ``engine`` to :data:`CURRENT` (``fresh``: its tables were just created
    at the current shape). Returns the version it had before."""
    with engine.begin() as conn:  # type: ignore[attr-defined]
        version = stored_version(conn)
        if version is None:
            version = CURRENT if fresh else 1
            conn.execute(t.counters.insert().values(id=COUNTER_SCHEMA, value=version))
    if version > CURRENT:
        raise SchemaTooNew(
            f"the database has schema version {version}; this back office knows up to {CURRENT}."
            " Update the back office."
        )
    before = version
    while version < CURRENT:
        with engine.begin() as conn:  # type: ignore[attr-defined]
            STEPS[version - 1](conn)
            version += 1
            conn.execute(update(t.counters).where(t.counters.c.id == COUNTER_SCHEMA).values(value=version))
        logger.info("back-office database upgraded to schema version %d", version)
    return before
