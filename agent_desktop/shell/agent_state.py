"""The agent's availability: Ready, Not ready, Break, Wrap-up.

Features read it (``ctx.services["agent_state"]``): e.g. only a Ready agent's phone rings; the screen-pop
feature moves a Ready agent to Wrap-up when an answered call ends and back to Ready when its wrap-up is
submitted (a state chosen by hand meanwhile is kept); the shell shows it and lets the agent change it.

A feature whose failure means the agent cannot take calls (the phone) :meth:`~AgentState.block`\\ s
Ready with a reason: a Ready agent goes Not ready with that reason, a request for Ready is refused
(:attr:`~AgentState.sig_refused`), and the agent is Ready again once every block is lifted, unless
they chose another state meanwhile.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from agent_desktop.shell.i18n import translate_msg
from crm.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

READY = "ready"
NOT_READY = "not_ready"
BREAK = "break"
WRAP_UP = "wrap_up"

STATES = (READY, NOT_READY, BREAK, WRAP_UP)
LABELS = {
    READY: QT_TRANSLATE_NOOP("AgentState", "Ready"),
    NOT_READY: QT_TRANSLATE_NOOP("AgentState", "Not ready"),
    BREAK: QT_TRANSLATE_NOOP("AgentState", "Break"),
    WRAP_UP: QT_TRANSLATE_NOOP("AgentState", "Wrap-up"),
}
LEVELS = {READY: "ok", NOT_READY: "off", BREAK: "warn", WRAP_UP: "warn"}
WITH_REASON = QT_TRANSLATE_NOOP("AgentState", "{0} ({1})")
"""A state's label with its reason, e.g. "Not ready (phone unavailable)"."""
READY_REFUSED = QT_TRANSLATE_NOOP(
    "AgentState", "You cannot be Ready now: {0}. You will be Ready again as soon as this is solved."
)
"""What the agent is told when a request for Ready is refused (``{0}``: the reason)."""


class AgentState(QObject):
    """The current state and since when; changing it emits :attr:`sig_state_changed`."""

    sig_state_changed = Signal(str)
    """The agent's state changed (carries the new state name, e.g. "ready")."""
    sig_reason_changed = Signal(str)
    """Why the agent is Not ready changed (a translatable message; "" when there is none)."""
    sig_refused = Signal(str, str)
    """A request for a state was refused: the state asked for and why (a translatable message)."""
    sig_blocks_changed = Signal()
    """Something started or stopped keeping the agent from being Ready (:attr:`blocks`)."""

    def __init__(self, initial: str = NOT_READY, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = initial
        self.since = datetime.now()
        self._blocks: dict[str, str] = {}  # who blocks Ready -> why, in the order they came
        self._resume: str | None = None  # the state to return to once nothing blocks Ready
        self._reason = ""

    @property
    def state(self) -> str:
        return self._state

    @property
    def reason(self) -> str:
        """Why the agent is in this state when something else decided it (e.g. "phone unavailable"), else ""."""
        return self._reason

    @property
    def blocks(self) -> tuple[str, ...]:
        """Who keeps the agent from being Ready (e.g. "phone"), in the order they came."""
        return tuple(self._blocks)

    @property
    def blocked(self) -> bool:
        """Whether something keeps the agent from being Ready."""
        return bool(self._blocks)

    def set_state(self, state: str) -> bool:
        """Move to ``state`` (one of :data:`STATES`); no signal when it is already the state.

        Returns False when refused: Ready while something :meth:`block`\\ s it. The agent then goes
        Not ready (if not already) and becomes Ready once the block is lifted; :attr:`sig_refused` says why.
        """
        if state not in STATES:
            raise ValueError(f"unknown agent state {state!r}")
        if state == READY and self._blocks:
            reason = next(iter(self._blocks.values()))
            logger.info("agent state: Ready refused (%s)", reason)
            self._resume = READY
            self._move(NOT_READY)
            self.sig_refused.emit(state, reason)
            return False
        if self._blocks and state != self._state:
            self._resume = None  # chosen by hand while blocked: kept when the block is lifted
        self._move(state)
        return True

    def block(self, key: str, reason: str) -> None:
        """``key`` (e.g. "phone") cannot work, so the agent must not be Ready: a Ready agent goes Not
        ready with ``reason`` (a translatable message) and Ready is refused until :meth:`unblock`."""
        if self._blocks.get(key) == reason:
            return
        logger.info("agent state: Ready blocked by %s (%s)", key, reason)
        self._blocks[key] = reason
        if self._state == READY:
            self._resume = READY
            self._move(NOT_READY)
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
                self._move(resume)
        self._update_reason()
        self.sig_blocks_changed.emit()

    def _move(self, state: str) -> None:
        if state == self._state:
            return
        logger.info("agent state: %s -> %s", self._state, state)
        self._state = state
        self.since = datetime.now()
        self._update_reason()
        self.sig_state_changed.emit(state)

    def _update_reason(self) -> None:
        reason = next(iter(self._blocks.values())) if self._blocks and self._state == NOT_READY else ""
        if reason != self._reason:
            self._reason = reason
            self.sig_reason_changed.emit(reason)


def state_label(model: AgentState, state: str) -> str:
    """``state``'s label in the current language; the current state's with its reason, if any."""
    label = translate_msg(LABELS[state])
    if state == model.state and model.reason:
        return translate_msg(WITH_REASON).format(label, translate_msg(model.reason))
    return label
