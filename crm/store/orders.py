"""Orders in the local store: submit, edit while allowed, cancel, look up, and refusals to show.

Everything goes through :class:`crm.store.Store`: a submit is one transaction holding the order (with
its provisional number ``L<date>-XXXXXX``) and its outbox POST; the sync engine delivers it and the
server's number replaces the provisional one, which stays searchable (``aliases``). Edits are refused
locally once the order left the editable statuses; when the server refuses a late edit anyway (409
``order_locked`` because logistics shipped it meanwhile) the sync engine records a conflict, which
:meth:`OrderBook.refusal` reads back for the form.
"""

from __future__ import annotations

import logging
from typing import Any, cast

from crm.i18n import QT_TRANSLATE_NOOP
from crm.records import OrderRecord
from crm.schemas import EDITABLE_ORDER_STATUSES, OrderStatus
from crm.store.store import Store

logger = logging.getLogger(__name__)

EDITABLE = frozenset(s.value for s in EDITABLE_ORDER_STATUSES)
CANCELLABLE = EDITABLE


class OrderLocked(ValueError):
    """The order may no longer be changed (shipped, delivered, returned or cancelled)."""

    def __init__(self, status: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Orders", "This order has left the warehouse (or was cancelled); it can no longer be changed."
            )
        )
        self.status = status


def is_editable(order: OrderRecord) -> bool:
    return str(order.get("status") or OrderStatus.ORDERED.value) in EDITABLE


def is_provisional(number: str) -> bool:
    """A local number given before the server assigned the real one."""
    return number.startswith("L")


class OrderBook:
    """Order operations over one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def submit(self, body: dict[str, Any]) -> OrderRecord:
        """Create the order locally and queue it for the server (one transaction); returns the local
        record with its provisional number and status ``ordered``. ValueError for an invalid body."""
        order = cast(OrderRecord, self.store.create("orders", body))
        logger.info("order %s queued (%d lines)", order["number"], len(order.get("lines") or ()))
        return order

    def get(self, order_id: str) -> OrderRecord | None:
        return cast("OrderRecord | None", self.store.get("orders", order_id))

    def update(self, order_id: str, changes: dict[str, Any]) -> OrderRecord:
        """Queue an edit; OrderLocked when the local copy already says it may not change."""
        current = cast("OrderRecord | None", self.store.get("orders", order_id))
        if current is not None and not is_editable(current):
            raise OrderLocked(str(current.get("status")))
        again = self.store.recreate("orders", order_id, changes)  # its create was refused: fixed, sent again
        if again is not None:
            return cast(OrderRecord, again)
        return cast(OrderRecord, self.store.update("orders", order_id, changes))

    def create_refused(self, order_id: str) -> bool:
        """The CRM refused to create this order (a price that needs an approval, ...): the agent may fix
        it and submit again (:meth:`update` sends it anew)."""
        return bool(self.store.create_refused("orders", order_id))

    def cancel(self, order_id: str, reason: str = "") -> OrderRecord:
        current = cast("OrderRecord | None", self.store.get("orders", order_id))
        if current is not None and str(current.get("status")) not in CANCELLABLE:
            raise OrderLocked(str(current.get("status")))
        return cast(OrderRecord, self.store.action("orders", order_id, "cancel", {"reason": reason} if reason else {}))

    def lookup(self, text: str, limit: int = 50) -> list[OrderRecord]:
        """Orders by final or provisional number, or by a customer phone (any form), newest first."""
        text = text.strip()
        if not text:
            return []
        found = cast(
            "OrderRecord | None", self.store.by_number("orders", text) or self.store.by_number("orders", text.upper())
        )
        if found is not None:
            return [found]
        orders: list[OrderRecord] = []
        for customer in self.store.customers_by_phone(text):
            orders.extend(cast("list[OrderRecord]", self.store.related("orders", customer["id"], limit=limit)))
        orders.sort(key=lambda o: str(o.get("created_at") or ""), reverse=True)
        return orders[:limit]

    def refusal(self, order_id: str) -> str | None:
        """The server's latest unresolved refusal of a write to this order (e.g. a late edit)."""
        found = [
            c
            for c in self.store.conflicts()
            if c["entity"] == "orders" and c["record_id"] == order_id and c["field"] == "*"
        ]
        return str(found[-1]["detail"]) if found else None
