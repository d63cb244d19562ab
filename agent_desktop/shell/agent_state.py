"""The agent's availability: Ready, Not ready (with one of the configured reasons), Wrap-up; and what the
phone has them doing meanwhile (Ringing, On call, On hold).

Features read it (``ctx.services.get(AGENT_STATE)``): e.g. only a Ready agent's phone rings; the
screen-pop feature moves a Ready agent to Wrap-up when an answered call ends and back to Ready when its
wrap-up is submitted (a state chosen by hand meanwhile is kept); the shell shows it and lets the agent
change it.

Not-ready reasons are the setting ``presence.not_ready_reasons`` (:mod:`crm.presence_reasons`):
the shell offers exactly those (:meth:`AgentState.set_reasons` follows a change live); the desktop's own
reasons (phone unavailable, away, headset, wrap-up ran out) are accepted from features, never offered.

A feature whose failure means the agent cannot take calls (the phone) :meth:`~AgentState.block`\\ s
Ready with a reason: a Ready agent goes Not ready with that reason, a request for Ready is refused
(:attr:`~AgentState.sig_refused`), and the agent is Ready again once every block is lifted, unless
they chose another state meanwhile.

The feature that follows the phone (presence) says what the agent is busy with
(:meth:`~AgentState.set_activity`: ringing, on call, on hold; and the wrap-up's countdown): the status bar
shows that instead of the state chosen, which takes effect when the call is over.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from agent_desktop.shell.i18n import translate_msg
from crm.i18n import QT_TRANSLATE_NOOP
from crm.reason_names import SYSTEM_REASONS, reason_label

if TYPE_CHECKING:
    from crm.presence_reasons import NotReadyReason

logger = logging.getLogger(__name__)

READY = "ready"
NOT_READY = "not_ready"
WRAP_UP = "wrap_up"
RINGING = "ringing"
ON_CALL = "on_call"
ON_HOLD = "on_hold"

STATES = (READY, NOT_READY, WRAP_UP)
"""What the agent chooses (or the desktop sets for them)."""
ACTIVITIES = (RINGING, ON_CALL, ON_HOLD)
"""What the phone has the agent doing, whatever they chose (:meth:`AgentState.set_activity`)."""
LABELS = {
    READY: QT_TRANSLATE_NOOP("AgentState", "Ready"),
    NOT_READY: QT_TRANSLATE_NOOP("AgentState", "Not ready"),
    WRAP_UP: QT_TRANSLATE_NOOP("AgentState", "Wrap-up"),
    RINGING: QT_TRANSLATE_NOOP("AgentState", "Ringing"),
    ON_CALL: QT_TRANSLATE_NOOP("AgentState", "On call"),
    ON_HOLD: QT_TRANSLATE_NOOP("AgentState", "On hold"),
}
LEVELS = {READY: "ok", NOT_READY: "off", WRAP_UP: "warn", RINGING: "warn", ON_CALL: "busy", ON_HOLD: "busy"}
WITH_REASON = QT_TRANSLATE_NOOP("AgentState", "{0} ({1})")
"""A state's label with its reason, e.g. "Not ready (phone unavailable)"."""
AFTER_CALL = QT_TRANSLATE_NOOP("AgentState", "{0}, after this call")
"""A choice offered while the phone keeps the agent busy: it takes effect when the call is over."""
READY_REFUSED = QT_TRANSLATE_NOOP(
    "AgentState", "You cannot be Ready now: {0}. You will be Ready again as soon as this is solved."
)
"""What the agent is told when a request for Ready is refused (``{0}``: the reason)."""

Choice = tuple[str, str | None]
"""A state the agent can pick: (state, Not-ready reason id or None)."""
Detail = str | Callable[[], str]
"""Text after the activity (e.g. the wrap-up's countdown): a string or a function giving it translated."""


