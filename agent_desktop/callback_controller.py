"""The Call Back queue's logic on the GUI thread: missed calls in, claim → dial → outcome out.

* ``on_missed`` (from :class:`agent_desktop.callback_detector.MissedCallDetector`) queues the caller.
* :meth:`CallbackController.call` claims an entry at the back office (off the GUI thread) and dials it
  through the phone; when another agent already holds it (409) it says so and moves on to the next.
* When the dialled call ends its outcome is recorded (answered → reached, busy → busy, no answer or
  hung up before answer → no answer, invalid number → wrong number); a network failure releases the
  claim instead (not the caller's fault). The agent can also record an outcome by hand.
"""
from __future__ import annotations

import logging
from datetime import datetime
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from crm.schemas.callbacks import AttemptOutcome
from crm.store import callbacks as cbq
from crm.store.todos import utc_now

logger = logging.getLogger(__name__)

_OUTCOMES = {
    "answered": AttemptOutcome.REACHED, "busy": AttemptOutcome.BUSY, "no_answer": AttemptOutcome.NO_ANSWER,
    "cancelled": AttemptOutcome.NO_ANSWER, "rejected": AttemptOutcome.NO_ANSWER,
    "invalid_number": AttemptOutcome.WRONG_NUMBER,
}


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

    sig_message = Signal(str)
    """Something to tell the agent (translated text)."""

    def __init__(self, store: Any, client: Any, me_id: str, *, tasks: Any = None, phone: Any = None,
                 clock: Callable[[], datetime] = utc_now, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.client = client
        self.me_id = me_id
        self.tasks = tasks
        self.phone = phone
        self.clock = clock
        self.active: dict[int, str] = {}     # phone call id -> entry id
        self.lost: set[str] = set()          # entries another agent took (until the next sync says otherwise)
        self._claiming: str | None = None

    # -- the queue ------------------------------------------------------------------------------
    def entries(self) -> list[dict[str, Any]]:
        return self.page()[0]

    def page(self, limit: int | None = None) -> tuple[list[dict[str, Any]], int]:
        """The first ``limit`` waiting entries (all with None) and how many wait in all."""
        return cbq.waiting_page(self.store, self.clock(), self.me_id, limit=limit, exclude=self.lost)

    def on_missed(self, call: cbq.MissedCall) -> None:
        entry = cbq.record_missed(self.store, call)
        if entry is not None:
            logger.info("call back queued (%s)", call.source.value)
            self.sig_queue_changed.emit()

    def add_manual(self, number: str, customer_id: str | None, reason: str = "",
                   due_at: datetime | None = None) -> dict[str, Any]:
        entry = cbq.create_manual(self.store, number, customer_id, reason=reason, due_at=due_at)
        self.sig_queue_changed.emit()
        return entry

    def synced(self) -> None:
        """Fresh records from the back office: forget which entries we lost (the data says now)."""
        self.lost.clear()
        self.sig_queue_changed.emit()

    # -- claim and dial -------------------------------------------------------------------------
    def call(self, entry_id: str | None = None) -> None:
        """Claim ``entry_id`` (or the longest waiting entry) and dial it; moves on if it is taken."""
        if self._claiming is not None:
            return
        entries = self.entries()
        entry = next((e for e in entries if e["id"] == entry_id), None) if entry_id else None
        entry = entry or (entries[0] if entries else None)
        if entry is None:
            self.sig_message.emit(self.tr("Nobody is waiting for a call back."))
            return
        if entry.get("status") == "claimed" and entry.get("claimed_by") == self.me_id:
            self._dial(entry)
            return
        self._claiming = entry["id"]
        op = lambda: cbq.claim(self.client, self.store, entry)  # noqa: E731
        if self.tasks is None:
            self._claimed(entry, op())
        else:
            self.tasks.run(op, lambda r: self._claimed(entry, r), lambda exc: self._claim_failed(entry, exc),
                           owner=self)

    def _claimed(self, entry: dict[str, Any], result: cbq.ClaimResult) -> None:
        self._claiming = None
        if result.won:
            self.sig_queue_changed.emit()
            self._dial(result.record or entry)
            return
        self.lost.add(entry["id"])
        self.sig_claim_lost.emit(entry["id"])
        self.sig_queue_changed.emit()
        if result.reason in ("already_claimed", "not_pending", "invalid_transition", "gone"):
            self.sig_message.emit(self.tr("Another agent is already calling {0}; trying the next caller.")
                                  .format(entry.get("number", "")))
            self.call()   # move on: the entry we lost is now out of the list, so this ends
        else:
            self.sig_message.emit(self.tr("This entry is not in the CRM yet; try again after the next sync."))

    def _claim_failed(self, entry: dict[str, Any], exc: BaseException) -> None:
        self._claiming = None
        logger.info("claim failed: %s", exc)
        self.sig_message.emit(self.tr("The CRM cannot be reached: call backs need it to share the queue."))

    def _dial(self, entry: dict[str, Any]) -> None:
        if self.phone is None:
            self.sig_message.emit(self.tr("The phone is not available."))
            return
        call_id = self.phone.dial(entry["number"])
        self.active[call_id] = entry["id"]
        self.sig_dialing.emit(entry["id"], call_id)

    # -- outcomes -------------------------------------------------------------------------------
    def on_call_changed(self, event: Any) -> None:
        """Softphone CallChanged: when a call-back call ends, record its outcome."""
        if getattr(event.state, "value", event.state) != "disconnected" or event.call_id not in self.active:
            return
        entry_id = self.active.pop(event.call_id)
        outcome = attempt_outcome(getattr(event.outcome, "value", event.outcome) or "")
        if outcome is None:
            cbq.release(self.store, entry_id)
            self.sig_message.emit(self.tr("The call did not go through; the caller stays in the queue."))
            self.sig_queue_changed.emit()
            return
        self.record(entry_id, outcome)

    def record(self, entry_id: str, outcome: AttemptOutcome, notes: str = "") -> None:
        """Record an attempt (automatic at hang-up, or the agent's correction)."""
        cbq.record_attempt(self.store, entry_id, outcome, notes)
        self.sig_attempt_recorded.emit(entry_id, outcome.value)
        self.sig_queue_changed.emit()

    def release(self, entry_id: str) -> None:
        cbq.release(self.store, entry_id)
        self.sig_queue_changed.emit()
