"""Feature: order entry and order lookup.

``install(ctx, window)`` adds File → New order (Ctrl+N) and Tools → Order lookup (Ctrl+Shift+F). Once
:data:`CRM` is there (see :meth:`OrdersFeature.attach`) it loads the product catalogue in the
background, offers back order drafts left by a crash, and keeps open order forms current: a synced
order shows its final number, a refused late edit turns the form read-only with the CRM's message.
Once :data:`SCREENPOP` is there, the customer card's "New order" opens a form for the card's customer
and media source (File → New order does the same while a card is showing). Provides :data:`ORDERS`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRect, QSize, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from agent_desktop.features.crm_link.api import CRM, LIVE, CrmService
from agent_desktop.features.orders.api import ORDERS
from agent_desktop.features.orders.placement import order_window_geometry
from agent_desktop.features.screenpop.api import SCREENPOP, ScreenPopApi
from agent_desktop.shell.panel_window import PanelWindow
from agent_desktop.shell.services import ServiceWaiter
from crm.records import OrderRecord
from crm.store.drafts import Draft, DraftStore
from crm.store.orders import OrderBook
from crm.store.products import ProductCatalog
from forms.order_form import DRAFT_KIND, OrderForm
from forms.order_services import OrderServices
from forms.price_approval_request import PriceApprovalRequest
from screenpop.core.models import CardModel

if TYPE_CHECKING:
    from agent_desktop.features.crm_link.api import LiveEvents
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow
    from crm.sync_events import ConflictsFound
    from forms.order_lookup import OrderLookup

logger = logging.getLogger(__name__)


class FormWindow(PanelWindow):
    """A panel window whose closing asks the order form first when it is dirty."""

    sig_left = Signal(QRect)
    """Closed for good, where it was (the next order window opens there)."""

    def __init__(self, widget: QWidget, title: str | Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(widget, title, parent)
        self._closing = False
        if isinstance(widget, OrderForm):
            widget.sig_closed.connect(self._really_close)
            widget.sig_title_changed.connect(self.setWindowTitle)

    def _really_close(self) -> None:
        self._closing = True
        self.close()

    def reject(self) -> None:  # Esc on the dialog itself
        if isinstance(self.widget, OrderForm) and not self._closing:
            self.widget.request_cancel()
        else:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if isinstance(self.widget, OrderForm) and not self._closing:
            event.ignore()
            self.widget.request_cancel()
            return
        super().closeEvent(event)
        self.sig_left.emit(self.geometry())
        self.deleteLater()


class OrdersFeature(QObject):
    """The installed feature (provided as :data:`ORDERS`)."""

    def __init__(self, ctx: AppContext, window: MainWindow, *, autosave_ms: int = 3000) -> None:
        super().__init__(window)
        self.ctx, self.window, self.autosave_ms = ctx, window, autosave_ms
        self.service: CrmService | None = None
        self.services: OrderServices | None = None
        self.catalog: ProductCatalog | None = None
        self.windows: list[FormWindow] = []
        self.restore_box: QMessageBox | None = None
        self.max_discount_pct: float | None = None
        """The discount agents may give without a supervisor's approval (read from the CRM)."""
        self.requests: dict[str, PriceApprovalRequest] = {}
        """Price approval requests shown to a supervisor, by id."""
        self.act_new = window.add_menu_action("file", lambda: self.tr("&New order..."), "Ctrl+N", self.new_order)
        self.act_lookup = window.add_menu_action(
            "tools", lambda: self.tr("Order look&up..."), "Ctrl+Shift+F", self.open_lookup
        )
        self._catalog_busy = self._catalog_again = False
        self.screenpop: ScreenPopApi | None = None
        self._last_geometry: QRect | None = None  # where the agent last left an order window
        ctx.services.provide(ORDERS, self)
        self._crm_wait = ServiceWaiter(ctx.services, CRM, self.attach)
        self._card_wait = ServiceWaiter(ctx.services, SCREENPOP, self.connect_card)
        self._crm_wait.start()
        self._card_wait.start()
        self._live_subscription = ctx.services.subscribe(LIVE, self.attach_live)

    # -- the CRM service --------------------------------------------------------------------------
    def connect_card(self, screenpop: ScreenPopApi) -> None:
        """The customer card's "New order" opens a form for its customer and media source."""
        self.screenpop = screenpop
        screenpop.requests.sig_new_order_requested.connect(self.open_new_order_for_card)

    def attach_live(self, live: LiveEvents) -> None:
        """A supervisor's answer to a price approval reaches the open forms at once (``price_approval``);
        a supervisor sees each request of their team at once, and those waiting whenever the stream
        (re)connects (events are not replayed)."""
        live.sig_event.connect(self._live_event)
        live.sig_connected.connect(self._live_connected)
        if live.connected:
            self._live_connected(True)

    def _is_supervisor(self) -> bool:
        return self.service is not None and self.service.role in ("supervisor", "admin")

    def _live_connected(self, connected: bool) -> None:
        if connected and self._is_supervisor() and self.service is not None:
            self.ctx.tasks.run(
                self.service.client.pending_price_approvals,
                lambda pending: [self.open_approval_request(r) for r in reversed(pending)],
                lambda exc: logger.info("waiting price approvals not read: %s", exc),
                owner=self,
            )

    def _live_event(self, kind: str, data: Any) -> None:
        if kind != "price_approval" or not isinstance(data, dict):
            return
        for form in self.open_forms():
            form.approval_panel.decided(data)
        if data.get("partial") and self._is_supervisor() and self.service is not None:  # too big for the event
            client, approval_id = self.service.client, str(data.get("id"))
            self.ctx.tasks.run(
                lambda: client.price_approval(approval_id),
                lambda whole: self._live_event(kind, whole),
                lambda exc: logger.info("price approval %s not read: %s", approval_id, exc),
                owner=self,
            )
        elif data.get("status") == "pending" and self._is_supervisor():
            self.open_approval_request(data)

    def open_approval_request(self, request: dict[str, Any]) -> PriceApprovalRequest | None:
        """A supervisor's window for an agent's price approval request (one per request)."""
        me = (self.service.user or {}).get("id") if self.service is not None else None
        if self.service is None or request.get("partial") or request.get("requested_by") == me:
            return None
        approval_id = str(request["id"])
        shown = self.requests.get(approval_id)
        if shown is not None:
            shown.raise_()
            return shown
        client = self.service.client
        dialog = PriceApprovalRequest(
            request, lambda approve: client.decide_price_approval(approval_id, approve), self.ctx.tasks.run, self.window
        )
        dialog.finished.connect(lambda _result: self.requests.pop(approval_id, None))
        self.requests[approval_id] = dialog
        dialog.show()
        return dialog

    def current_card(self) -> CardModel | None:
        return self.screenpop.current_card() if self.screenpop is not None else None

    def attach(self, service: CrmService) -> None:
        """Use ``service`` (crm_link's CrmService): catalogue, drafts, sync signals."""
        if self.service is not None:
            return
        self.service = service
        store = service.store

        def prepare() -> tuple[ProductCatalog, DraftStore, list[Draft]]:
            catalog, drafts = ProductCatalog(store.db), DraftStore(store.db)
            catalog.refresh()
            return catalog, drafts, drafts.list(DRAFT_KIND)

        self.ctx.tasks.run(
            prepare, self._prepared, lambda exc: logger.error("orders not ready", exc_info=exc), owner=self
        )
        if not service.embedded:  # which discounts need a supervisor (the embedded back office asks none)
            self.ctx.tasks.run(
                service.client.price_approval_limit,
                self._limit_known,
                lambda exc: logger.info("discount limit not read: %s", exc),
                owner=self,
            )
        if service.signals is not None:
            service.signals.sig_records_changed.connect(self._on_records_changed)
            service.signals.sig_conflicts_found.connect(self._on_conflicts)

    def _prepared(self, result: tuple[ProductCatalog, DraftStore, list[Draft]]) -> None:
        self.catalog, drafts, pending = result
        assert self.service is not None  # attached before the catalogue was read
        self.services = OrderServices(
            OrderBook(self.service.store),
            self.catalog.search,
            drafts,
            run=self.ctx.tasks.run,
            write=self.ctx.tasks.write,
            region=self.ctx.settings.crm.phone_region,
            ask_approval=None if self.service.embedded else self.service.client.ask_price_approval,
            read_approval=None if self.service.embedded else self.service.client.price_approval,
            max_discount_pct=self.max_discount_pct,
        )
        if pending:
            self.offer_drafts(pending)

    def _limit_known(self, percent: float) -> None:
        self.max_discount_pct = percent
        if self.services is not None:
            self.services.max_discount_pct = percent
        for form in self.open_forms():
            form.approval_panel.set_lines(form.lines_model.lines())

    def ready(self) -> bool:
        return self.services is not None

    def _not_ready(self) -> None:
        self.window.transient(self.tr("The CRM is still starting; try again in a moment."))

    # -- order forms ------------------------------------------------------------------------------
    def _new_form(self) -> OrderForm | None:
        if self.services is None:
            self._not_ready()
            return None
        form = OrderForm(self.services, autosave_ms=self.autosave_ms)
        host = FormWindow(form, form.title, self.window)  # the form's title, asked again on a language switch
        host.destroyed.connect(lambda _=None, h=host: self.windows.remove(h) if h in self.windows else None)
        self.windows.append(host)
        self._place(host)
        host.sig_left.connect(self._window_left)
        host.show()
        return form

    def _place(self, host: FormWindow) -> None:
        """Where the agent last left an order window, else beside or under the call banner."""
        size, screen = QSize(760, 820), self.window.screen()
        banner = self.screenpop.banner_area() if self.screenpop is not None else QRect()
        place = order_window_geometry(size, screen.availableGeometry(), banner, self._last_geometry)
        if place is None:
            host.resize(size)
        else:
            host.setGeometry(place)

    def _window_left(self, geometry: QRect) -> None:
        self._last_geometry = geometry

    def open_new_order(
        self, customer_id: str | None = None, media_source: Any = None, call_log_id: str | None = None
    ) -> OrderForm | None:
        """A new order form, prefilled with the customer (id) and the media source (id, DNIS or an
        object with ``id``/``dnis`` such as the card's MediaSourceInfo)."""
        form = self._new_form()
        if form is not None:
            form.start_new(customer_id, self._media_source_id(media_source), call_log_id)
        return form

    def new_order(self) -> OrderForm | None:
        """File → New order: for the customer on the card when one is showing."""
        card = self.current_card()
        if card is not None and card.customer is not None:
            return self.open_new_order_for_card(card)
        return self.open_new_order(media_source=self._card_media_source_id(card) if card is not None else None)

    def open_new_order_for_card(self, card: CardModel) -> OrderForm | None:
        """Slot for the customer card's "New order" request."""
        customer = card.customer
        form = self.open_new_order(customer.id if customer is not None else None, self._card_media_source_id(card))
        screenpop = self.screenpop
        if form is not None and screenpop is not None:  # the call's wrap-up will say "Order placed"
            form.sig_order_submitted.connect(lambda _order, call_id=card.call_id: screenpop.order_placed(call_id))
        return form

    def _card_media_source_id(self, card: CardModel) -> str | None:
        """The card's media source, else the one named by the dialled number (DNIS) of its call."""
        identity = card.identity
        return self._media_source_id(card.media_source) or self._media_source_id(identity.dnis or identity.dnis_raw)

    def open_order(self, order: OrderRecord) -> OrderForm | None:
        for host in self.windows:
            if isinstance(host.widget, OrderForm) and (host.widget.order or {}).get("id") == order["id"]:
                host.raise_()
                host.activateWindow()
                return host.widget
        form = self._new_form()
        services = self.services
        if form is not None and services is not None:  # _new_form makes a form only with the services
            form.open_order(services.book.get(order["id"]) or order)
        return form

    def restore(self, draft: Draft) -> OrderForm | None:
        form = self._new_form()
        if form is not None:
            form.restore_draft(draft.id, draft.data)
        return form

    def open_forms(self) -> list[OrderForm]:
        return [h.widget for h in self.windows if isinstance(h.widget, OrderForm)]

    def _media_source_id(self, media_source: Any) -> str | None:
        """The stored media source's id for an id, a DNIS (any form) or an object/dict with ``id``
        and ``dnis`` (its id first, then its DNIS); None when none is known."""
        if not media_source or self.services is None:
            return None
        if isinstance(media_source, dict):
            keys = [media_source.get("id"), media_source.get("dnis")]
        elif isinstance(media_source, str):
            keys = [media_source]
        else:
            keys = [getattr(media_source, "id", ""), getattr(media_source, "dnis", "")]
        store = self.services.store
        for key in (str(k) for k in keys if k):
            if store.get("media_sources", key) is not None:
                return key
            found = store.by_number("media_sources", store.phones.try_normalize(key) or key)
            if found:
                return str(found["id"])
        return None

    # -- drafts after a crash ---------------------------------------------------------------------
    def offer_drafts(self, drafts: list[Draft]) -> None:
        """Ask (without blocking) whether to restore the orders left unfinished last time."""
        titles = "\n".join(d.title for d in drafts[:10])
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unfinished orders"),
            self.tr("%1 order(s) were not submitted last time:\n%2\nRestore them?")
            .replace("%1", str(len(drafts)))
            .replace("%2", titles),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)

        def answered() -> None:
            self.restore_box = None
            clicked = box.clickedButton()
            if clicked is restore:
                for draft in drafts:
                    self.restore(draft)
            elif clicked is discard and self.services is not None and self.services.drafts is not None:
                store = self.services.drafts

                def discard_all() -> None:
                    for d in drafts:
                        store.delete(d.id)

                self.ctx.tasks.write(discard_all, None, None, owner=self)
            box.deleteLater()

        box.finished.connect(answered)
        self.restore_box = box
        box.open()

    # -- sync -------------------------------------------------------------------------------------
    def _on_records_changed(self, entity: str, ids: Any) -> None:
        if entity == "products":
            self.refresh_catalog()
        elif entity == "orders":
            for form in self.open_forms():
                if form.order is not None and (ids is None or form.order["id"] in ids):
                    form.refresh_order()

    def refresh_catalog(self) -> None:
        """Re-read the products in the background; changes arriving meanwhile give one more pass."""
        if self.catalog is None:
            return
        if self._catalog_busy:
            self._catalog_again = True
            return
        self._catalog_busy, self._catalog_again = True, False

        def done(_result: Any = None) -> None:
            self._catalog_busy = False
            if self._catalog_again:
                self.refresh_catalog()

        def failed(exc: BaseException) -> None:
            logger.warning("product catalogue not refreshed: %s", exc)
            done()

        self.ctx.tasks.run(self.catalog.refresh, done, failed, owner=self)

    def _on_conflicts(self, event: ConflictsFound) -> None:
        if event.entity != "orders" or self.services is None:
            return
        for form in self.open_forms():
            if form.order is not None and form.order["id"] == event.record_id:
                form.refresh_order()
                book = self.services.book
                form.show_refusal(
                    book.refusal(event.record_id) or str(event.detail), fixable=book.create_refused(event.record_id)
                )

    # -- lookup -----------------------------------------------------------------------------------
    def open_lookup(self) -> OrderLookup | None:
        if self.services is None:
            self._not_ready()
            return None
        from forms.order_lookup import OrderLookup

        lookup = OrderLookup(self.services.book.lookup)
        lookup.sig_order_opened.connect(self.open_order)
        host = FormWindow(lookup, lambda: self.tr("Order lookup"), self.window)
        host.resize(640, 360)
        host.show()
        lookup.search_edit.setFocus()
        card = self.current_card()
        number = card.identity.number if card is not None else None
        if number:  # "where is my order?": the caller's orders at once
            lookup.search_edit.setText(number)
            lookup.search()
        return lookup

    def shutdown(self) -> None:
        """Keep what was typed in open forms as drafts (offered at the next start), close them."""
        self._crm_wait.stop()
        self._card_wait.stop()
        self._live_subscription()
        for form in self.open_forms():
            if form.is_dirty() and form.services.drafts is not None:
                try:
                    form.services.drafts.save(form.draft_id, DRAFT_KIND, form.draft().to_dict(), form.draft_title())
                except Exception:
                    logger.exception("draft not saved at shutdown")
            form.autosave_timer.stop()
        self.ctx.services.withdraw(ORDERS, self)


def install(ctx: AppContext, window: MainWindow) -> OrdersFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    return OrdersFeature(ctx, window)
