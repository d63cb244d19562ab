"""Search index of the local store: flat, indexed columns kept in step with the records by triggers.

The store keeps each record as JSON (``data``). Searching a million customers by city, VIP level and
tag needs real columns and indexes, so this module adds side tables filled by SQLite triggers on the
``customers``, ``orders`` and ``complaints`` tables: every write path (local edits, the sync engine's
pulls, bulk loads) keeps them current in the same transaction, without any change to the writers.
Times are stored as ``YYYY-MM-DD HH:MM:SS.SSS`` UTC text (SQLite's ``strftime('%f')``), so they sort
and compare correctly whatever fraction of a second the server sent.

A customer's place (province, city, district) is a row of the small ``search_places`` and the customer
keeps its id: a city or region condition (a prefix of any of the three) becomes a short list of place
ids, each one a seek into an index that goes on with the next conditions (follow-up and call window, or
the VIP level) instead of a range over every customer of the region. Place rows are never deleted: one
that nobody has any more only costs an empty seek.

:func:`ensure_search_index` creates the tables and triggers once per store file and indexes the rows
that were already there (recorded in the store's ``meta`` table). A first sync suspends the index
(:func:`suspend_search_index`) and rebuilds it in one pass when done: set-based, several times faster
than a trigger per record.
"""

from __future__ import annotations

import logging
import sqlite3

logger = logging.getLogger(__name__)

INDEX_VERSION = "4"
_META_KEY = "search_index_version"
_SUSPENDED = "suspended"
#: SQLite page cache (KiB) while the index is built over a whole store
BUILD_CACHE_KIB = 262144
_T = "strftime('%Y-%m-%d %H:%M:%f', {})"


def _j(path: str, row: str = "NEW") -> str:
    return f"json_extract({row}.data, '$.{path}')"


#: a customer's place (province, city, district): one row of ``search_places`` per distinct place
_PLACE = tuple(f"coalesce({_j('address.' + part)}, '')" for part in ("province", "city", "district"))
_PLACE_ID = "(SELECT id FROM search_places WHERE province = {} AND city = {} AND district = {})".format(*_PLACE)
_CUSTOMER_VALUES = ", ".join(
    (
        "NEW.id",
        _j("name"),
        f"lower(coalesce({_j('name_initials')}, ''))",
        _PLACE_ID,
        f"coalesce({_j('vip_level')}, 0)",
        f"coalesce({_j('preferences.accepts_samples')}, 0)",
        f"coalesce({_j('preferences.follow_up_opt_in')}, 0)",
        f"coalesce({_j('preferences.call_window')}, 'anytime')",
        _T.format(_j("last_contact_at")),
        _T.format(_j("created_at")),
        "coalesce((SELECT '|' || group_concat(value, '|') || '|' FROM json_each(NEW.data, '$.tags')"
        " WHERE type = 'text'), '')",
    )
)

#: The searched columns of ``search_customers``. Every index of it carries all of them (each condition is
#: checked inside the index, no row is read): its key columns first, then the others in this order. The
#: keys: the place then the flags or the VIP level (city, region), the VIP level, the pinyin initials
#: (a name), the creation time (display order when little else narrows the search). ``ix_sc_latin``
#: holds only the names with a Latin letter: the only ones a text with such a letter can be part of.
_COLUMNS = (
    "place",
    "vip",
    "samples",
    "follow_up",
    "call_window",
    "initials",
    "last_contact",
    "created",
    "tags",
    "name",
)


def _covering(name: str, *keys: str) -> str:
    columns = [*keys, *(c for c in _COLUMNS if c not in keys)]
    return f"CREATE INDEX IF NOT EXISTS {name} ON search_customers({', '.join(columns)});"


