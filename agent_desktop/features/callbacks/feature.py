"""Feature: the Call Back queue dock (``install(ctx, window)``).

Missed calls come from :data:`PHONE` (``sig_incoming_call``, ``sig_call_rejected_before_ringing``,
``sig_call_changed``) through :class:`~agent_desktop.features.callbacks.core.detector.MissedCallDetector`;
they are kept until :data:`CRM` is ready, then queued in its store (synced to every agent).
Click-to-dial goes through ``phone.dial(number)``. Provides :data:`CALLBACKS`
(:meth:`CallbackFeature.add_manual`). With :data:`SCREENPOP`, the card's "Call back" and a wrap-up ending
"Call back later" ask when (:class:`CallbackWhenDialog`: the customer's call window proposed) and queue the caller,
and the card shows the customer being called back (:attr:`sig_dialing_customer`) or opened from the
list (:attr:`sig_open_customer`).

The dock's list is read off the GUI thread (``ctx.tasks``); the GUI thread only shows finished reads.
Writes (missed calls, promised call backs, attempts, the signed-in user remembered at start-up) run
there too (see :class:`CallbackController`); the queue is listed again when one is done.
A refresh asked for while one runs waits for it (at most one read running and one more pending); the
running read's answer is then out of date and dropped, the pending read replaces it. The 30 s tick
(the "waiting N min" labels) reads nothing while the dock is hidden (closed, or behind another tab)
and reads once when it is shown again. A scheduled call back whose time comes (the retry timer reads
the queue then) is alerted through the shell's :data:`DUE_ALERTS` (tray message, the tab's badge, the
sound, the taskbar; see :mod:`agent_desktop.features.callbacks.core.due`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance

from agent_desktop.features.callbacks.api import CALLBACKS
from agent_desktop.features.callbacks.controller import CallbackController, QueueView
from agent_desktop.features.callbacks.core.detector import MissedCallDetector
from agent_desktop.features.callbacks.core.due import came_due
from agent_desktop.features.callbacks.dock import MAX_ROWS, CallbackDock
from agent_desktop.features.callbacks.when_dialog import CallbackWhenDialog
from agent_desktop.features.crm_link.api import CRM, CrmService, remembered_user
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop.api import SCREENPOP, ScreenPopApi
from agent_desktop.shell.keys import DUE_ALERTS
from agent_desktop.shell.local_time import local_time
from agent_desktop.shell.services import ServiceRegistry, ServiceWaiter
from agent_desktop.shell.tasks import Newest
from agent_desktop.shell.timers import MAX_TIMER_MS
from crm.phones import format_phone
from crm.records import CallbackRecord
from crm.schemas.callbacks import AttemptOutcome
from crm.store import callbacks as cbq
from crm.store.todos import parse_time, utc_now
from forms.wrapup_result import WRAP_UP_CALL_BACK, WrapUpResult
from screenpop.core.models import CardModel
from softphone.engine.events import CallChanged, CommandFailed

if TYPE_CHECKING:
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow
    from agent_desktop.shell.tasks import BackgroundTasks
    from softphone.qt.adapter import PhoneAdapter

logger = logging.getLogger(__name__)


class WrapUpForm(Protocol):
    """The card's wrap-up form, as far as the call-back outcome needs it."""

    @property
    def sig_wrap_up_submitted(self) -> SignalInstance: ...


WAITING_LABEL_REFRESH_MS = 30_000
DOCK = "callbacks"


