"""Working the campaigns: claim the next record, show or dial it, follow its call, report the result.

Preview: the claimed record's card pops with the campaign's script; the agent dials or skips. Progressive:
while the agent is Ready, the next record is claimed and dialled at once (the campaign's ring timeout,
answering machine detection when the setting is on); the card pops when the call is answered. When the
campaign's ``machine_action`` is ``hang_up`` and detection is on, the card waits for the detector's
verdict: a machine or a fax is hung up and reported as ``machine`` without the agent seeing it. A call's
SIP result goes to the back office by itself; after an answered call the agent gives the campaign's
disposition (a sale opens the order form). Results go through the durable queue (:class:`ResultSink`),
so a back office that is down loses none. The claim on the record in hand is renewed meanwhile
(:class:`~.claim_keeper.ClaimKeeper`). A dial the phone refuses (``CommandFailed``: no PBX, every line
taken) leaves the record in hand to dial again or skip, the refusal kept as the skip's reason. A record in
hand not being called is given back (``release``) when the agent stops, signs out, or its campaign is
paused or finished.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from agent_desktop.features.campaigns.claim_keeper import ClaimKeeper
from agent_desktop.features.campaigns.core.outcomes import is_machine, result_for
from agent_desktop.features.campaigns.dock import PROGRESSIVE, CampaignDock
from agent_desktop.features.campaigns.labels import result_label
from crm.phones import format_phone
from crm.schemas.campaigns import CallResult, CampaignStatus, ClaimedTarget, MachineAction
from softphone.engine.commands import LINES_FULL, NO_ROUTE
from softphone.engine.events import AnsweredBy, CallChanged, CallState, CommandFailed

if TYPE_CHECKING:
    from agent_desktop.features.campaigns.core.remote import CampaignRemote
    from agent_desktop.shell.tasks import BackgroundTasks

logger = logging.getLogger(__name__)

IDLE_RETRY_MS = 30_000
"""Nothing to call now: ask again this much later while working."""
RESULT_WAIT_MS = 1_000
"""The claim gave back a record whose result is still on its way: ask again this much later."""
LOST_CALL_S = 5.0
"""A call dialled this long ago that the phone has no line for is gone (its engine was replaced): Stop
forgets it (a younger one may still await its first event)."""
NOTICE_MS = 5_000
"""A campaign paused under the agent: the dock says so this long before it takes the next record."""
REFUSALS: dict[str, str] = {NO_ROUTE: "no PBX", LINES_FULL: "all lines in use"}
"""The phone's refusals of a dial, as a skip's note names them for the supervisor."""


class ResultSink(Protocol):
    def report(self, record_id: str, report: dict[str, Any]) -> None:
        """Queue one attempt's result (durable) and send it when the back office answers."""

    def waiting_records(self) -> set[str]:
        """The records whose result the back office does not hold yet (any thread)."""

    def flush(self) -> None:
        """Send what waits now."""


class Phone(Protocol):
    def dial(
        self,
        target: str,
        headers: dict[str, str] | None = None,
        no_answer_timeout_s: float | None = None,
        detect_machine: bool = False,
    ) -> int: ...

    def hangup(self, call_id: int | None = None) -> None: ...