_TABLES = f"""
CREATE TABLE IF NOT EXISTS search_places (
    id INTEGER PRIMARY KEY, province TEXT NOT NULL, city TEXT NOT NULL, district TEXT NOT NULL,
    UNIQUE (province, city, district)
);
CREATE INDEX IF NOT EXISTS ix_sp_city ON search_places(city);
CREATE INDEX IF NOT EXISTS ix_sp_district ON search_places(district);
CREATE TABLE IF NOT EXISTS search_customers (
    id TEXT NOT NULL UNIQUE, name TEXT, initials TEXT, place INTEGER, vip INTEGER, samples INTEGER,
    follow_up INTEGER, call_window TEXT, last_contact TEXT, created TEXT, tags TEXT
);
{_covering("ix_sc_place", "place", "follow_up", "call_window")}
{_covering("ix_sc_place_vip", "place", "vip", "samples")}
{_covering("ix_sc_vip", "vip", "samples", "follow_up", "call_window")}
{_covering("ix_sc_initials", "initials")}
{_covering("ix_sc_created", "created")}
CREATE INDEX IF NOT EXISTS ix_sc_latin ON search_customers(name) WHERE lower(name) != upper(name);
CREATE TABLE IF NOT EXISTS search_orders (
    id TEXT PRIMARY KEY, customer_id TEXT, created TEXT, status TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_so_customer ON search_orders(customer_id, created);
CREATE INDEX IF NOT EXISTS ix_so_created ON search_orders(created);
CREATE TABLE IF NOT EXISTS search_order_lines (
    order_id TEXT NOT NULL, sku TEXT NOT NULL, customer_id TEXT, PRIMARY KEY (order_id, sku)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_sl_sku ON search_order_lines(sku, customer_id);
CREATE TABLE IF NOT EXISTS search_complaints (
    id TEXT PRIMARY KEY, customer_id TEXT, status TEXT, due TEXT, severity TEXT, created TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_scp_status ON search_complaints(status, customer_id);
CREATE INDEX IF NOT EXISTS ix_scp_customer ON search_complaints(customer_id);
CREATE TABLE IF NOT EXISTS saved_searches (
    name TEXT PRIMARY KEY, conditions TEXT NOT NULL, updated_at TEXT NOT NULL
);
"""

#: A new place gets its row. An upsert clause, not INSERT OR IGNORE: inside a trigger the OR clause of
#: the statement that fired it wins, and the store's INSERT OR REPLACE would renumber the place.
_ADD_PLACE = "INSERT INTO search_places (province, city, district) VALUES ({}, {}, {}) ON CONFLICT DO NOTHING".format(
    *_PLACE
)
_CUSTOMER_BODY = f"""
    {_ADD_PLACE};
    INSERT OR REPLACE INTO search_customers (id, name, initials, place, vip, samples, follow_up, call_window,
        last_contact, created, tags) VALUES ({_CUSTOMER_VALUES});
"""
_ORDER_BODY = f"""
    INSERT OR REPLACE INTO search_orders (id, customer_id, created, status)
        VALUES (NEW.id, NEW.customer_id, {_T.format(_j("created_at"))}, {_j("status")});
    DELETE FROM search_order_lines WHERE order_id = NEW.id;
    INSERT OR IGNORE INTO search_order_lines (order_id, sku, customer_id)
        SELECT NEW.id, json_extract(value, '$.sku'), NEW.customer_id FROM json_each(NEW.data, '$.lines')
        WHERE json_extract(value, '$.sku') IS NOT NULL;
"""
_COMPLAINT_BODY = f"""
    INSERT OR REPLACE INTO search_complaints (id, customer_id, status, due, severity, created)
        VALUES (NEW.id, NEW.customer_id, coalesce({_j("status")}, 'open'), {_T.format(_j("due_at"))}, {_j("severity")},
                {_T.format(_j("created_at"))});
"""
_DELETES = {
    "customers": "DELETE FROM search_customers WHERE id = OLD.id;",
    "orders": "DELETE FROM search_orders WHERE id = OLD.id; DELETE FROM search_order_lines WHERE order_id = OLD.id;",
    "complaints": "DELETE FROM search_complaints WHERE id = OLD.id;",
}
_SIDE_TABLES = (
    "search_customers",
    "search_places",
    "search_tags",
    "search_orders",
    "search_order_lines",
    "search_complaints",
)
_BODIES = {"customers": _CUSTOMER_BODY, "orders": _ORDER_BODY, "complaints": _COMPLAINT_BODY}


