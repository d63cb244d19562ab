"""Which order lines are off the catalogue price, what to ask a supervisor, and whether an approval
covers the lines. No Qt.

The back office decides which prices need an approval (``backoffice.prices``: more than the centre's
discount limit below the list, or above it); the desktop applies the same rule with the limit the back
office told it (``GET /price-approvals``), or to any price off the list while it does not know the limit,
and sends the approval's id with the order once a supervisor approved exactly those prices.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from forms.order_rules import LineDraft

logger = logging.getLogger(__name__)

ListPrice = Callable[[str], "int | None"]
"""SKU → the catalogue price in cents (None for an unknown SKU)."""


def off_list(lines: list[LineDraft], list_price: ListPrice, max_discount_pct: float | None = None) -> list[LineDraft]:
    """The lines that need a supervisor's approval: above the catalogue price or more than
    ``max_discount_pct`` % below it (the back office's rule; None, not known: any price off the list).
    Unknown SKUs are the server's to judge."""
    limit = Decimal(str(max_discount_pct)) if max_discount_pct is not None else Decimal(0)
    out = []
    for line in lines:
        listed = list_price(line.sku)
        if listed is None:
            continue
        unit = line.unit_price_cents()
        if unit > listed or Decimal(unit) * 100 < Decimal(listed) * (100 - limit):
            out.append(line)
    return out


def approval_request(
    lines: list[LineDraft], list_price: ListPrice, customer_id: str = "", max_discount_pct: float | None = None
) -> dict[str, Any]:
    """The body of ``POST /price-approvals`` for the lines that need an approval."""
    body: dict[str, Any] = {
        "lines": [
            {"sku": ln.sku, "unit_price_cents": ln.unit_price_cents(), "quantity": max(1, ln.quantity)}
            for ln in off_list(lines, list_price, max_discount_pct)
        ]
    }
    if customer_id:
        body["customer_id"] = customer_id
    return body


def covers(
    approved_lines: list[dict[str, Any]],
    lines: list[LineDraft],
    list_price: ListPrice,
    max_discount_pct: float | None = None,
) -> bool:
    """Every line that needs an approval is among ``approved_lines`` at exactly its unit price."""
    granted = {str(a.get("sku")): a.get("unit_price_cents") for a in approved_lines}
    return all(granted.get(ln.sku) == ln.unit_price_cents() for ln in off_list(lines, list_price, max_discount_pct))
