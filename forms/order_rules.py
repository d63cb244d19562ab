"""What the order form edits, exact money, validation and the body sent to the CRM. No Qt.

Money is integer cents (fen) computed with :class:`decimal.Decimal`: a line's discount (percent)
gives its unit price rounded half-up to the fen, and the line total is unit price × quantity, exactly
what the server computes from the ``unit_price_cents`` it receives.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from crm.i18n import QT_TRANSLATE_NOOP, Msg
from crm.phones import InvalidPhoneNumber, normalize_phone
from crm.records import CustomerRecord, OrderLineDict, OrderRecord
from forms.address_rules import AddressValue, canonical_province, validate_address

logger = logging.getLogger(__name__)

DELIVERY_METHODS = ("express", "courier", "post", "pickup")
PAYMENT_METHODS = ("cod", "alipay", "wechat_pay", "bank_card", "bank_transfer")
MAX_LINES = 50
MAX_QUANTITY = 9999
MAX_REQUESTS = 4000
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$")


def uscc_check_char(first17: str) -> str:
    """The check character of a unified social credit code (GB 32100-2015) for its first 17 chars."""
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_CHARS[(31 - total % 31) % 31]


def uscc_valid(code: str) -> bool:
    code = code.strip().upper()
    return bool(_USCC.match(code)) and uscc_check_char(code[:17]) == code[17]


def parse_money(text: str) -> int | None:
    """Yuan as typed ("12.5", "¥1,280.00") → cents; None when not a non-negative amount with ≤ 2 decimals."""
    cleaned = text.strip().replace(",", "").replace("¥", "").replace("￥", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    exponent = value.as_tuple().exponent  # an int for every finite value
    if not value.is_finite() or value < 0 or not isinstance(exponent, int) or exponent < -2:
        return None
    return int(value * 100)


def format_money(cents: int) -> str:
    """Cents → "1,280.00" (no currency sign)."""
    return f"{Decimal(cents) / 100:,.2f}"


@dataclass
class LineDraft:
    """One order line as the agent edits it."""

    sku: str
    name: str = ""
    quantity: int = 1
    list_price_cents: int = 0
    discount_percent: str = "0"
    stock: int | None = None

    def discount(self) -> Decimal | None:
        try:
            value = Decimal(self.discount_percent.strip() or "0")
        except InvalidOperation:
            return None
        exponent = value.as_tuple().exponent  # an int for every finite value
        in_range = value.is_finite() and isinstance(exponent, int) and 0 <= value <= 100 and exponent >= -2
        return value if in_range else None

    def unit_price_cents(self) -> int:
        discount = self.discount() or Decimal(0)
        unit = Decimal(self.list_price_cents) * (Decimal(100) - discount) / Decimal(100)
        return int(unit.quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def total_cents(self) -> int:
        return self.unit_price_cents() * max(0, self.quantity)


@dataclass
class OrderDraft:
    """Everything on the order form (also what a draft saves)."""

    customer_id: str = ""
    customer_name: str = ""
    lines: list[LineDraft] = field(default_factory=list)
    delivery_method: str = "express"
    address: AddressValue = field(default_factory=AddressValue)
    recipient_name: str = ""
    recipient_phone: str = ""
    payment_method: str = "cod"
    media_source_id: str = ""
    call_log_id: str = ""
    invoice_title: str = ""
    tax_id: str = ""
    rush: bool = False
    requests: str = ""
    order_id: str = ""
    """Set when editing an existing order."""
    price_approval_id: str = ""
    """A supervisor's approval of the prices off the catalogue (:mod:`forms.order_prices`)."""

    def total_cents(self) -> int:
        return sum(line.total_cents() for line in self.lines)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OrderDraft:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["lines"] = [
            LineDraft(**{k: v for k, v in line.items() if k in LineDraft.__dataclass_fields__})
            for line in data.get("lines") or ()
        ]
        known["address"] = AddressValue.from_dict(data.get("address"))
        return cls(**known)

    @classmethod
    def from_order(
        cls, order: OrderRecord, customer_name: str = "", list_price: Callable[[str], int | None] | None = None
    ) -> OrderDraft:
        """An existing order (as stored) in the form's terms. The CRM keeps only the discounted
        ``unit_price_cents``; with ``list_price`` (SKU → the product's price in cents) a line priced
        below the list price shows that price and its discount again (see :func:`line_from_order`)."""
        lines = [line_from_order(ln, list_price) for ln in order.get("lines") or ()]
        return cls(
            customer_id=order.get("customer_id") or "",
            customer_name=customer_name,
            lines=lines,
            delivery_method=order.get("delivery_method") or "express",
            address=AddressValue.from_dict(order.get("delivery_address")),
            recipient_name=order.get("recipient_name") or "",
            recipient_phone=order.get("recipient_phone") or "",
            payment_method=order.get("payment_method") or "cod",
            media_source_id=order.get("media_source_id") or "",
            call_log_id=order.get("call_log_id") or "",
            invoice_title=order.get("invoice_title") or "",
            tax_id=order.get("tax_id") or "",
            rush=bool(order.get("rush")),
            requests=order.get("requests") or "",
            order_id=order["id"],
        )


