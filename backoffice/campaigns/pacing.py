"""Deadline pacing as pure functions (no database, no clock).

* work left (agent-minutes) = attempts still expected × minutes per attempt, where attempts still
  expected = records left × expected attempts per record, less the attempts those records already had,
  at least one per record left;
* callable capacity (agent-minutes) = agents × calling-window minutes left before the deadline;
* required share = work left ÷ the team's callable capacity (> 1: it cannot finish even with all of it);
* projected finish = walking the calling windows from now at the current staffing (the agents on it)
  until the work left is done; None when nobody works it and work is left;
* at risk = the projected finish is after the deadline (or None with work left);
* shares: capacity divided among campaigns: when the needs fit, each gets its need and the rest goes
  by priority; when they do not, the campaigns that can still finish (a need of at most the whole
  capacity) get their need while it fits, the most priority per share of capacity first (priority ÷
  need: a knapsack's greedy order, so that the most, and the most important, finish on time rather
  than all of them late), and the others (the ones that no longer fit, and the ones that cannot
  finish at all) share what is left by need (at most 1) × priority.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from crm.schemas.campaigns import CallingWindow, minutes_of

logger = logging.getLogger(__name__)

HORIZON_DAYS = 400
DEFAULT_EXPECTED_ATTEMPTS = 3.0


def expected_attempts(attempts_on_ended: int, ended: int, max_attempts: int) -> float:
    """Attempts a record takes until it ends, as observed on ended records; before any ended, the
    default (at most ``max_attempts``)."""
    if ended <= 0:
        return min(float(max_attempts), DEFAULT_EXPECTED_ATTEMPTS)
    return min(float(max_attempts), max(1.0, attempts_on_ended / ended))


def work_left(left: int, attempts_on_left: int, per_record: float, minutes_per_attempt: float) -> float:
    """Agent-minutes still needed for ``left`` records that already had ``attempts_on_left`` attempts."""
    if left <= 0:
        return 0.0
    attempts = max(left * per_record - attempts_on_left, float(left))
    return attempts * minutes_per_attempt


def required_share(work: float, capacity: float) -> float:
    """Share of ``capacity`` (agent-minutes) that ``work`` needs; inf when there is none to give."""
    if work <= 0:
        return 0.0
    if capacity <= 0:
        return float("inf")
    return work / capacity


def _intervals(windows: Sequence[CallingWindow], zone: str, start: datetime) -> list[tuple[datetime, datetime]]:
    """The calling windows from ``start`` on, in order, for :data:`HORIZON_DAYS`."""
    tz = ZoneInfo(zone)
    first = start.astimezone(tz).date()
    out = []
    for offset in range(HORIZON_DAYS):
        day = first + timedelta(days=offset)
        midnight = datetime.combine(day, datetime.min.time(), tzinfo=tz)
        for w in sorted((w for w in windows if w.weekday == day.weekday()), key=lambda w: minutes_of(w.start)):
            lo = midnight + timedelta(minutes=minutes_of(w.start))
            hi = midnight + timedelta(minutes=minutes_of(w.end))
            if hi > start:
                out.append((max(lo, start), hi))
    return out


def projected_finish(
    now: datetime, work: float, agents: int, windows: Sequence[CallingWindow], zone: str
) -> datetime | None:
    """When ``agents`` working only in the calling windows finish ``work`` agent-minutes."""
    if work <= 0:
        return now
    if agents <= 0:
        return None
    remaining = work / agents  # window minutes needed
    for lo, hi in _intervals(windows, zone, now):
        length = (hi - lo).total_seconds() / 60
        if remaining <= length:
            return (lo + timedelta(minutes=remaining)).astimezone(now.tzinfo)
        remaining -= length
    return None


def at_risk(projected: datetime | None, deadline: datetime, work: float) -> bool:
    return work > 0 and (projected is None or projected > deadline)


@dataclass(frozen=True)
class Need:
    share: float  # required share (may exceed 1, inf)
    priority: int


def allot(needs: Sequence[Need]) -> list[float]:
    """Each campaign's share of the capacity (they sum to 1 when any has work left)."""
    wanting = [i for i, n in enumerate(needs) if n.share > 0]
    if not wanting:
        return [0.0 for _ in needs]
    out = [0.0 for _ in needs]
    if sum(min(needs[i].share, 1e9) for i in wanting) <= 1.0:
        for i in wanting:
            out[i] = needs[i].share
        return _spread(out, 1.0 - sum(out), {i: float(needs[i].priority) for i in wanting})
    left = 1.0
    fitting = (i for i in wanting if needs[i].share <= 1.0)
    for i in sorted(fitting, key=lambda i: (-needs[i].priority / needs[i].share, i)):
        if needs[i].share <= left:
            out[i] = needs[i].share
            left -= needs[i].share
    rest = {i: min(needs[i].share, 1.0) * needs[i].priority for i in wanting if out[i] == 0.0}
    return _spread(out, left, rest or {i: float(needs[i].priority) for i in wanting})


def _spread(shares: list[float], spare: float, weights: dict[int, float]) -> list[float]:
    """``shares`` with ``spare`` added in proportion to ``weights`` (index → weight)."""
    total = sum(weights.values())
    return [s + (spare * weights[i] / total if i in weights else 0.0) for i, s in enumerate(shares)]
