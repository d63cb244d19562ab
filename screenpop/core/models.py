"""The view model of a screen-pop: plain dataclasses the card widget paints.

Every text field holds data as stored (customer text is untrusted: the widgets show it as plain
text). A :class:`PopSource` returns these records; :mod:`screenpop.core.lookup` assembles them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from screenpop.core.identity import CallerIdentity

logger = logging.getLogger(__name__)


class PopKind(str, Enum):
    """What the card shows."""

    CUSTOMER = "customer"
    """One customer identified: the full card."""
    CHOOSE = "choose"
    """Several customers share the number: the agent picks one."""
    NEW_CALLER = "new_caller"
    """Nobody known (or a withheld number): the quick-create form."""


FOUND_BY_CHOICE = "choice"
"""The agent picked the customer (a chooser, a quick-create, a dial for a known customer)."""
FOUND_BY_CUSTOMER_ID = "customer_id"
"""The customer id sent with the call (``PopConfig.customer_id_header``)."""
FOUND_BY_NUMBER = "number"
"""The caller's (or dialled) number."""


class TimelineKind(str, Enum):
    CALL = "call"
    NOTE = "note"
    ORDER = "order"
    COMPLAINT = "complaint"
    TODO = "todo"
    OTHER = "other"


@dataclass(frozen=True)
class CustomerInfo:
    id: str
    name: str
    phones: tuple[str, ...] = ()
    address: str = ""
    vip_level: str = ""
    tags: tuple[str, ...] = ()
    accepts_samples: bool | None = None
    follow_up_opt_in: bool | None = None
    call_window: str = ""
    version: int = 0


@dataclass(frozen=True)
class TimelineEntry:
    """One past contact: a call with its disposition, a note, an order, a complaint."""

    when: datetime | None
    kind: TimelineKind
    summary: str
    detail: str = ""
    ref_id: str = ""
    call_log_id: str = ""
    """The call log of a call (a call's row, or a contact logged for a call): its recording's key."""


@dataclass(frozen=True)
class ComplaintLine:
    id: str
    opened_at: datetime | None
    status: str
    category: str = ""
    summary: str = ""
    is_open: bool = True


@dataclass(frozen=True)
class OrderLine:
    id: str
    number: str
    created_at: datetime | None
    status: str
    courier: str = ""
    tracking: str = ""
    total: str = ""


@dataclass(frozen=True)
class TodoLine:
    id: str
    title: str
    due: datetime | None = None
    status: str = "open"


@dataclass(frozen=True)
class MediaSourceInfo:
    """Where the caller saw us: looked up by the dialled number (DNIS)."""

    dnis: str
    channel: str = ""
    programme: str = ""
    advert: str = ""
    campaign: str = ""
    id: str = ""


@dataclass(frozen=True)
class CardModel:
    """Everything the customer card paints for one ringing (or finished) call."""

    call_id: str
    identity: CallerIdentity
    kind: PopKind
    customer: CustomerInfo | None = None
    candidates: tuple[CustomerInfo, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    complaints: tuple[ComplaintLine, ...] = ()
    orders: tuple[OrderLine, ...] = ()
    todos: tuple[TodoLine, ...] = ()
    media_source: MediaSourceInfo | None = None
    offline: bool = False
    """True when the data came only from the local store because the CRM is unreachable."""
    origin: str = "local"
    """"local" (the store, at ring time) or "crm" (the background refresh)."""
    notes: tuple[str, ...] = field(default=())
    """Translatable remarks about the assembly (e.g. the header customer id was unknown)."""
    found_by: str = ""
    """What found :attr:`customer`: a :data:`FOUND_BY_CHOICE`, :data:`FOUND_BY_CUSTOMER_ID` or
    :data:`FOUND_BY_NUMBER`; empty when no customer is shown."""

    def number_to_dial(self) -> str:
        """The number to call this card's party on: the call's number, else the customer's first phone."""
        ident = self.identity
        if ident.number_raw and not ident.withheld:
            return ident.number_raw
        return self.customer.phones[0] if self.customer and self.customer.phones else ""

    @property
    def open_complaints(self) -> tuple[ComplaintLine, ...]:
        return tuple(c for c in self.complaints if c.is_open)
