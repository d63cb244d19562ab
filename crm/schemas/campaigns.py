"""Outbound campaigns of the contract: the campaign and its rules, its target records, attempts and
their results, the reasons a record is not dialled, list imports and pacing; the do-not-call list is in
:mod:`crm.schemas.dnc` (its names are also importable from here).

Endpoints under ``/api/v1/campaigns`` and ``/api/v1/dnc`` (see docs/backoffice.md, "Campaigns").
Calling windows are per weekday (0 = Monday) in the **callee's** local time, ``[start, end)``: a
window 09:00–12:00 allows 09:00 and 11:59, not 12:00. A record's zone comes from its number
(:func:`zone_for_number`, phonenumbers' time-zone data) unless the record overrides it.
"""

from __future__ import annotations

import logging
import re
from datetime import time
from enum import Enum
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from pydantic import AfterValidator, ConfigDict, Field, model_validator

from crm.phones import DEFAULT_REGION
from crm.schemas.common import (
    Contract,
    CreateModel,
    Id,
    LongText,
    Name,
    ReadModel,
    ShortText,
    UpdateModel,
    UtcDatetime,
    ValueModel,
)
from crm.schemas.dnc import DialCheck as DialCheck
from crm.schemas.dnc import DialVerdict as DialVerdict
from crm.schemas.dnc import DncCreate as DncCreate
from crm.schemas.dnc import DncEntry as DncEntry
from crm.schemas.dnc import DncPage as DncPage
from crm.schemas.dnc import DncSource as DncSource

logger = logging.getLogger(__name__)

DEFAULT_ZONE = "Asia/Shanghai"
"""A record's zone when its number tells none (and the campaign names none)."""
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$|^24:00$")


def check_zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r} (an IANA name such as Asia/Shanghai)") from None
    return value


def _check_hhmm(value: str) -> str:
    if not _HHMM.match(value):
        raise ValueError("must be a time of day HH:MM (00:00 to 24:00)")
    return value


ZoneName = Annotated[str, Field(min_length=1, max_length=64), AfterValidator(check_zone)]
HourMinute = Annotated[str, AfterValidator(_check_hhmm)]


def zone_for_number(
    number: str | phonenumbers.PhoneNumber, fallback: str = DEFAULT_ZONE, region: str = DEFAULT_REGION
) -> str:
    """The IANA zone of ``number`` (text, or as parsed already) from phonenumbers' time-zone data (the
    first when it spans several); ``fallback`` when the data tells none."""
    from phonenumbers import timezone as phone_zones  # its data loads on first use

    try:
        parsed = number if isinstance(number, phonenumbers.PhoneNumber) else phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return fallback
    zones = [z for z in phone_zones.time_zones_for_number(parsed) if z != phone_zones.UNKNOWN_TIMEZONE]
    return zones[0] if zones else fallback


def minutes_of(hhmm: str) -> int:
    """``"09:30"`` → 570 (``"24:00"`` → 1440)."""
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


class CampaignMode(str, Enum):
    PREVIEW = "preview"  # the agent sees the card and script, then dials or skips
    PROGRESSIVE = "progressive"  # dialled as soon as the agent is Ready; the card pops on answer


class MachineAction(str, Enum):
    """What a progressive call does when answering machine detection says a machine or a fax answered."""

    HANG_UP = "hang_up"  # the call ends at once; the attempt's result is ``machine`` (no card for the agent)
    PASS_TO_AGENT = "pass_to_agent"  # the agent gets the call as any answered one


class CampaignStatus(str, Enum):
    DRAFT = "draft"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


STATUS_CHANGES: dict[CampaignStatus, frozenset[CampaignStatus]] = {
    CampaignStatus.DRAFT: frozenset({CampaignStatus.RUNNING, CampaignStatus.FINISHED}),
    CampaignStatus.RUNNING: frozenset({CampaignStatus.PAUSED, CampaignStatus.FINISHED}),
    CampaignStatus.PAUSED: frozenset({CampaignStatus.RUNNING, CampaignStatus.FINISHED}),
    CampaignStatus.FINISHED: frozenset(),
}
"""The statuses a campaign may get from each (a finished one stays finished)."""


class CallResult(str, Enum):
    """What an attempt came to: from SIP (the desktop classifies the final response) or the agent."""

    ANSWERED = "answered"
    BUSY = "busy"  # 486 / 600
    NO_ANSWER = "no_answer"  # ring timeout
    REJECTED = "rejected"  # 603
    NETWORK_ERROR = "network_error"  # 408 / 5xx
    INVALID_NUMBER = "invalid_number"  # 404 / 484 / 410 / 604: never dialled again
    MACHINE = "machine"  # answering machine or fax detected
    SKIPPED = "skipped"  # preview: the agent skipped the record (no attempt counted)


