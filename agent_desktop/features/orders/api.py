"""What order entry offers the other features: open an order form."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from agent_desktop.shell.services import ServiceKey

if TYPE_CHECKING:
    from forms.order_form import OrderForm

__all__ = ["ORDERS", "OrdersApi"]


class OrdersApi(Protocol):
    """The installed order entry (provided as :data:`ORDERS`)."""

    def open_new_order(
        self, customer_id: str | None = None, media_source: object = None, call_log_id: str | None = None
    ) -> OrderForm | None:
        """A new order form for ``customer_id`` and the media source (id, DNIS or the card's source)."""


ORDERS: ServiceKey[OrdersApi] = ServiceKey("orders")
