"""Prices off the catalogue: the approvals table, the rule, and checking an order's prices against it.

The rule (:func:`needs_approval`): an agent's order line is at the catalogue price, or below it by at most
the centre's limit (``BACKOFFICE_ORDERS_MAX_DISCOUNT_PCT``, :mod:`backoffice.policy`; 100 turns the rule
off, as the desktop's embedded back office does: one desk, no supervisor). A deeper discount
or a price above the list needs a supervisor's approval (``crm.schemas.prices``): the order names the
approval, which must be the agent's own, approved, unused, and name each such line's SKU at exactly
that unit price. Supervisors' and admins' own orders are not checked (they are the ones who approve).

What was approved is stored on the order (``price_approval``: who, when, which prices) and in its audit
history (action ``price_approved``); the approval remembers the order that used it. The routes are in
:mod:`backoffice.routes_prices`.
"""

from __future__ import annotations

import json
import logging
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, select, update
from sqlalchemy.engine import Connection, Row

from backoffice import tables as t
from backoffice.errors import ApiError
from backoffice.security import Principal
from crm.schemas import Role
from crm.schemas.prices import ApprovedPrice, PriceApproval, PriceApprovalInfo, PriceApprovalStatus

logger = logging.getLogger(__name__)

price_approvals = Table(
    "price_approvals",
    t.metadata,
    Column("id", String(36), primary_key=True),
    Column("requested_by", String(36), ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("team", String(64), nullable=False),
    Column("customer_id", String(36), nullable=True),
    Column("lines", Text, nullable=False),  # [ApprovedPrice] as JSON
    Column("note", String(200), nullable=False),
    Column("status", String(10), nullable=False),
    Column("decided_by", String(36), ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
    Column("decided_at", t.UtcDateTime, nullable=True),
    Column("created_at", t.UtcDateTime, nullable=False),
    Column("order_id", String(36), nullable=True),
    Index("ix_price_approvals_requested_by", "requested_by", "created_at"),
    Index("ix_price_approvals_team_status", "team", "status"),
)

REQUIRED = "price_approval_required"
"""403 code: a line's price needs an approval and the order names none."""
INVALID = "price_approval_invalid"
"""403 code: the approval named is not usable for these prices (not the agent's, not approved (yet),
declined, used by another order, or not covering a line's price)."""


def needs_approval(unit_cents: int, list_cents: int, max_discount_pct: Decimal) -> bool:
    """A price above the list, or more than ``max_discount_pct`` % below it (exact: integer cents)."""
    if unit_cents > list_cents:
        return True
    return Decimal(unit_cents) * 100 < Decimal(list_cents) * (100 - max_discount_pct)


def _yuan(cents: int) -> str:
    return f"{Decimal(cents) / 100:.2f}"


def user_name(conn: Connection, user_id: str | None) -> str:
    if user_id is None:
        return ""
    row = conn.execute(select(t.users.c.display_name, t.users.c.username).where(t.users.c.id == user_id)).first()
    return str(row.display_name or row.username) if row is not None else ""


def approval_model(conn: Connection, row: Row[Any]) -> PriceApproval:
    return PriceApproval(
        id=row.id,
        status=PriceApprovalStatus(row.status),
        requested_by=row.requested_by,
        requested_by_name=user_name(conn, row.requested_by),
        customer_id=row.customer_id,
        lines=[ApprovedPrice.model_validate(line) for line in json.loads(row.lines)],
        note=row.note,
        created_at=row.created_at,
        decided_by=row.decided_by,
        decided_by_name=user_name(conn, row.decided_by),
        decided_at=row.decided_at,
        order_id=row.order_id,
    )


def approval_row(conn: Connection, approval_id: str, *, lock: bool = False) -> Row[Any] | None:
    stmt = select(price_approvals).where(price_approvals.c.id == approval_id)
    if lock and conn.dialect.name != "sqlite":
        stmt = stmt.with_for_update()
    return conn.execute(stmt).first()


def check_prices(
    conn: Connection,
    user: Principal,
    lines: list[dict[str, Any]],
    approval_id: str | None,
    max_discount_pct: Decimal,
    order_id: str | None = None,
) -> PriceApprovalInfo | None:
    """The approval that covers ``lines`` (priced: ``unit_price_cents`` and ``list_price_cents``), None
    when none is needed; 403 ``price_approval_required`` / ``price_approval_invalid`` otherwise."""
    if user.role is not Role.AGENT or max_discount_pct >= 100:  # 100: no approvals (a desk of one)
        return None
    off = [
        line for line in lines if needs_approval(line["unit_price_cents"], line["list_price_cents"], max_discount_pct)
    ]
    if not off:
        return None
    if approval_id is None:
        first = off[0]
        raise ApiError(
            403,
            f"{first['sku']} at {_yuan(first['unit_price_cents'])} (list price {_yuan(first['list_price_cents'])})"
            f" needs a supervisor's approval: without one an agent may give at most {max_discount_pct.normalize():f} % off"
            " the list price (ask for it: POST /price-approvals, then send its id as price_approval_id)",
            REQUIRED,
        )
    row = approval_row(conn, approval_id, lock=True)
    if row is None or row.requested_by != user.id:
        raise ApiError(403, "no price approval of yours has this id", INVALID)
    if row.status != PriceApprovalStatus.APPROVED.value:
        raise ApiError(403, f"the price approval is {row.status}, not approved", INVALID)
    if row.order_id is not None and row.order_id != order_id:
        raise ApiError(403, "the price approval was used for another order", INVALID)
    approved = {line["sku"]: line for line in json.loads(row.lines)}
    for line in off:
        granted = approved.get(line["sku"])
        if granted is None or granted["unit_price_cents"] != line["unit_price_cents"]:
            raise ApiError(
                403, f"the price approval does not cover {line['sku']} at {_yuan(line['unit_price_cents'])}", INVALID
            )
    assert row.decided_by is not None and row.decided_at is not None  # approved
    return PriceApprovalInfo(
        id=row.id,
        approved_by=row.decided_by,
        approved_by_name=user_name(conn, row.decided_by),
        approved_at=row.decided_at,
        lines=[ApprovedPrice.model_validate(line) for line in json.loads(row.lines)],
    )


def mark_used(conn: Connection, approval_id: str, order_id: str) -> None:
    """The approval now belongs to ``order_id`` (checked unused by :func:`check_prices` under its lock)."""
    conn.execute(update(price_approvals).where(price_approvals.c.id == approval_id).values(order_id=order_id))
