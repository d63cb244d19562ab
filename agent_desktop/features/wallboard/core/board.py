"""The board: every agent's line as the back office last told it, kept current from one snapshot
(``GET /presence/board``) and then deltas: the live events (``presence``, one agent's line, and
``agent_day``, one agent's calls of the day) or, without them, the long poll (``GET /presence/watch``).
No Qt.

A line moves on only to a higher sequence (the agent's monotonic one), so an old answer or event that
arrives late changes nothing; figures of the day move on only to a later count (their ``at``), so a
snapshot read before a call was logged does not undo the event that followed it.

Time in state is counted on the server's clock: each answer carries ``server_time``, and the board keeps
the offset between it and a local monotonic clock read when the answer arrived, so a supervisor's PC
whose clock is wrong (or jumps) still shows how long an agent has really been in a state.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from agent_desktop.features.presence.api import DEFAULT_REASONS, Reason, WrapUpPolicy
from agent_desktop.features.wallboard.core.labels import SEVERITY, Stuck, reasons_by_code
from crm.i18n import Msg
from crm.presence_reasons import BUILT_IN_NAMES, shown_name
from crm.schemas.presence import AgentDay, AgentPresence, CallDirection, PresenceBoard, PresenceState

DEFAULT_WRAP_UP_LIMIT_S = WrapUpPolicy().limit_seconds
"""An agent in wrap-up longer than this is stuck (presence's default wrap-up limit, 120 s)."""


def _epoch(moment: datetime) -> float:
    """Seconds since the epoch of ``moment`` (a time without a zone is UTC, as the back office sends)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


@dataclass(frozen=True, slots=True)
class AgentLine:
    """One agent on the board (times as epoch seconds)."""

    user_id: str
    username: str
    name: str
    team: str
    state: PresenceState
    reason: str | None
    since: float
    seq: int
    last_seen: float
    call_direction: CallDirection | None = None
    customer_name: str | None = None
    media_source: str | None = None
    reason_name: str | None = None
    """The reason's name as the agent's desktop sent it (None: an older desktop)."""
    limit_s: int | None = None
    """How long the state is meant to last, as the agent's desktop sent it."""
    sip_user: str | None = None
    """The agent's SIP user (their extension), as their desktop sent it."""

    @classmethod
    def of(cls, wire: AgentPresence) -> AgentLine:
        return cls(
            user_id=wire.user_id,
            username=wire.username,
            name=wire.display_name or wire.username,
            team=wire.team,
            state=wire.state,
            reason=wire.reason,
            since=_epoch(wire.since),
            seq=wire.seq,
            last_seen=_epoch(wire.last_seen),
            call_direction=wire.call_direction,
            customer_name=wire.customer_name,
            media_source=wire.media_source,
            reason_name=wire.reason_name,
            limit_s=wire.limit_s,
            sip_user=wire.sip_user,
        )

    def newer_than(self, held: AgentLine) -> bool:
        """Whether this line may replace ``held``: a higher sequence, or the same one heard of later
        (its "disconnected" or a heartbeat's truth). A lower sequence is an old answer: ignored."""
        return self.seq > held.seq or (self.seq == held.seq and self.last_seen >= held.last_seen)


@dataclass(frozen=True, slots=True)
class Day:
    """One agent's calls of the day so far (seconds)."""

    handled: int
    handle_s: int
    wrapup_s: int
    at: float
    """When the back office counted them (epoch seconds)."""

    @classmethod
    def of(cls, wire: AgentDay) -> Day:
        return cls(wire.handled, wire.handle_s, wire.wrapup_s, _epoch(wire.at))


NO_CALLS = Day(0, 0, 0, 0.0)


def aht(handled: int, handle_s: int) -> float | None:
    """Average handling time: (talk + hold + wrap-up) ÷ handled calls (None without a call)."""
    return handle_s / handled if handled else None


@dataclass(frozen=True)
class Totals:
    """What a team (or everybody shown) is doing: agents per state, the longest time in each, the
    stuck, and their calls of the day."""

    agents: int = 0
    per_state: dict[PresenceState, int] = field(default_factory=dict)
    longest: dict[PresenceState, float] = field(default_factory=dict)
    stuck: int = 0
    handled: int = 0
    handle_s: int = 0
    wrapup_s: int = 0

    @property
    def aht(self) -> float | None:
        return aht(self.handled, self.handle_s)


class _Cell:
    """The lines of one team in one state, added up (one small object per pair, not per line)."""

    __slots__ = ("agents", "earliest", "handle_s", "handled", "stuck", "wrapup_s")

    def __init__(self, since: float) -> None:
        self.agents = self.stuck = self.handled = self.handle_s = self.wrapup_s = 0
        self.earliest = since


class _Tally:
    """Adds lines up into :class:`Totals`."""

    __slots__ = ("agents", "earliest", "handle_s", "handled", "per_state", "stuck", "wrapup_s")

    def __init__(self) -> None:
        self.agents = self.stuck = self.handled = self.handle_s = self.wrapup_s = 0
        self.per_state: dict[PresenceState, int] = {}
        self.earliest: dict[PresenceState, float] = {}

    def add(self, state: PresenceState, cell: _Cell) -> None:
        self.agents += cell.agents
        self.stuck += cell.stuck
        self.per_state[state] = self.per_state.get(state, 0) + cell.agents
        self.earliest[state] = min(self.earliest.get(state, cell.earliest), cell.earliest)
        self.handled += cell.handled
        self.handle_s += cell.handle_s
        self.wrapup_s += cell.wrapup_s

    def totals(self, at: float) -> Totals:
        longest = {state: max(0.0, at - since) for state, since in self.earliest.items()}
        return Totals(self.agents, self.per_state, longest, self.stuck, self.handled, self.handle_s, self.wrapup_s)


@dataclass(frozen=True)
class Reading:
    """The board as shown at one moment (:meth:`Board.read`)."""

    rows: list[AgentLine]
    stuck: dict[str, Stuck]
    totals: Totals
    now: float
    days: dict[str, Day] = field(default_factory=dict)
    """The calls of the day of the agents shown who have any."""
    teams: list[tuple[str | None, Totals]] = field(default_factory=list)
    """Every team's totals, whichever is shown (:meth:`Board.team_totals`)."""


class Board:
    """Every agent's line, the cursor of the next watch and the server's clock."""

    def __init__(
        self,
        *,
        wrap_up_limit_s: float | None = DEFAULT_WRAP_UP_LIMIT_S,
        reasons: Iterable[Reason] = DEFAULT_REASONS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.wrap_up_limit_s = wrap_up_limit_s
        self.reasons = reasons_by_code(tuple(reasons))
        self.clock = clock
        self.lines: dict[str, AgentLine] = {}
        self.days: dict[str, Day] = {}
        """Each agent's calls of the day (an agent without any today has none here)."""
        self.cursor: int | None = None
        """Pass as ``since`` to the next watch; None until the first snapshot."""
        self.heartbeat_timeout_s = 0
        self.offset: float | None = None
        """``server_time - clock()`` at the last answer; None before any."""

    def set_reasons(self, reasons: Iterable[Reason]) -> None:
        """The Not-ready reasons and their maximum times (the setting ``presence.not_ready_reasons``,
        the same the agents' desktops offer) changed."""
        self.reasons = reasons_by_code(tuple(reasons))

    # -- what the back office says --------------------------------------------------------------
    def apply_snapshot(self, board: PresenceBoard) -> None:
        """The whole board: agents no longer in it leave; a line older than the one held (a watch that
        answered after this snapshot was read) is kept."""
        self._sync_clock(board)
        lines: dict[str, AgentLine] = {}
        for wire in board.agents:
            line = AgentLine.of(wire)
            held = self.lines.get(line.user_id)
            lines[line.user_id] = line if held is None or line.newer_than(held) else held
        self.lines = lines
        self.cursor = board.cursor
        read_at = _epoch(board.server_time)
        days = {wire.user_id: Day.of(wire) for wire in board.days if wire.user_id in lines}
        for user_id, held_day in self.days.items():  # counted after this snapshot was read: kept
            if user_id in lines and held_day.at > read_at and held_day.at > days.get(user_id, NO_CALLS).at:
                days[user_id] = held_day
        self.days = days

    def apply_delta(self, board: PresenceBoard) -> set[str]:
        """The lines that changed (a watch's answer) with those agents' calls of the day (a call logged
        moves its agent's line: the long poll brings the figures the live events push); returns the
        ids of the agents whose line moved."""
        self._sync_clock(board)
        changed = self.apply_lines(board.agents)
        changed |= {day.user_id for day in board.days if self.apply_day(day)}
        self.cursor = board.cursor if self.cursor is None else max(self.cursor, board.cursor)
        return changed

    def apply_lines(self, wires: Iterable[AgentPresence]) -> set[str]:
        """Agents' lines as they are now (a watch's answer, a live ``presence`` event); returns the ids
        of the agents whose line moved (a lower sequence than the one held is ignored)."""
        changed: set[str] = set()
        for wire in wires:
            line = AgentLine.of(wire)
            held = self.lines.get(line.user_id)
            if held is None or (line.newer_than(held) and line != held):
                self.lines[line.user_id] = line
                changed.add(line.user_id)
        return changed

    def apply_day(self, wire: AgentDay) -> bool:
        """An agent's calls of the day (a live ``agent_day`` event): whether a line on the board moved
        (an earlier count than the one held is ignored, as is an agent not on the board)."""
        if wire.user_id not in self.lines:
            return False
        day = Day.of(wire)
        held = self.days.get(wire.user_id)
        if held is not None and (held.at > day.at or held == day):
            return False
        self.days[wire.user_id] = day
        return True

    def _sync_clock(self, board: PresenceBoard) -> None:
        self.offset = _epoch(board.server_time) - self.clock()
        self.heartbeat_timeout_s = board.heartbeat_timeout_s

    # -- what the supervisor sees ---------------------------------------------------------------
    def server_now(self) -> float:
        """The server's time now (epoch seconds), from the offset kept at the last answer."""
        if self.offset is None:
            return time.time()  # nothing heard yet: nothing to measure either
        return self.clock() + self.offset

    def time_in_state(self, line: AgentLine, now: float | None = None) -> float:
        """Seconds ``line``'s agent has been in its state (never negative)."""
        return max(0.0, (self.server_now() if now is None else now) - line.since)

    def limit_of(self, line: AgentLine) -> float | None:
        """How long the agent may stay in the state they are in (None: no limit): what the agent's
        desktop sent with the state (its reason's maximum, its wrap-up limit); for a line from an older
        desktop, which sends neither, the maximum this desktop's reasons give and the default wrap-up
        limit (also for a wrap-up without a limit: stuck after :attr:`wrap_up_limit_s` all the same)."""
        if line.state is PresenceState.WRAP_UP:
            return line.limit_s if line.limit_s is not None else self.wrap_up_limit_s
        if line.state is PresenceState.NOT_READY and line.reason is not None:
            if line.reason_name is not None:  # a desktop that names its reason sends its maximum too
                return line.limit_s
            reason = self.reasons.get(line.reason)
            return reason.max_seconds if reason is not None else None
        return None

    def reason_label(self, line: AgentLine) -> Msg | str:
        """The name of ``line``'s reason (a :class:`Msg` to translate, or the text): the one the agent's
        desktop sent, else (an older desktop) this desktop's name for the id, else the id."""
        if not line.reason:
            return ""
        if line.reason_name:
            return shown_name(line.reason, line.reason_name)
        reason = self.reasons.get(line.reason)
        return reason.label if reason is not None else BUILT_IN_NAMES.get(line.reason, line.reason)

    def stuck(self, line: AgentLine, now: float | None = None) -> Stuck | None:
        """Why ``line`` stands out (disconnected, wrap-up over its limit, Not ready over the reason's
        maximum), or None."""
        if line.state is PresenceState.DISCONNECTED:
            return Stuck.DISCONNECTED
        limit = self.limit_of(line)
        if limit is None or self.time_in_state(line, now) <= limit:
            return None
        return Stuck.WRAP_UP if line.state is PresenceState.WRAP_UP else Stuck.OVER_REASON

    def teams(self) -> list[str]:
        """The teams on the board, sorted (an agent without a team is in team "")."""
        return sorted({line.team for line in self.lines.values()})

    def shown(self, team: str | None = None) -> list[AgentLine]:
        """The lines of ``team`` (None: every team), in no particular order."""
        if team is None:
            return list(self.lines.values())
        return [line for line in self.lines.values() if line.team == team]

    def read(self, team: str | None = None, now: float | None = None) -> Reading:
        """What a supervisor reads of ``team`` (None: every team) at ``now``: the lines in order (stuck
        first, then by state severity: disconnected, wrap-up, Not ready, on hold, ringing, on call,
        ready, logged out; then the longest in their state first, then by name), who is stuck, the
        totals. The order changes with time only when somebody becomes stuck."""
        at = self.server_now() if now is None else now
        rows: list[AgentLine] = []
        stuck: dict[str, Stuck] = {}
        days: dict[str, Day] = {}
        cells: dict[tuple[str, PresenceState], _Cell] = {}
        all_days = self.days
        for line in self.lines.values():  # one pass: the team shown and every team's totals
            why = self.stuck(line, at)
            day = all_days.get(line.user_id)
            key = (line.team, line.state)
            cell = cells.get(key)
            if cell is None:
                cell = cells[key] = _Cell(line.since)
            cell.agents += 1
            if line.since < cell.earliest:
                cell.earliest = line.since
            if why is not None:
                cell.stuck += 1
            if day is not None:
                cell.handled += day.handled
                cell.handle_s += day.handle_s
                cell.wrapup_s += day.wrapup_s
            if team is not None and line.team != team:
                continue
            rows.append(line)
            if why is not None:
                stuck[line.user_id] = why
            if day is not None:
                days[line.user_id] = day
        rows.sort(
            key=lambda line: (line.user_id not in stuck, SEVERITY[line.state], line.since, line.name, line.user_id)
        )
        tallies: dict[str, _Tally] = {}
        everybody = _Tally()
        for (name, state), cell in cells.items():
            tally = tallies.get(name)
            if tally is None:
                tally = tallies[name] = _Tally()
            tally.add(state, cell)
            everybody.add(state, cell)
        teams: list[tuple[str | None, Totals]] = [(None, everybody.totals(at))]
        teams += [(name, tallies[name].totals(at)) for name in sorted(tallies)]
        totals = dict(teams).get(team, Totals()) if team is not None else teams[0][1]
        return Reading(rows, stuck, totals, at, days, teams)

    def team_totals(self, now: float | None = None) -> list[tuple[str | None, Totals]]:
        """Everybody's totals (team None, first: the queue's), then each team's by name (an agent
        without a team is in team "")."""
        return self.read(None, now).teams

    def view(self, team: str | None = None, now: float | None = None) -> list[AgentLine]:
        """The lines of ``team`` in the order of :meth:`read`."""
        return self.read(team, now).rows

    def totals(self, team: str | None = None, now: float | None = None) -> Totals:
        """Agents per state, the longest time in each state and how many are stuck, for ``team``."""
        return self.read(team, now).totals
