"""HTTP routes: generic per-collection endpoints built from ``crm.schemas.ENTITIES`` plus the
special ones (search, order actions, callback claim, blocklist check/unblock); sign-in is in
:mod:`backoffice.routes_auth`.

No ``from __future__ import annotations`` here: FastAPI reads the real annotation objects, which
are built per collection inside :func:`_collection`.
"""

import logging
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, Protocol, runtime_checkable

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, create_model

from backoffice.db import WriteContext
from backoffice.resources.base import Resource
from backoffice.resources.orders import OrderResource
from backoffice.resources.simple import claim_callback
from backoffice.routes_auth import signed_in
from backoffice.routes_callbacks import add_callback_routes
from backoffice.routes_sync import add_sync_routes
from backoffice.security import Principal
from backoffice.writes import Outcome, RouteWrite, parse_if_match
from crm.schemas import (
    API_PREFIX,
    BlocklistRead,
    Changes,
    CustomerRead,
    CustomerSearch,
    OrderActionNote,
    OrderShip,
    Page,
)
from crm.schemas.common import MAX_OFFSET
from crm.schemas.customers import VipLevel

if TYPE_CHECKING:
    from backoffice.app import BackOffice

logger = logging.getLogger(__name__)

_FILTER_TYPES: dict[str, Any] = {"vip_level": VipLevel | None}
IdemKey = Annotated[str | None, Header(description="Idempotency-Key: a UUID; repeats replay the first result")]
IfMatch = Annotated[str | None, Header(description='If-Match: "<version>" of the record')]


@runtime_checkable
class Removable(Protocol):
    """A resource whose records can be deleted (its entity is ``deletable``)."""

    def remove(self, ctx: WriteContext, user: Principal, record_id: str, version: int) -> None: ...


class BlockCheck(BaseModel):
    blocked: bool
    entry: BlocklistRead | None = None


def _json(body: Any, status: int = 200) -> Response:
    headers = {"ETag": f'"{body["version"]}"'} if isinstance(body, dict) and "version" in body else {}
    return JSONResponse(body, status_code=status, headers=headers)


def build_router(bo: "BackOffice") -> APIRouter:
    router = APIRouter(prefix=API_PREFIX)

    User = Annotated[Principal, Depends(signed_in(bo))]

    def write(
        user: Principal,
        request: Request,
        key: str | None,
        body: Any,
        if_match: str | None,
        fn: Callable[[WriteContext], dict[str, Any]],
        status: int = 200,
    ) -> Response:
        def run(ctx: WriteContext) -> Outcome:
            result = fn(ctx)
            return Outcome(status, result, result.get("version") if result else None)

        return bo.writes.run(user, request.method, request.url.path, key, body, if_match, run)

    @router.get("/health", tags=["meta"])
    def health() -> dict[str, Any]:
        return {"status": "ok"}

    @router.get("/customers/search", response_model=Page[CustomerRead], tags=["customers"])
    def search(q: Annotated[CustomerSearch, Query()], user: User) -> Response:
        from backoffice.search import search_rows

        resource = bo.resources["customers"]
        user.require(resource.access.read)
        with bo.db.read.connect() as conn:
            rows, total = search_rows(conn, q)
            return _json({"items": resource.dump(conn, rows), "total": total, "limit": q.limit, "offset": q.offset})

    @router.get("/blocklist/check", response_model=BlockCheck, tags=["blocklist"])
    def block_check(number: Annotated[str, Query(min_length=1, max_length=40)], user: User) -> Response:
        from backoffice.resources.base import now_utc

        resource = bo.resources["blocklist"]
        with bo.db.read.connect() as conn:
            rows = resource.list(conn, user, {"number": number}, 5, 0)["items"]
        now = now_utc().isoformat()
        live = [r for r in rows if not r["expires_at"] or r["expires_at"].replace("Z", "+00:00") > now]
        return JSONResponse({"blocked": bool(live), "entry": live[0] if live else None})

    orders = bo.resources["orders"]
    assert isinstance(orders, OrderResource)

    @router.post("/orders/{record_id}/ship", response_model=orders.spec.read, tags=["orders"])
    def ship(
        record_id: str,
        body: OrderShip,
        request: Request,
        user: User,
        idempotency_key: IdemKey = None,
        if_match: IfMatch = None,
    ) -> Response:
        version = parse_if_match(if_match)
        return write(
            user,
            request,
            idempotency_key,
            body.model_dump(mode="json"),
            if_match,
            lambda ctx: orders.act(ctx, user, record_id, version, "ship", body.model_dump()),
        )

    for action in ("sort", "deliver", "return", "cancel"):
        _order_action(router, bo, orders, action, write, User)

    for action in ("claim", "release"):
        _callback_action(router, bo, action, write, User)
    add_callback_routes(router, bo, write, User, IdemKey, IfMatch)

    add_sync_routes(router, bo, User)
    for resource in bo.resources.values():
        _collection(router, bo, resource, write, User)
    return router


