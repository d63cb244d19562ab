"""Drives the card dock from call events: ring (or dial) → local pop → CRM refresh → hang-up → wrap-up.

The shell gives it the dock, the pop sources and its background-task runner (no threads here). A
ringing call's card names the caller at once, from the calling (GUI) thread: the identity headers and
the local store's index probes for the number or customer id. Everything else (that customer's
records, the CRM refresh, re-reads, a chosen customer) runs through ``tasks.run(op, on_success,
on_failure, owner=...)``, results coming back on the GUI thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from crm.phones import LOG_VISIBLE_DIGITS
from screenpop.core.config import PopConfig
from screenpop.core.identity import CallerIdentity, Normaliser, dialled_identity, extract_identity
from screenpop.core.lookup import assemble_pop, reread_customer, with_records
from screenpop.core.models import CardModel, PopKind
from screenpop.core.pop_log import log_pop
from screenpop.core.source import PopSource
from screenpop.widgets.card_dock import ScreenPopDock

logger = logging.getLogger(__name__)


class TaskRunner(Protocol):
    """What :class:`agent_desktop.shell.tasks.BackgroundTasks` offers."""

    def run(
        self,
        op: Callable[[], Any],
        on_success: Callable[[Any], Any] | None = None,
        on_failure: Callable[[BaseException], Any] | None = None,
        *,
        owner: QObject | None = None,
    ) -> Any: ...


class PopController(QObject):
    """Pops cards for ringing calls and keeps them fresh; the shell feeds it the call events."""

    sig_pop_shown = Signal(str, float)
    """A call's card is on screen: (call id, ms since the INVITE was received, or since the dial)."""
    sig_pop_refreshed = Signal(str, bool)
    """The background refresh of a call finished: (call id, True if the CRM answered)."""

    def __init__(
        self,
        dock: ScreenPopDock,
        tasks: TaskRunner,
        local_source: PopSource | None,
        config: PopConfig | None = None,
        *,
        refresh_source: PopSource | None = None,
        normalise: Normaliser | None = None,
        log_digits: Callable[[], int] = lambda: LOG_VISIBLE_DIGITS,
        parent: QObject | None = None,
    ) -> None:
        """``log_digits()``: how many trailing digits of a phone number the pop's log line shows (read at
        each pop, so a changed setting applies to the next call)."""
        super().__init__(parent)
        self.dock = dock
        self._tasks = tasks
        self._local = local_source
        self._refresh = refresh_source
        self._config = config or PopConfig()
        self._normalise = normalise
        self._log_digits = log_digits
        self._online = refresh_source is not None
        self._identities: dict[str, CallerIdentity] = {}
        self._chosen: dict[str, str] = {}
        self._refreshing = ""
        self._next_refresh = ""
        self._rereading = ""
        self._next_reread = ""
        self._opened = 0
        dock.sig_customer_chosen.connect(self.choose_customer)

    def set_sources(self, local_source: PopSource | None, refresh_source: PopSource | None) -> None:
        """The CRM became available (or went away): read pops from these from now on."""
        self._local = local_source
        self._refresh = refresh_source
        self._online = refresh_source is not None

    def set_online(self, online: bool) -> None:
        """The shell learnt the CRM's state (sync status); new local pops carry the offline badge."""
        self._online = online

    def incoming_call(self, call_id: str, headers: object, received_monotonic: float | None = None) -> None:
        """An INVITE rings: read the identity and pop the card from the local store."""
        self._pop_call(call_id, lambda: extract_identity(headers, self._config, self._normalise), received_monotonic)

    def outgoing_call(
        self, call_id: str, target: str, customer_id: str = "", dialled_monotonic: float | None = None
    ) -> None:
        """The agent dialled ``target``: pop the called party's card from the local store, looked up by
        the number, or ``customer_id`` when the dial came from a known customer (a card, a call-back)."""
        self._pop_call(
            call_id, lambda: dialled_identity(target, customer_id, self._config, self._normalise), dialled_monotonic
        )

    def _pop_call(
        self, call_id: str, read_identity: Callable[[], CallerIdentity], received_monotonic: float | None
    ) -> None:
        """Who is calling is read here, at once, and the card shown: the identity headers and an index
        probe or two of the local store (each a fraction of a millisecond at 1,000,000 customers,
        benchmarks/pop_e2e.py), cheaper than two thread hand-offs that a loaded machine can stretch to
        tens of ms each. The customer's records follow from the background (:meth:`_fill_in`)."""
        received = time.monotonic() if received_monotonic is None else received_monotonic
        try:
            identity = read_identity()
        except Exception as exc:
            self._failed(exc)
            return
        offline = not self._online
        not_looked_up = ""
        if self._local is None:  # no store yet (CRM still starting): show who is calling
            card = CardModel(call_id=call_id, identity=identity, kind=PopKind.NEW_CALLER, offline=True)
            not_looked_up = "no local store yet"
        else:
            try:
                card = assemble_pop(call_id, identity, self._local, self._config, offline=offline, records=False)
            except Exception:
                logger.exception("local pop failed for call %s", call_id)
                card = CardModel(call_id=call_id, identity=identity, kind=PopKind.NEW_CALLER, offline=offline)
                not_looked_up = "the local lookup failed"
        self._popped(card, received)
        log_pop(card, self._config, self._log_digits(), not_looked_up)  # once the card is up

    def _fill_in(self, card: CardModel) -> None:
        """The customer of a call's first card, with their records (history, complaints, orders,
        to-dos) read from the local store in the background; then the CRM refresh."""
        call_id, source, config = card.call_id, self._local, self._config

        def op() -> CardModel:
            return card if source is None else with_records(card, source, config)

        def done(full: CardModel) -> None:
            session = self.dock.history.get(call_id)
            if session is not None and session.card.origin == "local" and not self._chosen.get(call_id):
                if _customer_id(session.card) == _customer_id(full):  # not replaced meanwhile
                    self.dock.update_card(replace(full, offline=session.card.offline))
            self._after_pop(call_id)

        def failed(exc: BaseException) -> None:
            logger.error("reading the records of call %s's customer failed", call_id, exc_info=exc)
            self._after_pop(call_id)

        self._tasks.run(op, done, failed, owner=self.dock)

    def _after_pop(self, call_id: str) -> None:
        if self._online:  # offline: the card already carries the badge; the shell refreshes when back
            self.refresh(call_id)

    def open_customer(self, customer_id: str) -> str:
        """Show a customer's card outside a call (a to-do, a call-back, a search result): from the
        local store in the background, then the CRM refresh. Returns the pop's id (no call, no wrap-up)."""
        self._opened += 1
        pop_id = f"customer-{self._opened}"
        identity = CallerIdentity(customer_id=customer_id, without_call=True)
        source, offline = self._local, not self._online

        def op() -> CardModel:
            if source is None:  # no store yet (CRM still starting)
                return CardModel(call_id=pop_id, identity=identity, kind=PopKind.NEW_CALLER, offline=True)
            return assemble_pop(pop_id, identity, source, self._config, offline=offline)

        def done(card: CardModel) -> None:
            self._identities[pop_id] = identity
            self.dock.open_card(card)
            self._prune()
            if self._online:
                self.refresh(pop_id)

        self._tasks.run(op, done, self._failed, owner=self.dock)
        return pop_id

    def _popped(self, card: CardModel, received: float) -> None:
        self._identities[card.call_id] = card.identity
        self.dock.pop(card, ring_monotonic=received)
        # Painted now: a paint Qt schedules waits for every event queued meanwhile (the call's other
        # events, finished background reads), and the agent should see who is calling first.
        self.dock.paint_caller()
        self._prune()
        self.sig_pop_shown.emit(card.call_id, (time.monotonic() - received) * 1000.0)
        if card.customer is not None:
            self._fill_in(card)
        else:
            self._after_pop(card.call_id)

    def _failed(self, exc: BaseException) -> None:
        logger.error("screen-pop failed", exc_info=exc)

    def refresh(self, call_id: str) -> None:
        """Re-read the call's card from the CRM in the background; offline badge if it cannot.

        At most one refresh runs at a time (a slow or unreachable CRM must not hold the workers the
        next ring-time pop needs); a request meanwhile is kept and run after it, the latest wins.
        """
        identity = self._identities.get(call_id)
        if identity is None or self._refresh is None:
            return
        if self._refreshing:
            self._next_refresh = call_id
            return
        self._refreshing = call_id
        chosen = self._chosen.get(call_id, "")
        source = self._refresh

        def op() -> CardModel:
            return assemble_pop(call_id, identity, source, self._config, origin="crm", chosen_customer_id=chosen)

        def done(card: CardModel) -> None:
            self._online = True
            stale = self._chosen.get(call_id, "") != chosen  # the agent chose meanwhile
            if not stale:
                self.dock.update_card(card)
            self._refresh_finished()
            if not stale:
                self.sig_pop_refreshed.emit(call_id, True)

        def failed(exc: BaseException) -> None:
            logger.info("CRM refresh of call %s failed: %s", call_id, type(exc).__name__)
            self._online = False
            self.dock.set_offline(call_id, True)
            self._refresh_finished()
            self.sig_pop_refreshed.emit(call_id, False)

        self._tasks.run(op, done, failed, owner=self.dock)

    def _refresh_finished(self) -> None:
        self._refreshing = ""
        waiting, self._next_refresh = self._next_refresh, ""
        if waiting and self._online:
            self.refresh(waiting)

    def reread(self, call_id: str) -> None:
        """Read the customer of the call's card and their records again from the local store (they
        changed: an edit, a new complaint, a sync) in the background; repainted in place when shown.

        One re-read at a time; a request meanwhile runs after it (the latest wins). A card without a
        customer, or whose customer the agent changed meanwhile, is left as it is.
        """
        session = self.dock.history.get(call_id)
        source = self._local
        if session is None or source is None or session.card.customer is None:
            return
        if self._rereading:
            self._next_reread = call_id
            return
        self._rereading = call_id
        card, config = session.card, self._config

        def op() -> CardModel | None:
            return reread_customer(card, source, config)

        def done(fresh: CardModel | None) -> None:
            now = self.dock.history.get(call_id)
            if fresh is not None and now is not None and _customer_id(now.card) == _customer_id(fresh):
                self.dock.update_card(replace(fresh, offline=now.card.offline))  # the badge as it is now
            self._reread_finished()

        def failed(exc: BaseException) -> None:
            logger.error("re-reading the card of %s from the local store failed", call_id, exc_info=exc)
            self._reread_finished()

        self._tasks.run(op, done, failed, owner=self.dock)

    def _reread_finished(self) -> None:
        self._rereading = ""
        waiting, self._next_reread = self._next_reread, ""
        if waiting:
            self.reread(waiting)

    def choose_customer(self, call_id: str, customer_id: str) -> None:
        """The agent picked (or just created) the customer of a call: show their card."""
        identity = self._identities.get(call_id)
        source = self._local
        if identity is None or source is None:
            return
        self._chosen[call_id] = customer_id
        offline = not self._online

        def op() -> CardModel:
            return assemble_pop(
                call_id, identity, source, self._config, offline=offline, chosen_customer_id=customer_id
            )

        def done(card: CardModel) -> None:
            self.dock.update_card(card)
            if self._online:
                self.refresh(call_id)

        self._tasks.run(op, done, self._failed, owner=self.dock)

    def call_answered(self, call_id: str, at: float | None = None) -> None:
        self.dock.call_answered(call_id, at)

    def call_ended(self, call_id: str, at: float | None = None) -> None:
        self.dock.call_ended(call_id, at)

    def _prune(self) -> None:
        """Forget calls that left the recent pops."""
        kept = {s.call_id for s in self.dock.history.sessions()}
        for store in (self._identities, self._chosen):
            for call_id in [c for c in store if c not in kept]:
                del store[call_id]


def _customer_id(card: CardModel) -> str:
    return card.customer.id if card.customer is not None else ""
