"""Passwords (argon2id), bearer tokens and the signed-in principal."""

from __future__ import annotations

import hashlib
import logging
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import bindparam, delete, insert, select
from sqlalchemy.engine import Connection

from backoffice import tables as t
from backoffice.db import Database, write_tx
from backoffice.errors import ApiError, forbidden
from backoffice.policy import LoginLimits
from backoffice.throttle import LoginThrottle
from crm.schemas import Role

logger = logging.getLogger(__name__)

TOKEN_TTL = timedelta(hours=12)
KEY_RETENTION = timedelta(days=30)  # stored Idempotency-Key responses are replayable this long
# OWASP's minimum argon2id profile (19 MiB, t=2, p=1): ~20 ms per hash.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
_DUMMY_HASH = _HASHER.hash("not-a-real-password")


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class Principal:
    """The signed-in user of a request."""

    id: str
    username: str
    role: Role
    display_name: str
    session: str = ""
    """The hash of the request's bearer token (the session a password change keeps)."""

    def require(self, roles: frozenset[Role]) -> None:
        """403 unless this user's role is in ``roles`` (admin may do everything)."""
        if self.role is not Role.ADMIN and self.role not in roles:
            raise forbidden()

    @property
    def sees_all(self) -> bool:
        return self.role in (Role.SUPERVISOR, Role.ADMIN)


def team_of(conn: Connection, user_id: str) -> str:
    """The team of user ``user_id`` ("" when they have none, or there is no such user)."""
    return str(conn.execute(select(t.users.c.team).where(t.users.c.id == user_id)).scalar() or "")


def watched_team(conn: Connection, user: Principal) -> str | None:
    """The team whose agents a supervisor or an admin may watch (presence, screens, figures): None
    for everybody (an admin, or a supervisor without a team). The caller checks the role first."""
    if user.role is Role.ADMIN:
        return None
    return team_of(conn, user.id) or None


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def end_sessions(conn: Connection, user_id: str, keep: str | None = None) -> int:
    """End every session of ``user_id`` but ``keep`` (a token hash), in the caller's transaction.

    Tokens are checked against the database on every request, so the ended sessions are refused at
    their next request on every worker process."""
    stmt = delete(t.sessions).where(t.sessions.c.user_id == user_id)
    if keep:
        stmt = stmt.where(t.sessions.c.token_hash != keep)
    return int(conn.execute(stmt).rowcount or 0)


_NOT_SIGNED_IN = "sign in first (Authorization: Bearer <token>)"
_EXPIRED = "the session has ended; sign in again"
_SESSION = (
    select(
        t.users.c.id,
        t.users.c.username,
        t.users.c.role,
        t.users.c.display_name,
        t.users.c.active,
        t.sessions.c.expires_at,
    )
    .join(t.sessions, t.sessions.c.user_id == t.users.c.id)
    .where(t.sessions.c.token_hash == bindparam("key"))
)


_SESSION_SQL = (  # the same for SQLite's own driver, read on the calling thread (TokenStore.principal_inline)
    "SELECT users.id, users.username, users.role, users.display_name, users.active, sessions.expires_at"
    " FROM sessions JOIN users ON users.id = sessions.user_id WHERE sessions.token_hash = ?"
)
_SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a UtcDateTime in SQLite (naive UTC text)


def _unauthenticated(message: str) -> ApiError:
    return ApiError(401, message, "not_authenticated", headers={"WWW-Authenticate": "Bearer"})


def _session_key(authorization: str | None) -> str:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise _unauthenticated(_NOT_SIGNED_IN)
    return _token_hash(authorization[7:].strip())


def _sqlite_file(db: Database) -> str | None:
    """The database's file when it is an SQLite file (not in memory), else None."""
    path = db.read.url.database if db.is_sqlite else None
    return path if path and path != ":memory:" and not path.startswith("file:") else None


