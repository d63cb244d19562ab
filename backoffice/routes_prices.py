"""Price approvals (``crm.schemas.prices``, the rule in :mod:`backoffice.prices`).

* ``POST /price-approvals`` (an agent or a supervisor; idempotent with ``Idempotency-Key``): 201 with the
  request, catalogue prices filled in; the supervisors who watch the requester's team (and admins) get
  it at once as a live event ``price_approval``. 422 naming the line for an unknown SKU.
* ``POST /price-approvals/{id}/approve`` and ``/decline`` (a supervisor of the requester's team, or an
  admin): 200 with the decision, sent to the requester as a live event ``price_approval``; 409
  ``already_decided`` when it was decided before; 404 for a request the caller may not see.
* ``GET /price-approvals?status=`` (an agent: their own; a supervisor: their team's, newest first, with
  the centre's limit) and ``GET /price-approvals/{id}``.

Why the supervisor approves from their own desk rather than typing a password on the agent's PC: the
agent stays on the call while the request travels, the supervisor's credentials never touch another
person's machine, and the approval is a record of its own (who, when, which prices) that one order uses.

No ``from __future__ import annotations``: FastAPI reads the real annotation objects.
"""

import json
import logging
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection, Row

from backoffice import tables as t
from backoffice.db import WriteContext, write_tx
from backoffice.errors import conflict, field_error, not_found
from backoffice.event_bus import TO_USER, TO_WATCHERS, LiveEvent
from backoffice.prices import approval_model, approval_row, price_approvals
from backoffice.resources.base import STAFF, SUPERVISORS, now_utc
from backoffice.routes_auth import signed_in
from backoffice.security import Principal, team_of, watched_team
from backoffice.writes import Outcome
from crm.schemas import API_PREFIX, Role, new_id
from crm.schemas.prices import PriceApproval, PriceApprovalRequest, PriceApprovals, PriceApprovalStatus

if TYPE_CHECKING:
    from backoffice.app import BackOffice

logger = logging.getLogger(__name__)

EVENT = "price_approval"


def _may_see(conn: Connection, user: Principal, row: Row[Any]) -> bool:
    if row.requested_by == user.id or user.role is Role.ADMIN:
        return True
    if user.role is not Role.SUPERVISOR:
        return False
    team = watched_team(conn, user)
    return team is None or team == row.team


def _priced(conn: Connection, body: PriceApprovalRequest) -> list[dict[str, Any]]:
    skus = [line.sku for line in body.lines]
    products = {p.sku: p for p in conn.execute(select(t.products).where(t.products.c.sku.in_(skus)))}
    out = []
    for i, line in enumerate(body.lines):
        product = products.get(line.sku)
        if product is None or not product.active:
            raise field_error(("body", "lines", i, "sku"), f"no active product with SKU {line.sku}", "not_found")
        out.append(
            {
                "sku": line.sku,
                "name": product.name,
                "unit_price_cents": line.unit_price_cents,
                "list_price_cents": product.price_cents,
                "quantity": line.quantity,
            }
        )
    return out


