"""Building blocks of the CRM contract: ids, times, money, record metadata, pages, errors.

Conventions (see docs/api-conventions.md):

* ids are UUID strings (lower-case, hyphenated); a client may supply one on create;
* times are timezone-aware and travel as ISO 8601 UTC with ``Z``;
* money is an **integer number of cents (fen, CNY)** in fields named ``*_cents``;
* Create models reject unknown fields (``extra="forbid"``) so a typo is a 422, not silently dropped;
  Read models ignore unknown fields so an older client keeps working against a newer server;
* Update (PATCH) models have every field optional: only the fields sent are changed. A nested
  object (address, preferences) or a list (phones, tags, lines) is replaced as a whole.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timezone
from typing import Annotated, Any, Generic, TypeVar

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, PlainSerializer

from crm.phones import InvalidPhoneNumber, normalize_phone

logger = logging.getLogger(__name__)

API_PREFIX = "/api/v1"
MAX_OFFSET = 2**63 - 1
"""The largest ``offset`` of a list (the databases' 64-bit integers); larger is 422."""


def _check_uuid(value: str) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except (ValueError, AttributeError, TypeError):
        raise ValueError("must be a UUID such as 123e4567-e89b-12d3-a456-426614174000") from None


def _to_utc(value: datetime) -> datetime:
    try:
        return value.astimezone(timezone.utc)
    except OverflowError:  # e.g. 0001-01-01T00:00:00+03:00 is in year 0 in UTC
        raise ValueError("the time is out of range in UTC") from None


def _check_phone(value: str) -> str:
    try:
        normalize_phone(value)
    except InvalidPhoneNumber as exc:
        raise ValueError(f"{exc}: {value!r}") from None
    return value


Id = Annotated[str, AfterValidator(_check_uuid)]
"""UUID string; normalised to lower-case hyphenated form."""

UtcDatetime = Annotated[
    AwareDatetime,
    AfterValidator(_to_utc),
    PlainSerializer(
        lambda v: v.astimezone(timezone.utc).isoformat().replace("+00:00", "Z"), return_type=str, when_used="json"
    ),
]
"""A timezone-aware time (naive times are rejected), converted to UTC, serialised with ``Z``."""

Cents = Annotated[int, Field(ge=0, le=10**12, description="Money in integer cents (fen, CNY)")]
PhoneText = Annotated[str, Field(min_length=3, max_length=40), AfterValidator(_check_phone)]
"""A phone number in any common form; the server stores it normalised by :mod:`crm.phones`."""
ShortText = Annotated[str, Field(max_length=200)]
LongText = Annotated[str, Field(max_length=4000)]
Name = Annotated[str, Field(min_length=1, max_length=100)]


def new_id() -> str:
    """A fresh record id (clients use this for offline creates)."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class Contract(BaseModel):
    """Base of every contract model. Validators are built on first use (``defer_build``): a desktop
    imports the whole contract but validates a few of its models, and building them all at start-up
    cost about 5 MiB of memory."""

    model_config = ConfigDict(defer_build=True)


class CreateModel(Contract):
    """Body of a POST: unknown fields are an error; ``id`` may be supplied by the client."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: Id | None = Field(default=None, description="Client-chosen UUID (idempotent offline creates)")


class UpdateModel(Contract):
    """Body of a PATCH: every field optional; only the fields sent are changed."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    def changes(self) -> dict[str, Any]:
        """The fields the client actually sent (``None`` included when sent explicitly)."""
        return self.model_dump(exclude_unset=True)


class ReadModel(Contract):
    """A record as the server returns it."""

    model_config = ConfigDict(extra="ignore", from_attributes=True)

    id: Id
    version: int = Field(ge=1, description="Starts at 1, +1 per update; sent back in If-Match")
    created_at: UtcDatetime
    updated_at: UtcDatetime


class ValueModel(Contract):
    """A nested value object (address, phone, preferences, order line)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, from_attributes=True)


T = TypeVar("T")


class Page(Contract, Generic[T]):
    """``GET /api/v1/{entity}?limit=&offset=``."""

    items: list[T]
    total: int
    limit: int
    offset: int


class Changes(Contract, Generic[T]):
    """``GET /api/v1/{entity}/changes?cursor=&limit=``: repeat with ``cursor`` until not ``has_more``."""

    items: list[T]
    deleted: list[str] = Field(default_factory=list)
    cursor: str
    has_more: bool


class ConflictError(Contract):
    """409 body."""

    detail: str
    code: str


class PreconditionFailed(Contract, Generic[T]):
    """412 body: the record as it is now, so the client can merge."""

    detail: str
    code: str = "version_mismatch"
    current: T


class ErrorItem(Contract):
    loc: list[str | int]
    msg: str
    type: str


class ValidationErrorBody(Contract):
    """422 body (FastAPI's shape)."""

    detail: list[ErrorItem]
