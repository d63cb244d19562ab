"""Manual dialling from a list, bound by the rules a human agent is bound to: the same campaigns' rows
(each agent its share of every list, the earliest deadline's list first, then in list order), called
only inside the row's calling window on the callee's clock and before the list's deadline, an invalid
number never again, a retry only after the campaign's spacing (or at the time a customer asked to be
called back), at most the campaign's attempts; what a row becomes after an attempt is the back office's
own rule (:func:`backoffice.campaigns.rules.after_attempt`). The lists hold no number on the do-not-call
list (the import keeps such rows out of the campaigns too); checking the mark is part of the agent's
look-up time. What the human spends on each attempt is in :mod:`campaign_sim.model` (``MANUAL_*``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from backoffice.campaigns.rules import after_attempt, in_window
from campaign_sim.model import RETRY, SHIFT_START
from campaign_sim.workload import Plan, numbers
from crm.schemas.campaigns import (
    DEFAULT_ENDING,
    CallingWindow,
    CallResult,
    Disposition,
    RecordState,
    RetrySpacing,
    zone_for_number,
)

MAX_ATTEMPTS = 3


@dataclass
class Row:
    number: str
    zone: str
    windows: tuple[CallingWindow, ...]
    deadline: datetime
    attempts: int = 0
    due: datetime | None = None
    ended: bool = False


@dataclass
class ManualList:
    rows: list[Row] = field(default_factory=list)

    def next_row(self, now: datetime) -> Row | None:
        """The first row that may be called at ``now``, or None."""
        for row in self.rows:
            if row.ended or now >= row.deadline or (row.due is not None and row.due > now):
                continue
            if in_window(row.windows, row.zone, now):
                return row
        return None

    def record(
        self, row: Row, result: CallResult, disposition: Disposition | None, call_back: datetime | None, now: datetime
    ) -> None:
        """Write the attempt's result on the row, as the back office would on a record."""
        row.attempts += 1
        after = after_attempt(
            result, disposition, call_back, row.attempts, MAX_ATTEMPTS, DEFAULT_ENDING, RetrySpacing(**RETRY), now
        )
        row.ended = after.state is not RecordState.PENDING
        row.due = after.next_due_at


def manual_lists(plans: list[Plan], agents: int) -> list[ManualList]:
    """Each agent's list: its share (every ``agents``-th row) of every campaign's list, the earliest
    deadline first (then the higher priority)."""
    out = [ManualList() for _ in range(agents)]
    start = SHIFT_START
    order = sorted(range(len(plans)), key=lambda i: (plans[i].deadline_h, -plans[i].priority))
    lists = numbers(plans)
    for i in order:
        plan = plans[i]
        windows = tuple(CallingWindow(weekday=d, start=s, end=e) for d in range(7) for s, e in plan.windows)
        deadline = start + timedelta(hours=plan.deadline_h)
        for n, number in enumerate(lists[i]):
            out[n % agents].rows.append(Row(number, zone_for_number(number), windows, deadline))
    return out


def at(sim_s: float) -> datetime:
    return datetime.fromtimestamp(sim_s, timezone.utc)