def _order_action(
    router: APIRouter, bo: "BackOffice", orders: OrderResource, action: str, write: RouteWrite, User: Any
) -> None:
    @router.post(
        f"/orders/{{record_id}}/{action}", response_model=orders.spec.read, tags=["orders"], name=f"order_{action}"
    )
    def act(
        record_id: str,
        request: Request,
        user: User,
        body: OrderActionNote | None = None,
        idempotency_key: IdemKey = None,
        if_match: IfMatch = None,
    ) -> Response:
        version = parse_if_match(if_match)
        extra = body.model_dump() if body else {}
        return write(
            user,
            request,
            idempotency_key,
            extra,
            if_match,
            lambda ctx: orders.act(ctx, user, record_id, version, action, extra),
        )


def _callback_action(router: APIRouter, bo: "BackOffice", action: str, write: RouteWrite, User: Any) -> None:
    callbacks = bo.resources["callbacks"]

    @router.post(
        f"/callbacks/{{record_id}}/{action}",
        response_model=callbacks.spec.read,
        tags=["callbacks"],
        name=f"callback_{action}",
    )
    def act(
        record_id: str, request: Request, user: User, idempotency_key: IdemKey = None, if_match: IfMatch = None
    ) -> Response:
        version = parse_if_match(if_match)
        return write(
            user,
            request,
            idempotency_key,
            None,
            if_match,
            lambda ctx: claim_callback(callbacks, ctx, user, record_id, version, action == "claim"),
        )


def _filters_model(resource: Resource) -> type[BaseModel]:
    fields: dict[str, Any] = {
        "limit": (int, Field(50, ge=1, le=500)),
        "offset": (int, Field(0, ge=0, le=MAX_OFFSET)),
    }
    for name in resource.filters:
        fields[name] = (_FILTER_TYPES.get(name, str | None), None)
    title = "".join(part.title() for part in resource.name.split("_"))
    return create_model(f"{title}ListQuery", __config__=ConfigDict(extra="forbid"), **fields)


def _collection(router: APIRouter, bo: "BackOffice", resource: Resource, write: RouteWrite, User: Any) -> None:
    spec = resource.spec
    name = spec.name
    # Classes chosen (Filters: built) at run time, for FastAPI to read in the annotations below; a static
    # checker cannot know them, so they are Any to it.
    Read: Any = spec.read
    Create: Any = spec.create
    Update: Any = spec.update
    Filters: Any = _filters_model(resource)
    tags: list[str | Enum] = [name]

    @router.get(f"/{name}", response_model=Page[Read], tags=tags, name=f"list_{name}")
    def list_(q: Annotated[Filters, Query()], user: User) -> Response:
        filters = q.model_dump(exclude={"limit", "offset"}, exclude_none=True)
        with bo.db.read.connect() as conn:
            return JSONResponse(resource.list(conn, user, filters, q.limit, q.offset))

    @router.get(f"/{name}/changes", response_model=Changes[Read], tags=tags, name=f"changes_{name}")
    def changes(
        user: User, cursor: str | None = Query(None, max_length=40), limit: int = Query(500, ge=1, le=5000)
    ) -> Response:
        with bo.db.read.connect() as conn:
            return JSONResponse(resource.changes(conn, user, cursor, limit))

    @router.get(f"/{name}/{{record_id}}", response_model=Read, tags=tags, name=f"get_{name}")
    def get(record_id: str, user: User) -> Response:
        user.require(resource.access.read)
        with bo.db.read.connect() as conn:
            return _json(resource.dump(conn, [resource.get_row(conn, user, record_id)])[0])

    if Create is not None:

        @router.post(f"/{name}", status_code=201, response_model=Read, tags=tags, name=f"create_{name}")
        def create(body: Create, request: Request, user: User, idempotency_key: IdemKey = None) -> Response:
            return write(
                user,
                request,
                idempotency_key,
                body.model_dump(mode="json", exclude_unset=True),
                None,
                lambda ctx: resource.create(ctx, user, body),
                status=201,
            )

    if Update is not None:

        @router.patch(f"/{name}/{{record_id}}", response_model=Read, tags=tags, name=f"update_{name}")
        def patch(
            record_id: str,
            body: Update,
            request: Request,
            user: User,
            idempotency_key: IdemKey = None,
            if_match: IfMatch = None,
        ) -> Response:
            user.require(resource.access.update)
            version = parse_if_match(if_match)
            return write(
                user,
                request,
                idempotency_key,
                body.model_dump(mode="json", exclude_unset=True),
                if_match,
                lambda ctx: resource.patch(ctx, user, record_id, version, body),
            )

    if spec.deletable:
        assert isinstance(resource, Removable), f"{name} is deletable: its resource needs remove()"

        @router.delete(f"/{name}/{{record_id}}", status_code=204, tags=tags, name=f"delete_{name}")
        def remove(
            record_id: str, request: Request, user: User, idempotency_key: IdemKey = None, if_match: IfMatch = None
        ) -> Response:
            user.require(resource.access.delete)
            version = parse_if_match(if_match)

            def run(ctx: WriteContext) -> Outcome:
                resource.remove(ctx, user, record_id, version)
                return Outcome(204, None)

            return bo.writes.run(user, request.method, request.url.path, idempotency_key, None, if_match, run)
