"""Passwords (argon2id), bearer tokens and the signed-in principal."""

from __future__ import annotations

import hashlib
import logging
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, insert, select

from backoffice import tables as t
from backoffice.db import Database
from backoffice.errors import ApiError, forbidden
from crm.schemas import Role

logger = logging.getLogger(__name__)

TOKEN_TTL = timedelta(hours=12)
KEY_RETENTION = timedelta(days=30)  # stored Idempotency-Key responses are replayable this long
_CACHE_SECONDS = 30.0
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

    def require(self, roles: frozenset[Role]) -> None:
        """403 unless this user's role is in ``roles`` (admin may do everything)."""
        if self.role is not Role.ADMIN and self.role not in roles:
            raise forbidden()

    @property
    def sees_all(self) -> bool:
        return self.role in (Role.SUPERVISOR, Role.ADMIN)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class TokenStore:
    """Issues and checks bearer tokens; the database is the truth, with a short in-process cache."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._cache: dict[str, tuple[Principal, datetime, float]] = {}
        self._lock = threading.Lock()

    def login(self, username: str, password: str) -> tuple[str, dict[str, Any]]:
        with self._db.read.connect() as conn:
            row = conn.execute(select(t.users).where(t.users.c.username == username)).first()
        if row is None:
            verify_password(_DUMMY_HASH, password)  # same cost whether or not the user exists
            raise ApiError(401, "wrong username or password", "bad_credentials")
        if not verify_password(row.password_hash, password) or not row.active:
            raise ApiError(401, "wrong username or password", "bad_credentials")
        token = secrets.token_urlsafe(32)
        now = datetime.now(timezone.utc)
        with self._db.write.begin() as conn:
            conn.execute(
                insert(t.sessions).values(
                    token_hash=_token_hash(token), user_id=row.id, created_at=now, expires_at=now + TOKEN_TTL
                )
            )
            conn.execute(delete(t.sessions).where(t.sessions.c.expires_at < now))
            conn.execute(delete(t.idempotency).where(t.idempotency.c.created_at < now - KEY_RETENTION))
        return token, dict(row._mapping)

    def logout(self, token: str) -> None:
        key = _token_hash(token)
        with self._lock:
            self._cache.pop(key, None)
        with self._db.write.begin() as conn:
            conn.execute(delete(t.sessions).where(t.sessions.c.token_hash == key))

    def cached(self, authorization: str | None) -> Principal | None:
        """The principal for a recently checked token, without touching the database; else None."""
        if not authorization or not authorization.lower().startswith("bearer "):
            return None
        hit = self._cache.get(_token_hash(authorization[7:].strip()))
        if hit and hit[1] > datetime.now(timezone.utc) and time.monotonic() - hit[2] < _CACHE_SECONDS:
            return hit[0]
        return None

    def principal(self, authorization: str | None) -> Principal:
        if not authorization or not authorization.lower().startswith("bearer "):
            raise ApiError(
                401,
                "sign in first (Authorization: Bearer <token>)",
                "not_authenticated",
                headers={"WWW-Authenticate": "Bearer"},
            )
        key = _token_hash(authorization[7:].strip())
        now = datetime.now(timezone.utc)
        with self._lock:
            hit = self._cache.get(key)
        if hit and hit[1] > now and time.monotonic() - hit[2] < _CACHE_SECONDS:
            return hit[0]
        with self._db.read.connect() as conn:
            row = conn.execute(
                select(
                    t.users.c.id,
                    t.users.c.username,
                    t.users.c.role,
                    t.users.c.display_name,
                    t.users.c.active,
                    t.sessions.c.expires_at,
                )
                .join(t.sessions, t.sessions.c.user_id == t.users.c.id)
                .where(t.sessions.c.token_hash == key)
            ).first()
        if row is None or row.expires_at <= now or not row.active:
            with self._lock:
                self._cache.pop(key, None)
            raise ApiError(
                401,
                "the session has expired; sign in again",
                "not_authenticated",
                headers={"WWW-Authenticate": "Bearer"},
            )
        principal = Principal(row.id, row.username, Role(row.role), row.display_name)
        with self._lock:
            if len(self._cache) > 10000:
                self._cache.clear()
            self._cache[key] = (principal, row.expires_at, time.monotonic())
        return principal
