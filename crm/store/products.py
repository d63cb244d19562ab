"""Product lookup over the local store: by SKU, name or pinyin initials, fast enough to run per key.

:class:`ProductCatalog` keeps an in-memory index of the store's ``products`` table (tens of thousands
of SKUs) and answers :meth:`ProductCatalog.search` without touching SQLite: matches are ranked SKU
exact > SKU prefix > name/initials prefix > anywhere. The pinyin initials of each name are computed
once and remembered in the store (table ``product_initials``), so a restart does not pay for them
again. :meth:`refresh` re-reads the table (call it off the GUI thread, e.g. after a sync changed
products); searching is safe from any thread while a refresh swaps the index in.
"""

from __future__ import annotations

import json
import logging
import threading
from bisect import bisect_right
from dataclasses import dataclass

from crm.pinyin import initials
from crm.records import ProductRecord
from crm.store.db import Database

logger = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS product_initials (
    name     TEXT PRIMARY KEY,
    initials TEXT NOT NULL
) WITHOUT ROWID
"""


@dataclass(frozen=True)
class ProductHit:
    """One product as the order form shows it."""

    id: str
    sku: str
    name: str
    price_cents: int
    stock: int
    category: str = ""
    initials: str = ""
    active: bool = True


class ProductCatalog:
    """In-memory product index over a store (``store.db`` is a :class:`crm.store.db.Database`)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._hits: list[ProductHit] = []
        self._columns = (_Column([]), _Column([]), _Column([]))
        self._by_sku: dict[str, int] = {}
        with db.write() as conn:
            conn.execute(_SCHEMA)

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self) -> int:
        """Re-read the store's products (blocking: call from a worker); returns how many are active."""
        conn = self._db.reader()
        records: list[ProductRecord] = [json.loads(r[0]) for r in conn.execute("SELECT data FROM products")]
        cached = dict(conn.execute("SELECT name, initials FROM product_initials"))
        fresh: dict[str, str] = {}
        hits: list[ProductHit] = []
        for rec in records:
            if not rec.get("active", True):
                continue
            name = str(rec.get("name") or "")
            letters = cached.get(name)
            if letters is None:
                letters = fresh.get(name) or initials(name)
                fresh[name] = letters
            hits.append(
                ProductHit(
                    str(rec["id"]),
                    str(rec.get("sku") or ""),
                    name,
                    int(rec.get("price_cents") or 0),
                    int(rec.get("stock") or 0),
                    str(rec.get("category") or ""),
                    letters,
                    True,
                )
            )
        if fresh:
            with self._db.write() as wconn:
                wconn.executemany(
                    "INSERT OR REPLACE INTO product_initials (name, initials) VALUES (?, ?)", fresh.items()
                )
        hits.sort(key=lambda h: h.sku)
        self.load(hits)
        logger.info("product catalogue: %d active products (%d new initials)", len(hits), len(fresh))
        return len(hits)

    def load(self, hits: list[ProductHit]) -> None:
        """Replace the index with ``hits`` (what :meth:`refresh` does after reading the store)."""
        columns = (
            _Column([h.sku.lower() for h in hits]),
            _Column([h.name.lower() for h in hits]),
            _Column([h.initials for h in hits]),
        )
        by_sku = {h.sku.upper(): i for i, h in enumerate(hits)}
        with self._lock:
            self._hits, self._columns, self._by_sku = hits, columns, by_sku

    def __len__(self) -> int:
        return len(self._hits)

    # -- queries ---------------------------------------------------------------------------------
    def by_sku(self, sku: str) -> ProductHit | None:
        """The active product with exactly this SKU (any case)."""
        index = self._by_sku.get(sku.strip().upper())
        return None if index is None else self._hits[index]

    def search(self, query: str, limit: int = 20) -> list[ProductHit]:
        """Products matching ``query`` in their SKU, name or pinyin initials, best first: exact SKU,
        SKU prefix, name or initials prefix, then anywhere in the name, initials or SKU."""
        q = query.strip().lower().replace("\n", " ")
        if not q or limit <= 0:
            return []
        with self._lock:
            hits, (skus, names, letters), by_sku = self._hits, self._columns, self._by_sku
        found: dict[int, None] = {}
        exact = by_sku.get(q.upper())
        if exact is not None:
            found[exact] = None
        for column, prefix in (
            (skus, True),
            (names, True),
            (letters, True),
            (names, False),
            (letters, False),
            (skus, False),
        ):
            if len(found) >= limit:
                break
            column.find(q, prefix, limit, found)
        return [hits[i] for i in list(found)[:limit]]


class _Column:
    """One text field of every product joined into a single string: ``str.find`` (C speed) does the
    scanning, a bisect over the line starts maps a match back to its product."""

    def __init__(self, values: list[str]) -> None:
        self.text = "\n" + "\n".join(values) + "\n"
        self.starts: list[int] = []
        pos = 1
        for value in values:
            self.starts.append(pos)
            pos += len(value) + 1

    def find(self, q: str, prefix: bool, limit: int, found: dict[int, None]) -> None:
        """Add (in catalogue order) the products whose value starts with / contains ``q``."""
        pattern = "\n" + q if prefix else q
        text, starts = self.text, self.starts
        pos = text.find(pattern) if starts else -1
        while pos >= 0 and len(found) < limit:
            index = bisect_right(starts, pos + 1 if prefix else pos) - 1
            found.setdefault(index, None)
            pos = text.find(pattern, starts[index + 1] if index + 1 < len(starts) else len(text))
