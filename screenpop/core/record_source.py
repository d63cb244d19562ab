"""PopSource over CRM records: the local SQLite store at ring time, the CRM itself for the refresh.

Both hand out the contract's record dicts through the same four reads (:class:`Records`):
:class:`crm.store.Store` has them (each an index probe on the calling thread's reader connection,
fast enough while the phone rings; see benchmarks/screenpop_latency.py) and
:class:`screenpop.core.crm_records.CrmRecords` answers them over HTTP.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol, cast

from crm.i18n import QT_TRANSLATE_NOOP
from crm.phones import PhoneNormalizer
from crm.records import (
    CallLogRecord,
    ComplaintRecord,
    ContactRecord,
    CustomerRecord,
    MediaSourceRecord,
    OrderRecord,
    TodoRecord,
)
from screenpop.core.models import (
    ComplaintLine,
    CustomerInfo,
    MediaSourceInfo,
    OrderLine,
    TimelineEntry,
    TimelineKind,
    TodoLine,
)
from screenpop.core.session import ABNORMAL_KINDS

logger = logging.getLogger(__name__)

OPEN_COMPLAINT_STATUSES = frozenset({"open", "in_progress"})
_CHANNEL_KIND = {"call": TimelineKind.CALL, "note": TimelineKind.NOTE}


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 time from a record (``Z`` accepted), or None when missing or unreadable."""
    if not value or not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _text(value: Any) -> str:
    return "" if value is None else str(value)


class Records(Protocol):
    """The record reads a pop needs (the local store's read API)."""

    def get(self, entity: str, record_id: str) -> dict[str, Any] | None: ...

    def customers_by_phone(self, raw: str) -> list[CustomerRecord]: ...

    def related(self, entity: str, customer_id: str, *, limit: int = 50) -> list[dict[str, Any]]: ...

    def by_number(self, entity: str, number: str) -> dict[str, Any] | None: ...


