"""The QObject between the SIP engine and the GUI.

Engine events are published on the SIP thread; the adapter re-emits each one as a typed ``sig_*``
signal delivered on the GUI thread (queued). Commands go straight to the engine, which only posts
them to its thread: nothing here blocks.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from softphone.engine import events as ev
from softphone.engine.call_board import CallBoard
from softphone.engine.engine import SipEngine
from softphone.engine.history import CallHistory
from softphone.engine.host import PreRingFilter

logger = logging.getLogger(__name__)

ManualDialCheck = Callable[[str, Callable[[], None]], None]
"""``check(target, proceed)``: may a number dialled by hand be dialled (``proceed()`` when it may)."""


class PhoneAdapter(QObject):
    """``ctx.services["phone"]``: signals for every engine event plus the call commands."""

    sig_engine_started = Signal(ev.EngineStarted)
    """The SIP engine listens (EngineStarted)."""
    sig_engine_stopped = Signal(ev.EngineStopped)
    """The SIP engine shut down (EngineStopped)."""
    sig_engine_failed = Signal(ev.EngineFailed)
    """The SIP engine could not start (EngineFailed)."""
    sig_registration_changed = Signal(ev.RegistrationChanged)
    """Registration state or reason changed (RegistrationChanged)."""
    sig_incoming_call = Signal(ev.IncomingCall)
    """A call is ringing, with its identity headers (IncomingCall)."""
    sig_call_rejected_before_ringing = Signal(ev.CallRejectedBeforeRinging)
    """The pre-ring filter refused a call (CallRejectedBeforeRinging)."""
    sig_call_changed = Signal(ev.CallChanged)
    """A call changed state (CallChanged)."""
    sig_answered_by = Signal(ev.AnsweredBy)
    """Answering machine detection's verdict on an answered call dialled with ``detect_machine`` (AnsweredBy)."""
    sig_dtmf_received = Signal(ev.DtmfReceived)
    """The peer sent a DTMF digit (DtmfReceived)."""
    sig_call_quality = Signal(ev.CallQuality)
    """Fresh receive statistics and MOS of a call (CallQuality)."""
    sig_transfer_result = Signal(ev.TransferResult)
    """The transfer target answered (TransferResult)."""
    sig_audio_status = Signal(ev.AudioStatus)
    """Whether audio devices work (AudioStatus)."""
    sig_command_failed = Signal(ev.CommandFailed)
    """A call command failed (CommandFailed)."""
    sig_history_changed = Signal()
    """An ended call was added to the history."""
    sig_caller_named = Signal(int)
    """The customer on this call (id) got a name from the CRM (:meth:`set_caller_name`): lines show it."""

    _sig_event = Signal(object)
    """Any engine event, from the SIP thread (queued to :meth:`_dispatch`): ``object`` because the
    payload is whichever of the event classes above the engine published."""

    def __init__(self, engine: SipEngine, history: CallHistory | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.board = CallBoard()
        self.history = history or CallHistory()
        self.registration: ev.RegistrationChanged | None = None
        self.audio: ev.AudioStatus | None = None
        self.quality: dict[int, ev.CallQuality] = {}
        self._manual_dial_check: ManualDialCheck | None = None
        self._routes = {
            ev.EngineStarted: self.sig_engine_started,
            ev.EngineStopped: self.sig_engine_stopped,
            ev.EngineFailed: self.sig_engine_failed,
            ev.RegistrationChanged: self.sig_registration_changed,
            ev.IncomingCall: self.sig_incoming_call,
            ev.CallRejectedBeforeRinging: self.sig_call_rejected_before_ringing,
            ev.CallChanged: self.sig_call_changed,
            ev.AnsweredBy: self.sig_answered_by,
            ev.DtmfReceived: self.sig_dtmf_received,
            ev.CallQuality: self.sig_call_quality,
            ev.TransferResult: self.sig_transfer_result,
            ev.AudioStatus: self.sig_audio_status,
            ev.CommandFailed: self.sig_command_failed,
        }
        self._sig_event.connect(self._dispatch)
        self._unsubscribe = engine.subscribe(self._sig_event.emit)  # SIP thread → queued to us

    def _dispatch(self, event: object) -> None:
        if isinstance(event, ev.RegistrationChanged):
            self.registration = event
        elif isinstance(event, ev.AudioStatus):
            self.audio = event
        elif isinstance(event, ev.CallQuality):
            self.quality[event.call_id] = event
        line = self.board.apply(event)
        signal = self._routes.get(type(event))
        if signal is not None:
            signal.emit(event)
        if isinstance(event, ev.CallChanged) and event.state == ev.CallState.DISCONNECTED:
            self.quality.pop(event.call_id, None)
            now = time.monotonic()
            self.history.record(event, now, line.hold_seconds(now) if line is not None else 0.0)
            self.sig_history_changed.emit()

    def replace_engine(self, engine: SipEngine) -> None:
        """Follow a new engine (after a settings change); the old one must already be stopped."""
        self._unsubscribe()
        pre_ring = self.engine.pre_ring_filter
        self.engine = engine
        engine.pre_ring_filter = engine.pre_ring_filter or pre_ring
        self.board.clear()
        self.quality.clear()
        self._unsubscribe = engine.subscribe(self._sig_event.emit)

    # ---- commands (never block) ----------------------------------------------------------
    def set_pre_ring_filter(self, fn: PreRingFilter | None) -> None:
        """Install the hook that may refuse a call before it rings (runs on the SIP thread)."""
        self.engine.pre_ring_filter = fn

    def set_blocklist(self, is_blocked: Callable[[str], bool]) -> None:
        """Refuse blocked numbers before they ring, with the configured response (SIP thread)."""
        self.engine.set_blocklist(is_blocked)

    def set_caller_name(self, call_id: int, name: str) -> None:
        """The customer on ``call_id`` is ``name`` in the CRM (the screen-pop found them): its line shows
        that name instead of the SIP display name. Nothing for a call that has ended."""
        if self.board.set_name(call_id, name):
            self.sig_caller_named.emit(call_id)

    def dial(
        self,
        target: str,
        headers: dict[str, str] | None = None,
        no_answer_timeout_s: float | None = None,
        detect_machine: bool = False,
    ) -> int:
        """Click-to-dial for every dock: a number or SIP URI; returns the call id. The new call is in focus
        (unless a call is talking); when every line is taken the engine refuses it (``sig_command_failed``).
        A dialler passes a ring timeout (the call ends as NO_ANSWER) and may ask for answering machine
        detection (``sig_answered_by``, when the setting ``sip.machine_detection`` is on)."""
        key = self.engine.dial(target, headers, no_answer_timeout_s, detect_machine)
        self.board.touch(key)
        return key

    def set_manual_dial_check(self, check: ManualDialCheck | None) -> None:
        """Install the check a number dialled by hand goes through first (the do-not-call list):
        ``check(target, proceed)`` calls ``proceed()`` when the dial may go ahead (now or later)."""
        self._manual_dial_check = check

    def dial_manual(self, target: str, on_dialled: Callable[[int], object] | None = None) -> None:
        """A number the agent dials by hand (the dial pad, redial, the card's Dial): through the manual
        dial check when one is installed, then :meth:`dial`; ``on_dialled(call_id)`` once dialled."""

        def proceed() -> None:
            call_id = self.dial(target)
            if on_dialled is not None:
                on_dialled(call_id)

        check = self._manual_dial_check
        if check is None:
            proceed()
        else:
            check(target, proceed)

    def answer(self, call_id: int | None = None) -> None:
        line = self.board.lines.get(call_id) if call_id else self.board.ringing()
        if line is not None:
            self.board.touch(line.call_id)
            self.engine.answer(line.call_id)

    def reject(self, call_id: int | None = None, code: int = 486) -> None:
        line = self.board.lines.get(call_id) if call_id else self.board.ringing()
        if line is not None:
            self.engine.reject(line.call_id, code)

    def hangup(self, call_id: int | None = None) -> None:
        line = self.board.lines.get(call_id) if call_id else self.board.current()
        if line is not None:
            self.engine.hangup(line.call_id)

    def toggle_hold(self, call_id: int | None = None) -> None:
        line = self.board.lines.get(call_id) if call_id else self.board.current()
        if line is None:
            return
        self.board.touch(line.call_id)
        if line.state == ev.CallState.HELD:
            self.engine.resume(line.call_id)
        else:
            self.engine.hold(line.call_id)

    def toggle_mute(self) -> None:
        self.engine.set_mute(not self.engine.bridge.muted)

    def switch_to(self, call_id: int) -> None:
        """Talk on this line (its line button): answer or resume it, hold the others; it is in focus."""
        self.board.touch(call_id)
        self.engine.switch_to(call_id)

    def send_dtmf(self, digits: str) -> None:
        line = self.board.active()
        if line is not None:
            self.engine.send_dtmf(line.call_id, digits)

    def transfer(self, target: str) -> None:
        """Blind transfer of the current call to ``target``."""
        line = self.board.current()
        if line is not None and target.strip():
            self.engine.transfer_blind(line.call_id, target)

    def complete_attended_transfer(self) -> None:
        """Transfer the held call to the consult call (REFER with Replaces)."""
        consult = self.board.active()
        held = next((line for line in self.board.lines.values() if line.state == ev.CallState.HELD), None)
        if consult is not None and held is not None:
            self.engine.transfer_attended(held.call_id, consult.call_id)

    def conference(self) -> None:
        """Join every answered line into a local conference."""
        keys = [
            line.call_id for line in self.board.lines.values() if line.state in (ev.CallState.ACTIVE, ev.CallState.HELD)
        ]
        if len(keys) >= 2:
            self.engine.conference(keys)

    def shutdown(self, timeout: float = 10.0) -> bool:
        """Hang up everything and stop the engine (waits for the SIP thread, at quit only)."""
        self._unsubscribe()
        return self.engine.stop(timeout)
