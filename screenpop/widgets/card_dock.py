"""The "customer_card" dock content: the pop of the current call, the chooser or the new-caller
form, the offline badge, a place for the wrap-up form (with the waiting wrap-ups above it when more
than one waits), and the recent pops."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from resources.live_text import Retranslated
from screenpop.core.identity import CallerIdentity
from screenpop.core.labels import code_label
from screenpop.core.models import (
    CardModel,
    ComplaintLine,
    CustomerInfo,
    OrderLine,
    PopKind,
    TimelineEntry,
    TimelineKind,
    TodoLine,
)
from screenpop.core.session import ABNORMAL_KINDS, PopHistory, PopSession
from screenpop.widgets.call_actions import CallActionsBar
from screenpop.widgets.call_banner import CallBanner
from screenpop.widgets.card_view import CustomerCardView
from screenpop.widgets.chooser import CustomerChooser
from screenpop.widgets.new_caller_form import NewCallerForm
from screenpop.widgets.pending_wraps import PendingWrapUps
from screenpop.widgets.recent_pops import RecentPopsList
from screenpop.widgets.text import plain_label, translated

logger = logging.getLogger(__name__)


class ScreenPopDock(Retranslated, QWidget):
    """Shows pops as they ring; a refresh of the shown call is painted in place."""

    sig_new_order_requested = Signal(CardModel)
    """New order for the shown card's customer (carries the CardModel)."""
    sig_new_complaint_requested = Signal(CardModel)
    """New complaint for the shown card's customer (carries the CardModel)."""
    sig_new_todo_requested = Signal(CardModel)
    """New to-do about the shown card's customer (carries the CardModel)."""
    sig_call_back_requested = Signal(CardModel)
    """Call the shown card's customer back (carries the CardModel)."""
    sig_dial_requested = Signal(CardModel)
    """Dial the shown card's party now (carries the CardModel)."""
    sig_edit_customer_requested = Signal(CardModel)
    """Edit the shown card's customer (carries the CardModel)."""
    sig_call_recording_requested = Signal(str)
    """Hear the recording of a past call on the card (carries its call log id)."""
    sig_mark_abnormal_requested = Signal(str, CardModel)
    """Mark the call abnormal: (kind, CardModel); the kind is already recorded in the pop history."""
    sig_block_requested = Signal(CardModel)
    """Block the caller's number (carries the CardModel)."""
    sig_customer_chosen = Signal(str, str)
    """The agent picked one of several customers: (call id, customer id); re-assemble with it."""
    sig_card_changed = Signal(CardModel)
    """A call's card popped or changed (a CRM refresh, a choice, a re-read), shown or not."""
    sig_card_opened = Signal(CardModel)
    """The agent opened a customer's card outside a call."""
    sig_customer_create_requested = Signal(object, CardModel)
    """Quick-create a customer: (``CustomerCreate`` dict with ``id``, CardModel). The body stays
    ``object``: ``Signal(dict)`` would hand the slot a QVariantMap copy instead of the dict."""

    def __init__(self, history: PopHistory, region: str = "CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # opaque: what changes inside is painted here alone, not the dock's title bar and the window behind
        self.setAutoFillBackground(True)
        self._history = history
        self._shown = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        head = QHBoxLayout()
        self.banner = CallBanner(region)
        self.status_label = self.banner.state_label  # the state's text, on the banner
        self.offline_badge = plain_label(name="offline_badge", wrap=False)
        self.offline_badge.setStyleSheet(
            "QLabel { background: #8a5a00; color: white; border-radius: 3px; padding: 1px 6px; }"
        )
        self.offline_badge.hide()
        head.addWidget(self.banner, 1)
        head.addWidget(self.offline_badge)
        layout.addLayout(head)

        self.stack = QStackedWidget()
        self.idle_page = plain_label(name="idle")
        self.idle_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card_view = CustomerCardView(region)
        self.chooser = CustomerChooser(region)
        self.new_caller_form = NewCallerForm(region)
        for page in (self.idle_page, self.card_view, self.chooser, self.new_caller_form):
            self.stack.addWidget(page)
        self._card_page = self.card_view

        self.call_actions = CallActionsBar()
        self.call_actions.hide()
        self.call_actions.sig_mark_abnormal_requested.connect(self.request_abnormal)
        self.call_actions.sig_block_requested.connect(self._block)

        self.wrap_up_area = QWidget()
        self.wrap_up_area.setObjectName("wrap_up_area")
        self._wrap_up_layout = QVBoxLayout(self.wrap_up_area)
        self._wrap_up_layout.setContentsMargins(0, 0, 0, 0)
        self.wrap_up_area.setVisible(False)
        self.recent = RecentPopsList(history, region)
        self.recent.sig_pop_selected.connect(self.show_call)
        self.pending = PendingWrapUps(history, region)  # the waiting wrap-ups while the recent pops step aside
        self.pending.sig_pop_selected.connect(self.recent.sig_pop_selected)  # choosing one is choosing its pop
        self._wrap_up_layout.addWidget(self.pending)

        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.stack, 1)
        top_layout.addWidget(self.call_actions)
        top_layout.addWidget(self.wrap_up_area)
        splitter.addWidget(top)
        splitter.addWidget(self.recent)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([10_000, 110])
        layout.addWidget(splitter, 1)

        view = self.card_view
        for name in (
            "sig_new_order_requested",
            "sig_new_complaint_requested",
            "sig_new_todo_requested",
            "sig_call_back_requested",
            "sig_edit_customer_requested",
            "sig_dial_requested",
            "sig_call_recording_requested",
        ):
            getattr(view, name).connect(getattr(self, name))
        self.chooser.sig_customer_chosen.connect(self.sig_customer_chosen)
        self.chooser.sig_new_customer_requested.connect(self._show_new_caller_form)
        self.new_caller_form.sig_customer_create_requested.connect(self.sig_customer_create_requested)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.offline_badge.setText(self.tr("Offline"))
        self.offline_badge.setToolTip(self.tr("The CRM cannot be reached: this card comes from the local copy."))
        self.idle_page.setText(self.tr("The customer card appears here when a call rings."))
        self._show_status()

    # --- what the shell calls -------------------------------------------------------------------

    def warm_up(self) -> None:
        """Lay out and render every page once off screen (fonts, glyphs, style) so the first real
        pop of the day is as fast as the others. Nothing is shown or remembered; once a real card
        is showing there is nothing left to warm up (and it must not be painted over)."""
        if self.current_card() is not None:
            return
        customer = CustomerInfo(
            id="",
            name="张伟 Zhang Wei",
            phones=("138 0013 8000",),
            address="浙江省 杭州市",
            vip_level="1",
            tags=("VIP",),
        )
        sample = CardModel(
            call_id="",
            identity=CallerIdentity(number="+8613800138000", number_raw="13800138000", display_name="张伟 Zhang"),
            kind=PopKind.CUSTOMER,
            customer=customer,
            timeline=(TimelineEntry(None, TimelineKind.CALL, "示例 sample", "enquiry"),),
            complaints=(ComplaintLine("", None, "open", "delivery", "示例"),),
            orders=(OrderLine("", "SO0", None, "shipped", "顺丰", "SF0"),),
            todos=(TodoLine("", "示例"),),
        )
        self.card_view.set_card(sample)
        self.chooser.set_card(replace(sample, kind=PopKind.CHOOSE, candidates=(customer,)))
        for page in (self.card_view, self.chooser, self.new_caller_form):
            page.resize(self.stack.size())
            page.grab()

    def pop(self, card: CardModel, ring_monotonic: float | None = None) -> PopSession:
        """A call rings: remember it and show its card (an open wrap-up steps aside; recent pops
        bring it back)."""
        session = self._history.start(card, ring_monotonic)
        self._show_wrap_up_area(False)
        self._display(card)
        self.sig_card_changed.emit(card)
        return session

    def paint_caller(self) -> None:
        """Paint who is calling (the banner: name, number, hotline, state) at once, ahead of the
        events queued meanwhile. Qt paints every other part of the window that changed with it (the
        card's new texts and lists); what did not change (the buttons, an unchanged list) is not
        painted again, as a repaint of the whole dock would."""
        self.banner.repaint()

    def open_card(self, card: CardModel) -> PopSession:
        """The agent opened a customer outside a call: show the card, listed in the recent pops."""
        session = self._history.start(card)
        session.without_call = True
        self._show_wrap_up_area(False)
        self._display(card)
        self.sig_card_opened.emit(card)
        return session

    def update_card(self, card: CardModel) -> None:
        """A refresh (or a choice) for a call: repainted in place when shown, else just stored."""
        if self._history.update_card(card) is None:
            return
        if card.call_id == self._shown:
            self._display(card)
        self.sig_card_changed.emit(card)

    def set_offline(self, call_id: str, offline: bool) -> None:
        """Show or hide the offline badge of a call's card (the CRM refresh failed or came back)."""
        session = self._history.get(call_id)
        if session is not None and session.card.offline != offline:
            self.update_card(self._history.with_card(session, offline=offline))

    def show_call(self, call_id: str) -> None:
        """Go back to an earlier pop."""
        session = self._history.get(call_id)
        if session is not None:
            self._display(session.card)

    def call_answered(self, call_id: str, at: float | None = None) -> None:
        self._history.answered(call_id, at)
        self._show_status()

    def call_held(self, call_id: str, at: float | None = None) -> None:
        """The call went on hold: the banner says so (its talk time stands still)."""
        self._history.held(call_id, at)
        self._show_status()

    def call_resumed(self, call_id: str, at: float | None = None) -> None:
        """The call came off hold (nothing when it was not on hold)."""
        self._history.resumed(call_id, at)
        self._show_status()

    def call_ended(self, call_id: str, at: float | None = None) -> None:
        """The call hung up: the card stays until the wrap-up is done."""
        self._history.ended(call_id, at)
        self._show_status()

    def call_not_reached(self, call_id: str, disposition: str) -> None:
        """A call ended unanswered (dialled: ``busy``, ...; incoming: ``missed``, ``rejected``): no wrap-up;
        the card stays (to call again)."""
        session = self._history.get(call_id)
        if session is not None:
            session.not_reached = disposition
            self._history.wrapped_up(call_id)
        self._show_status()

    def show_wrap_up(self, widget: QWidget) -> None:
        """Put the wrap-up form (built by the shell) under the card."""
        layout = self._wrap_up_layout
        for i in reversed(range(layout.count())):
            item = layout.itemAt(i)
            old = item.widget() if item is not None else None
            if old is not None and old is not widget and old is not self.pending:
                layout.removeWidget(old)
                old.hide()
        if layout.indexOf(widget) < 0:
            layout.addWidget(widget)
        widget.show()
        self._show_wrap_up_area(True)
        widget.setFocus()

    def _show_wrap_up_area(self, shown: bool) -> None:
        """The wrap-up form under the card; while it is there the recent pops step aside, so the card
        keeps its room (history, orders) on a 720-pixel screen."""
        self.wrap_up_area.setVisible(shown)
        self.recent.setVisible(not shown)

    def hide_wrap_up(self) -> None:
        """Hide the wrap-up area (the agent looks at a call that needs none); its form keeps its state."""
        self._show_wrap_up_area(False)

    def wrap_up_done(self, call_id: str) -> None:
        """The wrap-up was submitted: the card leaves (it stays reachable under recent pops)."""
        self._history.wrapped_up(call_id)
        self._show_wrap_up_area(False)
        if call_id == self._shown:
            self._shown = ""
            self.stack.setCurrentWidget(self.idle_page)
            self.offline_badge.hide()
            self.call_actions.hide()
        self._show_status()

    @property
    def history(self) -> PopHistory:
        return self._history

    def current_card(self) -> CardModel | None:
        session = self._history.get(self._shown)
        return session.card if session else None

    # --- internals ------------------------------------------------------------------------------

    def _display(self, card: CardModel) -> None:
        self._shown = card.call_id
        if card.kind is PopKind.CUSTOMER:
            self.card_view.set_card(card)
            self.stack.setCurrentWidget(self._card_page)
        elif card.kind is PopKind.CHOOSE:
            self.chooser.set_card(card)
            self.stack.setCurrentWidget(self.chooser)
        else:
            self.new_caller_form.set_card(card)
            self.stack.setCurrentWidget(self.new_caller_form)
        self.offline_badge.setVisible(card.offline)
        self.call_actions.show()
        ident = card.identity
        self.call_actions.set_can_block(bool(ident.number or ident.number_raw) and not ident.withheld)
        self._show_status()

    def _show_new_caller_form(self, card: CardModel) -> None:
        self.new_caller_form.set_card(card)
        self.stack.setCurrentWidget(self.new_caller_form)

    def request_abnormal(self, kind: str) -> None:
        """Mark the shown call abnormal (what the menu entries do); recorded in the pop history."""
        card = self.current_card()
        if card is None or kind not in ABNORMAL_KINDS or self._history.mark_abnormal(card.call_id, kind) is None:
            return
        self._show_status()
        self.sig_mark_abnormal_requested.emit(kind, card)

    def _block(self) -> None:
        card = self.current_card()
        if card is not None:
            self.sig_block_requested.emit(card)

    def _show_status(self) -> None:
        session = self._history.get(self._shown)
        state = "none"
        if session is None:
            text = ""
        elif session.without_call:
            text = self.tr("Opened without a call")
        elif session.not_reached:
            outcome = self.tr("Not reached: %1") if session.outbound else self.tr("Not answered: %1")
            text, state = outcome.replace("%1", translated(code_label(session.not_reached))), "ended"
        elif session.wrapped_up:
            text, state = self.tr("Call finished"), "ended"
        elif session.ended:
            text, state = self.tr("Call ended: wrap-up pending"), "wrap_up"
        elif session.hold_started is not None:
            text, state = self.tr("On hold"), "on_hold"
        elif session.answer_monotonic is not None:
            text, state = self.tr("In call"), "in_call"
        elif session.outbound:
            text, state = self.tr("Dialling"), "dialling"
        else:
            text, state = self.tr("Ringing"), "ringing"
        if session is not None and session.abnormal:
            text += "  " + self.tr("(marked abnormal)")
        self.status_label.setText(text)
        self.banner.show_session(session, state)
        self.recent.refresh(self._shown)
        self.pending.refresh(self._shown)