class RecordPopSource:
    """Builds the card's pieces from CRM records; thread-safe when ``records`` is (the store is)."""

    def __init__(self, records: Records, phones: PhoneNormalizer) -> None:
        self._store = records
        self._phones = phones

    def customer_by_id(self, customer_id: str) -> CustomerInfo | None:
        record = cast("CustomerRecord | None", self._store.get("customers", customer_id))
        return self._customer(record) if record else None

    def customers_by_phone(self, phone: str, limit: int = 10) -> Sequence[CustomerInfo]:
        return [self._customer(r) for r in self._store.customers_by_phone(phone)[:limit]]

    def history(self, customer_id: str, limit: int) -> Sequence[TimelineEntry]:
        entries = []
        logged_calls = set()
        for contact in cast("list[ContactRecord]", self._store.related("contacts", customer_id, limit=limit)):
            if contact.get("call_log_id"):
                logged_calls.add(contact["call_log_id"])
            kind = _CHANNEL_KIND.get(_text(contact.get("channel")), TimelineKind.OTHER)
            summary = _text(contact.get("summary"))
            if kind is TimelineKind.OTHER and contact.get("channel"):
                summary = f"{contact['channel']}: {summary}"
            entries.append(
                TimelineEntry(
                    parse_time(contact.get("occurred_at")),
                    kind,
                    summary,
                    _text(contact.get("disposition")),
                    _text(contact.get("id")),
                    _text(contact.get("call_log_id")),
                )
            )
        for log in cast("list[CallLogRecord]", self._store.related("call_logs", customer_id, limit=limit)):
            if log.get("id") in logged_calls:
                continue
            detail = _text(log.get("disposition"))
            if log.get("abnormal"):
                reason = _text(log.get("abnormal_reason"))
                label = ABNORMAL_KINDS.get(reason) or reason or QT_TRANSLATE_NOOP("Pop", "Abnormal call")
                detail = f"{detail}, {label}" if detail else label
            party = log.get("callee") if log.get("direction") == "outbound" else log.get("caller")
            entries.append(
                TimelineEntry(
                    parse_time(log.get("ring_at")),
                    TimelineKind.CALL,
                    _text(log.get("notes")) or (self._phones.format(_text(party)) if party else ""),
                    detail,
                    _text(log.get("id")),
                    _text(log.get("id")),
                )
            )
        return entries

    def complaints(self, customer_id: str) -> Sequence[ComplaintLine]:
        lines = []
        for c in cast("list[ComplaintRecord]", self._store.related("complaints", customer_id, limit=100)):
            status = _text(c.get("status")) or "open"  # created here, not yet sent: the CRM opens it
            lines.append(
                ComplaintLine(
                    id=_text(c.get("id")),
                    opened_at=parse_time(c.get("created_at")),
                    status=status,
                    category=_text(c.get("category")),
                    summary=_text(c.get("summary")),
                    is_open=status in OPEN_COMPLAINT_STATUSES,
                )
            )
        return lines

    def recent_orders(self, customer_id: str, limit: int) -> Sequence[OrderLine]:
        out = []
        for o in cast("list[OrderRecord]", self._store.related("orders", customer_id, limit=limit)):
            cents = o.get("total_cents")
            total = f"¥{cents / 100:,.2f}" if isinstance(cents, int) else ""
            out.append(
                OrderLine(
                    id=_text(o.get("id")),
                    number=_text(o.get("number")),
                    created_at=parse_time(o.get("created_at")),
                    status=_text(o.get("status")),
                    courier=_text(o.get("courier")),
                    tracking=_text(o.get("tracking_number")),
                    total=total,
                )
            )
        return out

    def open_todos(self, customer_id: str) -> Sequence[TodoLine]:
        todos = [
            TodoLine(_text(t.get("id")), _text(t.get("title")), parse_time(t.get("due_at")), _text(t.get("status")))
            for t in cast("list[TodoRecord]", self._store.related("todos", customer_id, limit=100))
            if t.get("status", "open") == "open"
        ]
        todos.sort(key=lambda t: (t.due is None, t.due.timestamp() if t.due else 0.0))
        return todos

    def media_source(self, dnis: str) -> MediaSourceInfo | None:
        canonical = self._phones.try_normalize(dnis) or dnis
        record = cast("MediaSourceRecord | None", self._store.by_number("media_sources", canonical))
        if not record or record.get("active") is False:
            return None
        return MediaSourceInfo(
            dnis=_text(record.get("dnis")),
            channel=_text(record.get("channel")),
            programme=_text(record.get("programme")),
            advert=_text(record.get("advert")),
            campaign=_text(record.get("campaign")),
            id=_text(record.get("id")),
        )

    def _customer(self, record: CustomerRecord) -> CustomerInfo:
        phones = []
        for phone in record.get("phones") or ():
            if isinstance(phone, dict):
                canonical = phone.get("normalized") or self._phones.try_normalize(_text(phone.get("number")))
                phones.append(self._phones.format(canonical) if canonical else _text(phone.get("number")))
        address = record.get("address") or {}
        if isinstance(address, dict):
            address_text = " ".join(
                _text(address.get(k)) for k in ("province", "city", "district", "street") if address.get(k)
            )
        else:
            address_text = _text(address)
        prefs = record.get("preferences") or {}
        vip = record.get("vip_level")
        return CustomerInfo(
            id=_text(record.get("id")),
            name=_text(record.get("name")),
            phones=tuple(phones),
            address=address_text,
            vip_level="" if vip in (None, 0, "0") else _text(vip),
            tags=tuple(_text(t) for t in record.get("tags") or ()),
            accepts_samples=prefs.get("accepts_samples") if isinstance(prefs, dict) else None,
            follow_up_opt_in=prefs.get("follow_up_opt_in") if isinstance(prefs, dict) else None,
            call_window=_text(prefs.get("call_window")) if isinstance(prefs, dict) else "",
            version=int(record.get("version") or 0),
        )
