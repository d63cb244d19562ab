"""The engine's public commands. Each is safe to call from any thread: it posts work to the SIP
thread and returns at once; the outcome arrives as events."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pjsua2 as pj

from crm.i18n import QT_TRANSLATE_NOOP
from softphone.engine.call_handlers import CallHandlers
from softphone.engine.dialstring import to_sip_uri
from softphone.engine.events import CommandFailed

logger = logging.getLogger(__name__)

LINES_FULL = QT_TRANSLATE_NOOP("Softphone", "All lines are in use: hang up a call before dialling another.")
"""Why a dial was refused when every line (``max_lines``) is taken."""


class CallCommands(CallHandlers):
    """Mixed into :class:`~softphone.engine.engine.SipEngine`; the ``_do_*`` halves (:class:`CallHandlers`) run
    on the SIP thread."""

    def _command(self, name: str, key: int | None, fn: Callable[[], None]) -> None:
        def run() -> None:
            try:
                fn()
            except (pj.Error, ValueError, KeyError) as exc:
                info = getattr(exc, "info", None) if isinstance(exc, pj.Error) else None
                detail = str(info()) if callable(info) else str(exc)
                logger.warning("%s failed on call %s: %s", name, key, detail)
                self.publish(
                    CommandFailed(name, key, QT_TRANSLATE_NOOP("Softphone", "The phone could not do that"), detail)
                )

        self.post(run)

    def dial(self, target: str, headers: dict[str, str] | None = None, no_answer_timeout_s: float | None = None) -> int:
        """Call ``target`` (a SIP URI, or a number routed via the registrar/proxy); returns the call id.

        Refused when the calls up (ringing, dialling, talking or held) already take every line
        (``max_lines``): :class:`CommandFailed` with :data:`LINES_FULL`, and no call is opened."""
        key = self.next_key()

        def run() -> None:
            if self._busy_lines() >= self.config.max_lines:
                logger.warning("dial %s refused: all %s lines are in use", key, self.config.max_lines)
                self.publish(CommandFailed("dial", key, LINES_FULL, f"max_lines={self.config.max_lines}"))
                return
            self._do_dial(key, target, headers or {}, no_answer_timeout_s)

        self._command("dial", key, run)
        return key

    def answer(self, key: int) -> None:
        """Answer a ringing call (other lines are put on hold)."""
        self._command("answer", key, lambda: self._do_answer(key))

    def reject(self, key: int, code: int = 486) -> None:
        """Refuse a ringing call: 486 busy, 603 decline."""
        self._command("reject", key, lambda: self._do_hangup(key, code))

    def hangup(self, key: int) -> None:
        """End a call (cancels it while it is still ringing)."""
        self._command("hangup", key, lambda: self._do_hangup(key, 0))

    def hangup_all(self) -> None:
        """End every call."""
        self._command("hangup_all", None, lambda: self._endpoint().hangupAllCalls())

    def hold(self, key: int) -> None:
        """Put a call on hold (re-INVITE with sendonly)."""
        self._command("hold", key, lambda: self._do_hold(key))

    def resume(self, key: int) -> None:
        """Take a call off hold (re-INVITE with sendrecv); other lines are put on hold."""
        self._command("resume", key, lambda: self._do_resume(key))

    def switch_to(self, key: int) -> None:
        """Make ``key`` the line the agent talks on: answer or resume it, hold the others."""
        self._command("switch", key, lambda: self._do_switch(key))

    def set_mute(self, muted: bool) -> None:
        """Mute or unmute the microphone on every call."""
        self.bridge.muted = bool(muted)
        self.post(lambda: self._publish_all_calls())

    def send_dtmf(self, key: int, digits: str) -> None:
        """Send DTMF: RFC 2833 events, or SIP INFO when the peer offered no telephone-event."""
        self._command("dtmf", key, lambda: self._do_dtmf(key, digits))

    def transfer_blind(self, key: int, target: str) -> None:
        """Blind transfer: REFER the peer of ``key`` to ``target``."""
        self._command(
            "transfer", key, lambda: self._rec(key).call.xfer(to_sip_uri(target, self._domain()), pj.CallOpParam(True))
        )

    def transfer_attended(self, key: int, consult_key: int) -> None:
        """Attended transfer: REFER the peer of ``key`` to the consult call's peer, with Replaces."""
        self._command(
            "transfer", key, lambda: self._rec(key).call.xferReplaces(self._rec(consult_key).call, pj.CallOpParam(True))
        )

    def conference(self, keys: list[int]) -> None:
        """Local 3-way conference: mix the given calls with each other and the agent."""
        self._command("conference", None, lambda: self._do_conference(keys))

    def network_changed(self) -> None:
        """Tell pjsip the IP address may have changed (network switch, resume from sleep): re-register."""
        self._command("network_changed", None, lambda: self._endpoint().handleIpChange(pj.IpChangeParam()))
