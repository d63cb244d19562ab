"""Deadline pacing as pure functions (no database, no clock).

* expected attempts: each attempt ends its record (an ending disposition, an invalid number) at the
  rate observed on the campaign's attempts so far, with a prior of one in 3 (:func:`end_rate`); a
  record left with ``a`` attempts done still takes 1 + (1 − rate) + … up to ``max_attempts`` − ``a``
  terms;
* work left (agent-minutes) = the attempts still expected of the records left × minutes per attempt;
* the target (:func:`paced_to`): the deadline less the time a record's retries take after its first
  attempt, so that the records tried last still get their retries;
* callable capacity (agent-minutes) = agents × calling-window minutes from now to the target, on each
  record's own clock, weighted by the records left in each zone;
* required share = work left ÷ the team's callable capacity (> 1: it cannot finish even with all of it);
* projected finish = walking each zone's calling windows from now at the current staffing (the agents
  on it) until the work left is done; None when nobody works it and work is left;
* at risk = the projected finish is after the deadline (or None with work left);
* shares: capacity divided among campaigns: when the needs fit, each gets its need and the rest goes
  by priority; when they do not, the campaigns that can still finish (a need of at most the whole
  capacity) are chosen in order of priority ÷ need (a knapsack's greedy order, so that the most, and
  the most important, finish on time rather than all of them late) while the chosen can all be done
  by their targets the soonest due first (a campaign due later may wait for those due sooner: the
  capacity they free after their targets is its too); the chosen get their need, the soonest due
  first, while it lasts; the others (the ones not chosen, and the ones that cannot finish at all) share
  what is left by need (at most 1) × priority.
"""

from __future__ import annotations

import heapq
import logging
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from backoffice.campaigns.rules import window_minutes
from crm.schemas.campaigns import CallingWindow, minutes_of

logger = logging.getLogger(__name__)

HORIZON_DAYS = 400
DEFAULT_EXPECTED_ATTEMPTS = 3.0
PRIOR_ATTEMPTS = 20.0
"""The prior's weight in attempts: after this many attempts a campaign's own results count as much as
the prior (an attempt ends its record one time in :data:`DEFAULT_EXPECTED_ATTEMPTS`)."""


def end_rate(ends: int, attempts: int) -> float:
    """The share of attempts that end their record (an ending disposition, an invalid number): the
    campaign's ``ends`` in its ``attempts`` so far (every attempt of every record, also of the records
    still waiting: each was one that did not end it), pulled toward 1 ÷ :data:`DEFAULT_EXPECTED_ATTEMPTS`
    by :data:`PRIOR_ATTEMPTS` attempts."""
    prior = PRIOR_ATTEMPTS / DEFAULT_EXPECTED_ATTEMPTS
    return (max(ends, 0) + prior) / (max(attempts, 0) + PRIOR_ATTEMPTS)


def attempts_left(rate: float, attempts_done: int, max_attempts: int) -> float:
    """Attempts still expected of a record that had ``attempts_done`` (none ended it): each ends it at
    ``rate``, the last allowed one ends it anyway; at least one."""
    n = max(max_attempts - attempts_done, 1)
    if rate <= 0:
        return float(n)
    return max(1.0, (1.0 - (1.0 - min(rate, 1.0)) ** n) / min(rate, 1.0))


def expected_attempts(rate: float, max_attempts: int) -> float:
    """Attempts a record takes until it ends, at ``rate`` (:func:`end_rate`)."""
    return attempts_left(rate, 0, max_attempts)


def work_left(left: Mapping[int, int], rate: float, max_attempts: int, minutes_per_attempt: float) -> float:
    """Agent-minutes still needed for the records left (``left``: attempts done → records)."""
    attempts = sum(n * attempts_left(rate, done, max_attempts) for done, n in left.items() if n > 0)
    return attempts * minutes_per_attempt


def required_share(work: float, capacity: float) -> float:
    """Share of ``capacity`` (agent-minutes) that ``work`` needs; inf when there is none to give."""
    if work <= 0:
        return 0.0
    if capacity <= 0:
        return float("inf")
    return work / capacity


def callable_minutes(
    windows: Sequence[CallingWindow], zones: Mapping[str, int], start: datetime, end: datetime
) -> float:
    """Window minutes between ``start`` and ``end`` on the records' own clocks: each zone's, weighted
    by the records left in it (``zones``: zone → records)."""
    total = sum(n for n in zones.values() if n > 0)
    if total <= 0:
        return 0.0
    return sum(n * window_minutes(windows, z, start, end) for z, n in zones.items() if n > 0) / total


