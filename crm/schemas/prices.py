"""Price approvals: an agent's order at a price off the catalogue needs a supervisor's yes.

An agent may sell at the catalogue price, or below it by up to the centre's limit (the back office's
``BACKOFFICE_ORDERS_MAX_DISCOUNT_PCT``, 10 % unless set). Any other unit price (a deeper discount, or a
price above the list) needs an approval: the agent asks (``POST /price-approvals`` with the prices),
the supervisors of the agent's team see the request at once as a live event and approve or decline it,
and the order carries the approval's id (``price_approval_id``). The order then keeps who approved
what and when (:class:`PriceApprovalInfo`). One approval serves one order.
"""

from __future__ import annotations

import logging
from enum import Enum

from pydantic import Field, field_validator

from crm.schemas.common import Cents, Contract, Id, ShortText, UtcDatetime, ValueModel
from crm.schemas.orders import ApprovedPrice, PriceApprovalInfo, Sku

logger = logging.getLogger(__name__)

__all__ = [
    "ApprovedPrice",
    "PriceApproval",
    "PriceApprovalInfo",
    "PriceApprovalRequest",
    "PriceApprovalStatus",
    "PriceApprovals",
    "PriceAsked",
]


class PriceApprovalStatus(str, Enum):
    PENDING = "pending"
    APPROVED = "approved"
    DECLINED = "declined"


class PriceAsked(ValueModel):
    """One line of a request: the unit price the agent wants to charge."""

    sku: Sku
    unit_price_cents: Cents
    quantity: int = Field(default=1, ge=1, le=9999)


class PriceApprovalRequest(ValueModel):
    """Body of ``POST /api/v1/price-approvals`` (idempotent with ``Idempotency-Key``)."""

    lines: list[PriceAsked] = Field(min_length=1, max_length=50)
    customer_id: Id | None = None
    note: ShortText = ""

    @field_validator("lines")
    @classmethod
    def _once_per_sku(cls, lines: list[PriceAsked]) -> list[PriceAsked]:
        skus = [line.sku for line in lines]
        if len(set(skus)) != len(skus):
            raise ValueError("each SKU may appear only once")
        return lines


class PriceApproval(Contract):
    """A request and, once decided, the decision."""

    id: str
    status: PriceApprovalStatus
    requested_by: str
    requested_by_name: str
    customer_id: str | None
    lines: list[ApprovedPrice]
    note: str
    created_at: UtcDatetime
    decided_by: str | None = None
    decided_by_name: str = ""
    decided_at: UtcDatetime | None = None
    order_id: str | None = Field(default=None, description="The order that used the approval (one order each)")


class PriceApprovals(Contract):
    """``GET /api/v1/price-approvals``: newest first."""

    items: list[PriceApproval]
    max_discount_pct: float = Field(description="The discount an agent may give without an approval")
