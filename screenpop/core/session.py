"""The life of one pop (ring → answer → hang-up → wrap-up) and the agent's list of recent pops.

Qt-free: the widgets show a :class:`PopHistory`; the shell feeds it call events and builds the call
log from a finished :class:`PopSession`.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone

from crm.i18n import QT_TRANSLATE_NOOP, Msg
from screenpop.core.models import CardModel

logger = logging.getLogger(__name__)

ABNORMAL_KINDS: dict[str, Msg] = {
    "silent": QT_TRANSLATE_NOOP("Abnormal", "Silent call"),
    "harassment": QT_TRANSLATE_NOOP("Abnormal", "Harassment"),
    "dropped": QT_TRANSLATE_NOOP("Abnormal", "Dropped call"),
    "wrong_number": QT_TRANSLATE_NOOP("Abnormal", "Wrong number"),
}
"""Kinds of abnormal call the agent can mark, with their labels."""

BLOCKING_KINDS = frozenset({"harassment"})
"""Marking a call with one of these also adds the caller's number to the blocklist."""


def marks_block(kind: str) -> bool:
    """Whether marking a call as ``kind`` blocks the caller's number."""
    return kind in BLOCKING_KINDS


@dataclass
class PopSession:
    """One call's pop and its times (``time.monotonic()`` seconds; wall clock kept for the call log)."""

    card: CardModel
    ring_monotonic: float
    ring_wall: datetime
    answer_monotonic: float | None = None
    end_monotonic: float | None = None
    hold_seconds: float = 0.0
    """Time on hold so far: the sum of the finished hold spans (see :meth:`held`, :meth:`resumed`)."""
    hold_started: float | None = None
    """When the hold now running began (None while the call is not on hold)."""
    wrapped_up: bool = False
    abnormal: str = ""
    call_log_id: str = ""
    """Id of the call log written at wrap-up (a later mark updates it)."""
    reserved_log_id: str = ""
    """The id the call log will have, given out before it is written (a recording links to it)."""
    without_call: bool = False
    """Opened by the agent (a to-do, a call-back, a search result), not by a call: no wrap-up."""
    sip_call_id: str = ""
    """The SIP Call-ID of the call (the phone's, from its first state change): what a PBX that
    records names the recording by."""
    not_reached: str = ""
    """A call the agent dialled that nobody answered: how it ended (``busy``, ``no_answer``, ...). Its
    call log is written at once, with this as the disposition; no wrap-up."""

    @property
    def call_id(self) -> str:
        return self.card.call_id

    @property
    def outbound(self) -> bool:
        return self.card.identity.outbound

    @property
    def ended(self) -> bool:
        return self.end_monotonic is not None

    @property
    def customer_id(self) -> str:
        return self.card.customer.id if self.card.customer else ""

    def wall(self, monotonic: float | None) -> datetime | None:
        """Wall-clock time of a monotonic instant of this call."""
        if monotonic is None:
            return None
        return self.ring_wall + timedelta(seconds=monotonic - self.ring_monotonic)

    def held(self, at: float) -> None:
        """The call went on hold at ``at`` (a repeated hold, or one before the answer or after the end, is ignored)."""
        if self.answer_monotonic is None or self.ended or self.hold_started is not None:
            return
        self.hold_started = max(at, self.answer_monotonic)

    def resumed(self, at: float) -> None:
        """The call came off hold at ``at`` (also at the hang-up of a held call): its span counts as hold."""
        if self.hold_started is None:
            return
        self.hold_seconds += max(0.0, at - self.hold_started)
        self.hold_started = None

    def hold_so_far(self, now: float) -> float:
        """Time on hold up to ``now`` (or the hang-up), the hold now running included."""
        end = now if self.end_monotonic is None else min(now, self.end_monotonic)
        running = max(0.0, end - self.hold_started) if self.hold_started is not None else 0.0
        return self.hold_seconds + running

    def talk_so_far(self, now: float) -> float:
        """Talk time up to ``now`` (or the hang-up): connected and not on hold (0 before the answer)."""
        if self.answer_monotonic is None:
            return 0.0
        end = now if self.end_monotonic is None else min(now, self.end_monotonic)
        return max(0.0, end - self.answer_monotonic - self.hold_so_far(now))

    def connected_seconds(self) -> float:
        """From the answer to the hang-up (talk and hold together)."""
        if self.answer_monotonic is None or self.end_monotonic is None:
            return 0.0
        return max(0.0, self.end_monotonic - self.answer_monotonic)

    def talk_seconds(self) -> float:
        """Connected time not spent on hold."""
        return max(0.0, self.connected_seconds() - self.hold_seconds)


