"""A campaign's rules and pacing as pure functions, against hand-computed cases: calling windows at
the exact boundary minutes in two time zones, every reason a record is not dialled, what an attempt's
result makes of a record, and the deadline pacing of docs/backoffice.md ("Campaigns")."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from backoffice.campaigns import pacing
from backoffice.campaigns.rules import (
    CampaignRules,
    RecordFacts,
    after_attempt,
    daily_limit_due,
    in_window,
    last_callable,
    next_window_start,
    skip_reasons,
    window_minutes,
)
from crm.schemas.campaigns import (
    DEFAULT_ENDING,
    CallingWindow,
    CallResult,
    CampaignStatus,
    Disposition,
    RecordState,
    RetrySpacing,
    SkipReason,
    zone_for_number,
)

UTC = timezone.utc
SHANGHAI, NEW_YORK, TOKYO = "Asia/Shanghai", "America/New_York", "Asia/Tokyo"
MONDAY_MORNING = [CallingWindow(weekday=0, start="09:00", end="12:00")]
EVERY_DAY = [
    CallingWindow(weekday=d, start=s, end=e) for d in range(7) for s, e in (("09:00", "12:00"), ("14:00", "20:00"))
]


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_the_zone_comes_from_the_number() -> None:
    assert zone_for_number("+8613800138000") == SHANGHAI
    assert zone_for_number("13800138000") == SHANGHAI
    assert zone_for_number("+12125550100") == NEW_YORK
    assert zone_for_number("+13105550100") == "America/Los_Angeles"
    assert zone_for_number("not a number", fallback="Europe/Berlin") == "Europe/Berlin"


@pytest.mark.parametrize(
    ("zone", "instant", "inside"),
    [
        # Monday 2026-01-05 09:00–12:00 in Shanghai (UTC+8) is 01:00–04:00 UTC
        (SHANGHAI, "2026-01-05T00:59:00", False),
        (SHANGHAI, "2026-01-05T01:00:00", True),
        (SHANGHAI, "2026-01-05T03:59:00", True),
        (SHANGHAI, "2026-01-05T04:00:00", False),
        # ... and in New York (UTC-5 in January) 14:00–17:00 UTC; at 01:00 UTC it is Sunday evening there
        (NEW_YORK, "2026-01-05T01:00:00", False),
        (NEW_YORK, "2026-01-05T13:59:00", False),
        (NEW_YORK, "2026-01-05T14:00:00", True),
        (NEW_YORK, "2026-01-05T16:59:00", True),
        (NEW_YORK, "2026-01-05T17:00:00", False),
        # in July New York is UTC-4: Monday 2026-07-06 09:00 is 13:00 UTC
        (NEW_YORK, "2026-07-06T12:59:00", False),
        (NEW_YORK, "2026-07-06T13:00:00", True),
    ],
)
def test_calling_windows_hold_to_the_minute_in_the_callees_zone(zone: str, instant: str, inside: bool) -> None:
    assert in_window(MONDAY_MORNING, zone, utc(instant)) is inside


def test_the_next_window_opens_on_the_callees_clock() -> None:
    assert next_window_start(MONDAY_MORNING, SHANGHAI, utc("2026-01-05T00:59:00")) == utc("2026-01-05T01:00:00")
    assert next_window_start(MONDAY_MORNING, SHANGHAI, utc("2026-01-05T04:00:00")) == utc("2026-01-12T01:00:00")
    assert next_window_start(MONDAY_MORNING, NEW_YORK, utc("2026-01-05T01:00:00")) == utc("2026-01-05T14:00:00")
    assert next_window_start([], SHANGHAI, utc("2026-01-05T01:00:00")) is None


def test_windows_are_half_open_and_must_have_a_length() -> None:
    with pytest.raises(ValidationError):
        CallingWindow(weekday=0, start="12:00", end="09:00")
    with pytest.raises(ValidationError):
        CallingWindow(weekday=7, start="09:00", end="12:00")
    with pytest.raises(ValidationError):
        CallingWindow(weekday=0, start="9:00", end="12:00")
    assert CallingWindow(weekday=6, start="20:00", end="24:00").end == "24:00"


RUNNING = CampaignRules(
    status=CampaignStatus.RUNNING,
    starts_at=utc("2026-01-01T00:00:00"),
    deadline_at=utc("2026-02-01T00:00:00"),
    windows=tuple(MONDAY_MORNING),
    max_attempts=3,
    max_attempts_24h=2,
)
OPEN_IN_SHANGHAI = utc("2026-01-05T01:00:00")


def facts(**changes: object) -> RecordFacts:
    values: dict[str, object] = {
        "state": RecordState.PENDING,
        "time_zone": SHANGHAI,
        "attempts": 0,
        "next_due_at": None,
        "claim_expires_at": None,
    }
    values.update(changes)
    return RecordFacts(**values)  # type: ignore[arg-type]


def test_a_record_states_every_reason_it_is_not_dialled() -> None:
    now = OPEN_IN_SHANGHAI
    assert skip_reasons(RUNNING, facts(), now) == []
    assert skip_reasons(RUNNING, facts(time_zone=NEW_YORK), now) == [SkipReason.OUTSIDE_WINDOW]
    assert skip_reasons(RUNNING, facts(attempts=3), now) == [SkipReason.ATTEMPTS_EXHAUSTED]
    assert skip_reasons(RUNNING, facts(state=RecordState.INVALID), now) == [SkipReason.INVALID_NUMBER]
    assert skip_reasons(RUNNING, facts(on_dnc=True), now) == [SkipReason.DNC]
    assert skip_reasons(RUNNING, facts(state=RecordState.DNC), now) == [SkipReason.DNC]
    assert skip_reasons(RUNNING, facts(attempts_24h=2), now) == [SkipReason.DAILY_LIMIT]
    due_in_a_minute = now + timedelta(minutes=1)
    assert skip_reasons(RUNNING, facts(next_due_at=due_in_a_minute), now) == [SkipReason.RETRY_NOT_DUE]
    assert skip_reasons(RUNNING, facts(next_due_at=now), now) == []  # due at this very minute
    claimed = facts(state=RecordState.CLAIMED, claim_expires_at=now + timedelta(seconds=1))
    assert skip_reasons(RUNNING, claimed, now) == [SkipReason.CLAIMED]
    lapsed = facts(state=RecordState.CLAIMED, claim_expires_at=now)  # at its expiry it may go to another
    assert skip_reasons(RUNNING, lapsed, now) == []
    paused = CampaignRules(**{**RUNNING.__dict__, "status": CampaignStatus.PAUSED})
    assert skip_reasons(paused, facts(time_zone=NEW_YORK, on_dnc=True), now) == [
        SkipReason.CAMPAIGN_NOT_RUNNING,
        SkipReason.DNC,
        SkipReason.OUTSIDE_WINDOW,
    ]
    assert SkipReason.PAST_DEADLINE in skip_reasons(RUNNING, facts(), RUNNING.deadline_at)
    assert SkipReason.BEFORE_START in skip_reasons(RUNNING, facts(), RUNNING.starts_at - timedelta(minutes=1))


SPACING = RetrySpacing(busy_s=600, no_answer_s=3600, rejected_s=7200, network_error_s=60)
NOW = utc("2026-01-05T02:00:00")


def attempt(result: CallResult, done: int = 1, disposition: Disposition | None = None, at: datetime | None = None):  # type: ignore[no-untyped-def]
    return after_attempt(result, disposition, at, done, 3, DEFAULT_ENDING, SPACING, NOW)


def test_an_attempts_result_decides_what_the_record_becomes() -> None:
    assert attempt(CallResult.BUSY).next_due_at == NOW + timedelta(seconds=600)
    assert attempt(CallResult.NO_ANSWER).next_due_at == NOW + timedelta(seconds=3600)
    assert attempt(CallResult.REJECTED).next_due_at == NOW + timedelta(seconds=7200)
    assert attempt(CallResult.NETWORK_ERROR).next_due_at == NOW + timedelta(seconds=60)
    assert attempt(CallResult.BUSY).state is RecordState.PENDING
    assert attempt(CallResult.INVALID_NUMBER).state is RecordState.INVALID
    assert attempt(CallResult.ANSWERED, disposition=Disposition.SALE).state is RecordState.DONE
    assert attempt(CallResult.ANSWERED, disposition=Disposition.WRONG_PERSON).state is RecordState.DONE
    later = NOW + timedelta(days=2)
    back = attempt(CallResult.ANSWERED, disposition=Disposition.CALL_BACK, at=later)
    assert (back.state, back.next_due_at) == (RecordState.PENDING, later)
    assert attempt(CallResult.NO_ANSWER, done=3).state is RecordState.EXHAUSTED
    skipped = attempt(CallResult.SKIPPED)
    assert (skipped.state, skipped.counts) == (RecordState.PENDING, False)


def test_retries_near_the_deadline_come_sooner_down_to_the_floor() -> None:
    def due(done: int, close: datetime | None, result: CallResult = CallResult.NO_ANSWER, **kw: object) -> datetime:
        spacing = SPACING.model_copy(update=kw)
        out = after_attempt(result, None, None, done, 3, DEFAULT_ENDING, spacing, NOW, close)
        assert out.next_due_at is not None
        return out.next_due_at

    # no answer: an hour; 2 retries left fit evenly (2 gaps and one after) in 180 minutes or more
    assert due(1, NOW + timedelta(minutes=180)) == NOW + timedelta(hours=1)
    assert due(1, NOW + timedelta(minutes=240)) == NOW + timedelta(hours=1)
    assert due(1, NOW + timedelta(minutes=179)) == NOW + timedelta(minutes=179 / 3)
    assert due(1, NOW + timedelta(minutes=120)) == NOW + timedelta(minutes=40)
    assert due(2, NOW + timedelta(minutes=40)) == NOW + timedelta(minutes=20)  # 1 retry left
    # never sooner than the floor (10 minutes by default), nor later than the campaign's spacing
    assert due(2, NOW + timedelta(minutes=20)) == NOW + timedelta(minutes=10)
    assert due(2, NOW + timedelta(minutes=19)) == NOW + timedelta(minutes=10)
    assert due(2, NOW - timedelta(minutes=5)) == NOW + timedelta(minutes=10)
    assert due(2, NOW + timedelta(minutes=20), near_deadline_floor_s=0) == NOW + timedelta(minutes=10)
    assert due(2, NOW + timedelta(minutes=8), near_deadline_floor_s=0) == NOW + timedelta(minutes=4)
    assert due(1, NOW + timedelta(minutes=30), CallResult.BUSY) == NOW + timedelta(minutes=10)
    # the rule off, or no window before the deadline: the campaign's spacing
    assert due(1, NOW + timedelta(minutes=120), near_deadline_floor_s=None) == NOW + timedelta(hours=1)
    assert due(1, None) == NOW + timedelta(hours=1)
    # a call back keeps the time the customer asked for
    back = NOW + timedelta(minutes=50)
    close = NOW + timedelta(hours=1)
    asked = after_attempt(
        CallResult.ANSWERED, Disposition.CALL_BACK, back, 1, 3, DEFAULT_ENDING, SPACING, NOW, close, campaign_ends=True
    )
    assert (asked.state, asked.next_due_at, asked.to_call_back_queue) == (RecordState.PENDING, back, False)


def test_the_last_callable_minute_is_the_close_of_the_last_window_before_the_deadline() -> None:
    # 09:00–12:00 + 13:00–18:00 due at 12:00 in Shanghai (04:00 UTC): open at the deadline in Shanghai,
    # while Tokyo's lunch hour (03:00–04:00 UTC) is its last hour
    office = [CallingWindow(weekday=0, start=s, end=e) for s, e in (("09:00", "12:00"), ("13:00", "18:00"))]
    deadline = utc("2026-01-05T04:00:00")
    assert last_callable(office, SHANGHAI, NOW, deadline) == deadline
    assert last_callable(office, TOKYO, NOW, deadline) == utc("2026-01-05T03:00:00")
    assert last_callable(office, TOKYO, utc("2026-01-05T02:59:00"), deadline) == utc("2026-01-05T03:00:00")
    assert last_callable(office, TOKYO, utc("2026-01-05T03:00:00"), deadline) is None
    assert last_callable(office, NEW_YORK, NOW, deadline) is None


def test_a_call_back_the_campaign_cannot_make_goes_to_the_call_back_queue_and_ends_the_record() -> None:
    # Tokyo's last calling minute before a 12:00 Shanghai deadline is 12:00 Tokyo (03:00 UTC), lunch after
    office = [CallingWindow(weekday=0, start=s, end=e) for s, e in (("09:00", "12:00"), ("13:00", "18:00"))]
    close = last_callable(office, TOKYO, NOW, utc("2026-01-05T04:00:00"))
    assert close == utc("2026-01-05T03:00:00")

    def back(when: datetime, done: int = 1, last: datetime | None = close, ends: bool = True):  # type: ignore[no-untyped-def]
        return after_attempt(
            CallResult.ANSWERED,
            Disposition.CALL_BACK,
            when,
            done,
            3,
            DEFAULT_ENDING,
            SPACING,
            NOW,
            last,
            campaign_ends=ends,
        )

    before = back(close - timedelta(minutes=1))  # the last minute of the window: the campaign calls
    assert (before.state, before.next_due_at, before.to_call_back_queue) == (
        RecordState.PENDING,
        close - timedelta(minutes=1),
        False,
    )
    for when, done, last in (
        (close, 1, close),
        (close + timedelta(days=1), 1, close),
        (NOW + timedelta(hours=1), 1, None),
    ):
        handed = back(when, done, last)  # at the close, after it, or no window left at all
        assert (handed.state, handed.next_due_at, handed.to_call_back_queue, handed.counts) == (
            RecordState.DONE,
            None,
            True,
            True,
        )
    assert back(close + timedelta(hours=1), done=3).to_call_back_queue  # asked for: handed over with attempts used up
    assert back(close - timedelta(minutes=1), done=3).state is RecordState.EXHAUSTED
    assert back(close + timedelta(hours=1), ends=False).state is RecordState.PENDING  # the campaign's end unknown
    # what the supervisor reads for it: its call back is in the queue (not "done", nothing else)
    queued = RecordFacts(RecordState.DONE, TOKYO, 1, None, None, in_call_back_queue=True)
    assert skip_reasons(RUNNING, queued, NOW) == [SkipReason.CALL_BACK_QUEUE]


def test_the_rolling_24_hours_hold_back_a_record_that_used_its_daily_attempts() -> None:
    first, second = NOW - timedelta(hours=20), NOW
    assert daily_limit_due([second], 2, NOW + timedelta(minutes=10)) == NOW + timedelta(minutes=10)
    assert daily_limit_due([first, second], 2, NOW + timedelta(minutes=10)) == first + timedelta(hours=24)
    assert daily_limit_due([first, second], 2, NOW + timedelta(days=3)) == NOW + timedelta(days=3)


# Pacing: Monday 2026-01-05 10:00 in Shanghai; deadline Tuesday 12:00; windows 09–12 and 14–20 daily.
PACE_NOW = utc("2026-01-05T02:00:00")
PACE_DEADLINE = utc("2026-01-06T04:00:00")


def test_callable_minutes_are_the_windows_left_before_the_deadline() -> None:
    # Monday 10:00–12:00 (120) + 14:00–20:00 (360) + Tuesday 09:00–12:00 (180)
    assert window_minutes(EVERY_DAY, SHANGHAI, PACE_NOW, PACE_DEADLINE) == 660


def test_pacing_projects_the_finish_and_flags_a_campaign_at_risk() -> None:
    work = pacing.work_left({0: 100}, 0.0, 3, 2.0)
    assert work == 600  # 100 records × 3 attempts (none ends a record) × 2 minutes
    assert pacing.required_share(work, 2 * 660) == pytest.approx(600 / 1320)
    # one agent: Monday 120 + 360 minutes, then 120 of Tuesday's morning → Tuesday 11:00 in Shanghai
    finish = pacing.projected_finish(PACE_NOW, {SHANGHAI: work}, 1, EVERY_DAY)
    assert finish == utc("2026-01-06T03:00:00")
    assert not pacing.at_risk(finish, PACE_DEADLINE, work)
    # 150 records: 900 minutes; Tuesday's morning is not enough, 240 minutes of its afternoon → 18:00
    bigger = pacing.work_left({0: 150}, 0.0, 3, 2.0)
    late = pacing.projected_finish(PACE_NOW, {SHANGHAI: bigger}, 1, EVERY_DAY)
    assert late == utc("2026-01-06T10:00:00")
    assert pacing.at_risk(late, PACE_DEADLINE, bigger)
    # two agents halve the window minutes needed: 450 → Monday 120 + 330 of the afternoon → 19:30
    assert pacing.projected_finish(PACE_NOW, {SHANGHAI: bigger}, 2, EVERY_DAY) == utc("2026-01-05T11:30:00")
    assert pacing.projected_finish(PACE_NOW, {SHANGHAI: bigger}, 0, EVERY_DAY) is None
    assert pacing.projected_finish(PACE_NOW, {SHANGHAI: 0.0}, 0, EVERY_DAY) == PACE_NOW
    assert pacing.at_risk(None, PACE_DEADLINE, bigger)
    assert not pacing.at_risk(None, PACE_DEADLINE, 0.0)
    assert pacing.required_share(10, 0) == float("inf")


def test_the_projected_finish_works_each_zone_in_its_own_windows() -> None:
    # 120 agent-minutes in Shanghai (open 01–04 and 06–12 UTC) and 120 in Tokyo (00–03 and 05–11 UTC),
    # one agent from 02:00 UTC: 02–03 both open, 30 minutes each (90 and 90 left); 03–04 Shanghai
    # alone (30 left); 04–05 none; 05–06 Tokyo alone (30 left); from 06 both, 60 minutes → 07:00 UTC
    work = {SHANGHAI: 120.0, TOKYO: 120.0}
    assert pacing.projected_finish(PACE_NOW, work, 1, EVERY_DAY) == utc("2026-01-05T07:00:00")
    # Tokyo's work alone: 60 minutes to 03:00, then 60 from 05:00 → 06:00 UTC
    assert pacing.projected_finish(PACE_NOW, {TOKYO: 120.0}, 1, EVERY_DAY) == utc("2026-01-05T06:00:00")


def test_callable_minutes_count_each_zone_by_its_records_left() -> None:
    # Tokyo (UTC+9) to Tuesday 13:00: Monday 11–12 (60) + 14–20 (360) + Tuesday 09–12 (180) = 600;
    # Shanghai 660 (above); 3 records in Shanghai, 1 in Tokyo: (3 × 660 + 600) ÷ 4
    zones = {SHANGHAI: 3, TOKYO: 1}
    assert pacing.callable_minutes(EVERY_DAY, zones, PACE_NOW, PACE_DEADLINE) == pytest.approx(645)
    assert pacing.callable_minutes(EVERY_DAY, {}, PACE_NOW, PACE_DEADLINE) == 0
    # a 09–12 + 13–18 list due at 12:00 in Shanghai (04:00 UTC): Tokyo's lunch hour is its last hour,
    # so a Tokyo record has its last callable minute at 02:59 UTC and none from 03:00
    office = [CallingWindow(weekday=0, start=s, end=e) for s, e in (("09:00", "12:00"), ("13:00", "18:00"))]
    deadline = utc("2026-01-05T04:00:00")
    assert pacing.callable_minutes(office, {TOKYO: 1}, utc("2026-01-05T01:00:00"), deadline) == 120
    assert pacing.callable_minutes(office, {TOKYO: 1}, utc("2026-01-05T02:59:00"), deadline) == 1
    assert pacing.callable_minutes(office, {TOKYO: 1}, utc("2026-01-05T03:00:00"), deadline) == 0
    assert pacing.callable_minutes(office, {SHANGHAI: 1}, utc("2026-01-05T03:00:00"), deadline) == 60


def test_expected_attempts_are_learnt_from_the_campaigns_own_attempts() -> None:
    # before any attempt, the prior: an attempt ends its record one time in 3
    assert pacing.end_rate(0, 0) == pytest.approx(1 / 3)
    # 60 ends in 130 attempts, with the prior's 20 attempts (20 / 3 ends): (60 + 20/3) / 150 = 4/9
    assert pacing.end_rate(60, 130) == pytest.approx(4 / 9)
    # half the attempts end their record, at most 3 attempts: 1 + 1/2 + 1/4
    assert pacing.expected_attempts(0.5, 3) == pytest.approx(1.75)
    assert pacing.attempts_left(0.5, 1, 3) == pytest.approx(1.5)
    assert pacing.attempts_left(0.5, 2, 3) == 1.0
    assert pacing.attempts_left(0.5, 3, 3) == 1.0  # never fewer than one per record left
    assert pacing.expected_attempts(0.0, 5) == 5.0
    assert pacing.expected_attempts(1.0, 5) == 1.0
    # 10 untried records and 4 that had 2 attempts: (10 × 1.75 + 4 × 1) × 2 minutes
    assert pacing.work_left({0: 10, 2: 4}, 0.5, 3, 2.0) == pytest.approx(43)
    assert pacing.work_left({}, 0.5, 3, 2.0) == 0


def test_capacity_is_shared_by_need_and_priority() -> None:
    # needs that do not fit: the most priority per share first (10 / 0.9 = 11.1 before 5 / 0.6 = 8.3)
    # gets its need, the other what is left
    assert pacing.allot([pacing.Need(0.6, 5), pacing.Need(0.9, 10)]) == pytest.approx([0.1, 0.9])
    # A 0.3 (priority 5: 16.7 per share), then D 0.4 (2: 5.0) fit, 0.3 left; B 0.5 (1: 2.0) no longer
    # fits and C 4.0 never can: they share the 0.3 by need (at most 1) × priority, 0.5 × 1 : 1 × 3
    needs = [pacing.Need(0.3, 5), pacing.Need(0.5, 1), pacing.Need(4.0, 3), pacing.Need(0.4, 2)]
    assert pacing.allot(needs) == pytest.approx([0.3, 0.3 * 0.5 / 3.5, 0.3 * 3 / 3.5, 0.4])
    # a big need of high priority (8 / 0.8 = 10) waits for two small ones of lower priority
    # (3 / 0.1 = 30, 2 / 0.15 = 13.3) and takes what is left; one that can never finish (inf) takes
    # no feasible one's share: it gets only what is left after them, by need × priority (1 × 10)
    needs = [pacing.Need(0.8, 8), pacing.Need(0.1, 3), pacing.Need(0.15, 2), pacing.Need(float("inf"), 10)]
    assert pacing.allot(needs) == pytest.approx([0.75 * 0.8 * 8 / (0.8 * 8 + 10), 0.1, 0.15, 0.75 * 10 / 16.4])
    # needs that fit: each its need, the spare half by priority (5 : 10)
    assert pacing.allot([pacing.Need(0.2, 5), pacing.Need(0.3, 10)]) == pytest.approx([0.2 + 0.5 / 3, 0.3 + 1 / 3])
    # a campaign with nothing left gets nothing
    assert pacing.allot([pacing.Need(0.0, 10), pacing.Need(0.5, 1)]) == pytest.approx([0.0, 1.0])
    assert pacing.allot([pacing.Need(0.0, 10)]) == [0.0]


def test_a_campaign_due_later_waits_for_one_due_sooner_when_both_can_still_finish() -> None:
    # A needs 0.6 of the team for the 60 minutes to its target, B (priority 10) 0.6 for 300: together
    # 1.2 now, but B is chosen first (10 / 0.6) and A then still fits the soonest due first (A's 36
    # share-minutes by 60; 36 + 180 by 300): A gets its need now, B the 0.4 left (and more once A is done)
    needs = [pacing.Need(0.6, 2, due=60), pacing.Need(0.6, 10, due=300)]
    assert pacing.allot(needs) == pytest.approx([0.6, 0.4])
    # B due after 100 minutes instead: 36 + 90 > 100, A would make B late: B its need, A what is left
    needs = [pacing.Need(0.6, 2, due=60), pacing.Need(0.9, 10, due=100)]
    assert pacing.allot(needs) == pytest.approx([0.1, 0.9])
    # exactly at the boundary: 36 + 0.64 × 100 = 100 fits
    needs = [pacing.Need(0.6, 2, due=60), pacing.Need(0.64, 10, due=100)]
    assert pacing.allot(needs) == pytest.approx([0.6, 0.4])


def test_pacing_aims_at_the_deadline_less_the_retries_time() -> None:
    deadline = NOW + timedelta(hours=3)
    # 3 attempts, 30 minutes after no answer: an hour of retries after a record's first attempt
    assert pacing.paced_to(NOW, deadline, 3, 1800) == deadline - timedelta(hours=1)
    # near the deadline, a third of the time left (the retries come sooner then)
    later = deadline - timedelta(minutes=90)
    assert pacing.paced_to(later, deadline, 3, 1800) == later + timedelta(minutes=30)
    assert pacing.paced_to(deadline - timedelta(minutes=91), deadline, 3, 1800) == deadline - timedelta(hours=1)
    assert pacing.paced_to(deadline, deadline, 3, 1800) == deadline
    assert pacing.paced_to(NOW, deadline, 1, 1800) == deadline  # no retries
