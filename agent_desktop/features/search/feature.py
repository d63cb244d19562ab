"""Feature: customer search, the customer form and complaint logging.

``install(ctx, window)`` adds Tools → Find customers (Ctrl+Shift+C) and File → New customer. Once
:data:`CRM` is there the local search index is prepared in the background (first time on an existing
store: one set-based pass). Provides :data:`SEARCH` (:class:`~agent_desktop.features.search.api.SearchApi`).

When :data:`SCREENPOP` is there, a chosen search result is shown on the card, and the card's "Edit
customer" and "New complaint" requests open this feature's forms (the card carries the customer, the
caller's number and the call id).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.screenpop.api import SCREENPOP, ScreenPopApi
from agent_desktop.features.search.api import SEARCH
from agent_desktop.shell.panel_window import PanelWindow
from agent_desktop.shell.services import ServiceWaiter
from crm.client import CrmClient
from crm.schemas import CustomerSearch
from crm.store import Store
from crm.store.search import LocalCustomerSearch
from forms.complaint_form import ComplaintForm
from forms.complaint_status import ComplaintStatusDialog
from forms.customer_form import CustomerForm
from forms.search_panel import SearchPanel
from screenpop.core.models import CardModel

if TYPE_CHECKING:
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow

D = TypeVar("D", bound=QDialog)

logger = logging.getLogger(__name__)


class SearchFeature(QObject):
    """The installed feature (provided as :data:`SEARCH`)."""

    sig_customer_open_requested = Signal(str)
    """The agent chose a customer in the search results: show it on the card."""

    sig_ready = Signal()
    """The local search index is ready (the menu entries work from now on)."""

    sig_searched = Signal(CustomerSearch)
    """The agent searched customers with these conditions (the operation trail follows it)."""

    sig_exported = Signal(str, int)
    """The agent exported search results: (file path, rows)."""

    sig_call_list_made = Signal(str, int)
    """The agent handed search results to a call list: (list name, call backs added)."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.service: CrmService | None = None
        self.local: LocalCustomerSearch | None = None
        self.search_window: PanelWindow | None = None
        self._campaign_handler: Callable[[CustomerSearch], object] | None = None
        self.windows: list[QDialog] = []
        self.act_search = window.add_menu_action(
            "tools", lambda: self.tr("&Find customers..."), "Ctrl+Shift+C", self.open_search
        )
        self.act_new_customer = window.add_menu_action(
            "file", lambda: self.tr("New &customer..."), "", self.open_customer_editor
        )
        ctx.services.provide(SEARCH, self)
        self._crm_wait = ServiceWaiter(ctx.services, CRM, self.attach)
        self._card_wait = ServiceWaiter(ctx.services, SCREENPOP, self.connect_card)
        self._crm_wait.start()
        self._card_wait.start()

    # -- services -------------------------------------------------------------------------------
    def attach(self, service: CrmService) -> None:
        """Prepare the local search over ``service.store`` in the background."""
        self.service = service
        self.ctx.tasks.run(
            lambda: LocalCustomerSearch(service.store),
            self._ready,
            lambda exc: logger.error("customer search not ready", exc_info=exc),
            owner=self,
        )

    def _ready(self, local: LocalCustomerSearch) -> None:
        self.local = local
        self.sig_ready.emit()

    def connect_card(self, screenpop: ScreenPopApi) -> None:
        """A chosen search result shows on the card; the card's "Edit customer" and "New complaint"
        open this feature's forms."""
        self.sig_customer_open_requested.connect(screenpop.open_customer)
        screenpop.requests.sig_edit_customer_requested.connect(self._edit_from_card)
        screenpop.requests.sig_new_complaint_requested.connect(self._complaint_from_card)

    def _edit_from_card(self, card: CardModel) -> None:
        customer = card.customer
        self.open_customer_editor(customer.id if customer else None, None if customer else card.identity.number)

    def _complaint_from_card(self, card: CardModel) -> None:
        if card.customer is not None:
            # a card opened from a search or a to-do has a pop id, not a call: the complaint was made on no call
            self.open_complaint_form(card.customer.id, call_id=None if card.identity.without_call else card.call_id)

    def _client(self) -> CrmClient | None:
        client = self.service.client if self.service is not None else None
        return client if client is not None and client.signed_in else None

    def _store(self) -> Store | None:
        """The local store once the search index is ready; else None, and the agent is told to wait."""
        if self.local is None or self.service is None:
            self.window.transient(self.tr("The CRM is not ready yet; try again in a moment"))
            return None
        return self.service.store

    # -- entry points ---------------------------------------------------------------------------
    def open_search(self) -> None:
        """Show the search window (one, kept between uses)."""
        if self._store() is None or self.local is None:
            return
        if self.search_window is None:
            panel = SearchPanel(self.ctx.tasks, self.local, self._client, region=self.ctx.settings.crm.phone_region)
            panel.sig_customer_open_requested.connect(self.sig_customer_open_requested)
            panel.sig_searched.connect(self.sig_searched)
            panel.sig_export_finished.connect(self.sig_exported)
            panel.sig_call_list_finished.connect(self.sig_call_list_made)
            panel.set_campaign_handler(self._campaign_handler)
            self.search_window = PanelWindow(panel, lambda: self.tr("Find customers"), self.window)
            self.search_window.resize(1000, 720)
        self.search_window.show()
        self.search_window.raise_()
        self.search_window.activateWindow()
        shown = self.search_window.widget
        if isinstance(shown, SearchPanel):
            shown.focus_conditions()

    def set_campaign_handler(self, handler: Callable[[CustomerSearch], object] | None) -> None:
        """Search results go to a campaign through ``handler`` (the campaigns feature, for supervisors)
        instead of the Call Back queue's call list; None: back to the call list."""
        self._campaign_handler = handler
        panel = self.search_window.widget if self.search_window is not None else None
        if isinstance(panel, SearchPanel):
            panel.set_campaign_handler(handler)

    def _show(self, dialog: D) -> D:
        dialog.setModal(False)
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        self.windows.append(dialog)
        dialog.show()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.windows:
            self.windows.remove(dialog)
        dialog.deleteLater()

    def open_customer_editor(self, customer_id: str | None = None, phone: str | None = None) -> CustomerForm | None:
        """Edit ``customer_id`` or create a new customer (``phone`` pre-filled)."""
        store = self._store()
        if store is None:
            return None
        return self._show(CustomerForm(self.ctx.tasks, store, customer_id, phone, self.window))

    def open_complaint_form(
        self, customer_id: str, order_id: str | None = None, call_id: str | None = None
    ) -> ComplaintForm | None:
        """Log a complaint of ``customer_id`` (about ``order_id``, during ``call_id``)."""
        store = self._store()
        if store is None:
            return None
        return self._show(ComplaintForm(self.ctx.tasks, store, customer_id, order_id, call_id, self.window))

    def open_complaint_status(self, complaint_id: str) -> ComplaintStatusDialog | None:
        """Move a complaint to its next status with a note."""
        store = self._store()
        if store is None:
            return None
        return self._show(ComplaintStatusDialog(self.ctx.tasks, store, complaint_id, self.window))

    def shutdown(self) -> None:
        for dialog in list(self.windows):
            dialog.close()
        if self.search_window is not None:
            self.search_window.close()
        self.ctx.services.withdraw(SEARCH, self)


def install(ctx: AppContext, window: MainWindow) -> SearchFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    return SearchFeature(ctx, window)
