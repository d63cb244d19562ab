"""Contact history, complaints, to-dos and callbacks."""

from __future__ import annotations

import logging
from enum import Enum

from pydantic import Field

from crm.schemas.callbacks import (
    CallbackAttempt,
    CallbackSource,
    MaxAttempts,
    RetrySpacing,
)
from crm.schemas.common import (
    CreateModel,
    Id,
    LongText,
    PhoneText,
    ReadModel,
    ShortText,
    UpdateModel,
    UtcDatetime,
)
from crm.schemas.complaint_steps import ComplaintStep, StatusNote

TeamName = Field(default="", max_length=64, description="Team the item is shared with ('' = none)")

logger = logging.getLogger(__name__)


class Channel(str, Enum):
    CALL = "call"
    NOTE = "note"
    SMS = "sms"
    EMAIL = "email"
    WECHAT = "wechat"
    VISIT = "visit"


class Direction(str, Enum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    INTERNAL = "internal"


class ContactCreate(CreateModel):
    customer_id: Id
    channel: Channel
    direction: Direction = Direction.INBOUND
    occurred_at: UtcDatetime | None = Field(default=None, description="Defaults to the server time")
    agent_id: Id | None = Field(default=None, description="Defaults to the signed-in user")
    summary: LongText = ""
    disposition: ShortText = ""
    call_log_id: Id | None = None


class ContactUpdate(UpdateModel):
    summary: LongText | None = None
    disposition: ShortText | None = None


class ContactRead(ReadModel):
    customer_id: str
    channel: Channel
    direction: Direction
    occurred_at: UtcDatetime
    agent_id: str | None
    summary: str
    disposition: str
    call_log_id: str | None = None


class ComplaintCategory(str, Enum):
    QUALITY = "quality"
    DELIVERY = "delivery"
    SERVICE = "service"
    BILLING = "billing"
    REFUND = "refund"
    OTHER = "other"


class Severity(str, Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class ComplaintStatus(str, Enum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED = "closed"


COMPLAINT_TRANSITIONS: dict[ComplaintStatus, frozenset[ComplaintStatus]] = {
    ComplaintStatus.OPEN: frozenset({ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED}),
    ComplaintStatus.IN_PROGRESS: frozenset({ComplaintStatus.RESOLVED}),
    ComplaintStatus.RESOLVED: frozenset({ComplaintStatus.CLOSED, ComplaintStatus.IN_PROGRESS}),
    ComplaintStatus.CLOSED: frozenset(),
}
"""Allowed status changes (PATCH ``status``); anything else is 409 ``invalid_transition``."""


class ComplaintCreate(CreateModel):
    customer_id: Id
    order_id: Id | None = None
    category: ComplaintCategory
    severity: Severity = Severity.MEDIUM
    summary: ShortText = Field(min_length=1)
    description: LongText = ""
    due_at: UtcDatetime | None = None
    assignee_id: Id | None = None


class ComplaintUpdate(UpdateModel):
    order_id: Id | None = None
    category: ComplaintCategory | None = None
    severity: Severity | None = None
    status: ComplaintStatus | None = None
    summary: ShortText | None = Field(default=None, min_length=1)
    description: LongText | None = None
    resolution: LongText | None = None
    due_at: UtcDatetime | None = None
    assignee_id: Id | None = None
    status_note: str | None = StatusNote


class ComplaintRead(ReadModel):
    customer_id: str
    order_id: str | None
    category: ComplaintCategory
    severity: Severity
    status: ComplaintStatus
    summary: str
    description: str
    resolution: str = ""
    due_at: UtcDatetime | None
    assignee_id: str | None
    created_by: str | None = None
    history: list[ComplaintStep] = Field(default_factory=list, description="Oldest first")


class Priority(str, Enum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class TodoStatus(str, Enum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class TodoCreate(CreateModel):
    title: ShortText = Field(min_length=1)
    customer_id: Id | None = None
    call_log_id: Id | None = None
    due_at: UtcDatetime | None = None
    priority: Priority = Priority.NORMAL
    assignee_id: Id | None = Field(default=None, description="Defaults to the signed-in user unless team is set")
    team: str = TeamName
    notes: LongText = ""


class TodoUpdate(UpdateModel):
    title: ShortText | None = Field(default=None, min_length=1)
    customer_id: Id | None = None
    due_at: UtcDatetime | None = None
    priority: Priority | None = None
    assignee_id: Id | None = None
    team: str | None = Field(default=None, max_length=64)
    notes: LongText | None = None
    status: TodoStatus | None = None
    snoozed_until: UtcDatetime | None = Field(default=None, description="Alert again at this time")
    alerted_at: UtcDatetime | None = Field(default=None, description="When the due alert was shown")


class TodoRead(ReadModel):
    title: str
    customer_id: str | None
    call_log_id: str | None
    due_at: UtcDatetime | None
    priority: Priority
    assignee_id: str | None
    notes: str
    status: TodoStatus
    team: str = ""
    created_by: str | None = None
    snoozed_until: UtcDatetime | None = None
    alerted_at: UtcDatetime | None = None
    completed_at: UtcDatetime | None = None


class CallbackStatus(str, Enum):
    PENDING = "pending"
    CLAIMED = "claimed"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class CallbackCreate(CreateModel):
    number: PhoneText
    customer_id: Id | None = None
    requested_at: UtcDatetime | None = Field(default=None, description="When the caller asked; default now")
    due_at: UtcDatetime | None = Field(default=None, description="When to call back; None = as soon as possible")
    dnis: str = Field(default="", max_length=40, description="Number the customer originally dialled")
    media_source_id: Id | None = None
    reason: ShortText = ""
    source: CallbackSource = CallbackSource.MANUAL
    max_attempts: int = MaxAttempts
    retry_spacing_s: int = RetrySpacing


class CallbackUpdate(UpdateModel):
    """``status``, ``attempts`` and the claim change only through the actions (claim, release,
    attempt), which check who holds the claim; a PATCH carrying them is refused (422)."""

    customer_id: Id | None = None
    due_at: UtcDatetime | None = None
    reason: ShortText | None = None
    notes: LongText | None = None


class CallbackRead(ReadModel):
    number: str = Field(description="Normalised (crm.phones)")
    customer_id: str | None
    requested_at: UtcDatetime
    due_at: UtcDatetime | None
    dnis: str
    media_source_id: str | None
    reason: str
    attempts: int
    status: CallbackStatus
    claimed_by: str | None
    claimed_at: UtcDatetime | None
    notes: str = ""
    source: CallbackSource = CallbackSource.MANUAL
    max_attempts: int = 3
    retry_spacing_s: int = 900
    last_outcome: str | None = None
    last_attempt_at: UtcDatetime | None = None
    attempt_log: list[CallbackAttempt] = Field(default_factory=list)
