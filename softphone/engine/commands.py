"""The engine's public commands. Each is safe to call from any thread: it posts work to the SIP
thread and returns at once; the outcome arrives as events."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

import pjsua2 as pj

from crm.i18n import QT_TRANSLATE_NOOP
from softphone.engine.call_handlers import CallHandlers, NoSuchCallError
from softphone.engine.dialstring import NoRouteError, NotDialableError, to_sip_uri
from softphone.engine.events import COMMAND_FAILED, CommandFailed

logger = logging.getLogger(__name__)

LINES_FULL = QT_TRANSLATE_NOOP("Softphone", "All lines are in use: hang up a call before dialling another.")
"""Why a dial was refused when every line (``max_lines``) is taken."""

NO_ROUTE = QT_TRANSLATE_NOOP(
    "Softphone",
    "No PBX (registrar or proxy) is set up to reach a number: enter a full SIP address (sip:user@host) "
    "or set the registrar in Settings.",
)
"""A number or user name to dial or transfer to, but nowhere to send it."""
INVALID_TARGET = QT_TRANSLATE_NOOP("Softphone", "That is not a number or SIP address the phone can call.")
"""What was typed is not a number, and not a valid SIP URI either."""
UNREACHABLE = QT_TRANSLATE_NOOP(
    "Softphone", "The phone could not find the server of that address: check the address, the PBX and the network."
)
"""The address's domain (or the registrar's) does not resolve."""
CALL_GONE = QT_TRANSLATE_NOOP("Softphone", "That call no longer exists: it has already ended.")
"""The command named a call that has ended (or never was)."""

_PJ_MESSAGES = {
    "PJSIP_EINVALIDURI": INVALID_TARGET,
    "PJSIP_EINVALIDREQURI": INVALID_TARGET,
    "PJSIP_EINVALIDSCHEME": INVALID_TARGET,
    "PJSIP_EURITOOLONG": INVALID_TARGET,
    "PJ_ERESOLVE": UNREACHABLE,
    "PJSIP_ESESSIONTERMINATED": CALL_GONE,
}
"""pjsip's status names (the end of its reason text, e.g. ``"... (PJ_ERESOLVE)"``) → our message."""
_PJ_NAME = re.compile(r"\((PJ[A-Z0-9_]*)\)\s*$")


def failure_message(exc: Exception) -> tuple[str, str]:
    """The user-facing message (QT_TRANSLATE_NOOP, translated by the widgets) and the detail for a
    command that raised ``exc``: a message of its own for the common failures, else
    :data:`COMMAND_FAILED` with pjsip's reason as the detail."""
    if isinstance(exc, pj.Error):
        reason = str(exc.reason)
        name = _PJ_NAME.search(reason)
        return _PJ_MESSAGES.get(name.group(1) if name else "", COMMAND_FAILED), reason
    detail = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)
    if isinstance(exc, NoRouteError):
        return NO_ROUTE, detail
    if isinstance(exc, NotDialableError):
        return INVALID_TARGET, detail
    if isinstance(exc, NoSuchCallError):
        return CALL_GONE, detail
    return COMMAND_FAILED, detail


class CallCommands(CallHandlers):
    """Mixed into :class:`~softphone.engine.engine.SipEngine`; the ``_do_*`` halves (:class:`CallHandlers`) run
    on the SIP thread."""

    def _command(self, name: str, key: int | None, fn: Callable[[], None]) -> None:
        def run() -> None:
            try:
                fn()
            except (pj.Error, ValueError, KeyError) as exc:
                info = getattr(exc, "info", None) if isinstance(exc, pj.Error) else None
                logger.warning("%s failed on call %s: %s", name, key, str(info()) if callable(info) else str(exc))
                message, detail = failure_message(exc)
                self.publish(CommandFailed(name, key, message, detail))

        self.post(run)

    def dial(
        self,
        target: str,
        headers: dict[str, str] | None = None,
        no_answer_timeout_s: float | None = None,
        detect_machine: bool = False,
    ) -> int:
        """Call ``target`` (a SIP URI, or a number routed via the registrar/proxy); returns the call id.

        ``no_answer_timeout_s``: unanswered after this long, the call is cancelled and ends as
        NO_ANSWER. ``detect_machine``: once answered, listen for an answering machine or a fax and
        publish :class:`~softphone.engine.events.AnsweredBy` (only with ``config.machine_detection``).

        Refused when the calls up (ringing, dialling, talking or held) already take every line
        (``max_lines``): :class:`CommandFailed` with :data:`LINES_FULL`, and no call is opened."""
        key = self.next_key()

        def run() -> None:
            if self._busy_lines() >= self.config.max_lines:
                logger.warning("dial %s refused: all %s lines are in use", key, self.config.max_lines)
                self.publish(CommandFailed("dial", key, LINES_FULL, f"max_lines={self.config.max_lines}"))
                return
            self._do_dial(key, target, headers or {}, no_answer_timeout_s, detect_machine)

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