RETRY_RESULTS = (CallResult.BUSY, CallResult.NO_ANSWER, CallResult.REJECTED, CallResult.NETWORK_ERROR)


class Disposition(str, Enum):
    """The agent's disposition after an answered call."""

    SALE = "sale"
    CALL_BACK = "call_back"
    NOT_INTERESTED = "not_interested"
    WRONG_PERSON = "wrong_person"
    MACHINE = "machine"  # fax / answering machine reached a person's line


DEFAULT_ENDING = (Disposition.SALE, Disposition.NOT_INTERESTED, Disposition.WRONG_PERSON)


class RecordState(str, Enum):
    PENDING = "pending"  # waits for its turn (next_due_at, window)
    CLAIMED = "claimed"  # an agent has it now
    DONE = "done"  # ended by a disposition
    INVALID = "invalid"  # invalid or vacant number: never dialled again
    DNC = "dnc"  # put on the do-not-call list after import
    EXHAUSTED = "exhausted"  # max attempts used


FINAL_STATES = frozenset({RecordState.DONE, RecordState.INVALID, RecordState.DNC, RecordState.EXHAUSTED})


class SkipReason(str, Enum):
    """Why a record is not dialled now (``GET /campaigns/{id}/explain``)."""

    CAMPAIGN_NOT_RUNNING = "campaign_not_running"
    BEFORE_START = "before_start"
    PAST_DEADLINE = "past_deadline"
    OUTSIDE_WINDOW = "outside_window"
    ATTEMPTS_EXHAUSTED = "attempts_exhausted"
    DAILY_LIMIT = "daily_limit"  # max attempts per rolling 24 h reached
    DNC = "dnc"
    INVALID_NUMBER = "invalid_number"
    RETRY_NOT_DUE = "retry_not_due"
    CLAIMED = "claimed"  # an agent has it now
    DONE = "done"  # ended by a disposition
    CALL_BACK_QUEUE = "call_back_queue"  # done: its call back, asked for after the campaign, is in the Call Back queue


class RowProblem(str, Enum):
    """Why an imported row was not kept."""

    MISSING_NUMBER = "missing_number"
    INVALID_NUMBER = "invalid_number"
    DUPLICATE_IN_LIST = "duplicate_in_list"
    DUPLICATE_IN_CAMPAIGN = "duplicate_in_campaign"  # already a target of this campaign
    IN_RUNNING_CAMPAIGN = "in_running_campaign"  # a target of another campaign that is running
    DNC = "dnc"
    BLOCKLISTED = "blocklisted"
    UNKNOWN_CUSTOMER = "unknown_customer"
    BAD_TIME_ZONE = "bad_time_zone"


