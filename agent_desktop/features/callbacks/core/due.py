"""Which call backs' time has come (plain Python, no Qt).

A call back is *scheduled* when it was queued for later: a promised call back with a time, a retry
after no answer or busy, a call list starting later. Missed callers (no time: call them now) and call
lists that start at once are not: they are simply in the queue. A scheduled call back *came due*
between two reads of the queue when its time lies after the earlier read and at or before the later
one; that is when the agent is alerted, once.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from crm.records import CallbackRecord
from crm.store.todos import parse_time


def scheduled_for(entry: CallbackRecord) -> datetime | None:
    """When ``entry`` was scheduled for, if it was queued for later than it was asked for (else None)."""
    due = parse_time(entry.get("due_at"))
    if due is None:
        return None
    asked = parse_time(entry.get("requested_at")) or parse_time(entry.get("created_at"))
    return due if asked is None or due > asked else None


def came_due(entries: Iterable[CallbackRecord], since: datetime, now: datetime) -> list[CallbackRecord]:
    """The pending ``entries`` scheduled for a time in (``since``, ``now``], earliest first."""
    due = [
        (at, e)
        for e in entries
        if e.get("status", "pending") == "pending" and (at := scheduled_for(e)) is not None and since < at <= now
    ]
    return [e for _at, e in sorted(due, key=lambda pair: pair[0])]
