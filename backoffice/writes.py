"""Running a write: idempotency replay, the transaction, change stamping and the stored response.

The first 2xx response per (user, Idempotency-Key) is stored in the same transaction as the write.
A repeat with the same request replays it (header ``Idempotent-Replay: true``); the same key with a
different request is 422. The key is not looked up first (a statement less for every write): the write
runs and inserts its key, and when the key was used before (or by a request racing this one) that insert
fails on the primary key, the transaction rolls back and the stored response is replayed. A repeat that
fails where the first succeeded (its record exists now, its version moved) replays the first answer too.

What identifies "the same request" is an HMAC (the server's secret, :mod:`backoffice.server_secret`)
of the method, path, body and If-Match, with secret fields (passwords) left out: nothing derived from a
password is stored outside its argon2 hash.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Protocol

from fastapi import Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError, OperationalError

from backoffice import tables as t
from backoffice.db import Database, WriteContext, write_tx
from backoffice.documents import to_json
from backoffice.errors import ApiError, field_error
from backoffice.policy import SECRET_FIELDS
from backoffice.security import Principal
from backoffice.server_secret import hmac_secrets

logger = logging.getLogger(__name__)


@dataclass
class Outcome:
    """What a write produced."""

    status: int
    body: dict[str, Any] | None
    version: int | None = None


WriteFn = Callable[[WriteContext], Outcome]


class RouteWrite(Protocol):
    """The routes' write helper (made by :func:`backoffice.routes.build_router`): ``fn`` run as one
    idempotent write whose result (the record) is the response body."""

    def __call__(
        self,
        user: Principal,
        request: Request,
        key: str | None,
        body: Any,
        if_match: str | None,
        fn: Callable[[WriteContext], dict[str, Any]],
        status: int = 200,
    ) -> Response: ...


def parse_if_match(value: str | None) -> int:
    """The version in an ``If-Match`` header; 428 when missing."""
    if value is None or not value.strip():
        raise ApiError(428, 'this change needs If-Match: "<version>" (read the record first)', "precondition_required")
    text = value.strip()
    if text.startswith("W/"):
        text = text[2:]
    text = text.strip('"')
    if not is_number(text, MAX_VERSION_DIGITS):
        raise field_error(("header", "If-Match"), 'must be the record\'s version, e.g. "3"')
    return int(text)


MAX_VERSION_DIGITS = 9  # record versions are 32-bit integers in the database


def is_number(text: str, max_digits: int) -> bool:
    """``text`` is 1 to ``max_digits`` ASCII digits (``str.isdigit`` also takes ``²`` and ``٣``)."""
    return 0 < len(text) <= max_digits and text.isascii() and text.isdigit()


def without_secrets(value: Any) -> Any:
    """``value`` with the secret fields (:data:`SECRET_FIELDS`) of every object left out."""
    if isinstance(value, dict):
        return {k: without_secrets(v) for k, v in value.items() if k not in SECRET_FIELDS}
    if isinstance(value, list):
        return [without_secrets(v) for v in value]
    return value


def request_hash(secret: bytes, method: str, path: str, body: Any, if_match: str | None) -> str:
    canonical = json.dumps(
        [method, path, without_secrets(body), if_match],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hmac.new(secret, canonical.encode(), hashlib.sha256).hexdigest()


def _response(status: int, body: Any, version: int | None, replay: bool = False) -> Response:
    headers = {}
    if version is not None:
        headers["ETag"] = f'"{version}"'
    if replay:
        headers["Idempotent-Replay"] = "true"
    if body is None:
        return Response(status_code=status, headers=headers)
    return JSONResponse(body, status_code=status, headers=headers)


class WriteRunner:
    """Executes writes for the routes."""

    def __init__(self, db: Database, secrets: tuple[str, ...] = ()) -> None:
        self.db = db
        self._configured = secrets
        self._secrets: tuple[bytes, ...] = ()

    def _digests(self, method: str, path: str, body: Any, if_match: str | None) -> list[str]:
        """The request's hash under each accepted secret, the signing one first."""
        if not self._secrets:
            self._secrets = hmac_secrets(self.db, self._configured)
        return [request_hash(s, method, path, body, if_match) for s in self._secrets]

    def _lookup(self, conn: Any, user: Principal, key: str, digests: list[str]) -> Response | None:
        row = conn.execute(
            select(t.idempotency).where(t.idempotency.c.user_id == user.id, t.idempotency.c.key == key)
        ).first()
        if row is None:
            return None
        if not any(hmac.compare_digest(row.request_hash, d) for d in digests):
            raise field_error(
                ("header", "Idempotency-Key"),
                "this key was already used for a different request",
                "idempotency_key_reused",
            )
        body = json.loads(row.body) if row.body else None
        return _response(row.status, body, int(row.etag) if row.etag else None, replay=True)

    def _replay(self, user: Principal, key: str | None, digests: list[str]) -> Response | None:
        """The stored answer to ``key`` (422 when it answered a different request), after the write
        rolled back."""
        if not key:
            return None
        with self.db.read.connect() as conn:
            return self._lookup(conn, user, key, digests)

    def run(
        self, user: Principal, method: str, path: str, key: str | None, body: Any, if_match: str | None, fn: WriteFn
    ) -> Response:
        if key is not None and not 8 <= len(key) <= 200:
            raise field_error(("header", "Idempotency-Key"), "must be 8 to 200 characters (use a UUID)")
        digests = self._digests(method, path, body, if_match) if key else []
        try:
            with write_tx(self.db) as ctx:
                outcome = fn(ctx)
                if key:  # a key used before makes this insert fail: the first answer is replayed below
                    ctx.conn.execute(
                        _INSERT_KEY,
                        {
                            "user_id": user.id,
                            "key": key,
                            "request_hash": digests[0],
                            "status": outcome.status,
                            "body": to_json(outcome.body) if outcome.body is not None else "",
                            "etag": str(outcome.version) if outcome.version is not None else None,
                            "created_at": datetime.now(timezone.utc),
                        },
                    )
        except ApiError:
            replay = self._replay(user, key, digests)  # a repeat may fail where the first succeeded
            if replay is not None:
                return replay
            raise
        except IntegrityError as exc:
            replay = self._replay(user, key, digests)
            if replay is not None:
                return replay
            logger.info("write conflicted with another: %s", exc.orig)
            raise ApiError(
                409, "the record conflicts with an existing one (duplicate id or number)", "duplicate"
            ) from None
        except OperationalError as exc:
            logger.warning("database busy: %s", exc.orig)
            raise ApiError(503, "the database is busy; retry shortly", "busy", headers={"Retry-After": "1"}) from None
        return _response(outcome.status, outcome.body, outcome.version)


_INSERT_KEY = insert(t.idempotency)
