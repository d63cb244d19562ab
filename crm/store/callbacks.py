"""The Call Back queue in the local store: entries from missed calls, the waiting list, attempts.

* :func:`record_missed` turns a call that was not answered into a queue entry (the matched customer,
  or a new simple customer record named after the number), at most one open entry per number.
* :func:`waiting_page` is the dock's list: pending entries that are due (or mine, claimed), the longest
  waiting first; an entry with an attempt not yet delivered is already out of it. :func:`queue_head`
  adds when the next retry becomes due (one pass; the dock runs it off the GUI thread).
* :func:`campaign_targets` and :func:`add_to_call_list` hand customers (search results) to an outbound
  call list: one ``campaign`` entry per customer (first phone), ``reason`` = the list's name, at most
  :data:`CALL_LIST_LIMIT` at once, none for a customer already open on that list.
* Claims must be decided by the back office (one agent at a time), so :func:`claim` talks to it
  directly (call it off the GUI thread); attempts go through the outbox like every other write, and
  :func:`record_attempt` says what the retry rule will make of the entry (when it comes back, or given up).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, cast

from crm import outbox
from crm.client import CrmClient
from crm.client_errors import StateConflict, VersionMismatch
from crm.records import CallbackRecord
from crm.schemas.callbacks import (
    DEFAULT_MAX_ATTEMPTS,
    DEFAULT_RETRY_SPACING_S,
    AttemptOutcome,
    AttemptResult,
    CallbackSource,
    after_attempt,
    claim_expired,
)
from crm.store.store import Store
from crm.store.todos import api_time, parse_time

logger = logging.getLogger(__name__)

OPEN_STATUSES = ("pending", "claimed")

_QUEUEING = threading.Lock()
"""Held while a missed call is checked against the queue and queued: two missed calls from one number
arriving together (on two worker threads) still make one entry."""


@dataclass(frozen=True)
class MissedCall:
    """A call that should be called back (plain data from the softphone's events)."""

    number: str
    at: datetime
    source: CallbackSource
    dnis: str = ""
    headers: dict[str, list[str]] = field(default_factory=dict)


def open_callbacks(store: Store) -> list[CallbackRecord]:
    """Pending and claimed entries (finished ones stay in the store but are skipped in SQL)."""
    rows = store.db.reader().execute(
        "SELECT data FROM callbacks WHERE coalesce(json_extract(data, '$.status'), 'pending') IN ('pending', 'claimed')"
    )
    return [cast(CallbackRecord, json.loads(r[0])) for r in rows]


def _with_attempt_queued(store: Store) -> set[str]:
    rows = store.db.reader().execute(
        "SELECT DISTINCT record_id FROM outbox WHERE entity = 'callbacks' AND op = ?"
        " AND action = 'attempt' AND state = 'pending'",
        (outbox.ACTION,),
    )
    return {r[0] for r in rows}


def waiting_seconds(entry: CallbackRecord, now: datetime) -> float:
    return _waited(entry.get("requested_at"), now)


def _waited(requested_at: str | None, now: datetime) -> float:
    requested = parse_time(requested_at) or now
    return max(0.0, (now - requested).total_seconds())


_QUEUE_FIELDS = (
    "SELECT id, json_extract(data, '$.status'), json_extract(data, '$.due_at'),"
    " json_extract(data, '$.claimed_by'), json_extract(data, '$.claimed_at'),"
    " json_extract(data, '$.requested_at') FROM callbacks"
    " WHERE coalesce(json_extract(data, '$.status'), 'pending') IN ('pending', 'claimed')"
)


@dataclass(frozen=True)
class QueueHead:
    """What the dock shows: the first entries to work on, how many there are in all, when the next
    entry scheduled for later becomes due (None: none is), and the first of those scheduled for later
    (``upcoming``, soonest first: what the agent promised, listed with its time)."""

    entries: list[CallbackRecord]
    total: int
    next_due_at: datetime | None
    upcoming: list[CallbackRecord] = field(default_factory=list)


def queue_head(
    store: Store, now: datetime, me: str, *, limit: int | None = None, exclude: Iterable[str] = ()
) -> QueueHead:
    """:func:`waiting_page` and :func:`next_due_at` in one pass over the queue (safe on any thread;
    the dock calls it off the GUI thread). Entries to work on come in the order they are due: claimed
    by me first, then by their time (the time a call back was scheduled for, else when it was asked
    for: a caller who has waited since 15:00 comes before a call back promised for 16:00)."""
    queued = _with_attempt_queued(store) | set(exclude)
    ready: list[tuple[bool, float, str]] = []
    later: list[tuple[datetime, str]] = []
    for entry_id, status, due_at, claimed_by, claimed_at, requested_at in store.db.reader().execute(_QUEUE_FIELDS):
        status = status or "pending"
        due = parse_time(due_at)
        if entry_id in queued:
            if status == "pending" and due is not None and due > now:
                later.append((due, ""))  # its retry still wakes the dock; not listed
            continue
        if (
            (status == "claimed" and claimed_by == me)
            or (status == "claimed" and claim_expired(parse_time(claimed_at), now))  # holder went quiet
            or (status == "pending" and (due is None or due <= now))
        ):
            ready.append((status != "claimed", -_waited(due_at or requested_at, now), entry_id))
        elif status == "pending" and due is not None and due > now:
            later.append((due, entry_id))
    ready.sort()
    later.sort()
    chosen = [entry_id for _mine, _waited, entry_id in (ready if limit is None else ready[:limit])]
    listed = [entry_id for _due, entry_id in later if entry_id]
    listed = listed if limit is None else listed[: max(0, limit - len(chosen))]
    wanted = chosen + listed
    records = {r["id"]: cast(CallbackRecord, r) for r in store.get_many("callbacks", wanted)} if wanted else {}
    return QueueHead(
        [records[i] for i in chosen if i in records],
        len(ready),
        later[0][0] if later else None,
        [records[i] for i in listed if i in records],
    )


def waiting_page(
    store: Store, now: datetime, me: str, *, limit: int | None = None, exclude: Iterable[str] = ()
) -> tuple[list[CallbackRecord], int]:
    """The first ``limit`` entries to work on now (all with None) and how many there are in all:
    claimed by me first, then due pending ones, longest waiting first. The rules run on a few fields
    read in SQL; only the entries returned are read whole (a call list can queue thousands)."""
    head = queue_head(store, now, me, limit=limit, exclude=exclude)
    return head.entries, head.total


def waiting(store: Store, now: datetime, me: str) -> list[CallbackRecord]:
    """Every entry to work on now, in :func:`waiting_page` order."""
    return waiting_page(store, now, me)[0]


def next_due_at(store: Store, now: datetime) -> datetime | None:
    """When the next pending entry scheduled for later (a retry) becomes due."""
    rows = store.db.reader().execute(
        "SELECT json_extract(data, '$.due_at') FROM callbacks"
        " WHERE coalesce(json_extract(data, '$.status'), 'pending') = 'pending'"
        " AND json_extract(data, '$.due_at') IS NOT NULL"
    )
    times = (parse_time(due_at) for (due_at,) in rows)
    return min((t for t in times if t is not None and t > now), default=None)


def open_for_number(store: Store, number: str) -> CallbackRecord | None:
    canonical = store.phones.try_normalize(number) or number
    rows = (
        store.db.reader().execute("SELECT data FROM callbacks WHERE number IN (?, ?)", (canonical, number)).fetchall()
    )
    for (data,) in rows:
        entry = cast(CallbackRecord, json.loads(data))
        if entry.get("status", "pending") in OPEN_STATUSES:
            return entry
    return None


def record_missed(store: Store, call: MissedCall) -> CallbackRecord | None:
    """Queue ``call`` for a call back; None when the number is unusable or already queued.

    Writes (waits for the store's writer): not on the GUI thread. The check and the write are one
    step (:data:`_QUEUEING`), so concurrent calls for one number queue it once."""
    canonical = store.phones.try_normalize(call.number)
    if not canonical:
        logger.info("missed call without a usable number; nothing to call back")
        return None
    with _QUEUEING:
        return _queue_missed(store, call, canonical)


def _queue_missed(store: Store, call: MissedCall, canonical: str) -> CallbackRecord | None:
    if open_for_number(store, canonical) is not None:
        logger.info("caller already waiting in the Call Back queue")
        return None
    matches = store.customers_by_phone(canonical)
    if matches:
        customer_id = matches[0]["id"]
    else:
        customer_id = store.create("customers", {"name": canonical, "phones": [{"number": canonical}]})["id"]
    media = store.by_number("media_sources", store.phones.try_normalize(call.dnis) or call.dnis) if call.dnis else None
    body = {
        "number": canonical,
        "customer_id": customer_id,
        "requested_at": api_time(call.at),
        "dnis": call.dnis[:40],
        "media_source_id": media["id"] if media else None,
        "source": call.source.value,
    }
    entry = cast(CallbackRecord, store.create("callbacks", body))
    entry.setdefault("status", "pending")
    return entry


def create_manual(
    store: Store,
    number: str,
    customer_id: str | None,
    *,
    reason: str = "",
    due_at: datetime | None = None,
    entry_id: str | None = None,
) -> CallbackRecord:
    """A call back the agent promised (from the customer card); ``entry_id``: the id chosen by the
    caller (so it knows the entry before the write is done). Writes: not on the GUI thread."""
    body = {
        **({"id": entry_id} if entry_id else {}),
        "number": number,
        "customer_id": customer_id,
        "reason": reason,
        "source": CallbackSource.MANUAL.value,
        "due_at": api_time(due_at) if due_at else None,
    }
    return cast(CallbackRecord, store.create("callbacks", body))


CALL_LIST_LIMIT = 5000
"""Most customers handed to a call list at once (more: narrow the search)."""


@dataclass(frozen=True)
class CallListTargets:
    """Customers about to be handed to a call list: ``(customer_id, first phone or "")`` in search
    order; ``more`` when the search had more than the ``limit`` asked for (the list is cut there)."""

    customers: list[tuple[str, str]]
    more: bool

    @property
    def without_phone(self) -> int:
        return sum(1 for _id, number in self.customers if not number)


@dataclass(frozen=True)
class CallListResult:
    added: int
    without_phone: int
    already_listed: int


def first_phone(customer: dict[str, Any]) -> str:
    for phone in customer.get("phones") or ():
        number = (phone.get("number") or "").strip() if isinstance(phone, dict) else ""
        if number:
            return number
    return ""


def campaign_targets(rows: Iterable[dict[str, Any]], limit: int = CALL_LIST_LIMIT) -> CallListTargets:
    """The distinct customers of ``rows`` (customer records, e.g. a search run's ``all_rows()``),
    reading no further than ``limit + 1`` of them."""
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for row in rows:
        if row["id"] in seen:
            continue
        if len(out) >= limit:
            return CallListTargets(out, True)
        seen.add(row["id"])
        out.append((row["id"], first_phone(row)))
    return CallListTargets(out, False)


def on_call_list(store: Store, reason: str) -> set[str]:
    """Customers with an open (pending or claimed) entry of the call list ``reason``."""
    rows = store.db.reader().execute(
        "SELECT customer_id FROM callbacks WHERE customer_id IS NOT NULL"
        " AND json_extract(data, '$.reason') = ?"
        " AND coalesce(json_extract(data, '$.status'), 'pending') IN ('pending', 'claimed')",
        (reason,),
    )
    return {r[0] for r in rows}


def add_to_call_list(
    store: Store,
    customers: list[tuple[str, str]],
    reason: str,
    *,
    due_at: datetime | None = None,
    max_attempts: int | None = None,
    now: datetime | None = None,
) -> CallListResult:
    """Queue one ``campaign`` call back per customer of ``customers`` (``(customer_id, number)``,
    see :func:`campaign_targets`) through the store's normal write path (store + outbox, so offline
    too). Customers without a usable number are skipped, so are those already open on the list
    ``reason``. Runs off the GUI thread; refuses more than :data:`CALL_LIST_LIMIT` customers."""
    reason = reason.strip()
    if not reason:
        raise ValueError("a call list needs a name")
    if len(customers) > CALL_LIST_LIMIT:
        raise ValueError(f"at most {CALL_LIST_LIMIT} customers at once")
    now = now or datetime.now(timezone.utc)
    listed = on_call_list(store, reason)
    extra: dict[str, Any] = {"max_attempts": max_attempts} if max_attempts else {}
    added = without_phone = already = 0
    for customer_id, number in customers:
        if customer_id in listed:
            already += 1
            continue
        canonical = store.phones.try_normalize(number) if number else None
        if not canonical:
            without_phone += 1
            continue
        store.create(
            "callbacks",
            {
                "number": canonical,
                "customer_id": customer_id,
                "reason": reason,
                "source": CallbackSource.CAMPAIGN.value,
                "requested_at": api_time(now),
                "due_at": api_time(due_at or now),
                **extra,
            },
        )
        listed.add(customer_id)
        added += 1
    logger.info(
        "%d customers handed to a call list (%d without a phone, %d already on it)", added, without_phone, already
    )
    return CallListResult(added, without_phone, already)


def keep_server_copy(store: Store, record: CallbackRecord) -> None:
    """Store the back office's answer to a direct call (claim) as the local copy."""
    store.apply_changes("callbacks", [cast(dict[str, Any], record)], [], store.cursor("callbacks"))


@dataclass(frozen=True)
class ClaimResult:
    won: bool
    record: CallbackRecord | None
    reason: str = ""


def claim(client: CrmClient, store: Store, entry: CallbackRecord) -> ClaimResult:
    """Ask the back office for ``entry`` (network: not on the GUI thread). A 409 means another agent
    has it: the caller moves on to the next entry."""
    version = int(entry.get("version") or 0)
    if version < 1:
        return ClaimResult(False, None, "not_synced")
    for _ in range(2):
        try:
            record = cast(
                CallbackRecord,
                client.action_raw("callbacks", entry["id"], "claim", None, version=version, key=outbox.new_key()),
            )
        except StateConflict as exc:
            current = _safe_get(client, entry["id"])
            if current is not None:
                keep_server_copy(store, current)
            return ClaimResult(False, current, getattr(exc, "code", "") or "already_claimed")
        except VersionMismatch as exc:
            current = cast("CallbackRecord | None", exc.current) or _safe_get(client, entry["id"])
            if not current:
                return ClaimResult(False, None, "gone")
            keep_server_copy(store, current)
            if current.get("status") != "pending" and not (
                current.get("status") == "claimed"
                and claim_expired(parse_time(current.get("claimed_at")), datetime.now(timezone.utc))
            ):
                return ClaimResult(False, current, "not_pending")
            version = int(current["version"])
            continue
        keep_server_copy(store, record)
        return ClaimResult(True, record)
    return ClaimResult(False, None, "busy")


def _safe_get(client: CrmClient, record_id: str) -> CallbackRecord | None:
    try:
        return cast(CallbackRecord, client.get_raw("callbacks", record_id))
    except Exception:
        logger.info("could not refresh callback %s after a lost claim", record_id)
        return None


@dataclass(frozen=True)
class AttemptForecast:
    """What a queued attempt will make of its entry (the retry rule, :func:`after_attempt`, applied to
    the local copy): ``attempt`` is this attempt's number (1 = the first) of ``max_attempts``."""

    outcome: AttemptOutcome
    attempt: int
    max_attempts: int
    result: AttemptResult


def _attempts_queued(store: Store, entry_id: str) -> int:
    """Attempts of this entry written here and not yet delivered to the back office."""
    row = (
        store.db.reader()
        .execute(
            "SELECT count(*) FROM outbox WHERE entity = 'callbacks' AND op = ? AND action = 'attempt'"
            " AND state = 'pending' AND record_id = ?",
            (outbox.ACTION, entry_id),
        )
        .fetchone()
    )
    return int(row[0]) if row else 0


def record_attempt(
    store: Store,
    entry_id: str,
    outcome: AttemptOutcome,
    notes: str = "",
    call_log_id: str | None = None,
    now: datetime | None = None,
) -> AttemptForecast:
    """Queue the attempt's outcome (the back office applies the retry rules when it arrives) and say
    what the same rules will make of the entry (at ``now``, default the current time)."""
    body: dict[str, Any] = {"outcome": outcome.value, "notes": notes}
    if call_log_id:
        body["call_log_id"] = call_log_id
    entry = cast(CallbackRecord, store.action("callbacks", entry_id, "attempt", body))
    attempt = int(entry.get("attempts") or 0) + max(1, _attempts_queued(store, entry_id))
    max_attempts = int(entry.get("max_attempts") or DEFAULT_MAX_ATTEMPTS)
    spacing = entry.get("retry_spacing_s")
    spacing_s = int(DEFAULT_RETRY_SPACING_S if spacing is None else spacing)
    when = now or datetime.now(timezone.utc)
    return AttemptForecast(
        outcome, attempt, max_attempts, after_attempt(outcome, attempt, max_attempts, spacing_s, when)
    )


def release(store: Store, entry_id: str) -> None:
    """Give a claimed entry back to the queue without an attempt."""
    store.action("callbacks", entry_id, "release")
