"""The Call Back queue's logic on the GUI thread: missed calls in, claim → dial → outcome out.

* :meth:`CallbackController.reader` makes the queue read the dock runs off the GUI thread
  (:class:`QueueView`: the first entries, their customers' names, the total and the next retry).
* ``on_missed`` (from :class:`agent_desktop.features.callbacks.core.detector.MissedCallDetector`) queues the caller.
* :meth:`CallbackController.call` claims an entry at the back office (off the GUI thread) and dials it
  through the phone; when another agent already holds it (409) it says so and moves on to the next.
  It works on the rows the agent sees (``shown()``, the dock's list), not on a fresh read; only when
  none of them is left does it read the head of the queue (in the background).
* When the dialled call ends its outcome is recorded (answered → reached, busy → busy, no answer or
  hung up before answer → no answer, invalid number → wrong number); a network failure releases the
  claim instead (not the caller's fault). The agent can also record an outcome by hand.
* Every write to the store (a missed call queued, a promised call back, an attempt, a give-back) runs
  off the GUI thread (``tasks``), one at a time (a sync holding the store's writer delays them, not
  the window). While an entry's attempt or give-back is being written, another one for it is ignored
  (``sig_entry_busy``); the queue is listed again when a write is done; a failed write is logged and
  told to the agent.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from PySide6.QtCore import QObject, Signal

from agent_desktop.shell.local_time import local_time
from crm.records import CallbackRecord
from crm.schemas.callbacks import CALLED_IN, AttemptOutcome
from crm.store import callbacks as cbq
from crm.store.todos import parse_time, utc_now

logger = logging.getLogger(__name__)

_OUTCOMES = {
    "answered": AttemptOutcome.REACHED,
    "busy": AttemptOutcome.BUSY,
    "no_answer": AttemptOutcome.NO_ANSWER,
    "cancelled": AttemptOutcome.NO_ANSWER,
    "rejected": AttemptOutcome.NO_ANSWER,
    "invalid_number": AttemptOutcome.WRONG_NUMBER,
}


@dataclass(frozen=True)
class QueueView:
    """One read of the queue for the dock: ``entries`` (the first ``limit``), ``total`` waiting,
    ``names`` (customer id -> name) of those entries, ``next_due_at`` (next retry), read at ``now``;
    ``upcoming``: the first call backs scheduled for later, soonest first; ``called_in``: the entries
    shown before this read that left the queue because their customer called in and was answered."""

    entries: list[CallbackRecord]
    total: int
    names: dict[str, str]
    next_due_at: datetime | None
    now: datetime
    upcoming: list[CallbackRecord] = field(default_factory=list)
    called_in: list[CallbackRecord] = field(default_factory=list)


def read_queue(
    store: Any,
    now: datetime,
    me: str,
    limit: int | None,
    exclude: frozenset[str] = frozenset(),
    shown: frozenset[str] = frozenset(),
) -> QueueView:
    """Read the queue (SQLite; any thread, so not the GUI thread); ``shown``: the ids listed until now
    (those no longer listed are read again, to tell the ones closed by the customer calling in)."""
    head = cbq.queue_head(store, now, me, limit=limit, exclude=exclude)
    listed = {e["id"] for e in (*head.entries, *head.upcoming)}
    gone = sorted(shown - listed)
    called_in = [
        e
        for e in (store.get_many("callbacks", gone) if gone else [])
        if e.get("status") == "done" and e.get("last_outcome") == CALLED_IN
    ]
    ids = sorted(
        {customer_id for e in (*head.entries, *head.upcoming, *called_in) if (customer_id := e.get("customer_id"))}
    )
    names = {c["id"]: str(c.get("name", "")) for c in store.get_many("customers", ids)} if ids else {}
    return QueueView(head.entries, head.total, names, head.next_due_at, now, head.upcoming, called_in)


def is_due(entry: CallbackRecord, now: datetime) -> bool:
    """The entry may be called now: claimed, or not scheduled for later than ``now``."""
    due = parse_time(entry.get("due_at"))
    return entry.get("status") == "claimed" or due is None or due <= now


def attempt_outcome(call_outcome: str) -> AttemptOutcome | None:
    """The attempt outcome for a softphone call outcome (None: do not count the attempt)."""
    return _OUTCOMES.get(call_outcome)


class CallbackController(QObject):
    """Works on one CRM service (store + client) and one phone (``dial(number) -> call id``)."""

    sig_queue_changed = Signal()
    """The queue's entries changed: list them again."""

    sig_claim_lost = Signal(str)
    """Another agent holds this entry (id); the controller moved on."""

    sig_dialing = Signal(str, int)
    """Calling back this entry (id) on this phone call id."""

    sig_attempt_recorded = Signal(str, str)
    """An attempt on this entry (id) was recorded with this outcome ("reached", "busy", ...)."""

    sig_message = Signal(object)
    """Something to tell the agent: a function giving it in the current language (asked again after a
    language switch, so a message shown before it is not left in the old language)."""

    sig_entry_busy = Signal(str, bool)
    """An attempt or give-back of this entry (id) is being written (True) / is done (False)."""

    def __init__(
        self,
        store: Any,
        client: Any,
        me_id: str,
        *,
        tasks: Any = None,
        phone: Any = None,
        clock: Callable[[], datetime] = utc_now,
        shown: Callable[[], list[CallbackRecord]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.client = client
        self.me_id = me_id
        self.tasks = tasks
        self.phone = phone
        self.clock = clock
        self.shown = shown or (lambda: [])  # the rows the agent sees, in order (the dock's entries)
        self.active: dict[int, str] = {}  # phone call id -> entry id
        self.customers: dict[int, str] = {}  # phone call id -> customer id (of a call back being dialled)
        self.lost: set[str] = set()  # entries another agent took (until the next sync says otherwise)
        self._claiming: str | None = None  # entry id being claimed ("": reading the queue to pick one)
        self.writing: set[str] = set()  # entries with an attempt or give-back being written
        self.creating: dict[str, CallbackRecord] = {}  # promised call backs being written, by id
        self.closed = False  # shut down: no answer is applied any more

    # -- the queue ------------------------------------------------------------------------------
    def reader(self, limit: int | None) -> Callable[[], QueueView]:
        """The read of the queue as it stands now, to run off the GUI thread (everything it needs
        from this object is taken here, on the GUI thread)."""
        store, now, me, exclude = self.store, self.clock(), self.me_id, frozenset(self.lost)
        shown = frozenset(e["id"] for e in self.shown())
        return lambda: read_queue(store, now, me, limit, exclude, shown)

    def entries(self) -> list[CallbackRecord]:
        """Every waiting entry (reads the store: not on the GUI thread; tests and tools)."""
        return self.page()[0]

    def page(self, limit: int | None = None) -> tuple[list[CallbackRecord], int]:
        """The first ``limit`` waiting entries (all with None) and how many wait in all (reads the
        store: not on the GUI thread)."""
        view = self.reader(limit)()
        return view.entries, view.total

    def customer_for_call(self, call_id: int) -> str | None:
        """The customer of the call back dialled on this phone call (None: not one, or unknown)."""
        return self.customers.get(call_id)

    def on_missed(self, call: cbq.MissedCall) -> None:
        """Queue a missed call (written in the background; the queue is listed again when done)."""
        store = self.store
        self._write(lambda: cbq.record_missed(store, call), self._missed_queued, self._write_failed)

    def _missed_queued(self, entry: CallbackRecord | None) -> None:
        if entry is not None:
            logger.info("call back queued (%s)", entry.get("source", ""))
            self.sig_queue_changed.emit()

    def add_manual(
        self,
        number: str,
        customer_id: str | None,
        reason: str = "",
        due_at: datetime | None = None,
        on_done: Callable[[CallbackRecord], Any] | None = None,
    ) -> CallbackRecord:
        """Queue a promised call back. The write runs in the background; ``on_done(entry)`` gets the
        stored entry. Returns at once what is being queued (its id is chosen here)."""
        entry_id = str(uuid.uuid4())
        queued: CallbackRecord = {
            "id": entry_id,
            "number": number,
            "customer_id": customer_id,
            "reason": reason,
            "source": "manual",
            "status": "pending",
        }
        self.creating[entry_id] = queued
        store = self.store

        def done(entry: CallbackRecord) -> None:
            self.creating.pop(entry_id, None)
            self.sig_queue_changed.emit()
            if on_done is not None:
                on_done(entry)

        def failed(exc: BaseException) -> None:
            self.creating.pop(entry_id, None)
            self._write_failed(exc)

        self._write(
            lambda: cbq.create_manual(store, number, customer_id, reason=reason, due_at=due_at, entry_id=entry_id),
            done,
            failed,
        )
        return cast(CallbackRecord, dict(queued))

    def synced(self) -> None:
        """Fresh records from the back office: forget which entries we lost (the data says now)."""
        self.lost.clear()
        self.sig_queue_changed.emit()

    # -- claim and dial -------------------------------------------------------------------------
    def call(self, entry_id: str | None = None) -> None:
        """Claim ``entry_id`` (or the longest waiting entry) and dial it; moves on if it is taken.

        The entry is the row the agent sees (``shown()``) even while the dock is being refreshed;
        only when no shown row is left (all taken by others, or nothing shown yet) is the head of
        the queue read, in the background."""
        if self._claiming is not None:
            return
        rows = [e for e in self.shown() if e["id"] not in self.lost]
        entry = next((e for e in rows if e["id"] == entry_id), None) if entry_id else None
        now = self.clock()  # the longest waiting caller: never one scheduled for later (only when chosen)
        entry = entry or next((e for e in rows if is_due(e, now)), None)
        if entry is None:
            self._claiming = ""
            self._run(self.reader(1), self._head_read, self._head_failed)
            return
        self._claim(entry)

    def _head_read(self, view: QueueView) -> None:
        self._claiming = None
        if not view.entries:
            self.sig_message.emit(lambda: self.tr("Nobody is waiting for a call back."))
            return
        self._claim(view.entries[0])

    def _head_failed(self, exc: BaseException) -> None:
        self._claiming = None
        logger.warning("could not read the call back queue: %s", exc)

    def _write(
        self, op: Callable[[], Any], on_success: Callable[[Any], Any], on_failure: Callable[[BaseException], Any]
    ) -> None:
        """Run a store write on the helper's write lane (one at a time, finished before quitting);
        its answer is applied on the GUI thread unless this controller was closed meanwhile."""
        if self.closed:
            on_failure(RuntimeError("call backs are shut down"))
            return

        def success(result: Any) -> None:
            if not self.closed:
                on_success(result)

        def failure(exc: BaseException) -> None:
            if not self.closed:
                on_failure(exc)
            else:
                logger.error("call back not saved (at shutdown): %s", exc)

        try:
            self._run(op, success, failure, write=True)
        except RuntimeError as exc:  # the background helper is shut down
            on_failure(exc)

    def _write_failed(self, exc: BaseException) -> None:
        logger.error("call back not saved: %s", exc, exc_info=exc)
        self.sig_message.emit(lambda: self.tr("The call back could not be saved: {0}").format(exc))

    def _run(
        self,
        op: Callable[[], Any],
        on_success: Callable[[Any], Any],
        on_failure: Callable[[BaseException], Any],
        *,
        write: bool = False,
    ) -> None:
        if self.tasks is None:  # no background helper (tests, tools): run it here
            try:
                result = op()
            except Exception as exc:
                on_failure(exc)
                return
            on_success(result)
        else:
            (self.tasks.write if write else self.tasks.run)(op, on_success, on_failure, owner=self)

    def _claim(self, entry: CallbackRecord) -> None:
        if entry.get("status") == "claimed" and entry.get("claimed_by") == self.me_id:
            self._dial(entry)
            return
        self._claiming = entry["id"]
        client, store = self.client, self.store
        self._run(
            lambda: cbq.claim(client, store, entry),
            lambda r: self._claimed(entry, r),
            lambda exc: self._claim_failed(entry, exc),
        )

    def _claimed(self, entry: CallbackRecord, result: cbq.ClaimResult) -> None:
        self._claiming = None
        if result.won:
            self.sig_queue_changed.emit()
            self._dial(result.record or entry)
            return
        self.lost.add(entry["id"])
        self.sig_claim_lost.emit(entry["id"])
        self.sig_queue_changed.emit()
        if result.reason in ("already_claimed", "not_pending", "invalid_transition", "gone"):
            number = entry.get("number", "")
            self.sig_message.emit(
                lambda: self.tr("Another agent is already calling {0}; trying the next caller.").format(number)
            )
            self.call()  # move on: the entry we lost is out of the rows now (self.lost), so this ends
        else:
            self.sig_message.emit(lambda: self.tr("This entry is not in the CRM yet; try again after the next sync."))

    def _claim_failed(self, entry: CallbackRecord, exc: BaseException) -> None:
        self._claiming = None
        logger.info("claim failed: %s", exc)
        self.sig_message.emit(lambda: self.tr("The CRM cannot be reached: call backs need it to share the queue."))

    def _dial(self, entry: CallbackRecord) -> None:
        if self.phone is None:
            self.sig_message.emit(lambda: self.tr("The phone is not available."))
            return
        call_id = self.phone.dial(entry["number"])
        self.active[call_id] = entry["id"]
        customer_id = entry.get("customer_id")
        if customer_id:
            self.customers[call_id] = customer_id
        self.sig_dialing.emit(entry["id"], call_id)

    # -- outcomes -------------------------------------------------------------------------------
    def on_call_changed(self, event: Any) -> None:
        """Softphone CallChanged: when a call-back call ends, record its outcome."""
        if getattr(event.state, "value", event.state) != "disconnected" or event.call_id not in self.active:
            return
        entry_id = self.active.pop(event.call_id)
        self.customers.pop(event.call_id, None)
        outcome = attempt_outcome(getattr(event.outcome, "value", event.outcome) or "")
        if outcome is None:
            self._entry_write(
                entry_id,
                lambda store: cbq.release(store, entry_id),
                lambda _r: self.sig_message.emit(
                    lambda: self.tr("The call did not go through; the caller stays in the queue.")
                ),
            )
            return
        self.record(entry_id, outcome)

    def on_command_failed(self, event: Any) -> None:
        """Softphone CommandFailed: a call-back dial the phone could not even start (no route to a PBX,
        every line taken) gives the claim back, so the caller is not held by an agent who is not calling."""
        if event.command != "dial" or event.call_id not in self.active:
            return
        entry_id = self.active.pop(event.call_id)
        self.customers.pop(event.call_id, None)
        self._entry_write(
            entry_id,
            lambda store: cbq.release(store, entry_id),
            lambda _r: self.sig_message.emit(
                lambda: self.tr("The call could not be made; the caller stays in the queue.")
            ),
        )

    def record(self, entry_id: str, outcome: AttemptOutcome, notes: str = "") -> None:
        """Record an attempt (automatic at hang-up, or the agent's correction), in the background;
        ignored while an attempt or give-back of this entry is still being written. When it is
        written the agent is told what becomes of the entry (when it comes back, or that it was given up)."""
        now = self.clock()

        def recorded(forecast: cbq.AttemptForecast | None) -> None:
            self.sig_attempt_recorded.emit(entry_id, outcome.value)
            if forecast is not None:
                self._tell_forecast(forecast)

        self._entry_write(
            entry_id, lambda store: cbq.record_attempt(store, entry_id, outcome, notes, now=now), recorded
        )

    def _tell_forecast(self, forecast: cbq.AttemptForecast) -> None:
        """Tell the agent what the retry rule makes of an entry after no answer or busy."""
        if forecast.outcome not in (AttemptOutcome.NO_ANSWER, AttemptOutcome.BUSY):
            return
        result = forecast.result

        def label() -> str:
            return self.tr("No answer") if forecast.outcome == AttemptOutcome.NO_ANSWER else self.tr("Busy")

        if result.status == "pending" and result.due_at is not None:
            when = local_time(result.due_at, self.clock())
            self.sig_message.emit(
                lambda: self.tr("{0}: called back again at {1} (attempt {2} of {3})").format(
                    label(), when, forecast.attempt + 1, forecast.max_attempts
                )
            )
        elif result.status == "failed":
            self.sig_message.emit(
                lambda: self.tr("{0}: given up after the last attempt ({1} of {2}).").format(
                    label(), forecast.attempt, forecast.max_attempts
                )
            )

    def release(self, entry_id: str) -> None:
        """Give a claimed entry back to the queue (in the background)."""
        self._entry_write(entry_id, lambda store: cbq.release(store, entry_id), lambda _r: None)

    def _entry_write(self, entry_id: str, op: Callable[[Any], Any], then: Callable[[Any], Any]) -> bool:
        """One write about an entry (``then`` gets what ``op`` returned); False (nothing done) while
        another one for it is running."""
        if entry_id in self.writing or self.closed:
            return False
        self.writing.add(entry_id)
        self.sig_entry_busy.emit(entry_id, True)
        store = self.store

        def done(result: Any) -> None:
            self._entry_done(entry_id)
            then(result)
            self.sig_queue_changed.emit()

        def failed(exc: BaseException) -> None:
            self._entry_done(entry_id)
            self._write_failed(exc)

        self._write(lambda: op(store), done, failed)
        return True

    def _entry_done(self, entry_id: str) -> None:
        self.writing.discard(entry_id)
        self.sig_entry_busy.emit(entry_id, False)

    def close(self, wait_s: float = 10.0) -> None:
        """Shut down: waits (at most ``wait_s``) for the writes already handed to the background helper,
        so none is lost when the store closes right after (quitting); their answers are not applied."""
        self.closed = True
        if self.tasks is not None:
            self.tasks.finish_writes(wait_s)
