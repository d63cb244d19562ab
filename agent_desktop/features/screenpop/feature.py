"""Feature: the screen-pop. Puts the customer card dock in the window and wires it to the phone and
the CRM once those features provide :data:`PHONE` and :data:`CRM`; provides :data:`SCREENPOP`.

* Ringing (phone ``sig_incoming_call`` with a ``softphone.engine.events.IncomingCall``) → the card
  pops from the local store, then refreshes from the CRM (offline badge when it cannot).
* Dialling (the first ``CallChanged`` of a call with direction "out", whoever asked the phone to
  dial: the dial pad, the history, the card's Dial button, a call-back) → the card pops for the called
  number the same way; a dial for a known customer (the card's button, ``sig_dialing_customer`` of
  the call-back feature's :meth:`dialling_customer`) shows that customer. A dial-pad call made while another answered call
  is up is a consultation (transfer, conference): no card.
* Answer/hang-up (phone ``sig_call_changed`` with a ``CallChanged``) → the card stays after hang-up
  and the wrap-up form (forms.wrapup_form) appears under it; its result writes the call log (direction
  inbound or outbound, and the follow-up to-do) through the store's outbox, then the card leaves. A
  call nobody answered gets no wrap-up: its call log is written at once with the phone's outcome as
  the disposition (dialled: busy, no answer, ...; incoming: missed, or rejected by the agent), and the
  card stays to call again. ``wrapup.after_unanswered`` (policy-lockable) asks for a wrap-up after an
  unanswered incoming call too.
* Events of a call whose card is still being read wait for it (a fast hang-up is not lost).
* Quitting during a call or before its wrap-up is submitted asks first; Quit anyway still writes the
  call's log (:mod:`.quit_wrap`); each waiting wrap-up keeps what was typed in it (switched to from the
  tabs above the form) and a draft of it: after a crash the next start logs the call and brings the
  wrap-up back as it was typed (:mod:`.wrap_draft`, :mod:`.wrap_restore`).
* Agent state (:data:`AGENT_STATE`): an answered call, incoming or dialled, that ends moves
  a Ready agent to Wrap-up (a missed or unanswered call does not); submitting the wrap-up moves an
  agent still in Wrap-up back to Ready. A state the agent chose by hand (Not ready, Break) is left
  alone both times.
* Quick-create, harassment marks and "block" write customers / blocklist entries through the store;
  the phone's pre-ring filter (:class:`PreRingGate`) refuses blocked numbers (``sip.blocked_response``)
  and, while the agent is not Ready, every call with 480; each refusal is logged.
* To-dos, call-backs and search results open a customer outside a call: :meth:`open_customer`.
* The open card follows the data: a change to its customer's records (a local write, a sync) re-reads
  it from the local store, as does reopening a pop from the recent pops (:class:`CardRefresher`).
* Order, complaint, to-do, call-back and edit requests are left to the features owning those forms:
  they connect to :attr:`requests` (:class:`CardRequests`).
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, QRect, QTimer, SignalInstance
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop.api import SCREENPOP
from agent_desktop.features.screenpop.card_refresh import CardRefresher
from agent_desktop.features.screenpop.card_requests import CardRequests
from agent_desktop.features.screenpop.card_writes import CardWrites
from agent_desktop.features.screenpop.core.gate import PreRingGate, pop_config
from agent_desktop.features.screenpop.quit_wrap import WrapUpQuitGuard
from agent_desktop.features.screenpop.wrap_draft import WrapUpDrafts
from agent_desktop.shell.agent_state import READY, WRAP_UP, AgentState
from agent_desktop.shell.keys import AGENT_STATE, QUIT_GUARDS
from agent_desktop.shell.tasks import BackgroundTasks
from crm.phones import mask_number
from crm.schemas.common import new_id
from crm.sync_events import ONLINE, SyncStatus
from forms.wrapup_form import WrapUpForm
from forms.wrapup_result import WrapUpResult
from screenpop.core.call_log import call_log_body, not_reached_disposition, unanswered_disposition
from screenpop.core.crm_records import CrmRecords
from screenpop.core.models import CardModel
from screenpop.core.record_source import RecordPopSource
from screenpop.core.session import PopHistory, PopSession
from screenpop.pop_controller import PopController
from screenpop.widgets.card_dock import ScreenPopDock
from softphone.engine.events import CallChanged, CallRejectedBeforeRinging, IncomingCall

if TYPE_CHECKING:
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow
    from softphone.qt.adapter import PhoneAdapter

logger = logging.getLogger(__name__)

_TALKING = ("active", "held")


class ScreenPopFeature(QObject):
    """The installed screen-pop feature (provided as :data:`SCREENPOP`)."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self._closed = False
        self.config = pop_config(ctx.settings)
        self.history = PopHistory()
        self.dock = ScreenPopDock(self.history, self.config.region)
        self.wrap_up = WrapUpForm()
        # Its own small pool: a ring-time pop must never queue behind another feature's slow task
        # (an export, a 10 s HTTP timeout). Writes still go through ctx.tasks.
        self.pop_tasks = BackgroundTasks(max_workers=2, parent=self)
        self.controller = PopController(
            self.dock, self.pop_tasks, None, self.config, log_digits=self._log_digits, parent=self
        )
        self.crm: CrmService | None = None
        self.phone: PhoneAdapter | None = None
        self._filter_installed = False
        self.gate = PreRingGate(lambda: ctx.settings.sip.blocked_response)
        self.agent_state: AgentState | None = None
        self._rejections_logged: PhoneAdapter | None = None  # the phone whose rejections are logged
        self.clock: Callable[[], float] = time.monotonic  # when a call event came (answer, hold, hang-up)
        # call id -> its events that came while its card was read, each with the time it came
        self._popping: dict[str, list[tuple[CallChanged, float]]] = {}
        self._dialled: dict[str, str] = {}  # call id -> the customer it was dialled for (a card, a call-back)
        self._talking: set[str] = set()  # answered calls not yet ended
        self._consults: set[str] = set()  # calls dialled during another call: no card
        self._notes_for: dict[str, list[str]] = {}  # call id -> texts for its wrap-up's notes (add_to_notes)
        self._ordered: set[str] = set()  # calls an order was placed for: their wrap-up says so (order_placed)
        window.set_dock_content("customer_card", self.dock)
        self.writes = CardWrites(self)
        self.dock.sig_customer_create_requested.connect(self.writes.create_customer)
        self.dock.sig_mark_abnormal_requested.connect(self.writes.marked_abnormal)
        self.dock.sig_block_requested.connect(lambda card: self.writes.block(card, "blocked by agent"))
        self.dock.sig_dial_requested.connect(self.dial_card)
        self.dock.sig_card_changed.connect(self._name_line)
        self.controller.sig_pop_shown.connect(self._pop_shown)
        self.wrap_up.sig_wrap_up_submitted.connect(self._wrapped_up)
        self.dock.recent.sig_pop_selected.connect(self._pop_selected)
        self.card_refresh = CardRefresher(self.dock, self.controller, lambda: bool(self._popping), self)
        self._requests = CardRequests(self)
        for mine, theirs in (
            (self.dock.sig_new_order_requested, self._requests.sig_new_order_requested),
            (self.dock.sig_new_complaint_requested, self._requests.sig_new_complaint_requested),
            (self.dock.sig_new_todo_requested, self._requests.sig_new_todo_requested),
            (self.dock.sig_call_back_requested, self._requests.sig_call_back_requested),
            (self.dock.sig_edit_customer_requested, self._requests.sig_edit_customer_requested),
            (self.dock.sig_call_recording_requested, self._requests.sig_call_recording_requested),
        ):
            mine.connect(theirs)
        self.drafts = WrapUpDrafts(self, window)  # a wrap-up under way survives a crash
        self.quit_guard = WrapUpQuitGuard(self, window)  # quitting before a wrap-up asks, never loses the log
        if (guards := ctx.services.get(QUIT_GUARDS)) is not None:
            guards.add(self.quit_guard)
        ctx.services.provide(SCREENPOP, self)
        # No polling: the registry calls back now if a service is there and on every (re)registration.
        self._subscriptions = [
            ctx.services.subscribe(CRM, self._crm_registered),
            ctx.services.subscribe(PHONE, self._phone_registered),
            ctx.services.subscribe(AGENT_STATE, self._agent_state_registered),
        ]
        QTimer.singleShot(0, self.dock.warm_up)  # the first pop of the day as fast as the rest

    # -- services appear after their features finish starting -----------------------------------
    def _crm_registered(self, crm: CrmService) -> None:
        if crm is not self.crm:
            self._attach_crm(crm)
            self._install_pre_ring_filter()

    def _phone_registered(self, phone: PhoneAdapter) -> None:
        if phone is not self.phone:
            self._attach_phone(phone)
            self._install_pre_ring_filter()

    @property
    def requests(self) -> CardRequests:
        """The agent's requests from the card, for the features that own those forms."""
        return self._requests

    def current_card(self) -> CardModel | None:
        """The card on screen, if any."""
        return self.dock.current_card()

    @property
    def sig_card_changed(self) -> SignalInstance:
        """A call's card popped or changed: its customer found or chosen (carries the :class:`CardModel`)."""
        return self.dock.sig_card_changed

    @property
    def sig_card_opened(self) -> SignalInstance:
        """The agent opened a customer's card outside a call (carries the :class:`CardModel`)."""
        return self.dock.sig_card_opened

    def call_link(self, call_id: int | str) -> tuple[str, str]:
        """The call log id (reserved now when the log is not written yet) and the customer of a call."""
        session = self.history.get(str(call_id))
        if session is None:
            return "", ""
        if not session.call_log_id and not session.reserved_log_id:
            session.reserved_log_id = new_id()
        customer = session.card.customer
        return session.call_log_id or session.reserved_log_id, customer.id if customer is not None else ""

    def add_to_notes(self, text: str) -> bool:
        """Add ``text`` to the wrap-up of the call under way (kept until it starts; the wrap-up the form
        holds may be another call's), else to the open wrap-up's notes; the focus stays where it is.
        False when there is neither."""
        calls = [call_id for call_id in self._talking if self.history.get(call_id) is not None]
        if self.wrap_up.call_id() and (not calls or self.wrap_up.call_id() in calls):
            _append_line(self.wrap_up.notes_edit, text)
            return True
        for call_id in calls:
            self._notes_for.setdefault(call_id, []).append(text)
        return bool(calls)

    def banner_area(self) -> QRect:
        """The call banner's place on screen (empty when it is not shown)."""
        banner = self.dock.banner
        return QRect(banner.mapToGlobal(QPoint(0, 0)), banner.size()) if banner.isVisible() else QRect()

    def order_placed(self, call_id: int | str) -> None:
        """Pre-set the call's wrap-up to "Order placed" (now or when it starts), unless the agent chose."""
        call_id = str(call_id)
        session = self.history.get(call_id)
        if session is None or session.wrapped_up:
            return
        self._ordered.add(call_id)
        if self.wrap_up.call_id() == call_id:
            self.wrap_up.preset_disposition("order_placed")

    def open_customer(self, customer_id: str) -> str:
        """Show a customer's card outside a call (from the local store, then the CRM); no wrap-up."""
        if self._closed:
            return ""
        return self.controller.open_customer(str(customer_id))

    def _install_pre_ring_filter(self) -> None:
        """Refuse calls before they ring: blocked numbers, and every call while the agent is not Ready."""
        self.gate.store = self.crm.store if self.crm is not None else None
        if self.phone is None:
            return
        self.phone.set_pre_ring_filter(self.gate)
        self._filter_installed = True
        if self._rejections_logged is not self.phone:
            self.phone.sig_call_rejected_before_ringing.connect(self._rejected)
            self._rejections_logged = self.phone
        logger.info("calls from blocked numbers, and all calls while not Ready, are refused before they ring")

    def _agent_state_registered(self, agent_state: AgentState) -> None:
        old, self.agent_state = self.agent_state, agent_state
        if old is not None:
            _disconnect(old.sig_state_changed, self._agent_state_changed)
        agent_state.sig_state_changed.connect(self._agent_state_changed)
        self._agent_state_changed(agent_state.state)

    def _agent_state_changed(self, state: str) -> None:
        self.gate.accepting = state == READY  # one plain assignment: the SIP thread reads it

    def _log_digits(self) -> int:
        """Trailing digits of a phone number the log shows (``crm.log_number_digits``, policy-lockable)."""
        return self.ctx.settings.crm.log_number_digits

    def _rejected(self, event: CallRejectedBeforeRinging) -> None:
        number = mask_number(str(event.caller_number), self._log_digits()) or "an unknown number"
        logger.info("refused a call from %s with %s before it rang", number, event.code)

    def _attach_crm(self, crm: CrmService) -> None:
        old = self.crm
        if old is not None and old.signals is not None:
            _disconnect(old.signals.sig_status_changed, self._crm_status_changed)
        self.crm = crm
        local = RecordPopSource(crm.store, crm.store.phones)
        remote = RecordPopSource(CrmRecords(crm.client), crm.store.phones)
        self.controller.set_sources(local, remote)
        self.drafts.attach(crm)
        self.card_refresh.attach(crm)
        self.writes.attached()
        if crm.signals is not None:
            crm.signals.sig_status_changed.connect(self._crm_status_changed)
        logger.info("screen-pop reads the local store and refreshes from the CRM")

    def _crm_status_changed(self, status: SyncStatus) -> None:
        """Follow the sync engine's view of the CRM; back online → re-read an offline card."""
        online = status.state == ONLINE
        self.controller.set_online(online)
        card = self.dock.current_card()
        if online and card is not None and card.offline:
            self.controller.refresh(card.call_id)

    def _attach_phone(self, phone: PhoneAdapter) -> None:
        old = self.phone
        if old is not None:  # a replaced engine: stop following the old one
            _disconnect(old.sig_incoming_call, self.on_incoming_call)
            _disconnect(old.sig_call_changed, self.on_call_changed)
        self.phone = phone
        phone.sig_incoming_call.connect(self.on_incoming_call)
        phone.sig_call_changed.connect(self.on_call_changed)
        logger.info("screen-pop follows the phone's calls")

    def dialling_customer(self, call_id: int | str, customer_id: str) -> None:
        """Another feature dialled ``call_id`` to reach this known customer (a call-back): its card shows them."""
        if self._closed:
            return
        call_id, customer_id = str(call_id), str(customer_id)
        if self.history.get(call_id) is not None:
            self.controller.choose_customer(call_id, customer_id)
        else:  # the usual order: the dial returned its id before the phone's first event of the call
            self._dialled[call_id] = customer_id

    def dial_card(self, card: CardModel) -> None:
        """The card's Dial button: call its party through the phone; the card of that call shows its customer."""
        number = card.number_to_dial()
        if self.phone is None or not number:
            logger.warning("cannot dial from the card: no %s", "number" if self.phone else "phone")
            return
        customer = card.customer  # named on the call's card once dialled (after the do-not-call check)
        on_dialled = None if customer is None else lambda call_id: self.dialling_customer(call_id, customer.id)
        self.phone.dial_manual(number, on_dialled)

    def _name_line(self, card: CardModel) -> None:
        """Once the card knows the customer of a call, its line button shows their name from the CRM
        (not the SIP display name); an unknown caller keeps the number or display name."""
        if self.phone is not None and card.customer is not None and card.customer.name and card.call_id.isdigit():
            self.phone.set_caller_name(int(card.call_id), card.customer.name)

    # -- call events (softphone.engine.events objects) ------------------------------------------
    def on_incoming_call(self, event: IncomingCall) -> None:
        self._popping[str(event.call_id)] = []
        self.controller.incoming_call(str(event.call_id), event.headers, event.received_monotonic)

    def _pop_shown(self, call_id: str, _ms: float) -> None:
        """A call's card is up: the events that came meanwhile apply now."""
        for event, at in self._popping.pop(call_id, ()):
            self._on_call_changed(event, at)
        late = self._dialled.pop(call_id, "")
        if late:
            self.controller.choose_customer(call_id, late)

    def _pop_selected(self, call_id: str) -> None:
        """Back to an earlier pop: its wrap-up, if still due, comes with it."""
        session = self.history.get(call_id)
        if session is None or not session.ended or session.wrapped_up:
            self.dock.hide_wrap_up()
            return
        if self.wrap_up.call_id() != call_id:
            self._start_wrap_up(session)
        else:
            self.dock.show_wrap_up(self.wrap_up)

    def show_wrap_up_of(self, call_id: str) -> None:
        """Bring back a call's card with its wrap-up form, the focus in it (finishing it before a quit)."""
        self.dock.show_call(call_id)
        self._pop_selected(call_id)
        self.wrap_up.disposition_combo.setFocus()

    def talking_calls(self) -> set[str]:
        """The answered calls not yet ended."""
        return set(self._talking)

    def take_notes_for(self, call_id: str) -> list[str]:
        """The texts kept for the wrap-up of ``call_id`` (:meth:`add_to_notes`), handed over once."""
        return self._notes_for.pop(call_id, [])

    def _start_wrap_up(self, session: PopSession) -> None:
        """The form serves ``session``'s wrap-up: what was typed in another call's is kept for it."""
        self.drafts.set_aside()
        kept = self.drafts.take(session.call_id)  # what was typed, and whether a crash cut it off
        self.wrap_up.start(session.call_id, session.end_monotonic, outbound=session.outbound, **kept)
        for text in self._notes_for.pop(session.call_id, ()):
            _append_line(self.wrap_up.notes_edit, text)
        if session.call_id in self._ordered:
            self.wrap_up.preset_disposition("order_placed")
        self.dock.show_wrap_up(self.wrap_up)
        self.drafts.save_now()

    def on_call_changed(self, event: CallChanged) -> None:
        """At the phone's time of the event (the 200 OK, the BYE), not when a busy window got to it."""
        self._on_call_changed(event, self.clock() if event.at is None else event.at)

    def _on_call_changed(self, event: CallChanged, at: float) -> None:
        """``event`` came at ``at`` (monotonic; earlier than now for an event that waited for its card)."""
        call_id = str(event.call_id)
        state = getattr(event.state, "value", event.state)
        self._track(call_id, state)
        if call_id in self._popping:  # its card is still being read
            self._popping[call_id].append((event, at))
        elif self.history.get(call_id) is not None:
            self._call_changed(call_id, state, event, at)
        elif getattr(event, "direction", "") == "out" and state != "disconnected" and call_id not in self._consults:
            self._dialled_call(call_id, event, at)

    def _track(self, call_id: str, state: str) -> None:
        """Which calls are answered and up (a dial meanwhile is a consultation)."""
        if state in _TALKING:
            self._talking.add(call_id)
        elif state == "disconnected":
            self._talking.discard(call_id)
            self._consults.discard(call_id)
            self._dialled.pop(call_id, None)

    def _dialled_call(self, call_id: str, event: CallChanged, at: float) -> None:
        """The phone's first event of a call the agent dialled: pop the called party's card."""
        customer_id = self._dialled.pop(call_id, "")
        if not customer_id and self._talking - {call_id}:
            logger.info("call %s was dialled during another call: a consultation, no card", call_id)
            self._consults.add(call_id)
            return
        state = getattr(event.state, "value", event.state)
        self._popping[call_id] = [] if state == "dialing" else [(event, at)]
        # rings from the phone's dial, not from when its card could pop
        self.controller.outgoing_call(call_id, str(event.caller_number), customer_id, event.started_at)

    def _call_changed(self, call_id: str, state: str, event: CallChanged, at: float) -> None:
        """A call with a card was answered, held, taken off hold or ended (``at``: when the event came)."""
        self.history.saw_sip_call_id(call_id, getattr(event, "sip_call_id", ""))
        connected_at = getattr(event, "connected_at", None)
        if state == "active" or (state == "disconnected" and connected_at is not None):
            # (an answer the card missed counts)
            self.controller.call_answered(call_id, at if connected_at is None else connected_at)
        if state == "held":
            self.dock.call_held(call_id, at)
        elif state == "active":
            self.dock.call_resumed(call_id, at)  # nothing when it was not on hold
        if state != "disconnected":
            return
        self.controller.call_ended(call_id, at)  # a call hung up while held: its hold ends here
        session = self.history.get(call_id)
        if session is None:
            return
        answered = session.answer_monotonic is not None
        if not answered and (session.outbound or not self.ctx.settings.wrapup.after_unanswered):
            # nobody answered (a dialled call not reached; an incoming one missed or rejected, unless
            # the policy asks for a wrap-up): logged at once with the phone's outcome, no wrap-up
            outcome = getattr(event, "outcome", None)
            disposition = not_reached_disposition(outcome) if session.outbound else unanswered_disposition(outcome)
            self.dock.call_not_reached(call_id, disposition)
            self.log_call(session, disposition=disposition)
            return
        self._start_wrap_up(session)
        if answered:  # a missed ringing call leaves the agent as they were
            self.move_agent(READY, WRAP_UP)

    def move_agent(self, expected: str, new: str) -> None:
        """Set the agent state to ``new`` only while it is ``expected`` (a state chosen by hand stays)."""
        agent_state = self.agent_state
        if agent_state is not None and agent_state.state == expected:
            agent_state.set_state(new)

    def log_call(self, session: PopSession, **fields: Any) -> dict[str, Any]:
        """Write the call log of ``session`` (``fields``: disposition, notes, wrap-up seconds)."""
        log = call_log_body(session, agent_line=self.ctx.settings.sip.username, **fields)
        if session.call_id in self.drafts.restored.call_ids:  # its log was written at this start: updated
            self.drafts.restored.submitted(session, log)
            return log
        session.call_log_id = log["id"]
        self.writes.write("call_logs", log)
        self.drafts.forget(session.call_id, log["id"])
        return log

    def _wrapped_up(self, result: WrapUpResult) -> None:
        self._ordered.discard(result.call_id)
        session = self.history.get(result.call_id)
        if session is not None:
            log = self.log_call(
                session, disposition=result.disposition, notes=result.notes, wrapup_seconds=result.wrapup_seconds
            )
            if result.follow_up is not None:
                self.writes.follow_up(result.follow_up, log["id"], session.customer_id)
        self.wrap_up_finished(result.call_id)

    def wrap_up_finished(self, call_id: str) -> None:
        """The wrap-up of ``call_id`` is submitted (or discarded): the card leaves, the next one comes up."""
        self.dock.wrap_up_done(call_id)
        waiting = [s for s in self.history.pending_wrap_up() if s.answer_monotonic is not None]
        if not waiting:
            self.move_agent(WRAP_UP, READY)
        elif not self._talking:  # another answered call still waits: its card and wrap-up come up next
            self.dock.show_call(waiting[0].call_id)
            self._pop_selected(waiting[0].call_id)

    def shutdown(self) -> None:
        self._closed = True
        if (guards := self.ctx.services.get(QUIT_GUARDS)) is not None:
            guards.remove(self.quit_guard)
        self.card_refresh.close()
        self.drafts.close()
        for cancel in self._subscriptions:
            cancel()
        if self.agent_state is not None:
            _disconnect(self.agent_state.sig_state_changed, self._agent_state_changed)
        self.pop_tasks.shutdown(wait=False)
        self.gate.store = None
        if self._filter_installed and self.phone is not None:
            self.phone.set_pre_ring_filter(None)  # the store may close before the phone stops
        self.ctx.services.withdraw(SCREENPOP, self)


def _disconnect(signal: SignalInstance, slot: Callable[..., object]) -> None:
    with contextlib.suppress(RuntimeError, TypeError):  # never connected, or already gone
        signal.disconnect(slot)


def _append_line(edit: QPlainTextEdit, text: str) -> None:
    """Add ``text`` as a line of its own at the end of ``edit``, leaving its cursor and the focus alone."""
    cursor = QTextCursor(edit.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(("\n" if edit.toPlainText().strip() else "") + text.strip())


def install(ctx: AppContext, window: MainWindow) -> ScreenPopFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    return ScreenPopFeature(ctx, window)
