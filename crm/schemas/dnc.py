"""The do-not-call list of the contract (``/api/v1/dnc``, see docs/backoffice.md, "Campaigns"): numbers
and customers never called by a campaign, and a manual dial's check against it."""

from __future__ import annotations

import logging
from enum import Enum

from pydantic import ConfigDict, Field, model_validator

from crm.schemas.common import Contract, CreateModel, Id, ShortText, UtcDatetime

logger = logging.getLogger(__name__)


class DncSource(str, Enum):
    CUSTOMER_REQUEST = "customer_request"
    REGULATOR = "regulator"
    COMPLAINT = "complaint"
    IMPORT = "import"
    OTHER = "other"


class DncCreate(CreateModel):
    """``POST /dnc``: a number or a customer (or both)."""

    number: str | None = Field(default=None, min_length=3, max_length=40)
    customer_id: Id | None = None
    source: DncSource = DncSource.CUSTOMER_REQUEST
    note: ShortText = ""

    @model_validator(mode="after")
    def _something(self) -> DncCreate:
        if not self.number and not self.customer_id:
            raise ValueError("name the number or the customer")
        return self


class DncEntry(Contract):
    model_config = ConfigDict(extra="ignore", from_attributes=True)

    id: Id
    number: str | None = None
    customer_id: str | None = None
    source: DncSource
    note: str = ""
    created_at: UtcDatetime
    created_by: str | None = None


class DncPage(Contract):
    items: list[DncEntry]
    total: int
    limit: int
    offset: int


class DialVerdict(str, Enum):
    ALLOWED = "allowed"
    WARN = "warn"  # on the do-not-call list; the policy lets the agent dial after a warning
    FORBIDDEN = "forbidden"  # on the list and the policy forbids dialling it


class DialCheck(Contract):
    """``GET /dnc/check?number=``: may a manual dial go to this number."""

    verdict: DialVerdict
    entries: list[DncEntry] = Field(default_factory=list)