class PopHistory:
    """The most recent pops, newest first, bounded; a pop can be revisited until it scrolls off."""

    def __init__(self, limit: int = 20) -> None:
        self._limit = max(1, limit)
        self._sessions: OrderedDict[str, PopSession] = OrderedDict()

    def start(self, card: CardModel, ring_monotonic: float | None = None) -> PopSession:
        """A call started ringing with this card."""
        ring = time.monotonic() if ring_monotonic is None else ring_monotonic
        wall = datetime.now(timezone.utc) - timedelta(seconds=max(0.0, time.monotonic() - ring))
        session = PopSession(card=card, ring_monotonic=ring, ring_wall=wall)
        self._sessions[card.call_id] = session
        self._sessions.move_to_end(card.call_id, last=False)
        while len(self._sessions) > self._limit:
            self._sessions.popitem(last=True)
        return session

    def get(self, call_id: str) -> PopSession | None:
        return self._sessions.get(call_id)

    def saw_sip_call_id(self, call_id: str, sip_call_id: str) -> None:
        """The phone named the SIP Call-ID of ``call_id`` (the first one it gives is kept)."""
        session = self._sessions.get(call_id)
        if session is not None and sip_call_id and not session.sip_call_id:
            session.sip_call_id = sip_call_id

    def update_card(self, card: CardModel) -> PopSession | None:
        """Replace a session's card (refresh, choice); keeps an earlier choice of customer."""
        session = self._sessions.get(card.call_id)
        if session is None:
            return None
        session.card = card
        return session

    def answered(self, call_id: str, at: float | None = None) -> None:
        session = self._sessions.get(call_id)
        if session and session.answer_monotonic is None:
            session.answer_monotonic = _not_before(time.monotonic() if at is None else at, session, "answer")

    def ended(self, call_id: str, at: float | None = None) -> None:
        session = self._sessions.get(call_id)
        if session and session.end_monotonic is None:
            end = _not_before(time.monotonic() if at is None else at, session, "end")
            session.resumed(end)  # hung up while held: the hold ends with the call
            session.end_monotonic = end

    def held(self, call_id: str, at: float | None = None) -> None:
        """The call went on hold (``at``: monotonic seconds, default now)."""
        session = self._sessions.get(call_id)
        if session:
            session.held(time.monotonic() if at is None else at)

    def resumed(self, call_id: str, at: float | None = None) -> None:
        """The call came off hold (``at``: monotonic seconds, default now)."""
        session = self._sessions.get(call_id)
        if session:
            session.resumed(time.monotonic() if at is None else at)

    def mark_abnormal(self, call_id: str, kind: str) -> PopSession | None:
        if kind not in ABNORMAL_KINDS:
            raise ValueError(f"unknown abnormal kind {kind!r}")
        session = self._sessions.get(call_id)
        if session:
            session.abnormal = kind
        return session

    def wrapped_up(self, call_id: str) -> None:
        session = self._sessions.get(call_id)
        if session:
            session.wrapped_up = True

    def sessions(self) -> list[PopSession]:
        """Newest first."""
        return list(self._sessions.values())

    def pending_wrap_up(self) -> list[PopSession]:
        """Calls that ended and still wait for their wrap-up."""
        return [s for s in self._sessions.values() if s.ended and not s.wrapped_up]

    def with_card(self, session: PopSession, **changes: object) -> CardModel:
        """A copy of ``session``'s card with ``changes`` (e.g. ``offline=True``), stored back."""
        session.card = replace(session.card, **changes)  # type: ignore[arg-type]
        return session.card


def _not_before(at: float, session: PopSession, what: str) -> float:
    """``at``, or the call's last time so far when ``at`` is earlier: a call's times never go back
    (the phone's own times are ordered; a time from elsewhere may not be), and the change is logged."""
    floor = session.ring_monotonic if session.answer_monotonic is None else session.answer_monotonic
    if at >= floor:
        return at
    logger.warning(
        "call %s: its %s came %.3f s before the call's previous time; taken as that time",
        session.call_id,
        what,
        floor - at,
    )
    return floor
