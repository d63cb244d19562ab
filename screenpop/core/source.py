"""Where pop data is read from: one small protocol, implemented over the local store and the CRM."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from screenpop.core.models import (
    ComplaintLine,
    CustomerInfo,
    MediaSourceInfo,
    OrderLine,
    TimelineEntry,
    TodoLine,
)

logger = logging.getLogger(__name__)


class SourceUnavailable(Exception):
    """The source cannot answer now (e.g. the CRM is unreachable); the caller falls back."""


@runtime_checkable
class PopSource(Protocol):
    """Read-only queries the pop assembly needs. Phones are canonical E.164 strings."""

    def customer_by_id(self, customer_id: str) -> CustomerInfo | None:
        """The customer with this id, or None."""

    def customers_by_phone(self, phone: str, limit: int = 10) -> Sequence[CustomerInfo]:
        """Customers having this normalised phone number (at most ``limit``)."""

    def history(self, customer_id: str, limit: int) -> Sequence[TimelineEntry]:
        """Past contacts (calls with disposition, notes), any order; the assembly sorts."""

    def complaints(self, customer_id: str) -> Sequence[ComplaintLine]:
        """Complaints, open ones at least."""

    def recent_orders(self, customer_id: str, limit: int) -> Sequence[OrderLine]:
        """The customer's most recent orders."""

    def open_todos(self, customer_id: str) -> Sequence[TodoLine]:
        """To-dos about this customer that are not done."""

    def media_source(self, dnis: str) -> MediaSourceInfo | None:
        """The media source (channel, programme, advert, campaign) behind a dialled number."""
