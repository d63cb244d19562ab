"""What the agent sees of the calls: the lines, which one rings, which one is current.

Fed with engine events (on the GUI side, by the Qt adapter), and told which call the agent acted on
last (:meth:`CallBoard.touch`); plain Python so it is easy to test.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from softphone.engine.events import CallChanged, CallState, CommandFailed, IncomingCall

logger = logging.getLogger(__name__)

_ATTEMPTS = (CallState.DIALING, CallState.EARLY, CallState.CONNECTING)
_MAX_TOUCHED = 16
"""Touched call ids kept (more than there can be lines: a refused or lost dial must not pile up)."""


@dataclass
class Line:
    """One call on a line button."""

    call_id: int
    direction: str
    number: str
    display: str
    state: CallState
    connected_at: float | None = None
    name: str = ""
    """The party's name as the CRM knows it (:meth:`CallBoard.set_name`); shown before the SIP display name."""
    hold_s: float = 0.0
    """Time on hold in the finished hold spans."""
    held_since: float | None = None
    """When the hold now running began (``time.monotonic()``; None while not held)."""

    def hold_seconds(self, now: float) -> float:
        """Time on hold up to ``now``, the hold now running included."""
        return self.hold_s + (max(0.0, now - self.held_since) if self.held_since is not None else 0.0)

    def talk_seconds(self, now: float) -> float:
        """Talk time up to ``now`` as the KPIs count it: connected and not on hold (0 before the answer)."""
        if self.connected_at is None:
            return 0.0
        return max(0.0, now - self.connected_at - self.hold_seconds(now))


class CallBoard:
    """Lines in the order the calls appeared; ended calls leave their line.

    The call in focus (:meth:`current`, what Hang up, Hold and Transfer act on) is the answered call the
    agent is talking on; else the line the agent touched last (dialled, answered, held or resumed, or
    clicked on its line button); else the newest attempt being dialled; else a held or ringing call.
    """

    def __init__(self) -> None:
        self.lines: dict[int, Line] = {}
        self.muted = False
        self._touched: list[int] = []  # call ids the agent acted on, the latest last

    def apply(self, event: object) -> Line | None:
        """Update from an engine event; returns the line it touched."""
        if isinstance(event, IncomingCall):
            ringing = Line(event.call_id, "in", event.caller_number, event.remote_display, CallState.RINGING)
            self.lines[event.call_id] = ringing
            return ringing
        if isinstance(event, CommandFailed) and event.command == "dial" and event.call_id not in self.lines:
            self._forget(event.call_id)  # a dial that never became a call (refused: every line taken)
            return None
        if not isinstance(event, CallChanged):
            return None
        self.muted = event.muted
        now = time.monotonic()
        if event.state == CallState.DISCONNECTED:
            self._forget(event.call_id)
            ended = self.lines.pop(event.call_id, None)
            if ended is not None:
                ended.hold_s, ended.held_since = ended.hold_seconds(now), None  # a hang-up ends the hold
            return ended
        line = self.lines.get(event.call_id)
        if line is None:
            line = Line(event.call_id, event.direction, event.caller_number, "", event.state)
            self.lines[event.call_id] = line
        if event.state == CallState.HELD and line.held_since is None:
            line.held_since = now
        elif event.state != CallState.HELD and line.held_since is not None:
            line.hold_s, line.held_since = line.hold_seconds(now), None
        line.state = event.state
        line.connected_at = event.connected_at or line.connected_at
        return line

    def set_name(self, call_id: int, name: str) -> bool:
        """The customer on this call is known by ``name`` (from the CRM); False when the call has no line
        (it ended meanwhile) or already shows that name."""
        line = self.lines.get(call_id)
        if line is None or line.name == name:
            return False
        line.name = name
        return True

    def touch(self, call_id: int) -> None:
        """The agent acted on this call (it may not be on the board yet: a dial's first event is still to
        come); it is in focus unless an answered call is talking."""
        self._forget(call_id)
        self._touched.append(call_id)
        del self._touched[:-_MAX_TOUCHED]

    def clear(self) -> None:
        """Forget every line (a new engine)."""
        self.lines.clear()
        self._touched.clear()

    def _forget(self, call_id: int | None) -> None:
        if call_id in self._touched:
            self._touched.remove(call_id)

    def _touched_last(self, lines: list[Line]) -> Line | None:
        """Of ``lines``, the one the agent touched last (None: none of them was touched)."""
        by_id = {line.call_id: line for line in lines}
        return next((by_id[call_id] for call_id in reversed(self._touched) if call_id in by_id), None)

    def _focused(self, lines: list[Line]) -> Line | None:
        """Of ``lines`` (in arrival order): the one touched last, else the newest."""
        return self._touched_last(lines) or (lines[-1] if lines else None)

    def ringing(self) -> Line | None:
        """The oldest incoming call still ringing."""
        return next(
            (line for line in self.lines.values() if line.direction == "in" and line.state == CallState.RINGING), None
        )

    def active(self) -> Line | None:
        """The call the agent is talking on; else the attempt being dialled or connected they touched
        last, else the newest such attempt."""
        talking = self._focused([line for line in self.lines.values() if line.state == CallState.ACTIVE])
        return talking or self._focused([line for line in self.lines.values() if line.state in _ATTEMPTS])

    def current(self) -> Line | None:
        """What call controls act on: the call the agent is talking on, else the line they touched last,
        else the newest attempt being dialled, else a held call, else the ringing one."""
        talking = self._focused([line for line in self.lines.values() if line.state == CallState.ACTIVE])
        if talking is not None:
            return talking
        held = self._focused([line for line in self.lines.values() if line.state == CallState.HELD])
        return self._touched_last(list(self.lines.values())) or self.active() or held or self.ringing()

    def others(self, call_id: int) -> list[Line]:
        return [line for line in self.lines.values() if line.call_id != call_id]