def build_prices_router(bo: "BackOffice") -> APIRouter:
    router = APIRouter(prefix=API_PREFIX + "/price-approvals", tags=["orders"])
    User = Annotated[Principal, Depends(signed_in(bo))]
    IdemKey = Annotated[str | None, Header(description="Idempotency-Key (a UUID)")]

    def emit(event: LiveEvent) -> None:
        try:
            bo.events.emit(event)
        except ValueError:  # too big for one notification: the client reads the request itself
            bo.events.emit(
                LiveEvent(EVENT, {"id": event.data["id"], "partial": True}, event.audience, event.user_id, event.team)
            )

    @router.post("", status_code=201, response_model=PriceApproval)
    def ask(body: PriceApprovalRequest, request: Request, user: User, idempotency_key: IdemKey = None) -> Response:
        """Ask the supervisors of one's team to approve these prices."""
        user.require(STAFF)

        def write(ctx: WriteContext) -> Outcome:
            approval_id = new_id()
            ctx.conn.execute(
                insert(price_approvals).values(
                    id=approval_id,
                    requested_by=user.id,
                    team=team_of(ctx.conn, user.id),
                    customer_id=body.customer_id,
                    lines=json.dumps(_priced(ctx.conn, body), ensure_ascii=False),
                    note=body.note,
                    status=PriceApprovalStatus.PENDING.value,
                    created_at=now_utc(),
                )
            )
            row = approval_row(ctx.conn, approval_id)
            assert row is not None
            return Outcome(201, approval_model(ctx.conn, row).model_dump(mode="json"))

        sent = bo.writes.run(
            user, request.method, request.url.path, idempotency_key, body.model_dump(mode="json"), None, write
        )
        if sent.status_code == 201 and "Idempotent-Replay" not in sent.headers:
            asked = json.loads(bytes(sent.body))
            with bo.db.read.connect() as conn:
                team = team_of(conn, user.id)
            emit(LiveEvent(EVENT, asked, TO_WATCHERS, team=team))
        return sent

    def decide(approval_id: str, user: Principal, status: PriceApprovalStatus) -> JSONResponse:
        user.require(SUPERVISORS)
        with write_tx(bo.db) as ctx:
            row = approval_row(ctx.conn, approval_id, lock=True)
            if row is None or not _may_see(ctx.conn, user, row) or row.requested_by == user.id:
                raise not_found("price_approvals")
            if row.status != PriceApprovalStatus.PENDING.value:
                raise conflict(f"the request was {row.status} already", "already_decided")
            ctx.conn.execute(
                update(price_approvals)
                .where(price_approvals.c.id == approval_id)
                .values(status=status.value, decided_by=user.id, decided_at=now_utc())
            )
            decided = approval_row(ctx.conn, approval_id)
            assert decided is not None
            answer = approval_model(ctx.conn, decided).model_dump(mode="json")
        emit(LiveEvent(EVENT, answer, TO_USER, user_id=answer["requested_by"]))
        return JSONResponse(answer)

    @router.post("/{approval_id}/approve", response_model=PriceApproval)
    def approve(approval_id: str, user: User) -> JSONResponse:
        """Approve the prices asked (a supervisor of the requester's team)."""
        return decide(approval_id, user, PriceApprovalStatus.APPROVED)

    @router.post("/{approval_id}/decline", response_model=PriceApproval)
    def decline(approval_id: str, user: User) -> JSONResponse:
        """Decline the prices asked (a supervisor of the requester's team)."""
        return decide(approval_id, user, PriceApprovalStatus.DECLINED)

    @router.get("", response_model=PriceApprovals)
    def listing(
        user: User,
        status: Annotated[PriceApprovalStatus | None, Query(description="Only requests in this state")] = None,
        limit: int = Query(100, ge=1, le=500),
    ) -> PriceApprovals:
        """An agent's own requests; a supervisor's team's; everybody's for an admin. Newest first."""
        user.require(STAFF)
        c = price_approvals.c
        with bo.db.read.connect() as conn:
            stmt = select(price_approvals)
            if user.role is Role.AGENT:
                stmt = stmt.where(c.requested_by == user.id)
            elif user.role is Role.SUPERVISOR and (team := watched_team(conn, user)) is not None:
                stmt = stmt.where(c.team == team)
            if status is not None:
                stmt = stmt.where(c.status == status.value)
            rows = conn.execute(stmt.order_by(c.created_at.desc(), c.id.desc()).limit(limit)).all()
            items = [approval_model(conn, row) for row in rows]
        return PriceApprovals(items=items, max_discount_pct=float(bo.policy.max_discount_pct))

    @router.get("/{approval_id}", response_model=PriceApproval)
    def get_one(approval_id: str, user: User) -> PriceApproval:
        with bo.db.read.connect() as conn:
            row = approval_row(conn, approval_id)
            if row is None or not _may_see(conn, user, row):
                raise not_found("price_approvals")
            return approval_model(conn, row)

    return router
