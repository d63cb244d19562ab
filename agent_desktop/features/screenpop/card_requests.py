"""The agent's requests from the customer card, as signals for the features that own those forms."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from screenpop.core.models import CardModel


class CardRequests(QObject):
    """What the agent asked for on the customer card; each signal carries the card shown."""

    sig_new_order_requested = Signal(CardModel)
    """"New order" for the card's customer and media source."""
    sig_new_complaint_requested = Signal(CardModel)
    """"New complaint" for the card's customer."""
    sig_new_todo_requested = Signal(CardModel)
    """"New to-do" linked to the card's customer."""
    sig_call_back_requested = Signal(CardModel)
    """"Call back": queue the card's caller."""
    sig_edit_customer_requested = Signal(CardModel)
    """"Edit customer" (or create one for an unknown caller's number)."""
    sig_call_recording_requested = Signal(str)
    """A past call's row double-clicked in the customer's history: hear its recording (the call log id)."""