class CallingWindow(ValueModel):
    """``weekday`` (0 = Monday … 6 = Sunday), ``[start, end)`` in the callee's local time."""

    weekday: int = Field(ge=0, le=6)
    start: HourMinute
    end: HourMinute

    @model_validator(mode="after")
    def _ordered(self) -> CallingWindow:
        if minutes_of(self.end) <= minutes_of(self.start):
            raise ValueError("end must be after start")
        return self

    def start_time(self) -> time:
        return time(minutes_of(self.start) // 60, minutes_of(self.start) % 60)


def _default_windows() -> list[CallingWindow]:
    return [
        CallingWindow(weekday=day, start=start, end=end)
        for day in range(7)
        for start, end in (("09:00", "12:00"), ("14:00", "20:00"))
    ]


class RetrySpacing(ValueModel):
    """Seconds before the next attempt, per result."""

    busy_s: int = Field(default=600, ge=0, le=7 * 86400)
    no_answer_s: int = Field(default=3600, ge=0, le=7 * 86400)
    rejected_s: int = Field(default=4 * 3600, ge=0, le=7 * 86400)
    network_error_s: int = Field(default=300, ge=0, le=7 * 86400)
    near_deadline_floor_s: int | None = Field(
        default=600,
        ge=0,
        le=86400,
        description="Near the deadline, a retry comes sooner so that the record's attempts left fit in its"
        " last calling windows, but never sooner than this after the last attempt; null: never sooner",
    )

    def after(self, result: CallResult) -> int:
        return {
            CallResult.BUSY: self.busy_s,
            CallResult.REJECTED: self.rejected_s,
            CallResult.NETWORK_ERROR: self.network_error_s,
        }.get(result, self.no_answer_s)


Teams = Annotated[list[Annotated[str, Field(min_length=1, max_length=64)]], Field(max_length=50)]


class CampaignFields(Contract):
    name: Name
    script: LongText = Field(default="", description="Script / talking points shown to the agent")
    starts_at: UtcDatetime
    deadline_at: UtcDatetime
    windows: list[CallingWindow] = Field(default_factory=_default_windows, max_length=70)
    max_attempts: int = Field(default=5, ge=1, le=50, description="Attempts per record, ever")
    max_attempts_24h: int = Field(default=2, ge=1, le=50, description="Attempts per record in any 24 h")
    retry: RetrySpacing = Field(default_factory=RetrySpacing)
    ending_dispositions: list[Disposition] = Field(default_factory=lambda: list(DEFAULT_ENDING))
    priority: int = Field(default=5, ge=1, le=10, description="1 lowest … 10 highest")
    teams: Teams = Field(default_factory=list)
    mode: CampaignMode = CampaignMode.PREVIEW
    default_time_zone: ZoneName = DEFAULT_ZONE
    ring_timeout_s: int = Field(default=30, ge=5, le=120, description="No answer after this long")
    minutes_per_attempt: float = Field(default=2.0, gt=0, le=60, description="Pacing: agent time per attempt")
    machine_action: MachineAction = Field(
        default=MachineAction.PASS_TO_AGENT,
        description="Progressive calls: what a detected answering machine or fax does (the desktop's setting "
        "sip.machine_detection turns detection on)",
    )


class CampaignCreate(CampaignFields, CreateModel):
    """``POST /campaigns`` (a supervisor's teams only; created as ``draft``)."""

    @model_validator(mode="after")
    def _period(self) -> CampaignCreate:
        if self.deadline_at <= self.starts_at:
            raise ValueError("deadline_at must be after starts_at")
        return self


class CampaignUpdate(UpdateModel):
    """``PATCH /campaigns/{id}`` (``If-Match``); ``status`` runs, pauses or finishes it."""

    name: Name | None = None
    script: LongText | None = None
    starts_at: UtcDatetime | None = None
    deadline_at: UtcDatetime | None = None
    windows: list[CallingWindow] | None = Field(default=None, max_length=70)
    max_attempts: int | None = Field(default=None, ge=1, le=50)
    max_attempts_24h: int | None = Field(default=None, ge=1, le=50)
    retry: RetrySpacing | None = None
    ending_dispositions: list[Disposition] | None = None
    priority: int | None = Field(default=None, ge=1, le=10)
    teams: Teams | None = None
    mode: CampaignMode | None = None
    status: CampaignStatus | None = None
    default_time_zone: ZoneName | None = None
    ring_timeout_s: int | None = Field(default=None, ge=5, le=120)
    minutes_per_attempt: float | None = Field(default=None, gt=0, le=60)
    machine_action: MachineAction | None = None


class CampaignRead(CampaignFields, ReadModel):
    status: CampaignStatus
    created_by: str | None = None


class TargetRecord(Contract):
    """One target of a campaign."""

    model_config = ConfigDict(extra="ignore", from_attributes=True)

    id: Id
    campaign_id: Id
    row_number: int | None = Field(default=None, description="Its row in the imported file")
    phone: str = Field(description="As imported")
    number: str = Field(description="Normalised (E.164 for a valid number): what to dial")
    customer_id: str | None = Field(
        default=None, description="The list's customer id, else the one customer whose number it is"
    )
    name: str = Field(default="", description="The list's name for the callee (its name column)")
    notes: str = Field(default="", description="The list's notes on the callee (its notes column)")
    time_zone: str
    zone_overridden: bool = False
    attempts: int = 0
    state: RecordState
    last_result: CallResult | None = None
    last_disposition: Disposition | None = None
    last_attempt_at: UtcDatetime | None = None
    next_due_at: UtcDatetime | None = None
    claimed_by: str | None = None
    claimed_at: UtcDatetime | None = None
    claim_expires_at: UtcDatetime | None = Field(
        default=None, description="The claim lapses then unless renewed (POST /campaigns/records/{id}/renew)"
    )
    callback_id: str | None = Field(
        default=None,
        description="Done with a call back asked for after the campaign's last calling window: the Call Back"
        " queue entry it was handed to",
    )
    version: int = 1


class TargetPage(Contract):
    items: list[TargetRecord]
    total: int
    limit: int
    offset: int


class ClaimedTarget(Contract):
    """``POST /campaigns/claim-next``: the record an agent now holds, with what to say."""

    record: TargetRecord
    campaign_id: Id
    campaign_name: str
    script: str
    mode: CampaignMode
    ring_timeout_s: int
    machine_action: MachineAction = MachineAction.PASS_TO_AGENT
    call_back_queue_from: UtcDatetime | None = Field(
        default=None,
        description="A call back asked for at or after this (the close of the record's last calling window"
        " before the deadline) goes to the general Call Back queue and ends the record",
    )


class AttemptReport(Contract):
    """``POST /campaigns/records/{id}/result`` (the agent holding the record; ``Idempotency-Key``).

    ``result`` is the SIP outcome (``skipped`` for a preview skip: no attempt counted); an answered
    call carries the agent's ``disposition``; ``call_back`` needs ``call_back_at``. A call back at or
    after :attr:`ClaimedTarget.call_back_queue_from` is handed to the general Call Back queue (the
    customer, the number, that time, the campaign's name as its reason, ``notes``) in the same
    transaction, and the record is done (``callback_id`` names the entry)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    result: CallResult
    disposition: Disposition | None = None
    call_back_at: UtcDatetime | None = None
    notes: LongText = ""
    sip_code: int | None = Field(default=None, ge=100, le=699)

    @model_validator(mode="after")
    def _consistent(self) -> AttemptReport:
        if self.disposition is Disposition.CALL_BACK and self.call_back_at is None:
            raise ValueError("a call back needs call_back_at")
        return self


class RecordSkips(Contract):
    record_id: Id
    phone: str
    state: RecordState
    reasons: list[SkipReason]
    local_time: str = Field(description="The callee's local time now, e.g. 2026-01-05T08:59+08:00")
    next_possible_at: UtcDatetime | None = Field(
        default=None,
        description="None: not known (the campaign is not running or is past its deadline, the record ended)",
    )


class ExplainPage(Contract):
    items: list[RecordSkips]
    total: int
    limit: int
    offset: int


class ColumnMapping(Contract):
    """Which column of the file holds what (the header text; for a file without a header row, the
    column letter: ``A``, ``B``, …)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    phone: ShortText = Field(min_length=1)
    customer_id: ShortText | None = None
    time_zone: ShortText | None = None
    name: ShortText | None = None
    notes: ShortText | None = None


class RowError(Contract):
    row: int = Field(
        description="The line of the file (the header is line 1; blank lines count); from a customer search,"
        " the customer's place in its results"
    )
    problem: RowProblem = Field(description="A key the desktop translates")
    value: str = Field(default="", description="The cell at fault")
    first_row: int | None = Field(default=None, description="duplicate_in_list: the row it repeats")


class SharedNumber(Contract):
    """A kept row whose number several customers have: kept without a customer."""

    row: int = Field(description="The line of the file, as :attr:`RowError.row`")
    value: str = Field(description="The number as the file has it")
    customers: int = Field(description="How many customers have the number")


class ImportReport(Contract):
    """What an import kept and why other rows were not kept. Kept rows are written in one transaction
    (all or none); ``dry_run`` writes nothing. A kept row without a customer id is matched to the customer
    whose number it is (the screen pop's lookup), unless several customers have it (``shared``)."""

    kept: int
    rejected: list[RowError]
    rows: int
    dry_run: bool = False
    matched: int = Field(default=0, description="Kept rows given a customer by their number")
    shared: list[SharedNumber] = Field(default_factory=list)
    replaced: int = Field(default=0, description="The draft's earlier records the list replaced (``replace``)")


class SearchTargets(Contract):
    """``POST /campaigns/{id}/records/from-search``: the customers a search finds (the conditions of
    ``/customers/search``: preference flags, call window, region, tags …), each by their first number."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    search: dict[str, object] = Field(default_factory=dict, description="CustomerSearch conditions")
    limit: int = Field(default=5000, ge=1, le=50000)
    dry_run: bool = False


class CampaignProgress(Contract):
    """``GET /campaigns/{id}/progress`` and ``GET /campaigns/progress`` (supervisors)."""

    campaign_id: Id
    name: str
    status: CampaignStatus
    priority: int
    deadline_at: UtcDatetime
    total: int
    done: int
    left: int
    invalid: int
    dnc: int
    exhausted: int
    attempts: int
    contact_rate: float = Field(description="Contacts ÷ attempts (crm.campaign_kpis: answered by a person)")
    conversion_rate: float = Field(description="Sales ÷ contacts (crm.campaign_kpis)")
    expected_attempts_per_record: float
    agents_on_it: int
    agent_names: list[str] = Field(default_factory=list, description="The agents on it, by display name")
    required_agent_minutes: float
    callable_agent_minutes: float
    required_share: float = Field(description="Share of the team's callable capacity it needs (may be > 1)")
    allotted_share: float = Field(description="Its share when capacity is divided by need and priority")
    paced_to_at: UtcDatetime | None = Field(
        default=None, description="When pacing aims to have its work done: the deadline less its retries' time"
    )
    projected_finish_at: UtcDatetime | None = Field(description="At the current staffing; None: never")
    at_risk: bool


class ProgressList(Contract):
    items: list[CampaignProgress]