class Dialler(QObject):
    sig_open_customer = Signal(str)
    """Show this customer's card (preview)."""
    sig_dialling_customer = Signal(int, str)
    """The call (id) reaches this customer: its card shows them."""
    sig_sale = Signal(str)
    """A sale: open an order form for this customer ("" when the record names none)."""
    sig_target_changed = Signal()
    sig_reported = Signal(str, str)
    """A result was queued (record id, result key)."""
    sig_disposed = Signal(int, str)
    """The agent gave the campaign's disposition (key) of this answered call (id)."""

    def __init__(
        self,
        dock: CampaignDock,
        tasks: BackgroundTasks,
        results: ResultSink,
        *,
        is_ready: Callable[[], bool] = lambda: True,
        detect_machine: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.dock, self.tasks, self.results = dock, tasks, results
        self.is_ready, self.detect_machine = is_ready, detect_machine
        self.remote: CampaignRemote | None = None
        self.phone: Phone | None = None
        self.target: ClaimedTarget | None = None
        self.call_id: int | None = None
        self.dialled_at = 0.0
        self.last_call_id: int | None = None
        """The call made to the record in hand (its disposition is about it)."""
        self.refused = ""
        """Why the phone refused the last dial of the record in hand ("" when it did not)."""
        self.answered = False
        self.machine = False
        self.screening = False
        """This call's card waits for the answering machine detector's verdict (the campaign hangs up
        on machines)."""
        self.awaiting_disposition = False
        self._claiming = False
        self._keep_record = False
        self._unwanted = False
        """The agent stopped while a claim was on its way: the record it brings goes back."""
        self.keeper = ClaimKeeper(tasks, self)
        self.keeper.sig_lost.connect(self._claim_lost)
        self.sig_target_changed.connect(lambda: self.keeper.hold(self.target.record.id if self.target else None))
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.next_record)
        dock.sig_working_changed.connect(self._working_changed)
        dock.sig_dial_requested.connect(self.dial)
        dock.sig_skip_requested.connect(self.skip)
        dock.disposition.sig_chosen.connect(self.dispose)
        dock.set_status(lambda: self.tr("Press Start to work the campaigns."))

    @property
    def progressive(self) -> bool:
        return self.dock.current_mode() == PROGRESSIVE

    def attach(self, remote: CampaignRemote) -> None:
        self.remote = self.keeper.remote = remote
        if self.dock.working():
            self.next_record()

    def attach_phone(self, phone: Phone) -> None:
        self.phone = phone

    # -- claiming --------------------------------------------------------------------------------------
    def _working_changed(self, on: bool) -> None:
        self._unwanted = not on and self._claiming
        if on:
            self.next_record()
            return
        self._idle.stop()
        if self.call_id is not None and self._call_lost(self.call_id):
            logger.warning("campaign call %s is gone without an end: forgotten", self.call_id)
            self.call_id = None
            self.screening = False
            self.dock.set_dialling(False)
        if self.target is not None and not self.busy() and not self._keep_record:
            self.release()
            self.dock.set_status(lambda: self.tr("Stopped: the record in hand was given back for another agent."))
        elif self.target is None:
            self.dock.set_status(lambda: self.tr("Press Start to work the campaigns."))

    def _call_lost(self, call_id: int) -> bool:
        """The phone has no line for a call dialled a while ago (no end will come for it)."""
        board = getattr(self.phone, "board", None)
        lines = getattr(board, "lines", None)
        return lines is not None and call_id not in lines and time.monotonic() - self.dialled_at > LOST_CALL_S

    def _stop_progressive(self) -> None:
        """No next dial by itself; the record in hand stays to dial again or skip."""
        self._keep_record = True
        try:
            self.dock.work.setChecked(False)
        finally:
            self._keep_record = False

    def release(self) -> None:
        """Give the record in hand back undialled (in the background): it waits for the next agent at once."""
        target, remote = self.target, self.remote
        if target is None or self.busy():
            return
        self._drop_target()
        if remote is None:
            return
        record_id = target.record.id
        try:
            self.tasks.run(
                lambda: remote.release(record_id),
                None,
                lambda exc: logger.info("campaign record %s not given back: %s", record_id, type(exc).__name__),
                owner=self,
            )
        except RuntimeError:  # the background work already stopped: the claim lapses by itself
            logger.info("campaign record %s not given back: quitting", record_id)

    def _drop_target(self) -> None:
        self.target = None
        self.refused = ""
        self.dock.show_target(None)
        self.sig_target_changed.emit()

    def busy(self) -> bool:
        """A call to a record, or a disposition to give: nothing new now."""
        return self.call_id is not None or self.awaiting_disposition

    def next_record(self) -> None:
        """Take the next record when the agent works and may take one (progressive: Ready)."""
        self._idle.stop()
        if not self.dock.working() or self.remote is None or self._claiming or self.busy():
            return
        if self.target is not None:  # preview: still in hand; progressive: dial it when Ready
            if self.progressive and self.is_ready():
                self.dial()
            return
        if self.progressive and not self.is_ready():
            self.dock.set_status(lambda: self.tr("Not ready: no new record is dialled until you are Ready."))
            return
        self._claiming = True
        self.dock.set_status(lambda: self.tr("Taking the next record..."))
        remote, results = self.remote, self.results

        def claim() -> ClaimedTarget | None | bool:
            waiting = results.waiting_records()  # before the claim: a result delivered while it is on its
            target = remote.claim_next()  # way may have come after the back office answered it
            if target is not None and target.record.id in waiting | results.waiting_records():
                return False  # the back office did not have its result yet: it still held it for us
            return target

        self.tasks.run(claim, self._claimed, self._claim_failed, owner=self)

    def ready_changed(self) -> None:
        """The agent's state changed: progressive dialling follows Ready."""
        if self.progressive and self.dock.working() and not self.busy():
            if self.is_ready():
                self.next_record()
            else:
                self.dock.set_status(lambda: self.tr("Not ready: no new record is dialled until you are Ready."))

    def _claimed(self, target: ClaimedTarget | None | bool) -> None:
        self._claiming = False
        unwanted, self._unwanted = self._unwanted, False
        if target is False:
            self.results.flush()
            self._idle.start(RESULT_WAIT_MS)
            return
        if not isinstance(target, ClaimedTarget):
            target = None
        if target is None:
            if self.dock.working():
                self.dock.set_status(lambda: self.tr("Nothing to call now; asking again in a moment."))
                self._idle.start(IDLE_RETRY_MS)
            return
        self.target = target
        if unwanted:  # stopped while the claim was on its way
            self.release()
            return
        self.dock.show_target(target)
        self.sig_target_changed.emit()
        customer = target.record.customer_id or ""
        if not self.progressive:
            if customer:
                self.sig_open_customer.emit(customer)
            self.dock.set_status(lambda: self.tr("Read the script, then dial or skip."))
            return
        if self.dock.working() and self.is_ready():
            self.dial()

    def _claim_failed(self, exc: BaseException) -> None:
        self._claiming = self._unwanted = False
        logger.info("campaign claim failed: %s", type(exc).__name__)
        self.dock.set_status(lambda: self.tr("The back office cannot be reached; trying again shortly."))
        if self.dock.working():
            self._idle.start(IDLE_RETRY_MS)

    # -- the call ----------------------------------------------------------------------------------------
    def dial(self) -> None:
        target, phone = self.target, self.phone
        if target is None or self.call_id is not None:
            return
        if phone is None:
            self.dock.set_status(lambda: self.tr("The phone is not ready."))
            return
        self.answered = self.machine = False
        self.refused = ""
        detect = self.detect_machine()
        self.screening = detect and self.progressive and target.machine_action is MachineAction.HANG_UP
        self.call_id = phone.dial(
            target.record.number,
            no_answer_timeout_s=float(target.ring_timeout_s),
            detect_machine=detect,
        )
        self.last_call_id = self.call_id
        self.dialled_at = time.monotonic()
        if not self.progressive and target.record.customer_id:
            self.sig_dialling_customer.emit(self.call_id, target.record.customer_id)
        self.dock.set_dialling(True)
        number = format_phone(target.record.number)
        self.dock.set_status(lambda: self.tr("Ringing {0}...").format(number))

    def command_failed(self, event: CommandFailed) -> None:
        """The phone refused the dial (no PBX to route a number, every line taken): no call follows, the
        record stays in hand to dial again or skip; progressive dialling stops (it would be refused again)."""
        if event.command != "dial" or event.call_id is None or event.call_id != self.call_id or self.target is None:
            return
        logger.info("campaign dial %s refused: %s", event.call_id, event.detail or event.message)
        self.call_id = None
        self.screening = False
        self.refused = REFUSALS.get(event.message, event.detail or event.message)
        self.dock.set_dialling(False)
        if self.progressive:
            self._stop_progressive()
        message = event.message
        self.dock.set_status(
            lambda: self.tr("The phone could not dial: {0} Dial again or skip the record.").format(
                QCoreApplication.translate("Softphone", message)
            )
        )

    def call_changed(self, change: CallChanged) -> None:
        if change.call_id != self.call_id or self.target is None:
            return
        if change.state is CallState.ACTIVE and not self.answered:
            self.answered = True
            if self.screening:
                self.dock.set_status(lambda: self.tr("Answered: listening for an answering machine..."))
            else:
                self._on_the_call(change.call_id)
        elif change.state is CallState.DISCONNECTED:
            self._ended(change)

    def _on_the_call(self, call_id: int) -> None:
        """The agent has the call: the progressive card pops (preview's showed before the dial)."""
        assert self.target is not None
        if self.progressive and self.target.record.customer_id:
            self.sig_dialling_customer.emit(call_id, self.target.record.customer_id)
        self.dock.set_status(lambda: self.tr("On the call."))

    def answered_by(self, verdict: AnsweredBy) -> None:
        """The detector's verdict (one per call dialled with detection)."""
        if verdict.call_id != self.call_id or self.target is None:
            return
        machine = is_machine(verdict.verdict.value)
        if self.screening:
            self.screening = False
            if not machine:
                self._on_the_call(verdict.call_id)
                return
            self.machine = True
            if self.phone is not None:
                self.phone.hangup(verdict.call_id)
        elif machine and self.answered:  # the campaign passes machines to the agent: a hint
            self.dock.set_status(lambda: self.tr("On the call: an answering machine or fax seems to have answered."))

    def _ended(self, change: CallChanged) -> None:
        target = self.target
        assert target is not None
        self.call_id = None
        self.screening = False
        result = CallResult.MACHINE if self.machine else result_for(change.outcome)
        if result is None:  # the agent hung up before an answer: the record stays in hand
            self.dock.set_dialling(False)
            self.dock.set_status(lambda: self.tr("Not dialled to the end: dial again or skip."))
            if self.progressive:
                self._stop_progressive()  # the agent stopped it: no next dial by itself
            return
        if result is CallResult.ANSWERED:
            self.awaiting_disposition = True
            self.dock.disposition.ask(target.call_back_queue_from)
            self.dock.set_status(lambda: self.tr("Call ended: choose how it went."))
            return
        body: dict[str, Any] = {"result": result.value}
        if change.code:
            body["sip_code"] = change.code
        if result is CallResult.MACHINE:
            body["disposition"] = "machine"
        self._finish(body)

    # -- the agent's choices -------------------------------------------------------------------------------
    def skip(self, reason: str) -> None:
        if self.target is None or self.call_id is not None:
            return
        notes = f"{reason}; could not dial: {self.refused}" if self.refused else reason
        self._finish({"result": CallResult.SKIPPED.value, "notes": notes})

    def dispose(self, disposition: str, call_back_at: datetime | None) -> None:
        target = self.target
        if target is None or not self.awaiting_disposition:
            return
        body: dict[str, Any] = {"result": CallResult.ANSWERED.value, "disposition": disposition}
        if call_back_at is not None:
            body["call_back_at"] = call_back_at.isoformat()
        notes = self.dock.disposition.notes.text().strip()
        if notes:
            body["notes"] = notes
        self.awaiting_disposition = False
        self.dock.disposition.hide()
        if self.last_call_id is not None:
            self.sig_disposed.emit(self.last_call_id, disposition)
        if disposition == "sale":
            self.sig_sale.emit(target.record.customer_id or "")
        self._finish(body)

    def _finish(self, body: dict[str, Any]) -> None:
        target = self.target
        assert target is not None
        self.results.report(target.record.id, body)
        self.sig_reported.emit(target.record.id, body["result"])
        key = body["result"]
        self._drop_target()
        self.dock.set_status(lambda: self.tr("Recorded: {0}.").format(result_label(key)))
        self.next_record()

    def _claim_lost(self, record_id: str) -> None:
        """The back office let the claim lapse (the desktop was silent too long) and may have given the
        record to another agent: not dialled now; a call under way goes on."""
        if self.target is None or self.target.record.id != record_id:
            return
        if self.busy():
            self.dock.set_status(
                lambda: self.tr("This record may have gone to another agent meanwhile; its result may be refused.")
            )
            return
        self._drop_target()
        self.next_record()

    def campaign_changed(self, campaign_id: str, status: str, name: str) -> None:
        """The supervisor changed a campaign's status: a record of a campaign paused or finished is given
        back unless it is being called; a campaign run or resumed is worked at once."""
        target = self.target
        if status == CampaignStatus.RUNNING.value:
            if target is None and self.dock.working():
                self.next_record()
            return
        if target is None or target.campaign_id != campaign_id or self.busy():
            return
        self.release()
        if status == CampaignStatus.PAUSED.value:
            self.dock.set_status(lambda: self.tr("{0} was paused: the record in hand was given back.").format(name))
        else:
            self.dock.set_status(lambda: self.tr("{0} was finished: the record in hand was given back.").format(name))
        if self.dock.working():
            self._idle.start(NOTICE_MS)  # then the next record, of another campaign

    def stop(self) -> None:
        """Signing out or quitting: the record in hand not being called goes back at once."""
        self.release()
        self._idle.stop()
        self.keeper.stop()
