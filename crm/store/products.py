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
from dataclasses import dataclass

from crm.pinyin import initials
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
        self._keys: list[tuple[str, str, str]] = []  # (sku lower, name lower, initials)
        self._by_sku: dict[str, ProductHit] = {}
        with db.write() as conn:
            conn.execute(_SCHEMA)

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self) -> int:
        """Re-read the store's products (blocking: call from a worker); returns how many are active."""
        conn = self._db.reader()
        records = [json.loads(r[0]) for r in conn.execute("SELECT data FROM products")]
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
            hits.append(ProductHit(str(rec["id"]), str(rec.get("sku") or ""), name,
                                   int(rec.get("price_cents") or 0), int(rec.get("stock") or 0),
                                   str(rec.get("category") or ""), letters, True))
        if fresh:
            with self._db.write() as wconn:
                wconn.executemany("INSERT OR REPLACE INTO product_initials (name, initials) VALUES (?, ?)",
                                  fresh.items())
        hits.sort(key=lambda h: h.sku)
        self.load(hits)
        logger.info("product catalogue: %d active products (%d new initials)", len(hits), len(fresh))
        return len(hits)

    def load(self, hits: list[ProductHit]) -> None:
        """Replace the index with ``hits`` (what :meth:`refresh` does after reading the store)."""
        keys = [(h.sku.lower(), h.name.lower(), h.initials) for h in hits]
        by_sku = {h.sku.upper(): h for h in hits}
        with self._lock:
            self._hits, self._keys, self._by_sku = hits, keys, by_sku

    def __len__(self) -> int:
        return len(self._hits)

    # -- queries ---------------------------------------------------------------------------------
    def by_sku(self, sku: str) -> ProductHit | None:
        """The active product with exactly this SKU (any case)."""
        return self._by_sku.get(sku.strip().upper())

    def search(self, query: str, limit: int = 20) -> list[ProductHit]:
        """Products matching ``query`` in their SKU, name or pinyin initials, best first."""
        q = query.strip().lower()
        if not q:
            return []
        with self._lock:
            hits, keys = self._hits, self._keys
        ranked: list[tuple[int, int]] = []
        strong = 0
        for i, (sku, name, letters) in enumerate(keys):
            if q in sku:
                rank = 0 if sku == q else 1 if sku.startswith(q) else 3
            elif q in name or q in letters:
                rank = 2 if name.startswith(q) or letters.startswith(q) else 4
            else:
                continue
            ranked.append((rank, i))
            if rank <= 2:
                strong += 1
                if strong >= limit * 4:  # plenty of good matches: stop scanning
                    break
        ranked.sort()
        return [hits[i] for _rank, i in ranked[:limit]]
