"""Orders: server-assigned numbers, lines priced from products, and the status machine."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection, Row

from backoffice import tables as t
from backoffice.db import WriteContext, next_order_serial
from backoffice.errors import conflict, field_error
from backoffice.prices import check_prices, mark_used
from backoffice.resources.base import ALL, STAFF, Access, Resource, now_utc
from backoffice.resources.plain import plain
from backoffice.security import Principal
from crm.schemas import EDITABLE_ORDER_STATUSES, ORDER_ACTIONS, Address, OrderStatus, ReadModel, Role
from crm.schemas.orders import PriceApprovalInfo

logger = logging.getLogger(__name__)

ACTION_ROLES: dict[str, frozenset[Role]] = {
    "cancel": frozenset({Role.AGENT, Role.SUPERVISOR}),
    "sort": frozenset({Role.LOGISTICS, Role.SUPERVISOR}),
    "ship": frozenset({Role.LOGISTICS, Role.SUPERVISOR}),
    "deliver": frozenset({Role.LOGISTICS, Role.SUPERVISOR}),
    "return": frozenset({Role.LOGISTICS, Role.SUPERVISOR}),
}


def order_number(conn: Connection) -> str:
    serial = next_order_serial(conn)
    return f"SO{now_utc():%Y%m%d}-{serial:06d}"


def price_lines(conn: Connection, lines: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """Fill names and default prices from the products; 422 for an unknown or inactive SKU."""
    skus = [line["sku"] for line in lines]
    products = {p.sku: p for p in conn.execute(select(t.products).where(t.products.c.sku.in_(skus)))}
    priced, total = [], 0
    for i, line in enumerate(lines):
        product = products.get(line["sku"])
        if product is None or not product.active:
            raise field_error(("body", "lines", i, "sku"), f"no active product with SKU {line['sku']}", "not_found")
        price = line.get("unit_price_cents")
        price = product.price_cents if price is None else price
        priced.append(
            {
                "position": i,
                "sku": product.sku,
                "name": product.name,
                "quantity": line["quantity"],
                "unit_price_cents": price,
                "list_price_cents": product.price_cents,
            }
        )
        total += price * line["quantity"]
    return priced, total


def line_rows(order_id: str, lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"order_id": order_id, **{k: v for k, v in line.items() if k != "list_price_cents"}} for line in lines]


class OrderResource(Resource):
    max_discount_pct = Decimal(10)
    """An agent's largest discount without a supervisor's approval (the app sets it from its policy)."""
    reads_inserted = True  # a new order's answer: its inserted row and the lines in hand, not read back

    def _approve(
        self, ctx: WriteContext, user: Principal, values: dict[str, Any], approval_id: str | None, order_id: str | None
    ) -> None:
        """Check the priced lines against the price rule (:mod:`backoffice.prices`); keep the approval.
        Supervisors and admins set prices themselves: what the order recorded before stays as it is."""
        if user.role is not Role.AGENT:
            values.pop("price_approval_id", None)
            return
        info = check_prices(ctx.conn, user, values["_lines"], approval_id, self.max_discount_pct, order_id)
        values["price_approval_id"] = info.id if info is not None else None
        values["price_approval"] = info.model_dump_json() if info is not None else None
        values["_approval"] = info

    def prepare_create(self, ctx: WriteContext, user: Principal, values: dict[str, Any]) -> None:
        values["_lines"], values["total_cents"] = price_lines(ctx.conn, values.pop("lines"))
        self._approve(ctx, user, values, values.get("price_approval_id"), None)
        values["number"] = order_number(ctx.conn)
        values["status"] = OrderStatus.ORDERED.value
        values["agent_id"] = user.id
        values["delivery_address"] = json.dumps(values["delivery_address"], ensure_ascii=False)

    def prepare_update(self, ctx: WriteContext, user: Principal, row: Row[Any], values: dict[str, Any]) -> None:
        if OrderStatus(row.status) not in EDITABLE_ORDER_STATUSES:
            raise conflict(f"the order is {row.status}; it can no longer be changed", "order_locked")
        if values.get("lines") is not None:
            values["_lines"], values["total_cents"] = price_lines(ctx.conn, values.pop("lines"))
            self._approve(ctx, user, values, values.get("price_approval_id") or row.price_approval_id, row.id)
        else:
            values.pop("price_approval_id", None)  # an approval is about lines: kept while they stay
        values.pop("lines", None)
        if values.get("delivery_address") is not None:
            values["delivery_address"] = json.dumps(values["delivery_address"], ensure_ascii=False)
        for key in (
            "delivery_method",
            "payment_method",
            "rush",
            "delivery_address",
            "recipient_name",
            "invoice_title",
            "tax_id",
            "requests",
        ):
            if key in values and values[key] is None:
                raise field_error(("body", key), "may not be null")

    def after_write(self, ctx: WriteContext, user: Principal, record_id: str, values: dict[str, Any]) -> None:
        info: PriceApprovalInfo | None = values.get("_approval")
        if info is not None:
            mark_used(ctx.conn, info.id, record_id)
            self.audit(ctx, user, "price_approved", record_id, info.model_dump(mode="json"))
        lines = values.get("_lines")
        if lines is None:
            return
        if "number" not in values:  # an edit (a new order has no lines yet)
            ctx.conn.execute(delete(t.order_lines).where(t.order_lines.c.order_id == record_id))
        ctx.conn.execute(insert(t.order_lines), line_rows(record_id, lines))

    def act(
        self, ctx: WriteContext, user: Principal, record_id: str, version: int, action: str, extra: dict[str, Any]
    ) -> dict[str, Any]:
        """Apply a status action (sort, ship, deliver, return, cancel)."""
        user.require(ACTION_ROLES[action])
        row = self.locked_current(ctx, user, record_id, version)
        sources, target = ORDER_ACTIONS[action]
        if OrderStatus(row.status) not in sources:
            raise conflict(f"cannot {action} an order that is {row.status}", "invalid_transition")
        values: dict[str, Any] = {"status": target.value}
        if action == "ship":
            values.update(courier=extra["courier"], tracking_number=extra["tracking_number"], shipped_at=now_utc())
        elif extra.get("reason"):
            values["status_reason"] = extra["reason"]
        self.write_columns(ctx, row, values)
        self.audit(ctx, user, action, record_id, {k: str(v) for k, v in values.items()})
        return self.read_known(ctx, user, record_id)

    def to_read(self, conn: Connection, rows: Sequence[Row[Any]]) -> list[ReadModel]:
        return [self.spec.read.model_validate(d) for d in self.dicts(conn, rows)]

    def dump(self, conn: Connection, rows: Sequence[Row[Any]]) -> list[dict[str, Any]]:
        return [self._out(d) for d in self.dicts(conn, rows)]

    def read_inserted(self, inserted: Row[Any], values: dict[str, Any]) -> dict[str, Any]:
        return self._out(_data(inserted, [_line_out(line) for line in values["_lines"]]))

    def _out(self, data: dict[str, Any]) -> dict[str, Any]:
        # stored values were validated on write: no order model per row (the first sync dumps them
        # all); the small address model still fills in any address field stored before it existed
        data["delivery_address"] = Address.model_validate(data["delivery_address"]).model_dump(mode="json")
        return plain({name: data[name] for name in self.spec.read.model_fields})

    @staticmethod
    def dicts(conn: Connection, rows: Sequence[Row[Any]]) -> list[dict[str, Any]]:
        ids = [row.id for row in rows]
        lines: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for line in conn.execute(
                select(t.order_lines)
                .where(t.order_lines.c.order_id.in_(chunk))
                .order_by(t.order_lines.c.order_id, t.order_lines.c.position)
            ):
                lines[line.order_id].append(_line_out(line._mapping))
        return [_data(row, lines[row.id]) for row in rows]


def _line_out(line: Any) -> dict[str, Any]:
    """An order line of the read model from its row (or its values as inserted)."""
    return {
        "sku": line["sku"],
        "quantity": line["quantity"],
        "unit_price_cents": line["unit_price_cents"],
        "name": line["name"],
    }


def _data(row: Row[Any], lines: list[dict[str, Any]]) -> dict[str, Any]:
    """An order's row and its lines as the read model's plain values (JSON columns decoded)."""
    data = dict(row._mapping)
    data["lines"] = lines
    data["delivery_address"] = json.loads(data["delivery_address"])
    data["price_approval"] = json.loads(data["price_approval"]) if data.get("price_approval") else None
    return data


def order_resource() -> OrderResource:
    return OrderResource(
        "orders",
        t.orders,
        Access(read=ALL, create=STAFF, update=STAFF),
        filters=("customer_id", "status", "number", "agent_id"),
        references={"customer_id": t.customers, "media_source_id": t.media_sources, "call_log_id": t.call_logs},
    )