class TokenStore:
    """Issues and checks bearer tokens. The database is the truth, read on every request: a session
    ended by a password change, a deactivation or a role change (:func:`end_sessions`), or by a logout,
    is refused at once by every worker process."""

    def __init__(self, db: Database, limits: LoginLimits | None = None) -> None:
        self._db = db
        self.throttle = LoginThrottle(db, limits or LoginLimits())
        self._sqlite_file = _sqlite_file(db)
        # the session check is one statement: without a transaction around it, one round trip (no
        # BEGIN and ROLLBACK) on PostgreSQL
        self._checks = db.read if db.is_sqlite else db.read.execution_options(isolation_level="AUTOCOMMIT")
        self._local = threading.local()  # principal_inline: each thread's own SQLite connection

    @property
    def checks_inline(self) -> bool:
        """True on an SQLite file: :meth:`principal_inline` may run on the event loop (one indexed read
        of a local file, ~10 µs: cheaper than handing the request to a worker thread and back).
        Otherwise :meth:`principal` belongs on a worker thread."""
        return self._sqlite_file is not None

    def login(self, username: str, password: str, address: str | None = None) -> tuple[str, dict[str, Any]]:
        """A new session for ``username``; 401 for a wrong password, 429 while throttled
        (:mod:`backoffice.throttle`)."""
        keys = self.throttle.keys(username, address)
        self.throttle.check(keys)  # refused before the password is hashed
        self.throttle.reserve(keys)
        with self._db.read.connect() as conn:
            row = conn.execute(select(t.users).where(t.users.c.username == username)).first()
        if row is None:
            verify_password(_DUMMY_HASH, password)  # same cost whether or not the user exists
            raise ApiError(401, "wrong username or password", "bad_credentials")
        if not verify_password(row.password_hash, password) or not row.active:
            raise ApiError(401, "wrong username or password", "bad_credentials")
        token = secrets.token_urlsafe(32)
        now = datetime.now(timezone.utc)
        with write_tx(self._db) as ctx:
            conn = ctx.conn
            self.throttle.succeeded(conn, keys)
            conn.execute(
                insert(t.sessions).values(
                    token_hash=_token_hash(token), user_id=row.id, created_at=now, expires_at=now + TOKEN_TTL
                )
            )
            conn.execute(delete(t.sessions).where(t.sessions.c.expires_at < now))
            conn.execute(delete(t.idempotency).where(t.idempotency.c.created_at < now - KEY_RETENTION))
        return token, dict(row._mapping)

    def logout(self, token: str) -> None:
        with self._db.write.begin() as conn:
            conn.execute(delete(t.sessions).where(t.sessions.c.token_hash == _token_hash(token)))

    def principal(self, authorization: str | None) -> Principal:
        """The signed-in user of a request's ``Authorization`` header; 401 without a live session."""
        key = _session_key(authorization)
        with self._checks.connect() as conn:
            row = conn.execute(_SESSION, {"key": key}).first()
        if row is None or row.expires_at <= datetime.now(timezone.utc) or not row.active:
            raise _unauthenticated(_EXPIRED)
        return Principal(row.id, row.username, Role(row.role), row.display_name, key)

    def principal_inline(self, authorization: str | None) -> Principal:
        """:meth:`principal` on an SQLite file (:attr:`checks_inline`), read through a connection of
        the calling thread's own, outside SQLAlchemy's pool (which may be busy with the workers)."""
        assert self._sqlite_file is not None, "principal_inline is for SQLite files (checks_inline)"
        key = _session_key(authorization)
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self._sqlite_file, timeout=1.0, isolation_level=None)
            self._local.conn = conn
        row = conn.execute(_SESSION_SQL, (key,)).fetchone()
        if row is None or not row[4] or str(row[5]) <= datetime.now(timezone.utc).strftime(_SQLITE_TIME):
            raise _unauthenticated(_EXPIRED)
        return Principal(row[0], row[1], Role(row[2]), row[3], key)
