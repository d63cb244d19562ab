"""Feature: customer search, the customer form and complaint logging.

``install(ctx, window)`` adds Tools → Find customers (Ctrl+Shift+C) and File → New customer. Once
``ctx.services["crm"]`` exists the local search index is prepared in the background (first time on an
existing store: one set-based pass). Exposed as ``ctx.services["search"]``:

* :meth:`SearchFeature.open_customer_editor` ``(customer_id=None, phone=None)``;
* :meth:`SearchFeature.open_complaint_form` ``(customer_id, order_id=None, call_id=None)``;
* :meth:`SearchFeature.open_complaint_status` ``(complaint_id)``;
* :attr:`SearchFeature.sig_customer_open_requested` ``(customer_id)``: a search result was chosen; the
  shell shows that customer on the card.

When ``ctx.services["screenpop"]`` exists, the card's "Edit customer" and "New complaint" buttons are
connected to the first two (the card model carries the customer, the caller's number and the call id).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from agent_desktop.shell.services import ServiceWaiter
from crm.store.search import LocalCustomerSearch
from forms.complaint_form import ComplaintForm
from forms.complaint_status import ComplaintStatusDialog
from forms.customer_form import CustomerForm
from forms.search_panel import SearchPanel

logger = logging.getLogger(__name__)


class PanelWindow(QDialog):
    """A non-modal window around one panel."""

    def __init__(self, widget: QWidget, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self.setWindowTitle(title)
        self.setModal(False)
        QVBoxLayout(self).addWidget(widget)
        self.resize(1000, 720)


class SearchFeature(QObject):
    """The installed feature (``ctx.services["search"]``)."""

    sig_customer_open_requested = Signal(str)
    """The agent chose a customer in the search results: show it on the card."""

    sig_ready = Signal()
    """The local search index is ready (the menu entries work from now on)."""

    def __init__(self, ctx: Any, window: Any) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.service: Any = None
        self.local: LocalCustomerSearch | None = None
        self.search_window: PanelWindow | None = None
        self.windows: list[QWidget] = []
        self.act_search = window.add_menu_action(
            "tools", self.tr("&Find customers..."), "Ctrl+Shift+C", self.open_search
        )
        self.act_new_customer = window.add_menu_action(
            "file", self.tr("New &customer..."), "", self.open_customer_editor
        )
        ctx.services["search"] = self
        self._crm_wait = ServiceWaiter(ctx.services, "crm", self.attach, self)
        self._card_wait = ServiceWaiter(ctx.services, "screenpop", self.connect_card, self)
        self._crm_wait.start()
        self._card_wait.start()

    # -- services -------------------------------------------------------------------------------
    def attach(self, service: Any) -> None:
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

    def connect_card(self, screenpop: Any) -> None:
        """The card's "Edit customer" and "New complaint" open this feature's forms."""
        dock = screenpop.dock
        dock.sig_edit_customer_requested.connect(self._edit_from_card)
        dock.sig_new_complaint_requested.connect(self._complaint_from_card)

    def _edit_from_card(self, card: Any) -> None:
        customer = getattr(card, "customer", None)
        identity = getattr(card, "identity", None)
        self.open_customer_editor(
            customer.id if customer else None, None if customer else getattr(identity, "number", None)
        )

    def _complaint_from_card(self, card: Any) -> None:
        customer = getattr(card, "customer", None)
        if customer is not None:
            self.open_complaint_form(customer.id, call_id=getattr(card, "call_id", None))

    def _client(self) -> Any:
        client = getattr(self.service, "client", None)
        return client if client is not None and client.signed_in else None

    def _not_ready(self) -> bool:
        if self.local is None:
            self.window.statusBar().showMessage(self.tr("The CRM is not ready yet; try again in a moment"), 5000)
            return True
        return False

    # -- entry points ---------------------------------------------------------------------------
    def open_search(self) -> None:
        """Show the search window (one, kept between uses)."""
        if self._not_ready():
            return
        if self.search_window is None:
            panel = SearchPanel(self.ctx.tasks, self.local, self._client)
            panel.sig_customer_open_requested.connect(self.sig_customer_open_requested)
            self.search_window = PanelWindow(panel, self.tr("Find customers"), self.window)
        self.search_window.show()
        self.search_window.raise_()
        self.search_window.activateWindow()

    def _show(self, dialog: QDialog) -> QDialog:
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
        if self._not_ready():
            return None
        return self._show(CustomerForm(self.ctx.tasks, self.service.store, customer_id, phone, self.window))

    def open_complaint_form(
        self, customer_id: str, order_id: str | None = None, call_id: str | None = None
    ) -> ComplaintForm | None:
        """Log a complaint of ``customer_id`` (about ``order_id``, during ``call_id``)."""
        if self._not_ready():
            return None
        return self._show(
            ComplaintForm(self.ctx.tasks, self.service.store, customer_id, order_id, call_id, self.window)
        )

    def open_complaint_status(self, complaint_id: str) -> ComplaintStatusDialog | None:
        """Move a complaint to its next status with a note."""
        if self._not_ready():
            return None
        return self._show(ComplaintStatusDialog(self.ctx.tasks, self.service.store, complaint_id, self.window))

    def shutdown(self) -> None:
        for dialog in list(self.windows):
            dialog.close()
        if self.search_window is not None:
            self.search_window.close()
        self.ctx.services.pop("search", None)


def install(ctx: Any, window: Any) -> SearchFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    return SearchFeature(ctx, window)
