"""The orders behind a report's order figures (drill-down, ``/reports/orders``): the orders one row of
the report counts, where :mod:`.business` counts them — every order of its interval and group (orders,
order value, average order value), or the orders taken on its handled calls (orders per call) — with
their customer's and agent's names, in the order they were taken."""

from __future__ import annotations

import logging
from datetime import tzinfo
from typing import Any

from sqlalchemy import Select, func, select

from backoffice import tables as t
from backoffice.reports.business import call_order_scope, order_scope
from backoffice.reports.query import ReportQuery
from crm.schemas.report_orders import OrderClass

logger = logging.getLogger(__name__)


def order_rows(
    q: ReportQuery, *, bucket: int | None = None, key: str | None = None, kind: OrderClass = OrderClass.ALL
) -> tuple[Select[Any], Select[Any]]:
    """(the orders of interval ``bucket`` and group ``key`` of class ``kind``, in the order they were
    taken; their count)."""
    o, customers = t.orders, t.customers
    taker = t.users.alias("taker")
    source, index, group, where = order_scope(q) if kind is OrderClass.ALL else call_order_scope(q)
    source = source.outerjoin(customers, customers.c.id == o.c.customer_id)
    source = source.outerjoin(taker, taker.c.id == o.c.agent_id)
    if bucket is not None:
        where.append(index == bucket)
    if key is not None:
        where.append(group == key)
    rows = (
        select(
            o.c.id,
            o.c.number,
            o.c.created_at,
            o.c.customer_id,
            customers.c.name.label("customer"),
            o.c.agent_id,
            taker.c.display_name.label("agent"),
            o.c.total_cents,
            o.c.status,
            o.c.call_log_id,
        )
        .select_from(source)
        .where(*where)
        .order_by(o.c.created_at, o.c.id)
    )
    return rows, select(func.count()).select_from(source).where(*where)


def order_record(row: Any, zone: tzinfo) -> dict[str, Any]:
    """An order of :func:`order_rows` as the API gives it (``OrderRow``)."""
    return {
        "id": row.id,
        "number": row.number,
        "created_at": row.created_at.astimezone(zone).isoformat(timespec="seconds"),
        "customer_id": row.customer_id,
        "customer": row.customer or "",
        "agent_id": row.agent_id,
        "agent": row.agent or "",
        "total_cents": int(row.total_cents),
        "status": row.status,
        "call_log_id": row.call_log_id,
    }
