"""The orders behind a report's order figures (drill-down).

``GET /api/v1/reports/orders?<the report's filters>&bucket=&key=&orders=&limit=&offset=``: a page of
:class:`OrderRow`, the orders one row of the report counts, in the order they were taken. Times are
ISO 8601 with the centre's offset, money in cents.
"""

from __future__ import annotations

import logging
from enum import Enum

from pydantic import Field

from crm.schemas.common import Contract

logger = logging.getLogger(__name__)


class OrderClass(str, Enum):
    """Which orders of a row (``/reports/orders?orders=``)."""

    ALL = "all"
    """Every order the row counts: its orders, order value and average order value."""
    ON_CALLS = "on_calls"
    """The orders taken on the row's handled calls: its orders per call."""


class OrderRow(Contract):
    """One order as the reports count it."""

    id: str
    number: str
    created_at: str = Field(description="When it was taken, on the centre's clock")
    customer_id: str
    customer: str = Field(description="The customer's name")
    agent_id: str | None
    agent: str = Field(description="The name of the agent who took it ('' when none is known)")
    total_cents: int
    status: str
    call_log_id: str | None = Field(description="The call it was taken on (null: none)")


class OrderPage(Contract):
    items: list[OrderRow]
    total: int
    limit: int
    offset: int
