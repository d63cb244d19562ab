"""Logistics: courier rules (delivery method + region → courier) and sorting orders to couriers.

Endpoints (back office, ``backoffice.routes_logistics``):

* ``GET /api/v1/logistics/rules`` → :class:`CourierRules`; ``PUT`` replaces the whole list
  (roles logistics, supervisor, admin). Rules are tried in order; the first that matches wins.
* ``GET /api/v1/logistics/orders?status=ordered&limit=&offset=`` → a page of :class:`LogisticsOrder`
  (oldest first: the sorting queue), each an order plus its sorting/hand-over dates; an order that
  names no ``recipient_phone`` carries its customer's first phone there (the courier calls it).
* ``POST /api/v1/logistics/sort`` with :class:`SortRequest` → ``{"items": [LogisticsOrder]}``: every
  listed order goes ordered → sorted with its courier and dates, all or none (409
  ``invalid_transition`` if one is not ``ordered``, 412 with ``current`` if one changed meanwhile).
  Shipping stays ``POST /orders/{id}/ship`` with the tracking number.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from pydantic import ConfigDict, Field

from crm.schemas.common import Contract, Id, UtcDatetime, ValueModel
from crm.schemas.customers import Address
from crm.schemas.orders import DeliveryMethod, OrderRead

logger = logging.getLogger(__name__)


class CourierRule(ValueModel):
    """``delivery_method`` None = any; ``region`` "" = anywhere, else a prefix of the province or
    city (``广东`` matches 广东省, ``杭州`` matches 杭州市)."""

    delivery_method: DeliveryMethod | None = None
    region: str = Field(default="", max_length=32)
    courier: str = Field(min_length=1, max_length=100)


class CourierRules(Contract):
    model_config = ConfigDict(extra="forbid")

    rules: list[CourierRule] = Field(default_factory=list, max_length=500)


class SortItem(ValueModel):
    order_id: Id
    version: int = Field(ge=1, description="The order version the choice was made on (If-Match)")
    courier: str = Field(min_length=1, max_length=100)
    sort_date: date | None = None
    handover_date: date | None = None


class SortRequest(Contract):
    model_config = ConfigDict(extra="forbid")

    items: list[SortItem] = Field(min_length=1, max_length=2000)


class LogisticsOrder(OrderRead):
    """An order with its logistics dates (sorted_at is set by the server when it is sorted)."""

    sort_date: date | None = None
    handover_date: date | None = None
    sorted_at: UtcDatetime | None = None


def match_courier(
    rules: list[CourierRule], method: DeliveryMethod | str, address: Address | dict[str, Any]
) -> str | None:
    """The courier of the first rule matching the order's delivery method and address, if any."""
    method_value = getattr(method, "value", method)
    if isinstance(address, Address):
        province, city = address.province, address.city
    else:
        province, city = str(address.get("province") or ""), str(address.get("city") or "")
    for rule in rules:
        if rule.delivery_method is not None and rule.delivery_method.value != method_value:
            continue
        if rule.region and not (province.startswith(rule.region) or city.startswith(rule.region)):
            continue
        return rule.courier
    return None