def _intervals(windows: Sequence[CallingWindow], zone: str, start: datetime) -> Iterator[tuple[datetime, datetime]]:
    """The calling windows from ``start`` on, in order, for :data:`HORIZON_DAYS`."""
    tz = ZoneInfo(zone)
    first = start.astimezone(tz).date()
    for offset in range(HORIZON_DAYS):
        day = first + timedelta(days=offset)
        midnight = datetime.combine(day, datetime.min.time(), tzinfo=tz)
        for w in sorted((w for w in windows if w.weekday == day.weekday()), key=lambda w: minutes_of(w.start)):
            lo = midnight + timedelta(minutes=minutes_of(w.start))
            hi = midnight + timedelta(minutes=minutes_of(w.end))
            if hi > start:
                yield max(lo, start), hi


def _edges(windows: Sequence[CallingWindow], zone: str, start: datetime) -> Iterator[tuple[datetime, int, str]]:
    """(time, +1 opens / -1 closes, ``zone``) of the windows from ``start`` on, in order."""
    for lo, hi in _intervals(windows, zone, start):
        yield lo, 1, zone
        yield hi, -1, zone


def projected_finish(
    now: datetime, work: Mapping[str, float], agents: int, windows: Sequence[CallingWindow]
) -> datetime | None:
    """When ``agents`` finish ``work`` (zone → agent-minutes), working each zone's records only in its
    calling windows: in each stretch the agents share out over the zones open then, in proportion to
    the work left in each."""
    needed = {z: w / agents for z, w in work.items() if w > 0} if agents > 0 else {}
    if not any(w > 0 for w in work.values()):
        return now
    if agents <= 0:
        return None
    opened: dict[str, int] = {z: 0 for z in needed}
    last = now
    for at, step, zone in heapq.merge(*(_edges(windows, z, now) for z in needed)):
        live = [z for z in needed if opened[z] > 0 and needed[z] > 0]
        length = (at - last).total_seconds() / 60
        due = sum(needed[z] for z in live)
        if live and length > 0:
            scale = max(0.0, 1.0 - length / due)
            for z in live:
                needed[z] *= scale
            if not scale and not any(needed.values()):
                return (last + timedelta(minutes=due)).astimezone(now.tzinfo)
        opened[zone] += step
        last = at
    return None


def at_risk(projected: datetime | None, deadline: datetime, work: float) -> bool:
    return work > 0 and (projected is None or projected > deadline)


def paced_to(now: datetime, deadline: datetime, max_attempts: int, retry_s: int) -> datetime:
    """The time pacing aims to have a campaign's work done by: the deadline less the time a record's
    retries take after its first attempt (``max_attempts`` − 1 spacings of ``retry_s``), but no sooner
    than 1 ÷ ``max_attempts`` of the way from ``now`` to the deadline (the share of the time left its
    retries, brought forward near the deadline, leave a record's first attempt)."""
    if deadline <= now:
        return deadline
    tail = timedelta(seconds=max(max_attempts - 1, 0) * max(retry_s, 0))
    return max(deadline - tail, now + (deadline - now) / max(max_attempts, 1))


@dataclass(frozen=True)
class Need:
    share: float  # required share (may exceed 1, inf)
    priority: int
    due: float = 1.0
    """How long until its work is to be done (:func:`paced_to`; any unit, the same for every
    campaign): equal for all, the needs must fit at once."""


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
    chosen: list[int] = []
    fitting = (i for i in wanting if needs[i].share <= 1.0)
    for i in sorted(fitting, key=lambda i: (-needs[i].priority / needs[i].share, i)):
        if _feasible([*chosen, i], needs):
            chosen.append(i)
    left = 1.0
    for i in sorted(chosen, key=lambda i: (needs[i].due, -needs[i].priority / needs[i].share, i)):
        out[i] = min(needs[i].share, left)
        left -= out[i]
    rest = {i: min(needs[i].share, 1.0) * needs[i].priority for i in wanting if i not in chosen}
    return _spread(out, left, rest or {i: float(needs[i].priority) for i in wanting})


def _feasible(chosen: Sequence[int], needs: Sequence[Need]) -> bool:
    """The ``chosen`` campaigns can all be done in time, the soonest due first (each its share for its
    time: the work of those due by each one's time fits in that time)."""
    for k in chosen:
        work = sum(needs[i].share * needs[i].due for i in chosen if needs[i].due <= needs[k].due)
        if work > needs[k].due * (1.0 + 1e-9):
            return False
    return True


def _spread(shares: list[float], spare: float, weights: dict[int, float]) -> list[float]:
    """``shares`` with ``spare`` added in proportion to ``weights`` (index → weight)."""
    total = sum(weights.values())
    return [s + (spare * weights[i] / total if i in weights else 0.0) for i, s in enumerate(shares)]
