"""Database engines, the UTC time type and the write transaction that stamps change sequences.

SQLite (default): WAL, foreign keys on, a busy timeout, and write transactions opened with
``BEGIN IMMEDIATE`` so two writers never deadlock on a lock upgrade. Writes commit with
``synchronous=FULL`` (the WAL is synced before a write is acknowledged: it survives a power loss).
PostgreSQL by URL (``postgresql+psycopg://...``).

Change sequence: every write transaction calls :func:`stamp` just before commit. It bumps the one
``counters`` row by the number of rows touched and gives each touched row its own ``change_seq``. The
counter's row lock is held until commit, so transactions commit in sequence order and a delta reader
can never see seq N+1 while seq N is still uncommitted (no skipped rows under concurrent writers).
The same step stores each touched record's feed document (:mod:`backoffice.documents`). On PostgreSQL
the bump, the stamping statements and the ``COMMIT`` go in one pipeline (one round trip): the lock is
held for the server's own time of those statements and the commit's WAL flush, never while this
process waits to be scheduled again between statements (that made writers queue on the counter under
load). Commits stay synchronous (``synchronous_commit`` on): a write is acknowledged once it is on disk.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import BindParameter, Engine, bindparam, create_engine, event, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.pool import PoolProxiedConnection

from backoffice import tables as t
from backoffice.change_signal import ChangeSignal
from backoffice.documents import Documents, to_json
from crm.observers import Listeners

logger = logging.getLogger(__name__)

COUNTER_CHANGES = 1
COUNTER_ORDERS = 2

STEP_PAUSE_S = 0.005
"""SQLite: the pause between a long job's write transactions (a report's roll-up, the feed-documents
fill), in which other writers get in (a lock released and taken again at once by the same thread is
seldom taken by a waiting one)."""


def normalize_url(url: str) -> str:
    """Accept a bare file path as an SQLite database; map ``postgresql://`` to psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_engine(url: str, immediate: bool) -> Engine:
    # as many pooled connections as request threads (backoffice.app), so none is opened per request
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": 30},
        pool_size=16,
        max_overflow=32,
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        # the write engine's commits acknowledge clients' writes: FULL syncs the WAL at each commit, so
        # an acknowledged write survives a power loss too (NORMAL: a crash of the process only)
        cur.execute("PRAGMA synchronous=FULL" if immediate else "PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@dataclass
class Database:
    """The read and write engines of one back-office database."""

    url: str
    read: Engine = field(init=False)
    write: Engine = field(init=False)
    changes: ChangeSignal = field(init=False)
    documents: Documents = field(init=False)
    """Which tables keep feed documents (filled in by the app: :mod:`backoffice.documents`)."""
    closing: threading.Event = field(init=False)
    """Set when the server stops: background work on this database ends."""
    after_commit: Listeners[[]] = field(init=False)
    """Called after each write transaction commits (e.g. the WAL checkpointer's ``wrote``)."""
    after_write: Listeners[[WriteContext]] = field(init=False)
    """Called after a write transaction that left :attr:`WriteContext.notes` commits (e.g. a call
    logged: the wallboard's figures of the day are sent again)."""

    def __post_init__(self) -> None:
        self.url = normalize_url(self.url)
        self.changes = ChangeSignal()
        self.documents = Documents()
        self.closing = threading.Event()
        self.after_commit = Listeners("after commit")
        self.after_write = Listeners("after write")
        # SQLite: one writer at a time per process (see write_tx); PostgreSQL: no limit
        self.write_lock: Any = threading.Lock() if self.url.startswith("sqlite") else nullcontext()
        if self.is_sqlite:
            self.read = _sqlite_engine(self.url, immediate=False)
            self.write = _sqlite_engine(self.url, immediate=True)
        else:
            self.read = create_engine(self.url, pool_size=10, max_overflow=30)
            _ping_when_idle(self.read)
            self.write = self.read

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    def create_schema(self) -> None:
        """Create the tables of a new database or upgrade an older one (:mod:`backoffice.schema`:
        Alembic), then the counter rows (idempotent)."""
        from backoffice.schema import upgrade

        upgrade(self.write)
        with self.write.begin() as conn:
            for key in (COUNTER_CHANGES, COUNTER_ORDERS):
                exists = conn.execute(t.counters.select().where(t.counters.c.id == key)).first()
                if exists is None:
                    conn.execute(t.counters.insert().values(id=key, value=0))

    def dispose(self) -> None:
        self.closing.set()
        self.read.dispose()
        if self.write is not self.read:
            self.write.dispose()


PING_IDLE_S = 10.0
"""A pooled PostgreSQL connection unused this long is pinged before it is handed out again."""


def _ping_when_idle(engine: Engine) -> None:
    """SQLAlchemy's ``pool_pre_ping``, but only for connections that sat idle in the pool for
    :data:`PING_IDLE_S` (a restarted database or a dropped link): a busy server's connections were in
    use a moment ago, and a ping per checkout was a round trip added to every request. A connection
    that failed in use is invalidated by SQLAlchemy (with every other connection of the pool)."""

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < PING_IDLE_S:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:  # the pool replaces the connection and tries again
            raise DisconnectionError(f"an idle connection was lost: {exc}") from exc


_READ_COUNTER = select(t.counters.c.value).where(t.counters.c.id == bindparam("key"))  # built once: read per request


def driver_connection(raw: PoolProxiedConnection) -> Any:
    """The database driver's own connection (sqlite3, psycopg) under ``raw`` (``conn.connection``, a
    ``raw_connection()``): always there while ``raw`` is open."""
    driver = raw.driver_connection
    assert driver is not None, "the connection is closed"
    return driver


def read_counter(conn: Connection, key: int) -> int:
    """The current value of counter ``key`` (0 when the row is missing)."""
    return int(conn.execute(_READ_COUNTER, {"key": key}).scalar() or 0)


@functools.cache
def _stamp_statement(table: Any, with_document: bool) -> Any:
    values: dict[str, BindParameter[Any]] = {"change_seq": bindparam("_seq")}
    if with_document:
        values["feed_doc"] = bindparam("_doc")
    return update(table).where(table.c.id == bindparam("_id")).values(**values)


def bump_counter(conn: Connection, key: int, by: int = 1) -> int:
    """Increase counter ``key`` by ``by`` and return the new value (row-locked until commit)."""
    stmt = (
        update(t.counters)
        .where(t.counters.c.id == key)
        .values(value=t.counters.c.value + by)
        .returning(t.counters.c.value)
    )
    return int(conn.execute(stmt).scalar_one())


ORDER_SEQUENCE = "order_numbers"
"""PostgreSQL: the sequence order numbers come from (revision 0008); SQLite: the ``counters`` row
:data:`COUNTER_ORDERS`, whose lock costs nothing there (one writer at a time anyway)."""


def next_order_serial(conn: Connection) -> int:
    """The next order serial. On PostgreSQL ``nextval`` takes no row lock that would be held to the commit
    (a transaction that rolls back leaves a gap in the numbers: they are unique, not gapless)."""
    if conn.dialect.name == "postgresql":
        return int(conn.execute(text(f"SELECT nextval('{ORDER_SEQUENCE}')")).scalar_one())
    return bump_counter(conn, COUNTER_ORDERS)


def set_order_serial(conn: Connection, value: int) -> None:
    """The last order serial given out is ``value`` (the seeder, after writing orders itself)."""
    conn.execute(update(t.counters).where(t.counters.c.id == COUNTER_ORDERS).values(value=value))
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"SELECT setval('{ORDER_SEQUENCE}', :v, :called)"), {"v": max(value, 1), "called": value > 0})


