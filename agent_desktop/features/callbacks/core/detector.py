"""Which softphone events mean "call this caller back" (plain Python, no Qt).

Fed with the engine's events (``softphone.engine.events``) in order, it reports a
:class:`crm.store.callbacks.MissedCall` for:

* an incoming call that rang and ended unanswered: the caller hung up while it rang (final code 487,
  "abandoned") or nobody answered it ("unanswered");
* a call refused before ringing because every line was busy (486, "lines_busy") or the agent was not
  ready (480, "not_ready"). A call refused by the blocklist (``blocked_code``, 603 by default) is not
  called back, nor is one the agent declined on purpose.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from agent_desktop.shell.sip_codes import CODE_BUSY, CODE_CANCELLED, CODE_NOT_READY
from crm.schemas.callbacks import CallbackSource
from crm.store.callbacks import MissedCall

logger = logging.getLogger(__name__)


@dataclass
class _Ringing:
    number: str
    headers: dict[str, list[str]]
    at: datetime


def dnis_of(headers: dict[str, list[str]], region: str = "CN") -> str:
    """The number the caller dialled (Diversion / To), via the screen-pop's identity reader."""
    from screenpop.core.config import PopConfig
    from screenpop.core.identity import extract_identity

    identity = extract_identity(headers, PopConfig(region=region))
    return identity.dnis or identity.dnis_raw or ""


class MissedCallDetector:
    """``feed(event)`` for every softphone event; ``on_missed(MissedCall)`` when one is detected."""

    def __init__(
        self,
        on_missed: Callable[[MissedCall], None],
        *,
        blocked_code: int = 603,
        clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
        region: str = "CN",
    ) -> None:
        self.on_missed = on_missed
        self.blocked_code = blocked_code
        self.clock = clock
        self.region = region
        self._ringing: dict[int, _Ringing] = {}

    def feed(self, event: Any) -> None:
        kind = type(event).__name__
        if kind == "IncomingCall":
            self._ringing[event.call_id] = _Ringing(event.caller_number, dict(event.headers), self.clock())
        elif kind == "CallRejectedBeforeRinging":
            source = {CODE_BUSY: CallbackSource.LINES_BUSY, CODE_NOT_READY: CallbackSource.NOT_READY}.get(event.code)
            if source is not None and event.code != self.blocked_code:
                self._report(event.caller_number, dict(event.headers), self.clock(), source)
        elif kind == "CallChanged" and getattr(event, "direction", "") == "in":
            self._on_call_changed(event)

    def _on_call_changed(self, event: Any) -> None:
        state = getattr(event.state, "value", event.state)
        if state == "active":
            self._ringing.pop(event.call_id, None)  # answered: nothing to call back
            return
        if state != "disconnected":
            return
        ringing = self._ringing.pop(event.call_id, None)
        outcome = getattr(event.outcome, "value", event.outcome)
        if ringing is None or outcome != "missed":
            return
        source = CallbackSource.ABANDONED if event.code == CODE_CANCELLED else CallbackSource.UNANSWERED
        self._report(ringing.number or event.caller_number, ringing.headers, ringing.at, source)

    def _report(self, number: str, headers: dict[str, list[str]], at: datetime, source: CallbackSource) -> None:
        if not number:
            logger.info("missed call without a caller number (%s); not queued", source.value)
            return
        try:
            dnis = dnis_of(headers, self.region)
        except Exception:
            logger.exception("could not read the DNIS of a missed call")
            dnis = ""
        self.on_missed(MissedCall(number, at, source, dnis, headers))
