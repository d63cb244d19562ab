"""Fast bulk loading for the seeder: executemany on SQLite, COPY on PostgreSQL."""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection

from backoffice.db import driver_connection

logger = logging.getLogger(__name__)

FLUSH_ROWS = 20000


def _sqlite_value(value: Any) -> Any:
    kind = value.__class__
    if kind is str or kind is int or value is None:
        return value
    if kind is datetime:
        value = value.astimezone(timezone.utc)
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLAlchemy's SQLite DATETIME storage format
    if kind is bool:
        return int(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _pg_value(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


class BulkWriter:
    """Buffers rows per table and writes them in large batches on ``conn``."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        self.buffers: dict[str, tuple[Table, list[str], list[tuple[Any, ...]]]] = {}
        self.counts: dict[str, int] = {}

    def add(self, table: Table, row: dict[str, Any]) -> None:
        entry = self.buffers.get(table.name)
        if entry is None:
            entry = (table, list(row), [])
            self.buffers[table.name] = entry
        convert = _sqlite_value if self.sqlite else _pg_value
        entry[2].append(tuple(convert(row[c]) for c in entry[1]))
        if len(entry[2]) >= FLUSH_ROWS:
            self.flush()

    def _flush(self, name: str) -> None:
        table, columns, rows = self.buffers[name]
        if not rows:
            return
        cols = ", ".join(columns)
        if self.sqlite:
            marks = ", ".join("?" for _ in columns)
            self.conn.exec_driver_sql(f"INSERT INTO {name} ({cols}) VALUES ({marks})", rows)
        else:
            raw = driver_connection(self.conn.connection)
            with raw.cursor() as cur, cur.copy(f"COPY {name} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        self.counts[name] = self.counts.get(name, 0) + len(rows)
        rows.clear()

    def flush(self) -> None:
        """Write every buffered row, parents first (tables were first seen in dependency order)."""
        for name in list(self.buffers):
            self._flush(name)