def _triggers() -> str:
    out = []
    for table, body in _BODIES.items():
        out.append(f"CREATE TRIGGER IF NOT EXISTS trg_search_{table}_ins AFTER INSERT ON {table} BEGIN {body} END;")
        out.append(
            f"CREATE TRIGGER IF NOT EXISTS trg_search_{table}_upd AFTER UPDATE OF data ON {table} BEGIN {body} END;"
        )
        out.append(
            f"CREATE TRIGGER IF NOT EXISTS trg_search_{table}_del AFTER DELETE ON {table} BEGIN {_DELETES[table]} END;"
        )
    return "\n".join(out)


def _statements(script: str) -> list[str]:
    """Split a script into complete statements (trigger bodies hold semicolons of their own)."""
    out: list[str] = []
    buf = ""
    for part in script.split(";"):
        buf += part + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n;"):
                out.append(buf.strip())
            buf = ""
    return out


def _backfill(conn: sqlite3.Connection) -> None:
    """Index the rows stored before the triggers existed: each insert trigger's statements run once
    over the whole table (set-based, so a million customers take seconds, not minutes); the places
    first, in one pass."""
    conn.execute(
        "INSERT INTO search_places (province, city, district)"
        f" SELECT DISTINCT {', '.join(_PLACE)} FROM customers AS n".replace("NEW.", "n.")
    )
    for table, body in _BODIES.items():
        for sql in (s.strip() for s in body.split(";")):
            if sql.startswith("DELETE") or sql == _ADD_PLACE or not sql:
                continue
            if "VALUES (" in sql:
                sql = sql.replace("VALUES (", "SELECT ", 1).rstrip()[:-1] + f" FROM {table} AS n"
            else:
                sql = sql.replace("FROM json_each(", f"FROM {table} AS n, json_each(", 1)
            conn.execute(sql.replace("NEW.", "n."))


def suspend_search_index(db: object) -> bool:
    """Stop maintaining the search index (a first sync is about to write a whole CRM: the triggers
    would triple its time). Returns False when there is no index to suspend. Until
    :func:`ensure_search_index` runs again the store is marked as not indexed, so a crash in
    between rebuilds the index at the next start, and a search opened meanwhile rebuilds it at once."""
    with db.write(durable=False) as conn:  # type: ignore[attr-defined]
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (_META_KEY,)).fetchone()
        if not row or row[0] != INDEX_VERSION:
            return False
        for table in _BODIES:
            for kind in ("ins", "upd", "del"):
                conn.execute(f"DROP TRIGGER IF EXISTS trg_search_{table}_{kind}")
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_META_KEY, _SUSPENDED))
    logger.info("local search index suspended for a full sync")
    return True


def ensure_search_index(db: object, *, cache_kib: int = BUILD_CACHE_KIB) -> None:
    """Create the search tables and triggers in the store ``db`` (a crm.store.db.Database) once
    (``cache_kib``: SQLite page cache while indexing what the store already holds)."""
    reader = db.reader()  # type: ignore[attr-defined]
    try:
        row = reader.execute("SELECT value FROM meta WHERE key = ?", (_META_KEY,)).fetchone()
    except sqlite3.OperationalError:
        row = None
    if row and row[0] == INDEX_VERSION:
        return
    with db.write() as conn:  # type: ignore[attr-defined]
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (_META_KEY,)).fetchone()
        if row and row[0] == INDEX_VERSION:
            return
        for table in _BODIES:  # an older version's triggers and tables (rebuilt below)
            for kind in ("ins", "upd", "del"):
                conn.execute(f"DROP TRIGGER IF EXISTS trg_search_{table}_{kind}")
        for side in _SIDE_TABLES:
            conn.execute(f"DROP TABLE IF EXISTS {side}")
        statements = _statements(_TABLES + _triggers())
        indexes = [x for x in statements if x.startswith("CREATE INDEX")]
        for statement in statements:
            if statement not in indexes:
                conn.execute(statement)
        (cache,) = conn.execute("PRAGMA cache_size").fetchone()
        conn.execute(f"PRAGMA cache_size = -{int(cache_kib)}")  # while sorting the indexes of a big store
        try:
            _backfill(conn)
            for statement in indexes:  # built after the rows are in: one sort each, not random inserts
                conn.execute(statement)
        finally:
            conn.execute(f"PRAGMA cache_size = {int(cache)}")
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_META_KEY, INDEX_VERSION))
    logger.info("local search index ready in %s", getattr(db, "path", "the store"))
