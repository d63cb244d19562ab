"""The agent's availability: Ready, Not ready, Break, Wrap-up.

Features read it (``ctx.services["agent_state"]``): e.g. only a Ready agent's phone rings; the screen-pop
feature moves a Ready agent to Wrap-up when an answered call ends and back to Ready when its wrap-up is
submitted (a state chosen by hand meanwhile is kept); the shell shows it and lets the agent change it.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, Signal

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


class AgentState(QObject):
    """The current state and since when; changing it emits :attr:`sig_state_changed`."""

    sig_state_changed = Signal(str)
    """The agent's state changed (carries the new state name, e.g. "ready")."""

    def __init__(self, initial: str = NOT_READY, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = initial
        self.since = datetime.now()

    @property
    def state(self) -> str:
        return self._state

    def set_state(self, state: str) -> None:
        """Move to ``state`` (one of :data:`STATES`); no signal when it is already the state."""
        if state not in STATES:
            raise ValueError(f"unknown agent state {state!r}")
        if state == self._state:
            return
        logger.info("agent state: %s -> %s", self._state, state)
        self._state = state
        self.since = datetime.now()
        self.sig_state_changed.emit(state)