@dataclass
class WriteContext:
    """What one write transaction touched: rows to stamp with change sequences."""

    conn: Connection
    touched: list[tuple[Any, str]] = field(default_factory=list)
    documents: Documents | None = None
    """Where the touched records' feed documents are written at :meth:`stamp` (None: not kept)."""

    known: dict[tuple[str, str], str] = field(default_factory=dict)
    """Feed documents already made in this transaction (:meth:`know`), by (table name, id)."""

    def touch(self, table: Any, row_id: str) -> None:
        self.known.pop((table.name, row_id), None)  # changed again: its document is made anew
        if (table, row_id) not in self.touched:
            self.touched.append((table, row_id))

    def know(self, table: Any, row_id: str, record: dict[str, Any], resource: Any) -> None:
        """``record`` is the touched row's read model as it stands now, made by ``resource``'s ``dump``:
        when that resource also makes the table's feed documents, the document is its JSON, not read and
        built again at :meth:`stamp` (a later :meth:`touch` of the row forgets it)."""
        if self.documents is not None and self.documents.maker(table.name) is resource:
            self.known[(table.name, row_id)] = to_json(record)

    last_seq: int | None = None
    """The last change sequence this transaction stamped (None: it changed nothing)."""
    notes: dict[str, set[str]] = field(default_factory=dict)
    """What this write did that others follow once it committed (:attr:`Database.after_write`), e.g.
    the agents whose calls were logged."""

    def know_row(self, table: Any, row_id: str, values: dict[str, Any]) -> None:
        """The row ``row_id`` was just inserted with exactly ``values`` (every column of its read
        model): its feed document is made from them now instead of read back at :meth:`stamp`."""
        resource = self.documents.maker(table.name) if self.documents is not None else None
        if resource is not None:
            self.known[(table.name, row_id)] = to_json(resource.dump(self.conn, [_Inserted(values)])[0])

    def stamp(self, commit: bool = False) -> None:
        """Give the touched rows their change sequences and documents (the counter stays locked to the
        commit). ``commit`` (:func:`write_tx`): on PostgreSQL the commit goes in the same round trip
        (:meth:`_stamp_pg`); elsewhere the caller commits."""
        if not self.touched:
            return
        # everything that does not need the sequence first: the counter's row lock (taken by the bump,
        # held until commit) then spans only the stamping statements and the commit itself
        documents = self.documents.make(self.conn, self.touched, self.known) if self.documents else {}
        if self.conn.dialect.name == "postgresql":
            self._stamp_pg(documents, commit)
            return
        last = bump_counter(self.conn, COUNTER_CHANGES, len(self.touched))
        for table, rows in self._stamps(documents).items():  # sequence and document: one statement each
            params = [{"_id": row_id, "_seq": last - back, "_doc": doc} for back, row_id, doc in rows]
            self.conn.execute(_stamp_statement(table, self._keeps_documents(table)), params)
        self.last_seq = last
        self.touched.clear()

    def _keeps_documents(self, table: Any) -> bool:
        return self.documents is not None and table.name in self.documents

    def _stamps(self, documents: dict[tuple[str, str], str]) -> dict[Any, list[tuple[int, str, str | None]]]:
        """Per table, each touched row's distance from the transaction's last sequence (the last
        touched row: 0), its id and its document."""
        count = len(self.touched)
        by_table: dict[Any, list[tuple[int, str, str | None]]] = {}
        for index, (table, row_id) in enumerate(self.touched):
            by_table.setdefault(table, []).append((count - 1 - index, row_id, documents.get((table.name, row_id))))
        return by_table

    def _stamp_pg(self, documents: dict[tuple[str, str], str], commit: bool) -> None:
        """PostgreSQL: the bump, the stamping statements (and the ``COMMIT``) sent at once in psycopg's
        pipeline mode. Each row's sequence is computed in its statement from the counter this
        transaction has just bumped (its own locked row), so nothing waits for a result in between.
        SQLAlchemy's own commit afterwards finds the connection idle and sends nothing."""
        raw = driver_connection(self.conn.connection)
        try:
            with raw.pipeline():
                bump = raw.cursor()
                bump.execute(_PG_BUMP, (len(self.touched), COUNTER_CHANGES))
                with raw.cursor() as cur:
                    for table, rows in self._stamps(documents).items():
                        with_doc = self._keeps_documents(table)
                        params = [(back, doc, row_id) if with_doc else (back, row_id) for back, row_id, doc in rows]
                        cur.executemany(_pg_stamp(table.name, with_doc), params)
                if commit:
                    raw.commit()
            row = bump.fetchone()
        except raw.Error as exc:  # raised as SQLAlchemy raises a driver's error (IntegrityError, ...)
            if raw.broken:
                self.conn.invalidate(exc)
            raise DBAPIError.instance("COMMIT", None, exc, raw.Error) from exc
        assert row is not None, "the change counter row is missing"
        self.last_seq = int(row[0])
        self.touched.clear()


