"""Call logs, blocklist entries and media sources (DNIS → channel/programme/advert/campaign)."""

from __future__ import annotations

import logging
from enum import Enum

from pydantic import Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from crm.schemas.activity import Direction
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

logger = logging.getLogger(__name__)

Seconds = Field(default=0, ge=0, le=86400 * 7)


class CallDirection(str, Enum):
    INBOUND = Direction.INBOUND.value
    OUTBOUND = Direction.OUTBOUND.value


def _check_times(model: CallLogCreate) -> CallLogCreate:
    errors = []
    if model.answer_at and model.answer_at < model.ring_at:
        errors.append(
            InitErrorDetails(
                type=PydanticCustomError("time_order", "answer_at must not be before ring_at"),
                loc=("answer_at",),
                input=model.answer_at,
            )
        )
    start = model.answer_at or model.ring_at
    if model.end_at and model.end_at < start:
        errors.append(
            InitErrorDetails(
                type=PydanticCustomError("time_order", "end_at must not be before the call started"),
                loc=("end_at",),
                input=model.end_at,
            )
        )
    if errors:
        raise ValidationError.from_exception_data(type(model).__name__, errors)
    return model


class CallLogCreate(CreateModel):
    direction: CallDirection
    caller: str = Field(default="", max_length=40, description="Calling number as received")
    callee: str = Field(default="", max_length=40)
    dnis: str = Field(default="", max_length=40, description="Dialled number (which line/advert)")
    media_source_id: Id | None = None
    ring_at: UtcDatetime
    answer_at: UtcDatetime | None = None
    end_at: UtcDatetime | None = None
    talk_seconds: int = Seconds
    hold_seconds: int = Seconds
    wrapup_seconds: int = Seconds
    disposition: ShortText = ""
    abnormal: bool = False
    abnormal_reason: ShortText = ""
    agent_id: Id | None = Field(default=None, description="Defaults to the signed-in user")
    customer_id: Id | None = None
    sip_call_id: str = Field(default="", max_length=200)
    notes: LongText = ""

    _times = model_validator(mode="after")(_check_times)


class CallLogUpdate(UpdateModel):
    answer_at: UtcDatetime | None = None
    end_at: UtcDatetime | None = None
    talk_seconds: int | None = Field(default=None, ge=0, le=86400 * 7)
    hold_seconds: int | None = Field(default=None, ge=0, le=86400 * 7)
    wrapup_seconds: int | None = Field(default=None, ge=0, le=86400 * 7)
    disposition: ShortText | None = None
    abnormal: bool | None = None
    abnormal_reason: ShortText | None = None
    customer_id: Id | None = None
    media_source_id: Id | None = None
    notes: LongText | None = None


class CallLogRead(ReadModel):
    direction: CallDirection
    caller: str
    caller_normalized: str | None = None
    callee: str
    dnis: str
    media_source_id: str | None
    ring_at: UtcDatetime
    answer_at: UtcDatetime | None
    end_at: UtcDatetime | None
    talk_seconds: int
    hold_seconds: int
    wrapup_seconds: int
    disposition: str
    abnormal: bool
    abnormal_reason: str
    agent_id: str | None
    customer_id: str | None
    sip_call_id: str
    notes: str = ""


class BlocklistCreate(CreateModel):
    number: PhoneText
    reason: ShortText = ""
    expires_at: UtcDatetime | None = None


class BlocklistUpdate(UpdateModel):
    reason: ShortText | None = None
    expires_at: UtcDatetime | None = None


class BlocklistRead(ReadModel):
    number: str = Field(description="Normalised (crm.phones); unique among live entries")
    reason: str
    expires_at: UtcDatetime | None
    created_by: str | None


class MediaSourceCreate(CreateModel):
    dnis: PhoneText
    channel: str = Field(min_length=1, max_length=100, description="TV channel / platform, e.g. 湖南卫视")
    programme: str = Field(default="", max_length=100)
    advert: str = Field(default="", max_length=100)
    campaign: str = Field(default="", max_length=100)
    active: bool = True


class MediaSourceUpdate(UpdateModel):
    channel: str | None = Field(default=None, min_length=1, max_length=100)
    programme: str | None = Field(default=None, max_length=100)
    advert: str | None = Field(default=None, max_length=100)
    campaign: str | None = Field(default=None, max_length=100)
    active: bool | None = None


class MediaSourceRead(ReadModel):
    dnis: str = Field(description="Normalised (crm.phones); unique")
    channel: str
    programme: str
    advert: str
    campaign: str
    active: bool
