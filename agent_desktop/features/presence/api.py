"""What presence offers the other features: the agents' states, their translatable labels, the
Not-ready reasons (with their maximum times: :func:`reasons_of` the setting ``presence.not_ready_reasons``)
and the wrap-up policy. Plain data, no Qt."""

from __future__ import annotations

from typing import Protocol

from agent_desktop.features.presence.core.machine import PresenceMachine
from agent_desktop.features.presence.core.states import (
    DEFAULT_REASONS,
    STATE_LABELS,
    Reason,
    State,
    WrapUpPolicy,
    reasons_of,
)
from agent_desktop.shell.services import ServiceKey

__all__ = [
    "DEFAULT_REASONS",
    "PRESENCE",
    "PresenceApi",
    "STATE_LABELS",
    "Reason",
    "State",
    "WrapUpPolicy",
    "reasons_of",
]


class PresenceApi(Protocol):
    """The agent's own presence (``machine.current``: state, reason, since) and the wrap-up limit."""

    machine: PresenceMachine

    def extend_wrap_up(self) -> None: ...


PRESENCE: ServiceKey[PresenceApi] = ServiceKey("presence")
