"""Report rows kept encoded between requests, so that a report asked again (a supervisor refreshing a
month by the hour and agent, a wallboard polling) derives and encodes only the cells whose sums
changed — in practice the open hour — instead of every cell of the period.

A row is reused only when its cell's raw sums are the same as when it was encoded: the cache holds,
per cell, a fingerprint of the sums (the hash of their items, 64 bits) with the row's label and JSON,
and every request still reads the sums from the database. Nothing is ever invalidated: a late call
log, a cancelled order or a changed threshold changes the sums (or the shape below), and the row is
derived again. Rows are grouped by shape (every setting, and the grouping and interval, that an
encoded row depends on; the period and filters are not: a row is the same in any report that has
its cell); the least recently used shapes are dropped when the cache holds more than ``max_rows``
rows (about 1 KB each).
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Hashable, Mapping
from typing import Any

logger = logging.getLogger(__name__)

MAX_ROWS = 60_000
"""Rows kept (about 60 MB): twice a month of hours for 100 agents."""

Rows = dict[tuple[str | None, str], tuple[int, str, bytes]]
"""(bucket start, group key) → (fingerprint of the sums, label, the row's JSON)."""


def fingerprint(sums: Mapping[str, Any]) -> int:
    """The hash of a cell's sums: their names and values in their order (the same query gives them
    in the same order; a different order only costs a row derived again). Not-ready time by reason is
    a nested mapping, hashed by its sorted items."""
    reasons = sums.get("not_ready_by_reason")
    if reasons is None:
        return hash((tuple(sums), tuple(sums.values())))
    values = tuple(value for value in sums.values() if value is not reasons)
    return hash((tuple(sums), values, tuple(sorted(reasons.items()))))


class RowCache:
    """Encoded rows by shape; thread-safe (a shape's rows are replaced whole, under the lock)."""

    def __init__(self, max_rows: int = MAX_ROWS) -> None:
        self.max_rows = max_rows
        self._shapes: OrderedDict[Hashable, Rows] = OrderedDict()
        self._lock = threading.Lock()

    def rows(self, shape: Hashable) -> Rows:
        """The rows kept for ``shape`` (empty when none; read only: :meth:`keep` replaces them)."""
        with self._lock:
            rows = self._shapes.get(shape)
            if rows is None:
                return {}
            self._shapes.move_to_end(shape)
            return rows

    def keep(self, shape: Hashable, rows: Rows) -> None:
        """Add ``rows`` to ``shape``'s (a new dict: a report reading the old one is not disturbed; the
        old rows are dropped instead when both would not fit), then drop the least recently used shapes
        beyond :attr:`max_rows`."""
        if len(rows) > self.max_rows:
            return
        with self._lock:
            old = self._shapes.get(shape)
            if old is not None and len(old) + len(rows) <= self.max_rows:
                rows = {**old, **rows}
            self._shapes[shape] = rows
            self._shapes.move_to_end(shape)
            total = sum(len(kept) for kept in self._shapes.values())
            while total > self.max_rows:
                _, dropped = self._shapes.popitem(last=False)
                total -= len(dropped)

    def clear(self) -> None:
        with self._lock:
            self._shapes.clear()