class _Inserted:
    """A row as just inserted, for a resource's ``dump`` (which reads ``row._mapping``)."""

    def __init__(self, values: dict[str, Any]) -> None:
        self._mapping = values

    def __getattr__(self, name: str) -> Any:
        try:
            return self._mapping[name]
        except KeyError:
            raise AttributeError(name) from None


_PG_BUMP = "UPDATE counters SET value = value + %s WHERE id = %s RETURNING value"


@functools.cache
def _pg_stamp(table_name: str, with_document: bool) -> str:
    """A touched row's sequence: the counter's new value (the last of this transaction) minus its
    distance from the end."""
    document = ", feed_doc = %s" if with_document else ""
    return (
        f'UPDATE "{table_name}" SET change_seq = (SELECT value FROM counters WHERE id = {COUNTER_CHANGES}) - %s'
        f"{document} WHERE id = %s"
    )


@contextmanager
def write_tx(db: Database) -> Iterator[WriteContext]:
    """A write transaction; touched rows are stamped right before commit (on PostgreSQL in the commit's
    own round trip: :meth:`WriteContext.stamp`).

    On SQLite the writers of this process queue on a Python lock first: SQLite's own busy handler
    sleeps in steps of up to 100 ms, which under load turns a 5 ms write into a second of waiting.
    """
    with db.write_lock:
        with db.write.begin() as conn:
            ctx = WriteContext(conn, documents=db.documents)
            yield ctx
            ctx.stamp(commit=True)
    if ctx.last_seq is not None:
        db.changes.publish(ctx.last_seq)  # committed: long-polling readers may go
    db.after_commit.emit()
    if ctx.notes:
        db.after_write.emit(ctx)
