"""Customer search: every given condition of :class:`crm.schemas.CustomerSearch` must hold."""
from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.engine import Connection

from backoffice import tables as t
from backoffice.errors import field_error
from crm.phones import try_normalize_phone
from crm.schemas import CustomerSearch, OrderStatus
from crm.schemas.day_or_time import bound

logger = logging.getLogger(__name__)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _prefix(column: Any, text: str) -> Any:
    return column.like(_escape(text) + "%", escape="\\")


def conditions(q: CustomerSearch) -> list[Any]:
    c = t.customers.c
    out: list[Any] = []
    if q.name:
        out.append(or_(c.name.like("%" + _escape(q.name) + "%", escape="\\"),
                       _prefix(c.name_initials, q.name.lower())))
    if q.phone:
        number = try_normalize_phone(q.phone)
        if number is None:
            raise field_error(("query", "phone"), "not a phone number")
        out.append(exists().where(t.customer_phones.c.customer_id == c.id,
                                  t.customer_phones.c.normalized == number))
    if q.city:
        out.append(_prefix(c.city, q.city))
    if q.region:
        out.append(or_(_prefix(c.province, q.region), _prefix(c.city, q.region), _prefix(c.district, q.region)))
    if q.tag:
        out.append(c.tags_index.like("%|" + _escape(q.tag) + "|%", escape="\\"))
    if q.vip_level is not None:
        out.append(c.vip_level == q.vip_level)
    if q.vip_min is not None:
        out.append(c.vip_level >= q.vip_min)
    for flag in ("accepts_samples", "follow_up_opt_in"):
        if getattr(q, flag) is not None:
            out.append(c[flag].is_(getattr(q, flag)))
    if q.call_window is not None:
        out.append(c.call_window == q.call_window.value)
    low, high = bound(q.last_contact_from, False), bound(q.last_contact_to, True)
    if low:
        out.append(c.last_contact_at >= low)
    if high:
        out.append(c.last_contact_at < high)
    out.extend(_order_conditions(q))
    if q.complaint_status is not None:
        out.append(exists().where(t.complaints.c.customer_id == c.id,
                                  t.complaints.c.status == q.complaint_status.value))
    return out


def _order_conditions(q: CustomerSearch) -> list[Any]:
    o = t.orders.c
    out: list[Any] = []
    low, high = bound(q.order_from, False), bound(q.order_to, True)
    if low or high:
        inner = [o.customer_id == t.customers.c.id]
        if low:
            inner.append(o.created_at >= low)
        if high:
            inner.append(o.created_at < high)
        out.append(exists().where(*inner))
    if q.product_sku:
        out.append(exists().where(o.customer_id == t.customers.c.id, o.status != OrderStatus.CANCELLED.value,
                                  t.order_lines.c.order_id == o.id, t.order_lines.c.sku == q.product_sku))
    return out


def search_rows(conn: Connection, q: CustomerSearch) -> tuple[list[Any], int]:
    """Matching customer rows (newest first) and the total count."""
    where = conditions(q)
    base = select(t.customers).where(*where) if where else select(t.customers)
    total = conn.execute(select(func.count()).select_from(base.subquery())).scalar_one()
    rows = conn.execute(base.order_by(t.customers.c.created_at.desc(), t.customers.c.id.desc())
                        .limit(q.limit).offset(q.offset)).all()
    return rows, total
