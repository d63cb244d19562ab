"""Products and orders (with the order status machine)."""

from __future__ import annotations

import logging
import re
from enum import Enum
from typing import Annotated

from pydantic import AfterValidator, Field, field_validator

from crm.schemas.common import (
    Cents,
    Contract,
    CreateModel,
    Id,
    LongText,
    Name,
    PhoneText,
    ReadModel,
    ShortText,
    UpdateModel,
    UtcDatetime,
    ValueModel,
)
from crm.schemas.customers import Address

logger = logging.getLogger(__name__)
MAX_STOCK = 2**31 - 1
"""The most a product's stock may be (a 32-bit column); more is 422, not a database error."""

Sku = Annotated[str, Field(min_length=2, max_length=32, pattern=r"^[A-Z0-9][A-Z0-9_-]*$")]
_TAX_ID = re.compile(r"^([0-9A-Z]{15}|[0-9A-Z]{18}|[0-9A-Z]{20})$")


def _check_tax_id(value: str) -> str:
    value = value.strip().upper()
    if value and not _TAX_ID.match(value):
        raise ValueError("tax id must be 15, 18 or 20 letters/digits (unified social credit code)")
    return value


TaxId = Annotated[
    str,
    Field(max_length=40, description="Chinese taxpayer id: 18-character unified social credit code (or 15/20)"),
    AfterValidator(_check_tax_id),
]


class ProductCreate(CreateModel):
    sku: Sku
    name: Name
    price_cents: Cents
    stock: int = Field(default=0, ge=0, le=MAX_STOCK)
    category: str = Field(default="", max_length=50)
    active: bool = True


class ProductUpdate(UpdateModel):
    name: Name | None = None
    price_cents: Cents | None = None
    stock: int | None = Field(default=None, ge=0, le=MAX_STOCK)
    category: str | None = Field(default=None, max_length=50)
    active: bool | None = None


class ProductRead(ReadModel):
    sku: str
    name: str
    price_cents: int
    stock: int
    category: str
    active: bool


class DeliveryMethod(str, Enum):
    COURIER = "courier"
    EXPRESS = "express"
    POST = "post"
    PICKUP = "pickup"


class PaymentMethod(str, Enum):
    COD = "cod"  # cash on delivery
    ALIPAY = "alipay"
    WECHAT_PAY = "wechat_pay"
    BANK_CARD = "bank_card"
    BANK_TRANSFER = "bank_transfer"


class OrderStatus(str, Enum):
    ORDERED = "ordered"
    SORTED = "sorted"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    RETURNED = "returned"
    CANCELLED = "cancelled"


ORDER_ACTIONS: dict[str, tuple[frozenset[OrderStatus], OrderStatus]] = {
    "sort": (frozenset({OrderStatus.ORDERED}), OrderStatus.SORTED),
    "ship": (frozenset({OrderStatus.SORTED}), OrderStatus.SHIPPED),
    "deliver": (frozenset({OrderStatus.SHIPPED}), OrderStatus.DELIVERED),
    "return": (frozenset({OrderStatus.SHIPPED, OrderStatus.DELIVERED}), OrderStatus.RETURNED),
    "cancel": (frozenset({OrderStatus.ORDERED, OrderStatus.SORTED}), OrderStatus.CANCELLED),
}
"""``POST /api/v1/orders/{id}/{action}``: allowed from-statuses and the resulting status.
Any other combination is 409 ``invalid_transition``."""

EDITABLE_ORDER_STATUSES = frozenset({OrderStatus.ORDERED, OrderStatus.SORTED})
"""PATCH is allowed only in these statuses; otherwise 409 ``order_locked``."""


class OrderLine(ValueModel):
    sku: Sku
    quantity: int = Field(ge=1, le=9999)
    unit_price_cents: Cents | None = Field(
        default=None, description="Defaults to the product's current price when omitted"
    )
    name: str = Field(default="", max_length=100, description="Filled by the server from the product")


def _check_lines(lines: list[OrderLine] | None) -> list[OrderLine] | None:
    if lines is not None:
        skus = [line.sku for line in lines]
        if len(set(skus)) != len(skus):
            raise ValueError("each SKU may appear only once; change the quantity instead")
    return lines


class ApprovedPrice(Contract):
    """A line's price as asked and the catalogue price when it was asked."""

    sku: str
    name: str = ""
    unit_price_cents: int
    list_price_cents: int
    quantity: int = 1


class PriceApprovalInfo(Contract):
    """On an order: the approval of its prices (who, when, which prices)."""

    id: str
    approved_by: str
    approved_by_name: str
    approved_at: UtcDatetime
    lines: list[ApprovedPrice]


class OrderCreate(CreateModel):
    customer_id: Id
    lines: list[OrderLine] = Field(min_length=1, max_length=50)
    delivery_method: DeliveryMethod = DeliveryMethod.COURIER
    delivery_address: Address
    recipient_name: str = Field(default="", max_length=100)
    recipient_phone: PhoneText | None = None
    payment_method: PaymentMethod = PaymentMethod.COD
    media_source_id: Id | None = None
    call_log_id: Id | None = None
    invoice_title: str = Field(default="", max_length=200)
    tax_id: TaxId = ""
    rush: bool = False
    requests: LongText = ""
    price_approval_id: Id | None = Field(
        default=None, description="A supervisor's approval of prices off the catalogue (see /price-approvals)"
    )

    _lines = field_validator("lines")(_check_lines)


class OrderUpdate(UpdateModel):
    lines: list[OrderLine] | None = Field(default=None, min_length=1, max_length=50)
    delivery_method: DeliveryMethod | None = None
    delivery_address: Address | None = None
    recipient_name: str | None = Field(default=None, max_length=100)
    recipient_phone: PhoneText | None = None
    payment_method: PaymentMethod | None = None
    media_source_id: Id | None = None
    invoice_title: str | None = Field(default=None, max_length=200)
    tax_id: TaxId | None = None
    rush: bool | None = None
    requests: LongText | None = None
    price_approval_id: Id | None = None

    _lines = field_validator("lines")(_check_lines)


class OrderShip(ValueModel):
    """Body of ``POST /api/v1/orders/{id}/ship``."""

    courier: ShortText = Field(min_length=1)
    tracking_number: str = Field(min_length=4, max_length=40, pattern=r"^[A-Za-z0-9-]+$")


class OrderActionNote(ValueModel):
    """Optional body of the other order actions (``sort``, ``deliver``, ``return``, ``cancel``)."""

    reason: ShortText = ""


class OrderRead(ReadModel):
    number: str = Field(description="Assigned by the server, e.g. SO20261122-000042")
    customer_id: str
    lines: list[OrderLine]
    total_cents: int
    delivery_method: DeliveryMethod
    delivery_address: Address
    recipient_name: str
    recipient_phone: str | None
    payment_method: PaymentMethod
    media_source_id: str | None
    call_log_id: str | None = None
    invoice_title: str
    tax_id: str
    rush: bool
    requests: str
    status: OrderStatus
    status_reason: str = ""
    courier: str
    tracking_number: str
    agent_id: str | None
    shipped_at: UtcDatetime | None = None
    price_approval: PriceApprovalInfo | None = Field(
        default=None, description="Who approved prices off the catalogue, when, and which"
    )
