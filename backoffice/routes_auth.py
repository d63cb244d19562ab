"""Sign-in endpoints: login, logout, the signed-in user, a user's own password change, and the
admins' view of throttled sign-ins (:mod:`backoffice.throttle`) with the means to clear them.

No ``from __future__ import annotations``: FastAPI reads the real annotation objects.
"""

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from backoffice import tables as t
from backoffice.db import write_tx
from backoffice.errors import ApiError, field_error
from backoffice.openapi_doc import answer
from backoffice.resources.base import audit
from backoffice.security import TOKEN_TTL, Principal, end_sessions, hash_password, verify_password
from crm.schemas import API_PREFIX, LoginRequest, LoginResponse, UserRead
from crm.schemas.common import UtcDatetime
from crm.schemas.users import PasswordChange

if TYPE_CHECKING:
    from backoffice.app import BackOffice

logger = logging.getLogger(__name__)

ADMINS: frozenset[Any] = frozenset()  # Principal.require: admin may always
_bearer = HTTPBearer(auto_error=False)
THROTTLED = answer(429, "Too many failed sign-ins: wait `Retry-After` seconds (`too_many_attempts`, `locked_out`)")
BAD_CREDENTIALS = answer(401, "Wrong user name or password, or an inactive user (`bad_credentials`)")


class Lockout(BaseModel):
    kind: Literal["account", "address"]
    name: str
    failures: int
    last_failure_at: UtcDatetime
    locked_until: UtcDatetime | None = None
    retry_after_s: int


class Lockouts(BaseModel):
    """Accounts and client addresses that must wait before their next sign-in attempt."""

    items: list[Lockout]


def signed_in(bo: "BackOffice") -> Callable[..., Awaitable[Principal]]:
    """The dependency giving a route the request's :class:`Principal` (401 without a live session):
    ``User = Annotated[Principal, Depends(signed_in(bo))]``. The session is looked up in the database
    on every request (:class:`backoffice.security.TokenStore`)."""

    async def current_user(creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Principal:
        header = f"Bearer {creds.credentials}" if creds else None
        if bo.tokens.checks_inline:
            return bo.tokens.principal_inline(header)
        return await run_in_threadpool(bo.tokens.principal, header)

    return current_user


def change_password(bo: "BackOffice", user: Principal, body: PasswordChange) -> None:
    """Check the current password (throttled like a sign-in), store the new one, end the user's other
    sessions."""
    throttle = bo.tokens.throttle
    keys = throttle.keys(user.username, None)
    throttle.check(keys)
    throttle.reserve(keys)
    with bo.db.read.connect() as conn:
        stored = conn.execute(select(t.users.c.password_hash).where(t.users.c.id == user.id)).scalar_one()
    if not verify_password(stored, body.current_password):
        raise field_error(("body", "current_password"), "this is not your current password", "wrong_password")
    new_hash = hash_password(body.new_password)
    users = bo.resources["users"]
    with write_tx(bo.db) as ctx:
        throttle.succeeded(ctx.conn, keys)
        row = users.get_row(ctx.conn, user, user.id, lock=True)
        users.write_columns(ctx, row, {"password_hash": new_hash})
        ended = end_sessions(ctx.conn, user.id, keep=user.session)
        users.audit(ctx, user, "password", user.id, {"password": "***", "sessions_ended": ended})


def build_auth_router(bo: "BackOffice") -> APIRouter:
    router = APIRouter(prefix=API_PREFIX, tags=["auth"])
    User = Annotated[Principal, Depends(signed_in(bo))]

    @router.post("/auth/login", response_model=LoginResponse, responses={**THROTTLED, **BAD_CREDENTIALS})
    def login(body: LoginRequest, request: Request) -> Response:
        """Sign in. Failed attempts are throttled per account and per client address: 429
        ``too_many_attempts`` (back-off) or ``locked_out``, with ``Retry-After``."""
        address = request.client.host if request.client else None
        token, row = bo.tokens.login(body.username, body.password, address)
        user = UserRead.model_validate(row).model_dump(mode="json")
        return JSONResponse(
            {"token": token, "token_type": "bearer", "expires_in": int(TOKEN_TTL.total_seconds()), "user": user}
        )

    @router.get("/auth/me", response_model=UserRead)
    def me(user: User) -> Response:
        with bo.db.read.connect() as conn:
            body = bo.resources["users"].read_one(conn, user, user.id)
        return JSONResponse(body, headers={"ETag": f'"{body["version"]}"'})

    @router.post("/auth/logout", status_code=204)
    def logout(creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)], user: User) -> Response:
        assert creds is not None  # User above requires a bearer token
        bo.tokens.logout(creds.credentials)
        return Response(status_code=204)

    @router.post("/auth/password", status_code=204, responses=THROTTLED)
    def password(body: PasswordChange, user: User) -> Response:
        """Change your own password (422 ``wrong_password`` when ``current_password`` is not it).
        Every other session of yours ends; this one stays signed in."""
        change_password(bo, user, body)
        return Response(status_code=204)

    @router.get("/auth/lockouts", response_model=Lockouts)
    def lockouts(user: User) -> Response:
        """Admins: the accounts and addresses held back by failed sign-ins, longest wait first."""
        user.require(ADMINS)
        items = [Lockout.model_validate(item).model_dump(mode="json") for item in bo.tokens.throttle.held()]
        return JSONResponse({"items": items})

    @router.delete("/auth/lockouts/{kind}/{name}", status_code=204)
    def unlock(
        kind: Literal["account", "address"],
        name: Annotated[str, Path(min_length=1, max_length=190)],
        user: User,
    ) -> Response:
        """Admins: forget the failed sign-ins of an account (user name) or a client address, ending
        its back-off or lockout at once; 404 when none are recorded."""
        user.require(ADMINS)
        with write_tx(bo.db) as ctx:
            found = bo.tokens.throttle.clear(ctx.conn, kind, name)
            if found:
                audit(ctx, user, "unlock", "users", None, {"kind": kind, "name": name})
        if not found:
            raise ApiError(404, f"no failed sign-ins are recorded for this {kind}", "not_found")
        logger.info("sign-in lockout of an %s cleared by %s", kind, user.username)
        return Response(status_code=204)

    return router
