"""What listen / whisper / barge offers the other features (the wallboard's context menu)."""

from __future__ import annotations

from typing import Protocol

from agent_desktop.features.monitor.core.dial import MonitoredAgent
from agent_desktop.features.monitor.core.modes import Mode
from agent_desktop.shell.services import ServiceKey

__all__ = ["MONITOR", "Mode", "MonitorApi", "MonitoredAgent"]


class MonitorApi(Protocol):
    """Join an agent's live call from the supervisor's phone (provided as :data:`MONITOR`).

    Each call dials the PBX's feature code for the mode (settings ``monitor.*_dial``) and returns the
    phone's call id, or None when it was refused (not a supervisor, no phone, a dial string that
    cannot be dialled); the status bar says how it went either way."""

    def may_monitor(self) -> bool:
        """Whether the signed-in user may (a supervisor or an administrator): show the entries or not."""

    def listen(self, agent: MonitoredAgent) -> int | None:
        """Silent monitoring: nobody hears the supervisor."""

    def whisper(self, agent: MonitoredAgent) -> int | None:
        """The agent hears the supervisor, the customer does not."""

    def barge(self, agent: MonitoredAgent) -> int | None:
        """The supervisor joins the call: agent and customer hear them."""

    def monitor(self, mode: Mode, agent: MonitoredAgent) -> int | None:
        """``listen``, ``whisper`` or ``barge`` by ``mode``."""


MONITOR: ServiceKey[MonitorApi] = ServiceKey("monitor")
