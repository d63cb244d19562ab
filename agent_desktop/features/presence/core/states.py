"""The agent's presence states, Not-ready reasons and wrap-up policy (plain data, no Qt)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from crm.i18n import QT_TRANSLATE_NOOP, Msg
from crm.presence_reasons import (
    AFTER_WRAP_UP,
    AWAY,
    BUILT_IN_NAMES,
    DEFAULT_NOT_READY_REASONS,
    HEADSET,
    PHONE_UNAVAILABLE,
    SYSTEM_REASONS,
    NotReadyReason,
)
from crm.schemas.presence import PresenceState

State = PresenceState
"""What the agent is doing, as the back office and the wallboard see it (the contract's states; only the
board shows ``DISCONNECTED``)."""

STATE_LABELS: dict[State, Msg] = {
    State.LOGGED_OUT: QT_TRANSLATE_NOOP("Presence", "Logged out"),
    State.READY: QT_TRANSLATE_NOOP("Presence", "Ready"),
    State.NOT_READY: QT_TRANSLATE_NOOP("Presence", "Not ready"),
    State.RINGING: QT_TRANSLATE_NOOP("Presence", "Ringing"),
    State.ON_CALL: QT_TRANSLATE_NOOP("Presence", "On call"),
    State.ON_HOLD: QT_TRANSLATE_NOOP("Presence", "On hold"),
    State.WRAP_UP: QT_TRANSLATE_NOOP("Presence", "Wrap-up"),
    State.DISCONNECTED: QT_TRANSLATE_NOOP("Presence", "Disconnected"),
}


@dataclass(frozen=True)
class Reason:
    """Why an agent is Not ready. ``system`` reasons are set by the desktop, never chosen by hand."""

    code: str
    label: Msg | str
    """A built-in reason's translatable name, or the name configured for it."""
    max_seconds: int | None = None
    system: bool = False


SYSTEM: tuple[Reason, ...] = tuple(Reason(code, BUILT_IN_NAMES[code], system=True) for code in SYSTEM_REASONS)


def reasons_of(configured: Iterable[NotReadyReason]) -> tuple[Reason, ...]:
    """The configured reasons (setting ``presence.not_ready_reasons``) and the desktop's own."""
    return (*(Reason(r.id, r.label, r.max_seconds) for r in configured), *SYSTEM)


DEFAULT_REASONS: tuple[Reason, ...] = reasons_of(DEFAULT_NOT_READY_REASONS)
"""The reasons of the default settings (the configured ones are passed in where they matter)."""


@dataclass(frozen=True)
class WrapUpPolicy:
    """How long wrap-up may last, whether it can be extended once, and where it leads when it runs out.

    ``limit_seconds`` None: no limit (wrap-up ends when the agent submits it). ``then_ready`` False: an
    expired wrap-up makes the agent Not ready (reason :data:`AFTER_WRAP_UP`) instead of Ready.
    """

    limit_seconds: int | None = 120
    extend_seconds: int = 60
    then_ready: bool = True


@dataclass(frozen=True)
class Presence:
    """One presence change: the state, its reason, when (wall clock, epoch seconds) and its sequence.

    ``seq`` grows by one with every change of one desktop session and continues across restarts (the
    caller passes the last one sent), so the back office can replay an offline period in order.
    """

    seq: int
    state: State
    reason: str | None
    at: float


__all__ = [
    "AFTER_WRAP_UP",
    "AWAY",
    "DEFAULT_REASONS",
    "HEADSET",
    "PHONE_UNAVAILABLE",
    "STATE_LABELS",
    "Presence",
    "Reason",
    "State",
    "WrapUpPolicy",
    "reasons_of",
]
