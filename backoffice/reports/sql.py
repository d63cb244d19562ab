"""Dialect-neutral SQL expressions for the reports (SQLite and PostgreSQL give the same answers).

Times are compared and subtracted as whole milliseconds since the epoch (:class:`EpochMs`): SQLite
keeps a time as text and its ``julianday`` rounds it to the millisecond (half up); PostgreSQL's
microseconds are rounded the same way. Every duration of a report is therefore exact to the
millisecond, and the same, on both.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import BigInteger, func, select, tuple_
from sqlalchemy.engine import Connection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

logger = logging.getLogger(__name__)


class EpochMs(FunctionElement[int]):
    """Milliseconds since 1970-01-01 UTC of a ``UtcDateTime`` column (NULL stays NULL)."""

    type = BigInteger()
    name = "epoch_ms"
    inherit_cache = True


@compiles(EpochMs, "sqlite")
def _epoch_ms_sqlite(element: EpochMs, compiler: SQLCompiler, **kw: Any) -> str:
    arg = compiler.process(element.clauses, **kw)
    return f"CAST(ROUND((julianday({arg}) - 2440587.5) * 86400000.0) AS INTEGER)"


@compiles(EpochMs)
def _epoch_ms_default(element: EpochMs, compiler: SQLCompiler, **kw: Any) -> str:
    # date_part's double (not EXTRACT's slow numeric) is exact to the microsecond (< 2**53): rounded to
    # whole microseconds, then to the millisecond half up in integers, as SQLite's julianday does
    arg = compiler.process(element.clauses, **kw)
    return f"((CAST(ROUND(date_part('epoch', {arg}) * 1000000) AS BIGINT) + 500) / 1000)"


class Least(FunctionElement[int]):
    """The smallest of its (integer) arguments: ``min(a, b)`` on SQLite, ``LEAST`` elsewhere."""

    type = BigInteger()
    name = "least"
    inherit_cache = True


class Greatest(FunctionElement[int]):
    """The largest of its (integer) arguments: ``max(a, b)`` on SQLite, ``GREATEST`` elsewhere."""

    type = BigInteger()
    name = "greatest"
    inherit_cache = True


@compiles(Least, "sqlite")
def _least_sqlite(element: Least, compiler: SQLCompiler, **kw: Any) -> str:
    return f"min({compiler.process(element.clauses, **kw)})"


@compiles(Greatest, "sqlite")
def _greatest_sqlite(element: Greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"


@compiles(Least)
def _least_default(element: Least, compiler: SQLCompiler, **kw: Any) -> str:
    return f"LEAST({compiler.process(element.clauses, **kw)})"


@compiles(Greatest)
def _greatest_default(element: Greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"GREATEST({compiler.process(element.clauses, **kw)})"


def pairs_in(
    conn: Connection, columns: tuple[ColumnElement[Any], ColumnElement[Any]], pairs: Sequence[tuple[Any, Any]]
) -> ColumnElement[bool]:
    """``columns`` (the leading two of an index, in its order) IN ``pairs``, found on that index by both
    databases. SQLite reads a row-value IN list by scanning the whole table (a million quarter hours of
    calls: 0.2 s a statement); it searches the index for the rows of a subquery, here a JSON array read
    by ``json_each``. PostgreSQL searches the index for the list."""
    if conn.dialect.name != "sqlite":
        return tuple_(*columns).in_(list(pairs))
    rows = func.json_each(json.dumps([list(pair) for pair in pairs])).table_valued("value")
    return tuple_(*columns).in_(select(rows.c.value.op("->>")(0), rows.c.value.op("->>")(1)))