class CallbackFeature(QObject):
    """The installed feature."""

    sig_open_customer = Signal(str)
    """Open a customer's card outside a call (customer id)."""

    sig_dialing_customer = Signal(int, str)
    """Calling back a known customer: (phone call id, customer id); the call's card shows them."""

    sig_ready = Signal()
    """The queue is attached to the CRM store."""

    sig_refreshed = Signal()
    """The dock now shows a finished read of the queue."""

    def __init__(
        self,
        window: MainWindow,
        services: ServiceRegistry,
        tasks: BackgroundTasks | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
        blocked_code: int = 603,
        region: str = "CN",
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.tasks = tasks
        self.clock = clock
        self.service: CrmService | None = None
        self.phone: PhoneAdapter | None = None
        self.controller: CallbackController | None = None
        self.waiting_for_store: list[cbq.MissedCall] = []
        self.detector = MissedCallDetector(self._on_missed, blocked_code=blocked_code, clock=clock, region=region)
        self.region = region
        self.when_dialog: CallbackWhenDialog | None = None  # the call-back question open last
        self.dock = CallbackDock(region=region)
        window.set_dock_content(DOCK, self.dock)
        self.alerts = services.get(DUE_ALERTS)
        self._due_since: datetime | None = None  # the time of the last read shown (None: none yet)
        self.dock.sig_shown.connect(self._on_dock_shown)
        # a tab brought to the front is not "shown" to its content
        window.dock(DOCK).visibilityChanged.connect(self._on_dock_visibility)
        self.retry_timer = QTimer(self)  # one timer: the next retry that becomes due
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.retry_timer.timeout.connect(self.refresh)
        self.label_timer = QTimer(self)  # "waiting N min" labels only
        self.label_timer.setInterval(WAITING_LABEL_REFRESH_MS)
        self.label_timer.timeout.connect(self._on_label_tick)
        self._reads = Newest()  # the answer of the newest read only
        self._reading = False  # a read runs
        self._pending = False  # another one was asked for meanwhile
        self._tick_skipped = False  # the 30 s tick found the dock hidden
        self._select_when_shown: str | None = None  # a call back promised from the card, to select
        self._closed = False
        self._crm_wait = ServiceWaiter(services, CRM, self.attach)
        self._phone_wait = ServiceWaiter(services, PHONE, self.connect_phone)
        self._card_wait = ServiceWaiter(services, SCREENPOP, self.connect_card)
        self.action_call_next = window.add_menu_action(
            "call",
            lambda: self.tr("Call back the longest waiting caller"),
            "",
            lambda: self.controller.call() if self.controller else None,
        )

    def start(self) -> None:
        self._phone_wait.start()
        self._crm_wait.start()
        self._card_wait.start()

    def connect_card(self, screenpop: ScreenPopApi) -> None:
        """The customer card's "Call back" (and a wrap-up ending "Call back later") asks when, then queues
        the card's caller (a promised call back); the card shows the customer being called back, or
        opened from the list."""
        screenpop.requests.sig_call_back_requested.connect(self.ask_when)
        self.sig_open_customer.connect(screenpop.open_customer)
        self.sig_dialing_customer.connect(screenpop.dialling_customer)
        wrap_up: WrapUpForm | None = getattr(screenpop, "wrap_up", None)
        if wrap_up is not None:
            wrap_up.sig_wrap_up_submitted.connect(lambda result: self._wrapped_up(screenpop, result))

    def _wrapped_up(self, screenpop: ScreenPopApi, result: WrapUpResult) -> None:
        """A wrap-up submitted with the "call back" outcome asks when to call that call's customer back."""
        if result.disposition != WRAP_UP_CALL_BACK:
            return
        history = getattr(screenpop, "history", None)
        session = history.get(result.call_id) if history is not None else None
        card = session.card if session is not None else screenpop.current_card()
        if card is not None:
            self.ask_when(card, result.notes)

    def ask_when(self, card: CardModel, note: str = "") -> None:
        """Ask when to call the card's caller back (the dialog opens; nothing waits for it), then queue it."""
        customer, identity = card.customer, card.identity
        number = identity.number or identity.number_raw or (customer.phones[0] if customer and customer.phones else "")
        if not number:
            self.dock.show_message(lambda: self.tr("This caller has no number to call back."))
            return
        name, window = (customer.name, customer.call_window) if customer else ("", "")
        dialog = CallbackWhenDialog(
            name,
            number,
            window,
            note.splitlines()[0] if note else "",
            region=self.region,
            clock=self.clock,
            parent=self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        customer_id = customer.id if customer else None
        dialog.accepted.connect(
            lambda: self.add_manual(
                number,
                customer_id,
                dialog.note(),
                dialog.due_at(),
                on_done=lambda entry: self._promised(entry, name or number),
            )
        )
        self.when_dialog = dialog
        dialog.open()

    def _promised(self, entry: CallbackRecord, who: str) -> None:
        """The call back is in the queue: say for when, and select it in the dock once listed."""
        self._select_when_shown = entry.get("id")
        due = parse_time(entry.get("due_at"))
        about = entry.get("id", "")
        if due is None or due <= self.clock():
            self.dock.show_message(
                lambda: self.tr("Call back to {0} queued: as soon as possible.").format(who), about=about
            )
            return
        when = local_time(due, self.clock())
        self.dock.show_message(lambda: self.tr("Call back to {0} scheduled for {1}.").format(who, when), about=about)

    # -- wiring ---------------------------------------------------------------------------------
    def connect_phone(self, phone: PhoneAdapter) -> None:
        """Listen to the phone adapter's call events (missed calls, call-back outcomes)."""
        self.phone = phone
        phone.sig_incoming_call.connect(self.detector.feed)
        phone.sig_call_rejected_before_ringing.connect(self.detector.feed)
        phone.sig_call_changed.connect(self._on_call_changed)
        phone.sig_command_failed.connect(self._on_command_failed)
        if self.controller is not None:
            self.controller.phone = phone

    def attach(self, service: CrmService) -> None:
        """The CRM service is there: remember the signed-in user in its store (a write: in the
        background), then attach the queue to it."""
        self.service = service
        store, user = service.store, service.user
        if self.tasks is None:  # no background helper (tests, tools): here
            self._attach(service, remembered_user(store, user))
            return

        def failed(exc: BaseException) -> None:
            logger.error("could not remember the signed-in user: %s", exc)
            self._attach(service, user or {})

        self.tasks.write(lambda: remembered_user(store, user), lambda me: self._attach(service, me), failed, owner=self)

    def _attach(self, service: CrmService, user: Mapping[str, Any]) -> None:
        if self._closed:
            return
        me = user.get("id", "")
        self.dock.me_id = me
        c = self.controller = CallbackController(
            service.store,
            service.client,
            me,
            tasks=self.tasks,
            phone=self.phone,
            clock=self.clock,
            shown=self.dock.rows,
            parent=self,
        )
        c.sig_queue_changed.connect(self.refresh)
        c.sig_message.connect(self.dock.show_message)
        c.sig_dialing.connect(self._on_dialing)
        c.sig_entry_busy.connect(self.dock.set_busy)
        d = self.dock
        d.sig_call_requested.connect(lambda entry_id: c.call(entry_id or None))
        d.sig_outcome_chosen.connect(lambda entry_id, o: c.record(entry_id, AttemptOutcome(o)))
        d.sig_release_requested.connect(c.release)
        if service.signals is not None:
            service.signals.sig_records_changed.connect(self._on_records_changed)
        for call in self.waiting_for_store:
            c.on_missed(call)
        self.waiting_for_store.clear()
        self.label_timer.start()
        self.refresh()
        self.sig_ready.emit()

    # -- events ---------------------------------------------------------------------------------
    def _on_missed(self, call: cbq.MissedCall) -> None:
        if self.controller is None:
            self.waiting_for_store.append(call)
        else:
            self.controller.on_missed(call)

    def _on_call_changed(self, event: CallChanged) -> None:
        self.detector.feed(event)
        if self.controller is not None:
            self.controller.on_call_changed(event)

    def _on_command_failed(self, event: CommandFailed) -> None:
        if self.controller is not None:
            self.controller.on_command_failed(event)

    def _on_records_changed(self, entity: str, _ids: object) -> None:
        if entity == "callbacks" and self.controller is not None:
            self.controller.synced()

    def _on_dialing(self, entry_id: str, call_id: int) -> None:
        """Tell the card whom this call back is for: known from the entry dialled (or the row shown);
        otherwise (a dial the controller did not make itself) read from the store in the background."""
        if self.controller is None:
            return
        customer_id = (
            self.controller.customer_for_call(call_id)
            or next((e.get("customer_id") for e in self.dock.rows() if e["id"] == entry_id), None)
            or (self.controller.creating.get(entry_id) or {}).get("customer_id")
        )
        if customer_id:
            self.sig_dialing_customer.emit(call_id, customer_id)
            return
        store = self.controller.store

        def read() -> str | None:
            return (store.get("callbacks", entry_id) or {}).get("customer_id")

        def done(found: str | None) -> None:
            if found and not self._closed:
                self.sig_dialing_customer.emit(call_id, found)

        if self.tasks is None:
            done(read())
        else:
            self.tasks.run(read, done, lambda exc: logger.info("call back %s not read: %s", entry_id, exc), owner=self)

    # -- view -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the queue again (something changed) and show it when read; while a read runs, one
        more is read after it (however often this is called meanwhile)."""
        if self.controller is None or self._closed:
            return
        if self._reading:
            self._pending = True
            return
        self._start_read()

    def _on_label_tick(self) -> None:
        """The 30 s tick: the "waiting" labels move on. Not while the dock is hidden: the tick stops
        (no wake-up of an idle app for nothing) and the queue is read once when it shows again; nor
        while a read runs (that one is just as new)."""
        if not self.dock_on_screen():
            self._tick_skipped = True
            self.label_timer.stop()
            return
        if not self._reading:
            self.refresh()

    def dock_on_screen(self) -> bool:
        """The dock is open and not behind another tab (a tabbed-away dock stays "visible" to Qt,
        moved out of sight)."""
        return self.dock.isVisible() and not self.dock.visibleRegion().isEmpty()

    def _on_dock_visibility(self, visible: bool) -> None:
        if visible:
            self._on_dock_shown()

    def _on_dock_shown(self) -> None:
        if self._tick_skipped:
            self._tick_skipped = False
            if not self._closed:
                self.label_timer.start()
            self.refresh()

    def _start_read(self) -> None:
        assert self.controller is not None
        self._reading, self._pending = True, False
        read = self.controller.reader(MAX_ROWS)
        show = self._reads.ask(self._show)
        if self.tasks is None:  # no background helper (tests, tools): read here
            try:
                result = read()
            except Exception as exc:
                self._read_failed(exc)
                return
            self._read_done(result, show)
            return
        self.tasks.run(read, lambda view: self._read_done(view, show), self._read_failed, owner=self.dock)

    def _read_done(self, view: QueueView, show: Callable[[QueueView], None]) -> None:
        if self._closed:
            return
        self._reading = False
        if self._pending:  # read before the latest change: read again, show that one
            self._start_read()
            return
        show(view)  # Newest: skipped when a newer read was started since

    def _read_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self._reading = False
        logger.warning("could not read the call back queue: %s", exc)
        if self._pending:
            self._start_read()

    def _show(self, view: QueueView) -> None:
        if self._closed or self.controller is None:
            return
        listed = {e["id"] for e in self.dock.rows()}
        self.dock.show_entries(view.entries, view.now, total=view.total, names=view.names, upcoming=view.upcoming)
        self._tell_called_in([e for e in view.called_in if e["id"] in listed], view.names)
        self.window.set_dock_count(DOCK, view.total)
        if self._select_when_shown and any(e["id"] == self._select_when_shown for e in self.dock.rows()):
            self.dock.select(self._select_when_shown)
            self._select_when_shown = None
        if view.next_due_at is None:
            self.retry_timer.stop()
        else:
            ms = int((view.next_due_at - self.clock()).total_seconds() * 1000) + 1
            self.retry_timer.start(max(0, min(ms, MAX_TIMER_MS)))
        self._alert_due(view)
        self.sig_refreshed.emit()

    def _tell_called_in(self, closed: list[CallbackRecord], names: dict[str, str]) -> None:
        """Say which listed call backs the back office closed because the customer called in (and was
        answered): they left the list for that reason, not because someone called them back."""
        if not closed:
            return
        who = [names.get(e.get("customer_id") or "") or format_phone(e.get("number", ""), self.region) for e in closed]
        if len(who) == 1:
            self.dock.show_message(lambda: self.tr("{0}'s call back closed: the customer called in.").format(who[0]))
            return
        self.dock.show_message(
            lambda: self.tr("{0} call backs closed: the customers called in ({1}).").format(len(who), ", ".join(who))
        )

    def _alert_due(self, view: QueueView) -> None:
        """Alert the scheduled call backs whose time came since the last read shown (the retry timer
        reads the queue when the next one is due). The first read only marks where to start: what came
        due while the app was closed is simply listed. Only the rows read count (the longest waiting)."""
        since, self._due_since = self._due_since, view.now
        if since is None or self.alerts is None:
            return
        due = came_due(view.entries, since, view.now)
        if not due:
            return
        title = self.tr("Call back due") if len(due) == 1 else self.tr("{0} call backs due").format(len(due))
        lines = [
            " ".join(filter(None, (e.get("number", ""), view.names.get(e.get("customer_id") or "", ""))))
            for e in due[:5]
        ]
        self.alerts.alert(DOCK, [e["id"] for e in due], title, "\n".join(lines), on_open=self.show_entry)

    def show_entry(self, entry_id: str) -> None:
        """Select this entry in the dock and show its customer on the card (a clicked alert)."""
        self.dock.select(entry_id)
        customer_id = next((e.get("customer_id") for e in self.dock.rows() if e["id"] == entry_id), None)
        if customer_id:
            self.sig_open_customer.emit(customer_id)

    def add_manual(
        self,
        number: str,
        customer_id: str | None = None,
        reason: str = "",
        due_at: datetime | None = None,
        on_done: Callable[[CallbackRecord], Any] | None = None,
    ) -> CallbackRecord | None:
        """A call back promised from the customer card, written in the background: ``on_done(entry)``
        gets the stored entry. Returns what is being queued (its id), None before the CRM is there."""
        if self.controller is None:
            return None
        return self.controller.add_manual(number, customer_id, reason, due_at, on_done=on_done)

    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._reads.ask(lambda _view: None)  # a read still running is not shown
        self._crm_wait.stop()
        self._phone_wait.stop()
        self._card_wait.stop()
        self.retry_timer.stop()
        self.label_timer.stop()
        if self.service is not None and self.service.signals is not None:
            self.service.signals.sig_records_changed.disconnect(self._on_records_changed)
        if self.controller is not None:
            self.controller.close()  # writes still running finish; nothing is applied
        self.controller = None
        self.services.withdraw(CALLBACKS, self)


def install(ctx: AppContext, window: MainWindow) -> CallbackFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    settings = ctx.settings
    feature = CallbackFeature(
        window, ctx.services, ctx.tasks, blocked_code=settings.sip.blocked_response, region=settings.crm.phone_region
    )
    ctx.services.provide(CALLBACKS, feature)
    feature.start()
    return feature
