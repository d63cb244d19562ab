"""What presence offers the other features: the agents' states, their translatable labels, the
Not-ready reasons (with their maximum times: :func:`reasons_of` the setting ``presence.not_ready_reasons``)
and the wrap-up policy. Plain data, no Qt.

The states come from the CRM contract (pydantic): every feature's spec imports this module before the
window is shown, so the key is defined here and the states' names are loaded on first use (issue 23:
start-up), not at import.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Protocol

from agent_desktop.shell.services import ServiceKey

if TYPE_CHECKING:
    from agent_desktop.features.presence.core.machine import PresenceMachine
    from agent_desktop.features.presence.core.states import (
        DEFAULT_REASONS,
        STATE_LABELS,
        Reason,
        State,
        WrapUpPolicy,
        reasons_of,
    )

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

_FROM_STATES = frozenset({"DEFAULT_REASONS", "STATE_LABELS", "Reason", "State", "WrapUpPolicy", "reasons_of"})


def __getattr__(name: str) -> Any:
    """The states' names, imported with the contract when a feature first asks for one."""
    if name in _FROM_STATES:
        value = getattr(importlib.import_module("agent_desktop.features.presence.core.states"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class PresenceApi(Protocol):
    """The agent's own presence (``machine.current``: state, reason, since) and the wrap-up limit."""

    machine: PresenceMachine

    def extend_wrap_up(self) -> None: ...


PRESENCE: ServiceKey[PresenceApi] = ServiceKey("presence")