class AgentState(QObject):
    """The current state (with its Not-ready reason) and since when; changing it emits
    :attr:`sig_state_changed`."""

    sig_state_changed = Signal(str)
    """The agent's state changed, or its Not-ready reason did (carries the state name, e.g. "ready")."""
    sig_reason_changed = Signal(str)
    """Why the agent is Not ready changed (a translatable message or a configured name; "" when none)."""
    sig_refused = Signal(str, str)
    """A request for a state was refused: the state asked for and why (a translatable message)."""
    sig_blocks_changed = Signal()
    """Something started or stopped keeping the agent from being Ready (:attr:`blocks`)."""
    sig_reasons_changed = Signal()
    """The Not-ready reasons the agent may pick changed (:attr:`reasons`)."""
    sig_activity_changed = Signal()
    """What the phone has the agent doing changed (:attr:`activity`, :attr:`detail`)."""

    def __init__(
        self,
        initial: str = NOT_READY,
        parent: QObject | None = None,
        reasons: Sequence[NotReadyReason] | None = None,
    ) -> None:
        """``reasons``: the Not-ready reasons offered; None: the product's defaults (pydantic's models:
        the shell passes none before its window and the configured ones after the first paint)."""
        super().__init__(parent)
        if reasons is None:
            from crm.presence_reasons import DEFAULT_NOT_READY_REASONS

            reasons = DEFAULT_NOT_READY_REASONS
        self._state = initial
        self._chosen_reason: str | None = None
        self._reasons = tuple(reasons)
        self.since = datetime.now()
        self._blocks: dict[str, str] = {}  # who blocks Ready -> why, in the order they came
        self._resume: Choice | None = None  # the state to return to once nothing blocks Ready
        self._reason = ""
        self._activity = ""
        self._detail: Detail = ""
        self.urgent = False
        """The :attr:`detail` asks for attention (the wrap-up is about to run out)."""

    @property
    def state(self) -> str:
        return self._state

    @property
    def not_ready_reason(self) -> str | None:
        """The id of the reason the agent (or the desktop) gave for being Not ready, None without one."""
        return self._chosen_reason if self._state == NOT_READY else None

    @property
    def reason(self) -> str:
        """Why the agent is Not ready: what blocks Ready (e.g. "phone unavailable"), else the reason's
        name (a translatable message or a configured name), else ""."""
        return self._reason

    @property
    def reasons(self) -> tuple[NotReadyReason, ...]:
        """The Not-ready reasons the agent may pick (the setting ``presence.not_ready_reasons``)."""
        return self._reasons

    @property
    def choices(self) -> list[Choice]:
        """What the agent may pick, in order: Ready, Not ready, Not ready with each reason, Wrap-up."""
        return [(READY, None), (NOT_READY, None), *((NOT_READY, r.id) for r in self._reasons), (WRAP_UP, None)]

    @property
    def choice(self) -> Choice:
        return self._state, self.not_ready_reason

    @property
    def blocks(self) -> tuple[str, ...]:
        """Who keeps the agent from being Ready (e.g. "phone"), in the order they came."""
        return tuple(self._blocks)

    @property
    def blocked(self) -> bool:
        """Whether something keeps the agent from being Ready."""
        return bool(self._blocks)

    @property
    def activity(self) -> str:
        """What the phone has the agent doing (one of :data:`ACTIVITIES`), "" when nothing."""
        return self._activity

    @property
    def detail(self) -> str:
        """The text shown after the state (the wrap-up's countdown), translated; "" when none."""
        return self._detail() if callable(self._detail) else self._detail

    def max_seconds(self) -> int | None:
        """How long the agent may stay Not ready with the reason they picked (None: no limit)."""
        if self._state != NOT_READY or self._blocks or self._chosen_reason is None:
            return None
        reason = next((r for r in self._reasons if r.id == self._chosen_reason), None)
        return reason.max_seconds if reason is not None else None

    def seconds_in_state(self) -> float:
        return max(0.0, (datetime.now() - self.since).total_seconds())

    def over_maximum(self) -> bool:
        """Not ready longer than the picked reason's maximum time."""
        limit = self.max_seconds()
        return limit is not None and self.seconds_in_state() > limit

    def set_reasons(self, reasons: Sequence[NotReadyReason]) -> None:
        """The configured reasons changed: offer these; a reason no longer listed is dropped from the
        agent's state (they stay Not ready, without a reason)."""
        reasons = tuple(reasons)
        if reasons == self._reasons:
            return
        self._reasons = reasons
        known = {r.id for r in reasons} | set(SYSTEM_REASONS)
        if self._chosen_reason is not None and self._chosen_reason not in known:
            self._chosen_reason = None
            if self._state == NOT_READY:
                self.since = datetime.now()
                self._update_reason()
                self.sig_state_changed.emit(self._state)
        self._update_reason()
        self.sig_reasons_changed.emit()

    def set_state(self, state: str, reason: str | None = None) -> bool:
        """Move to ``state`` (one of :data:`STATES`; ``reason``: a Not-ready reason's id, a configured
        or a system one); no signal when it is already the state.

        Returns False when refused: Ready while something :meth:`block`\\ s it. The agent then goes
        Not ready (if not already) and becomes Ready once the block is lifted; :attr:`sig_refused` says why.
        """
        if state not in STATES:
            raise ValueError(f"unknown agent state {state!r}")
        if state != NOT_READY:
            reason = None
        elif reason is not None and reason not in SYSTEM_REASONS and all(r.id != reason for r in self._reasons):
            raise ValueError(f"unknown Not-ready reason {reason!r}")
        if state == READY and self._blocks:
            why = next(iter(self._blocks.values()))
            logger.info("agent state: Ready refused (%s)", why)
            self._resume = (READY, None)
            self._move(NOT_READY, self._chosen_reason if self._state == NOT_READY else None)
            self.sig_refused.emit(state, why)
            return False
        if self._blocks and (state, reason) != self.choice:
            self._resume = None  # chosen by hand while blocked: kept when the block is lifted
        self._move(state, reason)
        return True

    def block(self, key: str, reason: str) -> None:
        """``key`` (e.g. "phone") cannot work, so the agent must not be Ready: a Ready agent goes Not
        ready with ``reason`` (a translatable message) and Ready is refused until :meth:`unblock`."""
        if self._blocks.get(key) == reason:
            return
        logger.info("agent state: Ready blocked by %s (%s)", key, reason)
        self._blocks[key] = reason
        if self._state == READY:
            self._resume = (READY, None)
            self._move(NOT_READY, None)
        self._update_reason()
        self.sig_blocks_changed.emit()

    def unblock(self, key: str) -> None:
        """``key`` works again; with no block left the agent returns to the state the blocks took
        them from (unless they chose another state meanwhile)."""
        if self._blocks.pop(key, None) is None:
            return
        logger.info("agent state: Ready no longer blocked by %s", key)
        if not self._blocks:
            resume, self._resume = self._resume, None
            if resume is not None and self._state == NOT_READY:
                self._move(*resume)
        self._update_reason()
        self.sig_blocks_changed.emit()

    def set_activity(self, activity: str = "", detail: Detail = "", urgent: bool = False) -> None:
        """What the phone has the agent doing (one of :data:`ACTIVITIES`, "" when nothing) and a text
        shown after the state (e.g. the wrap-up's countdown; ``urgent`` when it is about to run out)."""
        if activity and activity not in ACTIVITIES:
            raise ValueError(f"unknown activity {activity!r}")
        if (activity, detail, urgent) == (self._activity, self._detail, self.urgent):
            return
        self._activity, self._detail, self.urgent = activity, detail, urgent
        self.sig_activity_changed.emit()

    def _move(self, state: str, reason: str | None) -> None:
        if (state, reason) == (self._state, self._chosen_reason if self._state == NOT_READY else None):
            return
        logger.info("agent state: %s -> %s %s", self._state, state, reason or "")
        self._state = state
        self._chosen_reason = reason
        self.since = datetime.now()
        self._update_reason()
        self.sig_state_changed.emit(state)

    def _update_reason(self) -> None:
        reason: str = ""
        if self._state == NOT_READY:
            if self._blocks:
                reason = next(iter(self._blocks.values()))
            elif self._chosen_reason is not None:
                reason = reason_label(self._reasons, self._chosen_reason)
        if reason != self._reason or type(reason) is not type(self._reason):
            self._reason = reason
            self.sig_reason_changed.emit(reason)


