"""Logistics endpoints: editable courier rules, the sorting queue with dates, sorting in bulk.

See :mod:`crm.schemas.logistics` for the HTTP shapes. Registered by :func:`backoffice.app.create_app`
(``app.include_router(build_logistics_router(bo))``). The two tables live here and join the shared
metadata, so ``Database.create_schema`` creates them with the others.

No ``from __future__ import annotations``: FastAPI reads the real annotation objects.
"""

import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Column, Date, ForeignKey, Integer, String, Table, delete, func, insert, select
from sqlalchemy.engine import Connection, Row

from backoffice import tables as t
from backoffice.db import WriteContext
from backoffice.errors import conflict
from backoffice.openapi_doc import answer
from backoffice.resources.base import ALL, now_utc
from backoffice.resources.orders import ACTION_ROLES
from backoffice.security import Principal
from backoffice.writes import Outcome
from crm.schemas import API_PREFIX, ORDER_ACTIONS, OrderStatus, Role
from crm.schemas.common import MAX_OFFSET
from crm.schemas.logistics import CourierRules, LogisticsOrder, SortRequest

if TYPE_CHECKING:
    from backoffice.app import BackOffice

logger = logging.getLogger(__name__)

RULE_EDITORS = frozenset({Role.LOGISTICS, Role.SUPERVISOR})

courier_rules = Table(
    "courier_rules",
    t.metadata,
    Column("position", Integer, primary_key=True),
    Column("delivery_method", String(16), nullable=True),
    Column("region", String(32), nullable=False, default=""),
    Column("courier", String(100), nullable=False),
)

order_logistics = Table(
    "order_logistics",
    t.metadata,
    Column("order_id", String(36), ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True),
    Column("sort_date", Date, nullable=True),
    Column("handover_date", Date, nullable=True),
    Column("sorted_at", t.UtcDateTime, nullable=True),
)

_bearer = HTTPBearer(auto_error=False)


def read_rules(conn: Connection) -> dict[str, Any]:
    rows = conn.execute(select(courier_rules).order_by(courier_rules.c.position)).all()
    return {"rules": [{"delivery_method": r.delivery_method, "region": r.region, "courier": r.courier} for r in rows]}


def first_phones(conn: Connection, customer_ids: Sequence[str]) -> dict[str, str]:
    """Customer id → the customer's first phone number (customers without one are left out)."""
    out: dict[str, str] = {}
    for start in range(0, len(customer_ids), 500):
        chunk = customer_ids[start : start + 500]
        phones = t.customer_phones.c
        query = select(phones.customer_id, phones.number).where(phones.customer_id.in_(chunk))
        for row in conn.execute(query.order_by(phones.customer_id, phones.position)):
            out.setdefault(row.customer_id, row.number)
    return out


def logistics_orders(bo: "BackOffice", conn: Connection, rows: Sequence[Row[Any]]) -> list[dict[str, Any]]:
    """Orders plus their sorting/hand-over dates, as JSON dicts. An order that names no recipient
    phone gets its customer's first phone: the courier needs a number to call."""
    orders = bo.resources["orders"]
    ids = [r.id for r in rows]
    extra: dict[str, Any] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in conn.execute(select(order_logistics).where(order_logistics.c.order_id.in_(chunk))):
            extra[row.order_id] = row
    items = [model.model_dump() for model in orders.to_read(conn, rows)]
    phones = first_phones(conn, sorted({d["customer_id"] for d in items if not d.get("recipient_phone")}))
    out = []
    for data in items:
        info = extra.get(data["id"])
        if info is not None:
            data.update(sort_date=info.sort_date, handover_date=info.handover_date, sorted_at=info.sorted_at)
        if not data.get("recipient_phone"):
            data["recipient_phone"] = phones.get(data["customer_id"])
        out.append(LogisticsOrder.model_validate(data).model_dump(mode="json"))
    return out


