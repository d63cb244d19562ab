"""What the agent sees of the calls: the lines, which one rings, which one is current.

Fed with engine events (on the GUI side, by the Qt adapter); plain Python so it is easy to test.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from softphone.engine.events import CallChanged, CallState, IncomingCall

logger = logging.getLogger(__name__)


@dataclass
class Line:
    """One call on a line button."""

    call_id: int
    direction: str
    number: str
    display: str
    state: CallState
    connected_at: float | None = None


class CallBoard:
    """Lines in the order the calls appeared; ended calls leave their line."""

    def __init__(self) -> None:
        self.lines: dict[int, Line] = {}
        self.muted = False

    def apply(self, event: object) -> Line | None:
        """Update from an engine event; returns the line it touched."""
        if isinstance(event, IncomingCall):
            ringing = Line(event.call_id, "in", event.caller_number, event.remote_display, CallState.RINGING)
            self.lines[event.call_id] = ringing
            return ringing
        if not isinstance(event, CallChanged):
            return None
        self.muted = event.muted
        if event.state == CallState.DISCONNECTED:
            return self.lines.pop(event.call_id, None)
        line = self.lines.get(event.call_id)
        if line is None:
            line = Line(event.call_id, event.direction, event.caller_number, "", event.state)
            self.lines[event.call_id] = line
        line.state = event.state
        line.connected_at = event.connected_at or line.connected_at
        return line

    def ringing(self) -> Line | None:
        """The oldest incoming call still ringing."""
        return next(
            (line for line in self.lines.values() if line.direction == "in" and line.state == CallState.RINGING), None
        )

    def active(self) -> Line | None:
        """The call the agent is talking on (or dialling)."""
        talking = (CallState.ACTIVE, CallState.DIALING, CallState.EARLY, CallState.CONNECTING)
        return next((line for line in self.lines.values() if line.state in talking), None)

    def current(self) -> Line | None:
        """What call controls act on: the active call, else a held one, else a ringing one."""
        held = next((line for line in self.lines.values() if line.state == CallState.HELD), None)
        return self.active() or held or self.ringing()

    def others(self, call_id: int) -> list[Line]:
        return [line for line in self.lines.values() if line.call_id != call_id]
