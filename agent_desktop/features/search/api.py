"""What customer search offers the other features: the customer and complaint forms."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from agent_desktop.shell.services import ServiceKey

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import SignalInstance

    from crm.schemas import CustomerSearch
    from forms.complaint_form import ComplaintForm
    from forms.complaint_status import ComplaintStatusDialog
    from forms.customer_form import CustomerForm

__all__ = ["SEARCH", "SearchApi"]


class SearchApi(Protocol):
    """The installed customer search (provided as :data:`SEARCH`); each opener returns None before the CRM is there.

    Its signals ``sig_searched(CustomerSearch)`` (the agent ran a search), ``sig_exported(path, rows)``
    (exported the results) and ``sig_call_list_made(name, added)`` (handed them to a call list) tell
    other features what the agent did."""

    sig_searched: SignalInstance
    sig_exported: SignalInstance
    sig_call_list_made: SignalInstance

    def open_customer_editor(self, customer_id: str | None = None, phone: str | None = None) -> CustomerForm | None:
        """Edit ``customer_id``, or create a new customer with ``phone`` pre-filled."""

    def open_complaint_form(
        self, customer_id: str, order_id: str | None = None, call_id: str | None = None
    ) -> ComplaintForm | None:
        """Log a complaint of ``customer_id`` (about ``order_id``, during ``call_id``)."""

    def open_complaint_status(self, complaint_id: str) -> ComplaintStatusDialog | None:
        """Move a complaint to its next status with a note."""

    def set_campaign_handler(self, handler: Callable[[CustomerSearch], object] | None) -> None:
        """The search window's list button hands the last search's conditions to ``handler`` ("Add to a
        campaign…") instead of the Call Back queue's call list; None: the call list again."""


SEARCH: ServiceKey[SearchApi] = ServiceKey("search")
