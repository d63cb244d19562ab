"""The local store's tables, created (and migrated) through ``PRAGMA user_version``.

Every synced entity has the same shape: ``id``, the server ``version`` (0 while only created locally),
a few columns extracted for indexed queries (``customer_id``, ``number``, ``name``) and the whole record
as JSON in ``data``. These are ordinary rowid tables (not WITHOUT ROWID): the rows are large and the
ids random, and appending rows plus a small id index is several times faster to fill than a B-tree
clustered on random UUIDs (stores made before keep their tables; both work the same). Phones are normalised into their own indexed table so the ring-time lookup is one
index probe. ``aliases`` keeps provisional numbers (an order's local number) searchable once the server
assigned the real one. ``outbox`` holds the local writes not yet confirmed by the server, in order;
``conflicts`` the fields the agent must decide; ``cursors`` the server-issued delta cursors.
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 1

#: Entities mirrored locally (URL names of the API).
ENTITIES: tuple[str, ...] = (
    "customers",
    "contacts",
    "complaints",
    "orders",
    "todos",
    "callbacks",
    "products",
    "blocklist",
    "media_sources",
    "call_logs",
)

_ENTITY_TABLE = """
CREATE TABLE IF NOT EXISTS {name} (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 0,
    customer_id TEXT,
    number      TEXT,
    name        TEXT,
    data        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_{name}_customer ON {name}(customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_{name}_number ON {name}(number) WHERE number IS NOT NULL;
"""

_COMMON = """
CREATE TABLE IF NOT EXISTS phones (
    e164        TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    PRIMARY KEY (e164, customer_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_phones_customer ON phones(customer_id);
CREATE TABLE IF NOT EXISTS aliases (
    entity TEXT NOT NULL,
    alias  TEXT NOT NULL,
    id     TEXT NOT NULL,
    PRIMARY KEY (entity, alias)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS outbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    key          TEXT NOT NULL UNIQUE,
    entity       TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    op           TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete', 'action')),
    action       TEXT,
    body         TEXT NOT NULL,
    base         TEXT NOT NULL DEFAULT '{}',
    base_version INTEGER,
    state        TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'failed')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_outbox_record ON outbox(entity, record_id);
CREATE TABLE IF NOT EXISTS conflicts (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    entity     TEXT NOT NULL,
    record_id  TEXT NOT NULL,
    field      TEXT NOT NULL,
    base       TEXT,
    local      TEXT,
    remote     TEXT,
    detail     TEXT,
    created_at TEXT NOT NULL,
    resolved   INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS cursors (
    entity TEXT PRIMARY KEY,
    cursor TEXT,
    synced_at TEXT
);
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);
"""


def create_schema(conn: sqlite3.Connection) -> None:
    """Create or upgrade the store's tables on an open writer connection."""
    (current,) = conn.execute("PRAGMA user_version").fetchone()
    if current >= SCHEMA_VERSION:
        return
    script = _COMMON + "".join(_ENTITY_TABLE.format(name=name) for name in ENTITIES)
    conn.executescript("BEGIN;" + script + f"PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
