"""The SIP-thread half of call handling: pjsua2 callbacks and the ``_do_*`` commands.

Mixed into :class:`~softphone.engine.engine.SipEngine`; everything here runs on the SIP thread.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

import pjsua2 as pj

from softphone.engine.dialstring import to_sip_uri
from softphone.engine.events import (
    AmdVerdict,
    AnsweredBy,
    CallChanged,
    CallQuality,
    CallRejectedBeforeRinging,
    CallState,
    DtmfReceived,
    IncomingCall,
    Outcome,
    TransferResult,
)
from softphone.engine.headers import caller_number, display_of, parse_identity_headers, uri_of, user_of
from softphone.engine.host import EngineHost
from softphone.engine.invite_checks import CODE_RING_TIMEOUT, CODE_TOO_LARGE, media_refusal_code, truncation_code
from softphone.engine.outcome import classify_incoming, classify_outgoing
from softphone.engine.pj_objects import PjCall
from softphone.engine.quality import estimate_mos
from softphone.engine.records import CallRecord

if TYPE_CHECKING:
    from softphone.engine.amd import AmdResult

logger = logging.getLogger(__name__)


class NoSuchCallError(KeyError):
    """A command named a call the engine does not have (any more)."""


_AUDIO_UP = (pj.PJSUA_CALL_MEDIA_ACTIVE, pj.PJSUA_CALL_MEDIA_REMOTE_HOLD)


def _op(code: int = 0) -> pj.CallOpParam:
    prm = pj.CallOpParam(True)
    if code:
        prm.statusCode = code
    return prm


class CallHandlers(EngineHost):
    """Callbacks from :mod:`softphone.engine.pj_objects` and the work behind each command."""

    # ---- incoming --------------------------------------------------------------------------
    def _on_incoming(self, account: pj.Account, pj_call_id: int, raw: str, received: float) -> None:
        headers = parse_identity_headers(raw)
        from_value = (headers.get("From") or [""])[0]
        number = caller_number(headers)
        key = self.next_key()
        call = PjCall(self, account, key, pj_call_id)
        rec = CallRecord(key, call, "in", uri_of(from_value), number, headers, started_at=received)
        self._calls[key] = rec
        code = truncation_code(raw, self.config.transport == "udp")
        if code is not None:
            logger.warning("refused an incoming INVITE of %d characters that arrived incomplete (%s)", len(raw), code)
        else:
            code = media_refusal_code(raw, self.config.srtp)
            if code is not None:
                logger.info(
                    "refused call %s before ringing: no audio stream it offers fits SRTP %s", key, self.config.srtp
                )
        if code is None:
            code = self._pre_ring_code(number, headers)
        if code is None and self._busy_lines(exclude=key) >= self.config.max_lines:
            code = 486
        if code is None:
            try:
                call.answer(_op(180))  # a 180 too long to build: _on_response_unsendable says so at once
            except pj.Error as exc:
                logger.warning("call %s could not ring: %s", key, exc.info())
                code = 500
            if rec.response_unsendable:
                code = CODE_TOO_LARGE
        if code is not None:
            self._refuse_before_ringing(rec, code)
            return
        rec.state = CallState.RINGING
        if self.config.ring_timeout_s > 0:
            rec.no_answer_deadline = received + self.config.ring_timeout_s
        auto = bool(self.config.auto_answer) and self._busy_lines(exclude=key) == 0
        self.publish(IncomingCall(key, rec.remote_uri, display_of(from_value), number, headers, received, auto))
        self._set_media_clock(True)  # after the GUI heard of the call; before its media (the 200) starts
        if auto:
            self._do_answer(key)

    def _refuse_before_ringing(self, rec: CallRecord, code: int) -> None:
        """Answer ``code`` instead of ringing; the line is free at once.

        The final response goes out on the SIP thread's next turn, not inside ``onIncomingCall``: a
        call without an SDP offer ends synchronously, and pjsua2 then frees the INVITE it is still
        holding a second time (an assertion aborts the process)."""
        rec.rejected_by_us = True
        if not isinstance(rec.state, CallState):
            rec.state = "silent"  # never announced: its end is not published either
        self.post(lambda: self._end_call(rec, code))
        self.publish(CallRejectedBeforeRinging(rec.number, code, rec.headers))

    def _end_call(self, rec: CallRecord, code: int) -> None:
        """Hang up ``rec`` with ``code`` unless it ended, or was answered, meanwhile."""
        if self._calls.get(rec.key) is not rec or rec.answered:
            return
        try:
            rec.call.hangup(_op(code))
        except pj.Error as exc:
            logger.warning("call %s could not be ended with %s: %s", rec.key, code, exc.info())

    def _on_far_end_heard(self, call: PjCall) -> None:
        """A response to our INVITE arrived (any, a 100 Trying too): the far end is reachable."""
        rec = self._calls.get(call.key)
        if rec is not None:
            rec.far_end_heard = True

    def _on_response_unsendable(self, call: PjCall, status: int) -> None:
        """pjsip could not build our ``status`` response to the caller's INVITE (PJSIP_EMSGTOOLONG:
        a huge Call-ID, Via or From is copied into every response) and carries on as if it had gone
        out. The 180: :meth:`_on_incoming` refuses the call instead of ringing it. The 200 (the 180
        fitted, the answer with our SDP does not): the caller never learns of it, so the call ends
        (as missed: the caller is called back) and its line is free. Runs inside pjsip's answer:
        the hang-up waits for the SIP thread's next turn."""
        rec = self._calls.get(call.key)
        if rec is None or rec.direction != "in" or rec.answered or rec.response_unsendable:
            return
        logger.warning("call %s: the %s response to its INVITE is too long to send", call.key, status)
        rec.response_unsendable = True
        self.post(lambda: self._end_call(rec, CODE_TOO_LARGE))

    def _ring_timed_out(self, rec: CallRecord) -> None:
        """Nobody answered within ``ring_timeout_s``, or the caller vanished without a CANCEL:
        answer 480 (what a PBX treats as "no answer" and may route on) and free the line. The call
        ends as MISSED (not rejected by the agent), so the caller is queued for a call back."""
        if rec.state != CallState.RINGING:
            return  # the agent answered it meanwhile (waiting for the ACK)
        logger.info("call %s rang for %.0f s unanswered; ending it", rec.key, self.config.ring_timeout_s)
        self._end_call(rec, CODE_RING_TIMEOUT)

    def _pre_ring_code(self, number: str, headers: dict[str, list[str]]) -> int | None:
        if self.pre_ring_filter is None:
            return None
        try:
            code = self.pre_ring_filter(number, headers)
        except Exception:
            logger.exception("pre-ring filter failed; letting the call ring")
            return None
        return int(code) if code else None

    def _busy_lines(self, exclude: int | None = None) -> int:
        return sum(1 for k, r in self._calls.items() if k != exclude and r.state != "silent")

    # ---- call state ------------------------------------------------------------------------
    def _on_call_state(self, call: PjCall) -> None:
        rec = self._calls.get(call.key)
        if rec is None:
            return
        ci = call.getInfo()
        rec.sip_call_id = rec.sip_call_id or ci.callIdString
        st = ci.state
        if st == pj.PJSIP_INV_STATE_DISCONNECTED:
            self._finish(rec, ci.lastStatusCode, ci.lastReason)
            return
        if rec.state == "silent":
            return
        if st == pj.PJSIP_INV_STATE_EARLY:
            rec.remote_responded = True
            state = CallState.RINGING if rec.direction == "in" else CallState.EARLY
        elif st == pj.PJSIP_INV_STATE_CONFIRMED:
            rec.answered = True
            rec.no_answer_deadline = None
            if rec.connected_at is None:
                rec.connected_at = time.monotonic()
            if rec.detect_machine:
                self._listen_for_machine(rec)
            state = CallState.HELD if rec.held else CallState.ACTIVE
        elif st == pj.PJSIP_INV_STATE_CONNECTING:
            state = CallState.CONNECTING
        elif st == pj.PJSIP_INV_STATE_INCOMING:
            state = CallState.RINGING
        else:
            state = CallState.DIALING
        if not rec.remote_uri:
            rec.remote_uri = ci.remoteUri
        self._emit(rec, state, ci.lastStatusCode, ci.lastReason)

    def _finish(self, rec: CallRecord, code: int, reason: str) -> None:
        self._calls.pop(rec.key, None)
        self._graveyard.append(rec.call)
        self._conference.discard(rec.key)
        if self._focus == rec.key:
            self._focus = None
        if rec.state == "silent":
            return
        if rec.amd is not None or (rec.detect_machine and rec.answered):
            self._machine_verdict(rec, None if rec.amd is None else rec.amd.end())
        if rec.direction == "in":
            outcome = classify_incoming(rec.answered, rec.rejected_by_us)
        else:
            outcome = classify_outgoing(
                code, rec.answered, rec.remote_responded, rec.cancelled_by_us, rec.ring_timed_out, rec.far_end_heard
            )
        self._emit(rec, CallState.DISCONNECTED, code, reason, outcome)

    def _emit(
        self, rec: CallRecord, state: CallState, code: int = 0, reason: str = "", outcome: Outcome | None = None
    ) -> None:
        rec.state = state
        self.publish(
            CallChanged(
                rec.key,
                state,
                rec.direction,
                rec.remote_uri,
                rec.number,
                code,
                reason,
                outcome,
                rec.connected_at,
                self.bridge.muted,
                rec.started_at,
                time.monotonic(),
                rec.sip_call_id,
            )
        )

    def _publish_all_calls(self) -> None:
        for rec in list(self._calls.values()):
            if isinstance(rec.state, CallState):  # neither "" nor "silent"
                self._emit(rec, rec.state)

    # ---- media -----------------------------------------------------------------------------
    def _on_stream_destroyed(self) -> None:
        """pjsua is taking a call's audio stream down (the far end hung up, or a re-INVITE changed
        the media) and closes its transport next: no bridge tick meanwhile (see _set_media_clock)."""
        self._set_media_clock(False)

    def _on_call_media(self, call: PjCall) -> None:
        rec = self._calls.get(call.key)
        if rec is None:
            return
        info = call.getInfo()  # keep the CallInfo alive while iterating its SWIG vector
        for mi in info.media:
            if mi.type == pj.PJMEDIA_TYPE_AUDIO and mi.status in _AUDIO_UP + (pj.PJSUA_CALL_MEDIA_LOCAL_HOLD,):
                media = call.getAudioMedia(mi.index)
                # a re-INVITE (hold, resume, codec change) may give the stream a new conference slot
                if rec.audio is None or media.getPortId() != rec.audio.getPortId():
                    rec.audio = media
                    rec.media_index = mi.index
                    rec.bridged = False
                break
        self._route_audio()
        if rec.detect_machine and rec.answered:
            self._listen_for_machine(rec)
        if rec.key in self._conference:
            self._mix_conference()
        if rec.answered and rec.state in (CallState.ACTIVE, CallState.HELD):
            wanted = CallState.HELD if rec.held else CallState.ACTIVE
            if rec.state != wanted:  # the hold/resume re-INVITE completed
                self._emit(rec, wanted)

    def _route_audio(self) -> None:
        """Connect the bridge to the focused call (or every conference member), disconnect the rest."""
        wanted = set(self._conference) if self._conference else ({self._focus} if self._focus else set())
        for key, rec in self._calls.items():
            if rec.audio is None:
                continue
            want = key in wanted and not rec.held
            if want == rec.bridged:
                continue
            try:
                port = self._bridge_port()
                if want:
                    rec.audio.startTransmit(port)
                    port.startTransmit(rec.audio)
                else:
                    rec.audio.stopTransmit(port)
                    port.stopTransmit(rec.audio)
                rec.bridged = want
            except pj.Error as exc:
                logger.warning("audio routing for call %s failed: %s", key, exc.info())

    def _do_conference(self, keys: list[int]) -> None:
        members = [self._rec(k) for k in keys]
        for rec in members:
            if rec.held:
                self._do_resume(rec.key, hold_others=False)
        self._conference = {r.key for r in members}
        self._mix_conference()
        self._route_audio()

    def _mix_conference(self) -> None:
        """Let every conference member hear every other one (connecting twice is harmless)."""
        members = [self._calls[k] for k in self._conference if k in self._calls]
        for a in members:
            for b in members:
                if a is not b and a.audio is not None and b.audio is not None:
                    a.audio.startTransmit(b.audio)

    def _end_conference(self) -> None:
        """Stop mixing the conference members with each other (each goes back to its own line)."""
        members = [self._calls[k] for k in self._conference if k in self._calls]
        for a in members:
            for b in members:
                if a is not b and a.audio is not None and b.audio is not None:
                    try:
                        a.audio.stopTransmit(b.audio)
                    except pj.Error:
                        pass
        self._conference.clear()

    # ---- answering machine detection (only calls dialled with detect_machine) -------------------
    def _listen_for_machine(self, rec: CallRecord) -> None:
        """Analyse the answered call's audio once it is up (again after a re-INVITE moved it)."""
        if rec.audio is None:
            return
        try:
            if rec.amd is None:
                # the detector loads with the first call that asks, not with the phone
                from softphone.engine.machine_detection import MachineDetection

                rec.amd = MachineDetection(rec.key, self.bridge.sample_rate, self.bridge.frame_ms)
            rec.amd.listen(rec.audio)
        except pj.Error as exc:
            logger.warning("answering machine detection on call %s could not start: %s", rec.key, exc.info())
            self._machine_verdict(rec, None)

    def _poll_machine(self, rec: CallRecord, now: float) -> None:
        """The SIP loop's turn: hand the audio that arrived to the detector (calls with detection only)."""
        if rec.amd is not None:
            result = rec.amd.poll(now)
            if result is not None:
                self._machine_verdict(rec, result)

    def _machine_verdict(self, rec: CallRecord, result: AmdResult | None) -> None:
        """Publish the call's one verdict (UNKNOWN without a result: no audio) and stop listening."""
        if rec.amd is not None:
            rec.amd.close()
            rec.amd = None
        if not rec.detect_machine:
            return
        rec.detect_machine = False
        if result is None:
            self.publish(AnsweredBy(rec.key, AmdVerdict.UNKNOWN, 0, "no audio"))
            return
        logger.info(
            "call %s answered by: %s after %d ms (%s)", rec.key, result.verdict.value, result.after_ms, result.reason
        )
        self.publish(AnsweredBy(rec.key, result.verdict, result.after_ms, result.reason))

    def _on_dtmf(self, call: PjCall, digit: str) -> None:
        self.publish(DtmfReceived(call.key, digit))

    def _on_transfer_status(self, call: PjCall, code: int, final: bool) -> None:
        self.publish(TransferResult(call.key, code, bool(final)))
        if final and 200 <= code < 300 and call.key in self._calls:
            self._do_hangup(call.key, 0)

    def _poll_quality(self) -> None:
        for rec in list(self._calls.values()):
            if not rec.answered or rec.audio is None:
                continue
            try:
                stat = rec.call.getStreamStat(rec.media_index)
            except pj.Error:
                continue
            rx = stat.rtcp.rxStat
            total = rx.pkt + rx.loss
            loss = 100.0 * rx.loss / total if total else 0.0
            jitter = rx.jitterUsec.mean / 1000.0
            rtt = stat.rtcp.rttUsec.mean / 1000.0
            self.publish(CallQuality(rec.key, jitter, loss, rtt, estimate_mos(jitter, loss, rtt)))

    # ---- commands --------------------------------------------------------------------------
    def _rec(self, key: int) -> CallRecord:
        rec = self._calls.get(key)
        if rec is None:
            raise NoSuchCallError(f"no call {key}")
        return rec

    def _domain(self) -> str:
        target = self.config.registrar or self.config.proxy
        if target.startswith(("sip:", "sips:")):
            target = target.split(":", 1)[1]
        return target.split("@", 1)[-1].split(";", 1)[0]

    def _hold_others(self, key: int) -> None:
        for other in list(self._calls.values()):
            if other.key != key and other.answered and not other.held and other.key not in self._conference:
                self._do_hold(other.key)

    def _do_dial(
        self, key: int, target: str, headers: dict[str, str], timeout_s: float | None, detect_machine: bool = False
    ) -> None:
        uri = to_sip_uri(target, self._domain())
        self._end_conference()
        self._hold_others(key)
        self._set_media_clock(True)
        call = PjCall(self, self._account, key)
        rec = CallRecord(key, call, "out", uri, user_of(uri), started_at=time.monotonic())
        rec.detect_machine = detect_machine and self.config.machine_detection
        if timeout_s:
            rec.no_answer_deadline = time.monotonic() + timeout_s
        self._calls[key] = rec
        self._focus = key
        prm = _op()
        for name, value in headers.items():
            header = pj.SipHeader()
            header.hName = name
            header.hValue = value
            prm.txOption.headers.append(header)
        self._emit(rec, CallState.DIALING)
        try:
            call.makeCall(uri, prm)
        except pj.Error:
            self._calls.pop(key, None)
            self._emit(rec, CallState.DISCONNECTED, 0, "", classify_outgoing(0, False, False, False))
            raise

    def _do_answer(self, key: int) -> None:
        rec = self._rec(key)
        self._end_conference()
        self._hold_others(key)
        self._focus = key
        rec.call.answer(_op(200))
        self._route_audio()

    def _do_hangup(self, key: int, code: int) -> None:
        rec = self._rec(key)
        self._hangup_record(rec, code)

    def _hangup_record(self, rec: CallRecord, code: int, no_answer: bool = False) -> None:
        if rec.direction == "in" and not rec.answered and code:
            rec.rejected_by_us = True
        if rec.direction == "out" and not rec.answered and not no_answer:
            rec.cancelled_by_us = True
        if rec.call.hasMedia():  # pjsua closes the call's media inside hangup(): no tick meanwhile
            self._set_media_clock(False)
        rec.call.hangup(_op(code))

    def _do_hold(self, key: int) -> None:
        rec = self._rec(key)
        if rec.held:
            return
        rec.call.setHold(_op())
        rec.held = True
        self._route_audio()

    def _do_resume(self, key: int, hold_others: bool = True) -> None:
        rec = self._rec(key)
        if hold_others:
            self._end_conference()
            self._hold_others(key)
            self._focus = key
        if not rec.held:
            self._route_audio()
            return
        prm = _op()
        prm.opt.flag = pj.PJSUA_CALL_UNHOLD
        rec.call.reinvite(prm)
        rec.held = False
        self._route_audio()

    def _do_switch(self, key: int) -> None:
        rec = self._rec(key)
        if rec.direction == "in" and not rec.answered:
            self._do_answer(key)
        else:
            self._do_resume(key)

    def _do_dtmf(self, key: int, digits: str) -> None:
        call = self._rec(key).call
        try:
            call.dialDtmf(digits)
        except pj.Error:
            prm = pj.CallSendDtmfParam()
            prm.method = pj.PJSUA_DTMF_METHOD_SIP_INFO
            prm.digits = digits
            call.sendDtmf(prm)