def choice_key(choice: Choice) -> str:
    """A choice as one string: "ready", "not_ready", "not_ready:break", "wrap_up"."""
    state, reason = choice
    return f"{state}:{reason}" if reason else state


def key_choice(key: str) -> Choice:
    """The inverse of :func:`choice_key`."""
    state, _, reason = key.partition(":")
    return state, reason or None


def choice_label(model: AgentState, choice: Choice) -> str:
    """What the selector and the Call menu call ``choice`` in the current language ("Not ready (Break)")."""
    state, reason = choice
    label = translate_msg(LABELS[state])
    if reason is not None:
        return translate_msg(WITH_REASON).format(label, translate_msg(reason_label(model.reasons, reason)))
    return label


def state_label(model: AgentState, state: str) -> str:
    """``state``'s label in the current language; the current state's with its reason, if any."""
    label = translate_msg(LABELS[state])
    if state == model.state and model.reason:
        return translate_msg(WITH_REASON).format(label, translate_msg(model.reason))
    return label


def shown_label(model: AgentState) -> str:
    """What the agent is doing, as the status bar says it: the phone's activity when there is one
    (On call), else the state with its reason; with the detail after it (the wrap-up's countdown)."""
    label = translate_msg(LABELS[model.activity]) if model.activity else state_label(model, model.state)
    detail = model.detail
    return translate_msg(WITH_REASON).format(label, detail) if detail else label
