"""A report's sums put together: on PostgreSQL the sources that give one row per cell (interval, group)
— calls, orders, complaints, the presence roll-up's time added up per cell — are joined on the cell in
the database (full outer joins: a cell may have orders and no calls), so that Python reads each cell
once instead of adding up the rows of several queries (SQLite joins them by nested loops: there,
Python adds them up).
Not-ready time comes per reason, from the roll-up's not-ready rows (a few a cell at most: the other
states' time is the roll-up's one row per cell, joined above) and from the history's recent tail: its
rows are added to the cells in Python.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import BigInteger, Select, and_, cast, func, select
from sqlalchemy.engine import Connection

logger = logging.getLogger(__name__)

Sums = dict[str, Any]
PRESENCE_SUMS = ("staffed_ms", "busy_ms", "available_ms", "not_ready_ms")


def together(statements: Sequence[Any]) -> Select[Any]:
    """One row per cell: every statement's sums (0 where a source has none: :func:`crm.kpis.derive`
    counts a missing sum as 0), then bucket and key; each statement gives one row per cell."""
    parts = [s.subquery(f"part{i}") for i, s in enumerate(statements)]
    source: Any = parts[0]
    bucket: Any = parts[0].c.bucket
    key: Any = parts[0].c.key
    for part in parts[1:]:
        source = source.outerjoin(part, and_(part.c.bucket == bucket, part.c.key == key), full=True)
        bucket, key = func.coalesce(bucket, part.c.bucket), func.coalesce(key, part.c.key)
    columns: dict[str, Any] = {}
    for part in parts:
        for column in part.c:
            if column.name not in ("bucket", "key"):
                seen = columns.get(column.name)
                columns[column.name] = func.coalesce(column, 0) if seen is None else seen + func.coalesce(column, 0)
    sums: list[Any] = [cast(c, BigInteger).label(name) for name, c in columns.items()]  # integers, not decimals
    return select(*sums, bucket.label("bucket"), key.label("key")).select_from(source)


def read_cells(conn: Connection, statements: Sequence[Select[Any]]) -> dict[tuple[int, str], Sums]:
    """(interval index, group key) → its sums and ``not_ready_by_reason`` (reason → ms) when it has
    any. The statements giving one row per cell are joined in the database; the rows by not-ready
    reason are added to the cells here."""
    out: dict[tuple[int, str], Sums] = {}
    by_cell = [s for s in statements if "reason" not in s.selected_columns]
    if by_cell and conn.dialect.name == "postgresql":
        result = conn.execute(together(by_cell))
        names = list(result.keys())[:-2]  # zip() below stops before bucket and key
        # plain integers and strings: the driver's tuples, at once (SQLAlchemy's rows cost twice as much)
        for row in result.cursor.fetchall():
            out[(int(row[-2]), row[-1])] = dict(zip(names, row))
        result.close()
    else:  # SQLite joins the sources' rows by nested loops (no index for a full join): added up here
        for statement in by_cell:
            _add(out, conn.execute(statement))
    for statement in statements:
        if "reason" in statement.selected_columns:
            _add_presence(out, statement, conn)
    return out


def _add(out: dict[tuple[int, str], Sums], result: Any) -> None:
    """Rows of (bucket, key, sums...) added into their cells."""
    names = list(result.keys())[2:]
    for row in result.all():
        place = (int(row[0]), row[1])
        values = {name: int(value) for name, value in zip(names, row[2:]) if value is not None}
        sums = out.get(place)
        if sums is None:
            out[place] = values
        else:
            for name, value in values.items():
                sums[name] = sums.get(name, 0) + value


def _add_presence(out: dict[tuple[int, str], Sums], statement: Select[Any], conn: Connection) -> None:
    """The rows of a presence statement (bucket, key, reason, staffed, busy, available, not ready; as
    integers) added into their cells."""
    rows = statement.subquery("presence")
    p = rows.c
    result = conn.execute(select(p.bucket, p.key, p.reason, *(cast(p[name], BigInteger) for name in PRESENCE_SUMS)))
    for bucket, key, reason, staffed, busy, available, not_ready in result.all():
        place = (int(bucket), key)
        sums = out.get(place)
        if sums is None:
            out[place] = sums = {
                "staffed_ms": staffed,
                "busy_ms": busy,
                "available_ms": available,
                "not_ready_ms": not_ready,
            }
        elif "staffed_ms" in sums:
            sums["staffed_ms"] += staffed
            sums["busy_ms"] += busy
            sums["available_ms"] += available
            sums["not_ready_ms"] += not_ready
        else:
            sums.update(staffed_ms=staffed, busy_ms=busy, available_ms=available, not_ready_ms=not_ready)
        if reason:
            reasons = sums.setdefault("not_ready_by_reason", {})
            reasons[reason] = reasons.get(reason, 0) + not_ready
