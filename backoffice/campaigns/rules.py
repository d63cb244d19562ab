"""A campaign's rules as pure functions: calling windows in the callee's zone, whether a record may be
dialled now (and every reason it may not), and what a record becomes after an attempt."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from crm.schemas.campaigns import (
    FINAL_STATES,
    CallingWindow,
    CallResult,
    CampaignStatus,
    Disposition,
    RecordState,
    RetrySpacing,
    SkipReason,
    minutes_of,
)

logger = logging.getLogger(__name__)

DAY = timedelta(hours=24)
CLAIM_TTL = timedelta(minutes=5)
"""A claim lapses this long after it was made or last renewed (the holder's desktop renews it every
minute while the record is in hand: preview, dialling, the call, wrap-up); a lapsed claim's record may
go to another agent (the holder's desktop may have died)."""


def in_window(windows: Sequence[CallingWindow], zone: str, now: datetime) -> bool:
    """``now`` falls in one of ``windows`` on the clock of ``zone`` (``[start, end)``)."""
    local = now.astimezone(ZoneInfo(zone))
    minute = local.hour * 60 + local.minute
    day = local.weekday()
    return any(w.weekday == day and minutes_of(w.start) <= minute < minutes_of(w.end) for w in windows)


def next_window_start(windows: Sequence[CallingWindow], zone: str, now: datetime) -> datetime | None:
    """When the next window opens on the clock of ``zone`` (``now`` when one is open); None without
    windows."""
    if in_window(windows, zone, now):
        return now
    tz = ZoneInfo(zone)
    local = now.astimezone(tz)
    best: datetime | None = None
    for days in range(8):
        date = (local + timedelta(days=days)).date()
        for w in windows:
            if w.weekday != date.weekday():
                continue
            start = datetime.combine(date, w.start_time(), tzinfo=tz)
            if start > local and (best is None or start < best):
                best = start
        if best is not None:
            break
    return best.astimezone(now.tzinfo) if best else None


def window_spans(
    windows: Sequence[CallingWindow], zone: str, start: datetime, end: datetime
) -> Iterator[tuple[datetime, datetime]]:
    """The parts of ``windows`` between ``start`` and ``end`` on the clock of ``zone``, day by day."""
    if end <= start:
        return
    tz = ZoneInfo(zone)
    day = start.astimezone(tz).date() - timedelta(days=1)
    last = end.astimezone(tz).date()
    while day <= last:
        midnight = datetime.combine(day, datetime.min.time(), tzinfo=tz)
        for w in windows:
            if w.weekday != day.weekday():
                continue
            opens = midnight + timedelta(minutes=minutes_of(w.start))
            closes = midnight + timedelta(minutes=minutes_of(w.end))
            lo, hi = max(opens, start), min(closes, end)
            if hi > lo:
                yield lo, hi
        day += timedelta(days=1)


def window_minutes(windows: Sequence[CallingWindow], zone: str, start: datetime, end: datetime) -> float:
    """Minutes of calling window between ``start`` and ``end`` on the clock of ``zone``."""
    return sum((hi - lo).total_seconds() / 60 for lo, hi in window_spans(windows, zone, start, end))


def last_callable(windows: Sequence[CallingWindow], zone: str, start: datetime, end: datetime) -> datetime | None:
    """When the last calling window before ``end`` closes on the clock of ``zone`` (``end`` when one is
    open then); None when none is open between ``start`` and ``end``."""
    hi = end
    while hi > start:  # a day at a time from the end: the last window is usually on the last day
        lo = max(start, hi - DAY)
        found = max((close for _, close in window_spans(windows, zone, lo, hi)), default=None)
        if found is not None:
            return found.astimezone(end.tzinfo)
        hi = lo
    return None


@dataclass(frozen=True)
class CampaignRules:
    """What the eligibility check needs of a campaign."""

    status: CampaignStatus
    starts_at: datetime
    deadline_at: datetime
    windows: tuple[CallingWindow, ...]
    max_attempts: int
    max_attempts_24h: int


@dataclass(frozen=True)
class RecordFacts:
    """What the eligibility check needs of a record."""

    state: RecordState
    time_zone: str
    attempts: int
    next_due_at: datetime | None
    claim_expires_at: datetime | None
    attempts_24h: int = 0
    on_dnc: bool = False
    in_call_back_queue: bool = False
    """Done, its call back handed to the Call Back queue."""


def skip_reasons(campaign: CampaignRules, record: RecordFacts, now: datetime) -> list[SkipReason]:
    """Every reason ``record`` may not be dialled at ``now`` (empty: it may)."""
    reasons: list[SkipReason] = []
    if campaign.status is not CampaignStatus.RUNNING:
        reasons.append(SkipReason.CAMPAIGN_NOT_RUNNING)
    if now < campaign.starts_at:
        reasons.append(SkipReason.BEFORE_START)
    if now >= campaign.deadline_at:
        reasons.append(SkipReason.PAST_DEADLINE)
    final = {
        RecordState.DONE: SkipReason.DONE,
        RecordState.INVALID: SkipReason.INVALID_NUMBER,
        RecordState.DNC: SkipReason.DNC,
        RecordState.EXHAUSTED: SkipReason.ATTEMPTS_EXHAUSTED,
    }
    if record.in_call_back_queue:
        reasons.append(SkipReason.CALL_BACK_QUEUE)
    elif record.state in final:
        reasons.append(final[record.state])
    elif record.attempts >= campaign.max_attempts:
        reasons.append(SkipReason.ATTEMPTS_EXHAUSTED)
    if record.on_dnc and record.state is not RecordState.DNC:
        reasons.append(SkipReason.DNC)
    if record.state is RecordState.CLAIMED and not claim_expired(record.claim_expires_at, now):
        reasons.append(SkipReason.CLAIMED)
    if record.state not in FINAL_STATES:
        if record.attempts_24h >= campaign.max_attempts_24h:
            reasons.append(SkipReason.DAILY_LIMIT)
        if record.next_due_at is not None and record.next_due_at > now:
            reasons.append(SkipReason.RETRY_NOT_DUE)
    if not in_window(campaign.windows, record.time_zone, now):
        reasons.append(SkipReason.OUTSIDE_WINDOW)
    return reasons


def claim_expired(expires_at: datetime | None, now: datetime) -> bool:
    return expires_at is None or now >= expires_at


@dataclass(frozen=True)
class AfterAttempt:
    state: RecordState
    next_due_at: datetime | None
    counts: bool
    """False for a preview skip: no attempt is counted."""
    to_call_back_queue: bool = False
    """The customer's call back is after the campaign (:func:`call_back_after_campaign`): it goes to the
    general Call Back queue and the record is done."""


def call_back_after_campaign(call_back_at: datetime, last_callable_at: datetime | None) -> bool:
    """A call back at ``call_back_at`` cannot be made by the campaign: it is at or after the close of
    the record's last calling window before the deadline (``last_callable_at``, :func:`last_callable`;
    None: no window is left)."""
    return last_callable_at is None or call_back_at >= last_callable_at


def after_attempt(
    result: CallResult,
    disposition: Disposition | None,
    call_back_at: datetime | None,
    attempts_done: int,
    max_attempts: int,
    ending: Sequence[Disposition],
    spacing: RetrySpacing,
    now: datetime,
    last_callable_at: datetime | None = None,
    *,
    campaign_ends: bool = False,
) -> AfterAttempt:
    """What a record becomes after its ``attempts_done``-th attempt (already counted) ended so;
    ``last_callable_at``: when the record's last calling window before the deadline closes
    (:func:`last_callable`; a retry comes sooner near it, :func:`retry_due`). With ``campaign_ends``
    (``last_callable_at`` is then known, None meaning no window is left), a call back the campaign
    cannot make (:func:`call_back_after_campaign`) ends the record, handed to the Call Back queue, even
    with its attempts used up: the customer asked for it."""
    if result is CallResult.SKIPPED:
        return AfterAttempt(RecordState.PENDING, None, counts=False)
    if result is CallResult.INVALID_NUMBER:
        return AfterAttempt(RecordState.INVALID, None, counts=True)
    if disposition is not None and disposition in ending:
        return AfterAttempt(RecordState.DONE, None, counts=True)
    if (
        campaign_ends
        and disposition is Disposition.CALL_BACK
        and call_back_at is not None
        and call_back_after_campaign(call_back_at, last_callable_at)
    ):
        return AfterAttempt(RecordState.DONE, None, counts=True, to_call_back_queue=True)
    if attempts_done >= max_attempts:
        return AfterAttempt(RecordState.EXHAUSTED, None, counts=True)
    if disposition is Disposition.CALL_BACK and call_back_at is not None:
        return AfterAttempt(RecordState.PENDING, call_back_at, counts=True)
    due = retry_due(now, spacing.after(result), max_attempts - attempts_done, last_callable_at, spacing)
    return AfterAttempt(RecordState.PENDING, due, counts=True)


def retry_due(
    now: datetime, spacing_s: int, retries_left: int, last_callable_at: datetime | None, spacing: RetrySpacing
) -> datetime:
    """When a retry is due: ``spacing_s`` after ``now``, or sooner near the deadline, so that the
    record's ``retries_left`` attempts fit before ``last_callable_at`` evenly spaced (with as long a
    gap after the last one, for an agent to take it), but never sooner than the campaign's
    ``near_deadline_floor_s`` after ``now`` (None: never sooner)."""
    due = now + timedelta(seconds=spacing_s)
    floor = spacing.near_deadline_floor_s
    if floor is None or last_callable_at is None or retries_left <= 0:
        return due
    even = (last_callable_at - now) / (retries_left + 1)
    return min(due, now + max(timedelta(seconds=floor), even))


def daily_limit_due(attempt_times: Sequence[datetime], limit: int, next_due: datetime | None) -> datetime | None:
    """``next_due`` pushed until the rolling 24 h holds fewer than ``limit`` attempts (``attempt_times``:
    the record's attempts of the last 24 h)."""
    if len(attempt_times) < limit:
        return next_due
    ordered = sorted(attempt_times)
    free_at = ordered[len(ordered) - limit] + DAY
    return free_at if next_due is None or free_at > next_due else next_due
