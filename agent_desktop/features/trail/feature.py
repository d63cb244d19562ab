"""Feature: the operation trail. What the agent does is recorded from the other features' signals
(their api modules) and from the local store's writes, queued durably in the local store and sent to
the back office (``POST /trail/events``) in order: at once, or when the CRM answers again.

Sources: the phone (a call answered, dialled, ended), the card (a customer opened, or found for a
call), the local store (an order, customer, complaint, to-do or call back created, changed, cancelled),
presence (Ready, Not ready with its reason, wrap-up), customer search (a search, an export, a call
list). Provides :data:`TRAIL` for what else a feature wants recorded.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.presence.api import PRESENCE, PresenceApi, State
from agent_desktop.features.screenpop.api import SCREENPOP, ScreenPopApi
from agent_desktop.features.search.api import SEARCH, SearchApi
from agent_desktop.features.trail.api import TRAIL
from agent_desktop.features.trail.core.recorder import TrailRecorder
from agent_desktop.features.trail.core.sender import TrailSender
from agent_desktop.shell.send_loop import SendLoop
from crm.schemas import CustomerSearch
from crm.store.local import LocalChange
from crm.store.send_queue import SendQueue
from crm.sync_events import ONLINE, SyncStatus
from screenpop.core.models import CardModel
from softphone.engine.events import CallChanged, CallState, IncomingCall

if TYPE_CHECKING:
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow
    from softphone.qt.adapter import PhoneAdapter

logger = logging.getLogger(__name__)

QUEUE_TABLE = "trail_queue"
SEND_DELAY_MS = 300
"""Operations close together (a card opened as a call is answered) go in one post."""
RETRY_MS = 30_000
_CALL_STATES = (State.RINGING, State.ON_CALL, State.ON_HOLD)
_DIALLING = (CallState.DIALING, CallState.EARLY, CallState.CONNECTING, CallState.ACTIVE)


class TrailFeature(QObject):
    """The installed feature (provided as :data:`TRAIL`)."""

    _sig_written = Signal(LocalChange)
    """A local write, from the writing thread to the GUI thread."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.recorder = TrailRecorder(self._add)
        self.queue: SendQueue | None = None
        self.outbox: TrailSender | None = None
        self.phone: PhoneAdapter | None = None
        self._unsent: list[dict[str, Any]] = []  # recorded before the local store was there
        self.send_loop = SendLoop(ctx.tasks, "trail", RETRY_MS, self)
        self._closed = False
        self._stop_listening: list[Any] = []
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(SEND_DELAY_MS)
        self._soon.timeout.connect(self.flush)
        self._sig_written.connect(self._written)
        ctx.services.provide(TRAIL, self)
        self._cancel = [
            ctx.services.subscribe(PHONE, self._attach_phone),
            ctx.services.subscribe(SCREENPOP, self._attach_card),
            ctx.services.subscribe(SEARCH, self._attach_search),
            ctx.services.subscribe(PRESENCE, self._attach_presence),
            ctx.services.subscribe(CRM, self._attach_crm),
        ]

    # -- TrailApi -----------------------------------------------------------------------------------

    def record(
        self,
        kind: str,
        label: str = "",
        *,
        detail: str | None = None,
        entity: str | None = None,
        ref_id: str | None = None,
    ) -> None:
        self.recorder.record(kind, label, detail=detail, entity=entity, ref_id=ref_id)

    # -- sources ------------------------------------------------------------------------------------

    def _attach_phone(self, phone: PhoneAdapter) -> None:
        self.phone = phone
        phone.sig_incoming_call.connect(self._on_incoming_call)
        phone.sig_call_changed.connect(self._on_call_changed)
        phone.sig_caller_named.connect(self._on_caller_named)

    def _on_incoming_call(self, call: IncomingCall) -> None:
        if not self._closed:
            self.recorder.call_ringing(call.call_id, call.caller_number, call.remote_display)

    def _on_caller_named(self, call_id: int) -> None:
        line = self.phone.board.lines.get(call_id) if self.phone is not None else None
        name = getattr(line, "name", None)
        if name and not self._closed:
            self.recorder.call_named(call_id, name)

    def _on_call_changed(self, change: CallChanged) -> None:
        if self._closed:
            return
        if change.state is CallState.DISCONNECTED:
            self.recorder.call_ended(change.call_id)
        elif change.direction == "in":
            if change.state is CallState.ACTIVE:
                self.recorder.call_answered(change.call_id, change.caller_number)
        elif change.state in _DIALLING:
            self.recorder.call_dialled(change.call_id, change.caller_number)

    def _attach_card(self, screenpop: ScreenPopApi) -> None:
        screenpop.sig_card_opened.connect(self._card_shown)
        screenpop.sig_card_changed.connect(self._card_shown)

    def _card_shown(self, card: CardModel) -> None:
        if card.customer is not None and not self._closed:
            self.recorder.customer_opened(card.customer.id, card.customer.name)

    def _attach_search(self, search: SearchApi) -> None:
        search.sig_searched.connect(self._searched)
        search.sig_exported.connect(self._exported)
        search.sig_call_list_made.connect(self._call_list_made)

    def _searched(self, conditions: CustomerSearch) -> None:
        if not self._closed:
            self.recorder.searched(conditions.model_dump(exclude_none=True))

    def _exported(self, path: str, rows: int) -> None:
        if not self._closed:
            self.recorder.exported(path, rows)

    def _call_list_made(self, name: str, added: int) -> None:
        if not self._closed:
            self.recorder.call_list_made(name, added)

    def _attach_presence(self, presence: PresenceApi) -> None:
        def changed(now: Any) -> None:
            if not self._closed and now.state not in _CALL_STATES:
                self.recorder.state_changed(now.state.value, now.reason, presence.machine.reason_name(now.reason))

        presence.machine.subscribe(changed)

    def _written(self, change: LocalChange) -> None:
        if not self._closed:
            self.recorder.record_written(change.entity, change.op, change.record, change.action, change.fields)

    # -- queueing and sending -----------------------------------------------------------------------

    def _attach_crm(self, service: CrmService) -> None:
        store = service.store
        if store is None:  # a CRM link without a local store (some tests): nowhere to queue
            return

        def open_queue() -> SendQueue:
            return SendQueue(store.db, QUEUE_TABLE)

        def opened(queue: SendQueue) -> None:
            if self._closed:
                return

            def post(events: list[dict[str, Any]]) -> None:
                service.client.request("POST", "/trail/events", json={"events": events})

            self.queue, self.outbox = queue, TrailSender(queue, post)
            self._stop_listening.append(store.add_change_listener(self._sig_written.emit))
            if service.signals is not None:  # the CRM answers again: send what waited
                service.signals.sig_status_changed.connect(self._crm_status_changed)
            for body in self._unsent:
                self._queue(body)
            self._unsent.clear()
            self.send_loop.start(self.outbox.send)

        self.ctx.tasks.write(open_queue, opened, lambda exc: logger.warning("trail queue: %s", exc), owner=self)

    def _crm_status_changed(self, status: SyncStatus) -> None:
        if status.state == ONLINE:
            self.flush()

    def _add(self, body: dict[str, Any]) -> None:
        logger.debug("trail: %s", body["kind"])
        if self.queue is None:
            self._unsent.append(body)
        else:
            self._queue(body)

    def _queue(self, body: dict[str, Any]) -> None:
        queue = self.queue
        assert queue is not None
        self.ctx.tasks.write(lambda: queue.add(body), lambda _seq: self._soon.start(), owner=self)

    def flush(self) -> None:
        """Send what waits, one send at a time."""
        if not self._closed:
            self.send_loop.flush()

    def shutdown(self) -> None:
        self._closed = True
        for cancel in self._cancel + self._stop_listening:
            cancel()
        self._soon.stop()
        self.send_loop.stop()
        self.ctx.services.withdraw(TRAIL, self)


def install(ctx: AppContext, window: MainWindow) -> TrailFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    return TrailFeature(ctx, window)
