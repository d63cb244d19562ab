"""Running a write: idempotency replay, the transaction, change stamping and the stored response.

The first 2xx response per (user, Idempotency-Key) is stored in the same transaction as the write.
A repeat with the same request replays it (header ``Idempotent-Replay: true``); the same key with a
different request is 422. If two requests with one key race, the loser's insert of the key fails on
the primary key, its transaction rolls back, and it replays the winner's stored response.
"""

from __future__ import annotations

import hashlib
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
from backoffice.errors import ApiError, field_error
from backoffice.security import Principal

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
    if not text.isdigit():
        raise field_error(("header", "If-Match"), 'must be the record\'s version, e.g. "3"')
    return int(text)


def _request_hash(method: str, path: str, body: Any, if_match: str | None) -> str:
    canonical = json.dumps(
        [method, path, body, if_match], sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


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

    def __init__(self, db: Database) -> None:
        self.db = db

    def _lookup(self, conn: Any, user: Principal, key: str, digest: str) -> Response | None:
        row = conn.execute(
            select(t.idempotency).where(t.idempotency.c.user_id == user.id, t.idempotency.c.key == key)
        ).first()
        if row is None:
            return None
        if row.request_hash != digest:
            raise field_error(
                ("header", "Idempotency-Key"),
                "this key was already used for a different request",
                "idempotency_key_reused",
            )
        body = json.loads(row.body) if row.body else None
        return _response(row.status, body, int(row.etag) if row.etag else None, replay=True)

    def run(
        self, user: Principal, method: str, path: str, key: str | None, body: Any, if_match: str | None, fn: WriteFn
    ) -> Response:
        if key is not None and not 8 <= len(key) <= 200:
            raise field_error(("header", "Idempotency-Key"), "must be 8 to 200 characters (use a UUID)")
        digest = _request_hash(method, path, body, if_match) if key else ""
        try:
            with write_tx(self.db) as ctx:
                if key:
                    replay = self._lookup(ctx.conn, user, key, digest)
                    if replay is not None:
                        return replay
                outcome = fn(ctx)
                ctx.stamp()
                if key:
                    ctx.conn.execute(
                        insert(t.idempotency).values(
                            user_id=user.id,
                            key=key,
                            request_hash=digest,
                            status=outcome.status,
                            body=json.dumps(outcome.body, ensure_ascii=False) if outcome.body is not None else "",
                            etag=str(outcome.version) if outcome.version is not None else None,
                            created_at=datetime.now(timezone.utc),
                        )
                    )
        except IntegrityError as exc:
            if key:
                with self.db.read.connect() as conn:
                    replay = self._lookup(conn, user, key, digest)
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
