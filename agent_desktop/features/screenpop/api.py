"""What the customer card offers the other features: open a customer, follow a dialled call, and the
agent's requests from the card (new order, complaint, to-do, call back, edit) for the features that
own those forms."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from agent_desktop.shell.services import ServiceKey

if TYPE_CHECKING:
    from PySide6.QtCore import QRect, SignalInstance

    from agent_desktop.features.screenpop.card_requests import CardRequests
    from screenpop.core.models import CardModel

__all__ = ["SCREENPOP", "ScreenPopApi"]


class ScreenPopApi(Protocol):
    """The installed customer card (provided as :data:`SCREENPOP`)."""

    @property
    def requests(self) -> CardRequests:
        """The agent's requests from the card (signals carrying the card shown)."""

    def open_customer(self, customer_id: str) -> str:
        """Show a customer's card outside a call; returns the pop's id."""

    def dialling_customer(self, call_id: int | str, customer_id: str) -> None:
        """Another feature dialled ``call_id`` to reach this customer: the call's card shows them."""

    def current_card(self) -> CardModel | None:
        """The card on screen, if any."""

    @property
    def sig_card_changed(self) -> SignalInstance:
        """A call's card popped or changed: its customer found or chosen (carries the :class:`CardModel`)."""

    @property
    def sig_card_opened(self) -> SignalInstance:
        """The agent opened a customer's card outside a call (carries the :class:`CardModel`)."""

    def call_link(self, call_id: int | str) -> tuple[str, str]:
        """The id the call's log has or will have once written, and its customer's id ("" when not
        known yet): what a recording of the call links to. ("", "") for a call the card never saw."""

    def add_to_notes(self, text: str) -> bool:
        """Add ``text`` to the wrap-up's notes: during a call the one that follows it (even while the form
        holds another call's wrap-up), else the open wrap-up's (without taking the focus). False when
        there is neither (nothing changes)."""

    def banner_area(self) -> QRect:
        """Where the call banner is on screen (global coordinates; empty when it is not shown): a window
        opened during a call (an order) keeps out of it."""

    def order_placed(self, call_id: int | str) -> None:
        """An order was placed for the customer of ``call_id``: its wrap-up's disposition is pre-set to
        "Order placed" (now, or when the wrap-up starts), unless the agent already chose one."""


SCREENPOP: ServiceKey[ScreenPopApi] = ServiceKey("screenpop")