def sort_orders(bo: "BackOffice", ctx: WriteContext, user: Principal, body: SortRequest) -> dict[str, Any]:
    """ordered → sorted for every item (courier and dates), in the caller's transaction."""
    user.require(ACTION_ROLES["sort"])
    orders = bo.resources["orders"]
    sources, target = ORDER_ACTIONS["sort"]
    stamp = now_utc()
    done = []
    for item in body.items:
        row = orders.locked_current(ctx, user, item.order_id, item.version)
        if OrderStatus(row.status) not in sources:
            raise conflict(f"cannot sort order {row.number}: it is {row.status}", "invalid_transition")
        orders.write_columns(ctx, row, {"status": target.value, "courier": item.courier})
        ctx.conn.execute(delete(order_logistics).where(order_logistics.c.order_id == item.order_id))
        ctx.conn.execute(
            insert(order_logistics).values(
                order_id=item.order_id, sort_date=item.sort_date, handover_date=item.handover_date, sorted_at=stamp
            )
        )
        orders.audit(
            ctx,
            user,
            "sort",
            item.order_id,
            {"courier": item.courier, "sort_date": str(item.sort_date), "handover_date": str(item.handover_date)},
        )
        done.append(item.order_id)
    rows = ctx.conn.execute(select(t.orders).where(t.orders.c.id.in_(done))).all()
    by_id = {r.id: r for r in rows}
    return {"items": logistics_orders(bo, ctx.conn, [by_id[i] for i in done])}


STALE = answer(412, "An item's `version` is not the order's (`version_mismatch`); `current` is the order as it is now")


def build_logistics_router(bo: "BackOffice") -> APIRouter:
    router = APIRouter(prefix=API_PREFIX + "/logistics", tags=["logistics"])

    def current_user(creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Principal:
        return bo.tokens.principal(f"Bearer {creds.credentials}" if creds else None)

    User = Annotated[Principal, Depends(current_user)]
    IdemKey = Annotated[str | None, Header(description="Idempotency-Key (a UUID)")]

    def write(
        user: Principal, request: Request, key: str | None, body: Any, fn: Callable[[WriteContext], dict[str, Any]]
    ) -> Response:
        def run(ctx: WriteContext) -> Outcome:
            return Outcome(200, fn(ctx))

        return bo.writes.run(user, request.method, request.url.path, key, body, None, run)

    @router.get("/rules", response_model=CourierRules)
    def get_rules(user: User) -> Response:
        user.require(ALL)
        with bo.db.read.connect() as conn:
            return JSONResponse(read_rules(conn))

    @router.put("/rules", response_model=CourierRules)
    def put_rules(body: CourierRules, request: Request, user: User, idempotency_key: IdemKey = None) -> Response:
        user.require(RULE_EDITORS)

        def replace(ctx: WriteContext) -> dict[str, Any]:
            ctx.conn.execute(delete(courier_rules))
            rows = [
                {
                    "position": i,
                    "delivery_method": r.delivery_method.value if r.delivery_method else None,
                    "region": r.region,
                    "courier": r.courier,
                }
                for i, r in enumerate(body.rules)
            ]
            if rows:
                ctx.conn.execute(insert(courier_rules), rows)
            bo.resources["orders"].audit(ctx, user, "rules", None, {"rules": len(rows)})
            return read_rules(ctx.conn)

        return write(user, request, idempotency_key, body.model_dump(mode="json"), replace)

    @router.get("/orders")
    def list_orders(
        user: User,
        status: OrderStatus | None = None,
        courier: str | None = None,
        handover_date: date | None = None,
        limit: int = Query(500, ge=1, le=2000),
        offset: int = Query(0, ge=0, le=MAX_OFFSET),
    ) -> Response:
        user.require(ALL)
        stmt = select(t.orders).outerjoin(order_logistics, order_logistics.c.order_id == t.orders.c.id)
        if status is not None:
            stmt = stmt.where(t.orders.c.status == status.value)
        if courier:
            stmt = stmt.where(t.orders.c.courier == courier)
        if handover_date is not None:
            stmt = stmt.where(order_logistics.c.handover_date == handover_date)
        with bo.db.read.connect() as conn:
            total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
            rows = conn.execute(stmt.order_by(t.orders.c.created_at, t.orders.c.id).limit(limit).offset(offset)).all()
            items = logistics_orders(bo, conn, rows)
        return JSONResponse({"items": items, "total": total, "limit": limit, "offset": offset})

    @router.post("/sort", responses=STALE)
    def sort(body: SortRequest, request: Request, user: User, idempotency_key: IdemKey = None) -> Response:
        return write(
            user, request, idempotency_key, body.model_dump(mode="json"), lambda ctx: sort_orders(bo, ctx, user, body)
        )

    return router
