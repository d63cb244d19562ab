"""Customer search: every given condition of :class:`crm.schemas.CustomerSearch` must hold."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.engine import Connection, Row

from backoffice import tables as t
from backoffice.errors import field_error
from crm.phones import try_normalize_phone
from crm.schemas import CustomerSearch, OrderStatus
from crm.schemas.day_or_time import bound

logger = logging.getLogger(__name__)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _starts(column: Any, text: str, sqlite: bool) -> Any:
    """``column`` starts with ``text``, written so that the column's index can serve it."""
    if sqlite:  # SQLite compares UTF-8 bytes: a half-open range is an index range scan
        return and_(column >= text, column < text + "\U0010ffff")
    return column.like(_escape(text) + "%", escape="\\")


def conditions(q: CustomerSearch, sqlite: bool = True) -> list[Any]:
    """Each condition is an indexed lookup or an ``id IN (indexed subquery)``, never a per-row probe."""
    c = t.customers.c
    out: list[Any] = []
    if q.name:
        out.append(or_(_starts(c.name, q.name, sqlite), _starts(c.name_initials, q.name.lower(), sqlite)))
    if q.phone:
        number = try_normalize_phone(q.phone)
        if number is None:
            raise field_error(("query", "phone"), "not a phone number")
        out.append(c.id.in_(select(t.customer_phones.c.customer_id).where(t.customer_phones.c.normalized == number)))
    if q.city:
        out.append(_starts(c.city, q.city, sqlite))
    if q.region:
        out.append(
            or_(
                _starts(c.province, q.region, sqlite),
                _starts(c.city, q.region, sqlite),
                _starts(c.district, q.region, sqlite),
            )
        )
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
        out.append(
            c.id.in_(select(t.complaints.c.customer_id).where(t.complaints.c.status == q.complaint_status.value))
        )
    return out


def _order_conditions(q: CustomerSearch) -> list[Any]:
    o = t.orders.c
    out: list[Any] = []
    low, high = bound(q.order_from, False), bound(q.order_to, True)
    if low or high:
        inner = []
        if low:
            inner.append(o.created_at >= low)
        if high:
            inner.append(o.created_at < high)
        out.append(t.customers.c.id.in_(select(o.customer_id).where(*inner)))
    if q.product_sku:
        out.append(
            t.customers.c.id.in_(
                select(o.customer_id)
                .join(t.order_lines, t.order_lines.c.order_id == o.id)
                .where(t.order_lines.c.sku == q.product_sku, o.status != OrderStatus.CANCELLED.value)
            )
        )
    return out


def search_rows(conn: Connection, q: CustomerSearch) -> tuple[Sequence[Row[Any]], int]:
    """Matching customer rows (newest first) and the total count."""
    where = conditions(q, sqlite=conn.dialect.name == "sqlite")
    base = select(t.customers).where(*where) if where else select(t.customers)
    total = conn.execute(select(func.count()).select_from(base.subquery())).scalar_one()
    rows = conn.execute(
        base.order_by(t.customers.c.created_at.desc(), t.customers.c.id.desc()).limit(q.limit).offset(q.offset)
    ).all()
    return rows, total