def line_from_order(line: OrderLineDict, list_price: Callable[[str], int | None] | None = None) -> LineDraft:
    """A stored order line as the form edits it: the list price and the discount % that give exactly
    the stored unit price when there is one (≤ 2 decimals), else the unit price with no discount."""
    sku, unit = str(line["sku"]), int(line.get("unit_price_cents") or 0)
    draft = LineDraft(sku=sku, name=line.get("name") or "", quantity=int(line["quantity"]), list_price_cents=unit)
    listed = list_price(sku) if list_price is not None else None
    if listed and 0 <= unit < listed:
        percent = (Decimal(listed - unit) * 100 / Decimal(listed)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        text = f"{percent:f}".rstrip("0").rstrip(".")
        discounted = replace(draft, list_price_cents=listed, discount_percent=text)
        if discounted.unit_price_cents() == unit:
            return discounted
    return draft


def _t(text: str) -> Msg:
    return QT_TRANSLATE_NOOP("OrderForm", text)


def validate_order(draft: OrderDraft, region: str = "CN") -> dict[str, str]:
    """Problems by field: customer, lines, lines.<i>.quantity, lines.<i>.discount, delivery_method,
    address.<field>, recipient_phone, payment_method, invoice_title, tax_id, requests (a :class:`Msg`, or
    a plain str once a number was put in)."""
    errors: dict[str, str] = {}
    if not draft.customer_id:
        errors["customer"] = _t("Choose the customer (search by name or phone).")
    if not draft.lines:
        errors["lines"] = _t("Add at least one product.")
    elif len(draft.lines) > MAX_LINES:
        errors["lines"] = _t("An order has at most 50 lines.")
    for i, line in enumerate(draft.lines):
        if not 1 <= line.quantity <= MAX_QUANTITY:
            errors[f"lines.{i}.quantity"] = _t("The quantity must be between 1 and 9999.")
        elif line.stock is not None and line.quantity > line.stock:
            errors[f"lines.{i}.quantity"] = _t("Only %1 in stock.").replace("%1", str(line.stock))
        if line.discount() is None:
            errors[f"lines.{i}.discount"] = _t("The discount is a percentage from 0 to 100.")
    if draft.delivery_method not in DELIVERY_METHODS:
        errors["delivery_method"] = _t("Choose how the order is delivered.")
    pickup = draft.delivery_method == "pickup"
    for name, message in validate_address(draft.address, required=not pickup).items():
        errors[f"address.{name}"] = message
    if draft.recipient_phone.strip():
        try:
            full = normalize_phone(draft.recipient_phone, region).startswith("+")  # not a short service number
        except InvalidPhoneNumber:
            full = False
        if not full:
            errors["recipient_phone"] = _t("Not a valid phone number.")
    if draft.payment_method not in PAYMENT_METHODS:
        errors["payment_method"] = _t("Choose how the customer pays.")
    tax_id = draft.tax_id.strip().upper()
    if tax_id:
        if len(tax_id) != 18:
            errors["tax_id"] = _t("A unified social credit code has 18 characters (now %1).").replace(
                "%1", str(len(tax_id))
            )
        elif not _USCC.match(tax_id):
            errors["tax_id"] = _t("Only digits and capital letters except I, O, S, V and Z.")
        elif not uscc_valid(tax_id):
            errors["tax_id"] = _t("The check character is wrong: look for a typo.")
        if not draft.invoice_title.strip():
            errors["invoice_title"] = _t("An invoice with a tax id needs a title (company name).")
    if len(draft.invoice_title) > 200:
        errors["invoice_title"] = _t("The invoice title is limited to 200 characters.")
    if len(draft.requests) > MAX_REQUESTS:
        errors["requests"] = _t("Special requests are limited to 4000 characters.")
    return errors


def order_body(draft: OrderDraft) -> dict[str, Any]:
    """The fields of an OrderCreate (or a full OrderUpdate) for a valid draft."""
    address = draft.address
    province = canonical_province(address.province) or address.province
    body: dict[str, Any] = {
        "lines": [
            {"sku": ln.sku, "quantity": ln.quantity, "unit_price_cents": ln.unit_price_cents()} for ln in draft.lines
        ],
        "delivery_method": draft.delivery_method,
        "delivery_address": replace(address, province=province).as_dict()
        if any(address.as_dict().values())
        else AddressValue().as_dict(),
        "recipient_name": draft.recipient_name.strip(),
        "recipient_phone": draft.recipient_phone.strip() or None,
        "payment_method": draft.payment_method,
        "media_source_id": draft.media_source_id or None,
        "invoice_title": draft.invoice_title.strip(),
        "tax_id": draft.tax_id.strip().upper(),
        "rush": draft.rush,
        "requests": draft.requests.strip(),
    }
    if draft.price_approval_id:
        body["price_approval_id"] = draft.price_approval_id
    if not draft.order_id:
        body["customer_id"] = draft.customer_id
        if draft.call_log_id:
            body["call_log_id"] = draft.call_log_id
    return body


def first_phone(customer: CustomerRecord) -> str:
    """The customer's first mobile number (else the first number) as typed, for the recipient."""
    phones = [p for p in customer.get("phones") or () if isinstance(p, dict) and p.get("number")]
    mobile = [p for p in phones if p.get("type") == "mobile"]
    return str((mobile or phones or [{"number": ""}])[0]["number"])
