"""What the wallboard calls things: state and reason labels (translatable), the order of severity and
the tone each state is coloured in. Plain data, no Qt."""

from __future__ import annotations

from enum import StrEnum

from agent_desktop.features.presence.api import DEFAULT_REASONS, STATE_LABELS, Reason
from crm.i18n import QT_TRANSLATE_NOOP, Msg
from crm.schemas.presence import CallDirection, PresenceState

LABELS: dict[PresenceState, Msg] = STATE_LABELS
"""Every state the board can show, with its label."""

DIRECTIONS: dict[CallDirection, Msg] = {
    CallDirection.INBOUND: QT_TRANSLATE_NOOP("Wallboard", "Inbound"),
    CallDirection.OUTBOUND: QT_TRANSLATE_NOOP("Wallboard", "Outbound"),
}

SEVERITY: dict[PresenceState, int] = {
    state: rank
    for rank, state in enumerate(
        (
            PresenceState.DISCONNECTED,
            PresenceState.WRAP_UP,
            PresenceState.NOT_READY,
            PresenceState.ON_HOLD,
            PresenceState.RINGING,
            PresenceState.ON_CALL,
            PresenceState.READY,
            PresenceState.LOGGED_OUT,
        )
    )
}
"""Sort order of the board: what needs a supervisor's eye first (lower is more severe)."""


class Stuck(StrEnum):
    """Why an agent stands out in red (or dark, when disconnected)."""

    WRAP_UP = "wrap_up"
    """In wrap-up longer than the limit."""
    OVER_REASON = "over_reason"
    """Not ready longer than the reason's maximum time."""
    DISCONNECTED = "disconnected"
    """The desktop has not been heard from within the heartbeat timeout."""


STUCK_LABELS: dict[Stuck, Msg] = {
    Stuck.WRAP_UP: QT_TRANSLATE_NOOP("Wallboard", "In wrap-up longer than %1"),
    Stuck.OVER_REASON: QT_TRANSLATE_NOOP("Wallboard", "Not ready (%2) longer than %1"),
    Stuck.DISCONNECTED: QT_TRANSLATE_NOOP("Wallboard", "Desktop not heard from: disconnected"),
}
"""Tooltips of a stuck agent's state (``%1``: the limit as mm:ss, ``%2``: the reason)."""


class Tone(StrEnum):
    """The colour a state cell is painted in (the widget picks the actual colours)."""

    NONE = "none"
    READY = "ready"
    BUSY = "busy"
    WRAP_UP = "wrap_up"
    NOT_READY = "not_ready"
    STUCK = "stuck"
    DISCONNECTED = "disconnected"


TONES: dict[PresenceState, Tone] = {
    PresenceState.READY: Tone.READY,
    PresenceState.RINGING: Tone.BUSY,
    PresenceState.ON_CALL: Tone.BUSY,
    PresenceState.ON_HOLD: Tone.BUSY,
    PresenceState.WRAP_UP: Tone.WRAP_UP,
    PresenceState.NOT_READY: Tone.NOT_READY,
    PresenceState.DISCONNECTED: Tone.DISCONNECTED,
    PresenceState.LOGGED_OUT: Tone.NONE,
}


def tone(state: PresenceState, stuck: Stuck | None) -> Tone:
    """The colour of a state cell: red when stuck (dark when disconnected), else the state's own."""
    if stuck is not None and stuck is not Stuck.DISCONNECTED:
        return Tone.STUCK
    return TONES[state]


def reasons_by_code(reasons: tuple[Reason, ...] = DEFAULT_REASONS) -> dict[str, Reason]:
    return {reason.code: reason for reason in reasons}


def format_duration(seconds: float) -> str:
    """``mm:ss`` (``h:mm:ss`` from an hour on); negative times read 00:00."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


__all__ = [
    "DIRECTIONS",
    "LABELS",
    "SEVERITY",
    "STUCK_LABELS",
    "TONES",
    "Stuck",
    "Tone",
    "format_duration",
    "reasons_by_code",
    "tone",
]
