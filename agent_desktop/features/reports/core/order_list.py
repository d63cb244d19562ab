"""The orders behind an order figure as the drill-down lists them (``/reports/orders``, see
:mod:`crm.schemas.report_orders`): which orders, columns, how each cell reads, a page read. No Qt;
blocking: read pages through ``ctx.tasks``.

An order's time is on the centre's clock as the back office gave it, its value in yuan as the report
tables write money, its status as the card shows it (:mod:`crm.code_labels`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from agent_desktop.features.reports.core.crm_calls import ReportCalls
from agent_desktop.features.reports.core.figures import format_value
from crm.code_labels import code_label
from crm.i18n import QT_TRANSLATE_NOOP, Msg
from crm.schemas.report_orders import OrderClass

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class OrderDrill:
    """The orders behind one figure: the report's query, the row's interval and group, which orders."""

    params: dict[str, str]
    bucket: str | None
    key: str | None
    orders: OrderClass

    def query(self) -> dict[str, str]:
        out = dict(self.params, orders=self.orders.value)
        if self.bucket is not None:
            out["bucket"] = self.bucket
        if self.key is not None:
            out["key"] = self.key
        return out


ORDER_COLUMNS: tuple[tuple[str, Msg], ...] = (
    ("number", QT_TRANSLATE_NOOP("Reports", "Order number")),
    ("created_at", QT_TRANSLATE_NOOP("Reports", "Taken at")),
    ("customer", QT_TRANSLATE_NOOP("Reports", "Customer")),
    ("agent", QT_TRANSLATE_NOOP("ReportExport", "Agent")),
    ("total_cents", QT_TRANSLATE_NOOP("Reports", "Amount")),
    ("status", QT_TRANSLATE_NOOP("Reports", "Status")),
)
"""(field of a :class:`crm.schemas.report_orders.OrderRow`, header) of the drill-down's columns."""


def order_cell(order: Mapping[str, Any], field: str) -> str | Msg:
    """How the drill-down writes ``field`` of ``order`` (a :class:`Msg` to translate for a status)."""
    value = order.get(field)
    if value is None or value == "":
        return ""
    if field == "created_at":
        return str(value)[:19].replace("T", " ")
    if field == "total_cents":
        return format_value("order_value", int(value))
    if field == "status":
        return code_label(str(value))
    return str(value)


def orders_page(drill: OrderDrill, api: ReportCalls, limit: int, offset: int) -> dict[str, Any]:
    """``GET /reports/orders``: a :class:`crm.schemas.report_orders.OrderPage` as JSON."""
    params = dict(drill.query(), limit=str(limit), offset=str(offset))
    page: dict[str, Any] = api.client.request("GET", "/reports/orders", params=params).json()
    return page
