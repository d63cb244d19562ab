"""Customers: phones, address, tags, VIP level, preferences; and the search query."""

from __future__ import annotations

import logging
from enum import Enum
from typing import Annotated

from pydantic import ConfigDict, Field, field_validator

from crm.schemas.activity import ComplaintStatus
from crm.schemas.common import (
    MAX_OFFSET,
    Contract,
    CreateModel,
    Id,
    LongText,
    Name,
    PhoneText,
    ReadModel,
    UpdateModel,
    UtcDatetime,
    ValueModel,
)
from crm.schemas.day_or_time import DayOrTime

logger = logging.getLogger(__name__)

Tag = Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[^|,]+$")]
VipLevel = Annotated[int, Field(ge=0, le=5, description="0 = ordinary, 5 = top VIP")]


class PhoneType(str, Enum):
    MOBILE = "mobile"
    HOME = "home"
    WORK = "work"
    FAX = "fax"
    OTHER = "other"


class CallWindow(str, Enum):
    ANYTIME = "anytime"
    MORNING = "morning"  # 09:00-12:00
    AFTERNOON = "afternoon"  # 12:00-18:00
    EVENING = "evening"  # 18:00-21:00
    WEEKEND = "weekend"


class CustomerPhoneRead(Contract):
    """One phone of a customer as the server returns it (not re-parsed: reading stays fast)."""

    model_config = ConfigDict(extra="ignore", from_attributes=True)

    number: str
    type: PhoneType = PhoneType.MOBILE
    normalized: str | None = Field(default=None, description="Canonical form (crm.phones); read-only")


class CustomerPhone(CustomerPhoneRead):
    """One phone of a customer in a create/update. ``number`` is kept as typed and must be a phone
    number; ``normalized`` is filled by the server."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, from_attributes=True)

    number: PhoneText


class Address(ValueModel):
    province: str = Field(default="", max_length=32)
    city: str = Field(default="", max_length=32)
    district: str = Field(default="", max_length=32)
    street: str = Field(default="", max_length=200)
    postal_code: str = Field(default="", max_length=12, pattern=r"^[0-9A-Za-z -]*$")


class Preferences(ValueModel):
    accepts_samples: bool = False
    follow_up_opt_in: bool = False
    call_window: CallWindow = CallWindow.ANYTIME


def _check_phones(phones: list[CustomerPhone]) -> list[CustomerPhone]:
    from crm.phones import normalize_phone

    seen: set[str] = set()
    for phone in phones:
        canonical = normalize_phone(phone.number)
        if canonical in seen:
            raise ValueError(f"phone {phone.number!r} is listed twice")
        seen.add(canonical)
    return phones


def _check_tags(tags: list[str]) -> list[str]:
    return list(dict.fromkeys(tags))


class CustomerCreate(CreateModel):
    name: Name
    phones: list[CustomerPhone] = Field(default_factory=list, max_length=10)
    address: Address = Field(default_factory=Address)
    tags: list[Tag] = Field(default_factory=list, max_length=30)
    vip_level: VipLevel = 0
    preferences: Preferences = Field(default_factory=Preferences)
    notes: LongText = ""
    owner_id: Id | None = Field(default=None, description="Agent who looks after this customer")

    _phones = field_validator("phones")(_check_phones)
    _tags = field_validator("tags")(_check_tags)


class CustomerUpdate(UpdateModel):
    name: Name | None = None
    phones: list[CustomerPhone] | None = Field(default=None, max_length=10)
    address: Address | None = None
    tags: list[Tag] | None = Field(default=None, max_length=30)
    vip_level: VipLevel | None = None
    preferences: Preferences | None = None
    notes: LongText | None = None
    owner_id: Id | None = None

    @field_validator("phones")
    @classmethod
    def _phones(cls, v: list[CustomerPhone] | None) -> list[CustomerPhone] | None:
        return None if v is None else _check_phones(v)

    @field_validator("tags")
    @classmethod
    def _tags(cls, v: list[str] | None) -> list[str] | None:
        return None if v is None else _check_tags(v)


class CustomerRead(ReadModel):
    name: str
    name_initials: str = Field(default="", description="Pinyin initials of the name, e.g. 'zw' for 张伟")
    phones: list[CustomerPhoneRead]
    address: Address
    tags: list[str]
    vip_level: int
    preferences: Preferences
    notes: str
    owner_id: str | None = None
    last_contact_at: UtcDatetime | None = Field(default=None, description="Latest contact event time")


class CustomerSearch(Contract):
    """``GET /api/v1/customers/search``: every given condition must hold (AND).

    * ``name``: prefix of the name, or of its pinyin initials (``zw`` finds 张伟; index-backed);
    * ``phone``: any form; matches a customer phone after normalisation;
    * ``city``: city starts with it (``杭州`` matches ``杭州市``);
    * ``region``: province, city or district starts with it;
    * ``tag``: the customer has the tag; ``vip_level``: exact; ``vip_min``: at least;
    * preference flags and ``call_window``: exact;
    * ``last_contact_from``/``_to``: the latest contact event time lies in the range;
    * ``order_from``/``_to``: the customer has an order created in the range;
    * ``product_sku``: the customer has an order with a line of that SKU (cancelled orders excluded);
    * ``complaint_status``: the customer has a complaint in that status.

    A range bound given as a date means that UTC day; ``_from`` is inclusive and ``_to`` includes
    the whole ``_to`` day (a datetime ``_to`` is exclusive).
    """

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str | None = Field(
        default=None,
        max_length=100,
        description=(
            "The name starts with it (张 finds 张伟), or its pinyin initials do (zw finds 张伟). A prefix, "
            "not a part: 伟 does not find 张伟."
        ),
    )
    phone: str | None = Field(default=None, max_length=40)
    city: str | None = Field(default=None, max_length=32)
    region: str | None = Field(default=None, max_length=32)
    tag: str | None = Field(default=None, max_length=32)
    vip_level: int | None = Field(default=None, ge=0, le=5)
    vip_min: int | None = Field(default=None, ge=0, le=5)
    accepts_samples: bool | None = None
    follow_up_opt_in: bool | None = None
    call_window: CallWindow | None = None
    last_contact_from: DayOrTime | None = None
    last_contact_to: DayOrTime | None = None
    order_from: DayOrTime | None = None
    order_to: DayOrTime | None = None
    product_sku: str | None = Field(default=None, max_length=32)
    complaint_status: ComplaintStatus | None = None
    limit: int = Field(default=50, ge=1, le=500)
    offset: int = Field(default=0, ge=0, le=MAX_OFFSET)
