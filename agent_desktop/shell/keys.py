"""The services the shell itself offers to features."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agent_desktop.shell.services import ServiceKey

if TYPE_CHECKING:
    from agent_desktop.shell.agent_state import AgentState
    from agent_desktop.shell.due_alerts import DueAlerts
    from agent_desktop.shell.quit_guards import QuitGuards
    from agent_desktop.shell.tray import Tray

AGENT_STATE: ServiceKey[AgentState] = ServiceKey("agent_state")
"""The agent's availability (Ready, Not ready, Break, Wrap-up); always there."""
TRAY: ServiceKey[Tray] = ServiceKey("tray")
"""The tray icon; absent on desktops without a system tray."""
DUE_ALERTS: ServiceKey[DueAlerts] = ServiceKey("due_alerts")
"""Tells the agent that items fell due (tray message, tab badge, sound, taskbar); always there."""
QUIT_GUARDS: ServiceKey[QuitGuards] = ServiceKey("quit_guards")
"""What quitting would lose asks first (see :mod:`agent_desktop.shell.quit_guards`); always there."""
