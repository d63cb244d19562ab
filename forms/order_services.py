"""What the order form needs from the rest of the application, passed in (no singletons). No Qt."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from crm.records import CustomerRecord, MediaSourceRecord
from crm.store.drafts import DraftStore
from crm.store.orders import OrderBook
from crm.store.products import ProductHit

logger = logging.getLogger(__name__)

Run = Callable[..., Any]
"""``run(op, on_success, on_failure, owner=widget)`` like agent_desktop.shell.tasks.BackgroundTasks.run."""


def run_now(
    op: Callable[[], Any],
    on_success: Callable[[Any], Any] | None = None,
    on_failure: Callable[[BaseException], Any] | None = None,
    **_kw: Any,
) -> None:
    """A synchronous stand-in for BackgroundTasks.run (tests, tools)."""
    try:
        result = op()
    except Exception as exc:
        if on_failure is None:
            raise
        on_failure(exc)
        return
    if on_success is not None:
        on_success(result)


@dataclass
class OrderServices:
    """The order form's dependencies: the store's order book, drafts, products and a task runner."""

    book: OrderBook
    search_products: Callable[[str, int], Sequence[ProductHit]]
    drafts: DraftStore | None = None
    run: Run = run_now
    write: Run = run_now
    """Like ``run``, for saving what the agent entered (BackgroundTasks.write: in order, finished before quitting)."""
    region: str = "CN"
    ask_approval: Callable[[dict[str, Any]], dict[str, Any]] | None = None
    """Ask the supervisors to approve prices (``CrmClient.ask_price_approval``); None: no shared CRM."""
    read_approval: Callable[[str], dict[str, Any]] | None = None
    """Read a price approval request again (``CrmClient.price_approval``)."""
    max_discount_pct: float | None = None
    """The discount an agent may give without an approval, as the CRM said (None: not known yet)."""

    @property
    def store(self) -> Any:
        return self.book.store

    def customer(self, customer_id: str) -> CustomerRecord | None:
        return self.store.get("customers", customer_id) if customer_id else None

    def find_customers(self, text: str, limit: int = 30) -> list[CustomerRecord]:
        """Customers by phone (any form) or by part of the name, from the local store."""
        text = text.strip()
        if not text:
            return []
        by_phone = self.store.customers_by_phone(text) if any(c.isdigit() for c in text) else []
        return by_phone or self.store.search_customers(text, limit=limit)

    def list_price(self, sku: str) -> int | None:
        """The product's current price in cents (None when the SKU is unknown)."""
        product = self.store.by_number("products", sku) if sku else None
        return int(product["price_cents"]) if product and product.get("price_cents") is not None else None

    def media_sources(self) -> list[MediaSourceRecord]:
        return self.store.list("media_sources", limit=500)
