"""What the agent did, as trail events (no Qt).

The desktop's features tell :class:`TrailRecorder` what happened (a call answered, a card opened, a
record written, a state change, a search, an export); it hands one event per operation to its sink.
Every event during a call, and during the wrap-up after it, carries that call's reference, so the
supervisor sees the operations on the call's timeline.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from agent_desktop.features.trail.core.events import Kind, trail_event

Sink = Callable[[dict[str, Any]], None]

LABEL_FIELDS: dict[str, tuple[str, ...]] = {
    "orders": ("number",),
    "customers": ("name",),
    "complaints": ("summary", "category"),
    "todos": ("title",),
    "callbacks": ("number", "reason"),
    "call_logs": ("remote_number", "direction"),
    "contacts": ("channel",),
    "blocklist": ("number",),
}
"""The field that names a record of each collection in the trail (the first one set)."""

_SEARCH_LEFT_OUT = frozenset({"limit", "offset"})
_AUTOMATIC_FIELDS = frozenset({"alerted_at"})
"""Fields the desktop stamps by itself (a to-do's alert): an update of only these is no operation."""


@dataclass
class _Call:
    ref: str
    label: str
    started: float | None = None  # answered or dialled (wall clock)


def record_label(entity: str, record: Mapping[str, Any]) -> str:
    for name in LABEL_FIELDS.get(entity, ()):
        value = record.get(name)
        if value:
            return str(value)
    return str(record.get("id") or "")


def search_label(conditions: Mapping[str, Any]) -> str:
    """``name=张 city=杭州``: the conditions given, in the order of the search form."""
    parts = []
    for key, value in conditions.items():
        if key in _SEARCH_LEFT_OUT or value is None or value == "":
            continue
        parts.append(f"{key}={getattr(value, 'value', value)}")
    return " ".join(parts)


class TrailRecorder:
    def __init__(self, sink: Sink, clock: Callable[[], float] = time.time) -> None:
        self.sink = sink
        self.clock = clock
        self._calls: dict[object, _Call] = {}
        self._current: _Call | None = None  # the call under way, or in wrap-up
        self._opened: tuple[str | None, str] | None = None  # (call ref, customer id) last recorded

    @property
    def call_ref(self) -> str | None:
        return self._current.ref if self._current is not None else None

    def _emit(self, kind: str, label: object = "", **fields: Any) -> None:
        fields.setdefault("call_ref", self.call_ref)
        self.sink(trail_event(kind, label, at=self.clock(), **fields))

    # -- calls ------------------------------------------------------------------------------------

    def call_ringing(self, call: object, number: str, name: str = "") -> None:
        self._calls.setdefault(call, _Call(uuid.uuid4().hex[:16], _who(name, number)))

    def call_named(self, call: object, name: str) -> None:
        """The CRM named the caller (kept for the call's later events)."""
        if call in self._calls and name:
            entry = self._calls[call]
            entry.label = name if name in entry.label else f"{name} {entry.label}".strip()

    def call_answered(self, call: object, number: str = "") -> None:
        entry = self._calls.setdefault(call, _Call(uuid.uuid4().hex[:16], _who("", number)))
        if entry.started is None:
            entry.started = self.clock()
            self._start(entry)
            self._emit(Kind.CALL_ANSWERED, entry.label)

    def call_dialled(self, call: object, number: str) -> None:
        if call in self._calls:
            return
        entry = self._calls[call] = _Call(uuid.uuid4().hex[:16], _who("", number), self.clock())
        self._start(entry)
        self._emit(Kind.CALL_DIALLED, entry.label)

    def call_ended(self, call: object) -> None:
        """The call hung up (its wrap-up, if any, stays on its timeline until the agent moves on)."""
        entry = self._calls.pop(call, None)
        if entry is None or entry.started is None:
            return  # rang and was never answered: not something the agent did
        seconds = round(self.clock() - entry.started)
        self._emit(Kind.CALL_ENDED, entry.label, detail=f"{seconds // 60}:{seconds % 60:02d}", call_ref=entry.ref)

    def _start(self, entry: _Call) -> None:
        self._current = entry

    # -- the card, records, searches, exports -----------------------------------------------------

    def customer_opened(self, customer_id: str, name: str) -> None:
        key = (self.call_ref, customer_id)
        if key == self._opened:
            return  # the same card again (a refresh)
        self._opened = key
        self._emit(Kind.CUSTOMER_OPENED, name, entity="customers", ref_id=customer_id)

    def record_written(
        self, entity: str, op: str, record: Mapping[str, Any], action: str = "", fields: tuple[str, ...] = ()
    ) -> None:
        if op == "update" and set(fields) <= _AUTOMATIC_FIELDS:
            return
        if op == "create" and entity == "callbacks" and record.get("source") == "campaign":
            return  # one of a call list's entries: the hand-over is one event (call_list)
        kind = {"create": Kind.CREATED, "update": Kind.UPDATED, "delete": Kind.DELETED}.get(op, Kind.ACTION)
        detail = action if kind is Kind.ACTION else ", ".join(fields) or None
        self._emit(kind, record_label(entity, record), detail=detail, entity=entity, ref_id=record.get("id"))

    def searched(self, conditions: Mapping[str, Any]) -> None:
        self._emit(Kind.SEARCHED, search_label(conditions))

    def exported(self, path: str, rows: int) -> None:
        self._emit(Kind.EXPORTED, PurePath(path).name, detail=rows)  # the file's name, not the folders

    def call_list_made(self, name: str, added: int) -> None:
        self._emit(Kind.CALL_LIST, name, detail=added)

    def record(self, kind: str, label: object = "", **fields: Any) -> None:
        """Any other operation a feature reports (see :class:`Kind`; a feature may add its own)."""
        self._emit(kind, label, **fields)

    # -- the agent's state ------------------------------------------------------------------------

    def state_changed(self, state: str, reason: str | None = None, reason_name: str | None = None) -> None:
        """The agent's state (ready, not_ready, wrap_up, logged_out); call states come from the calls.
        With ``reason_name`` (the reason's name as presence sends it) the event's detail is that name and
        its ``ref_id`` the reason's id, so the supervisor reads the name this desktop has; without, the
        detail is the id. Leaving a call's wrap-up is the last event on its timeline."""
        if reason is not None and reason_name:
            self._emit(Kind.STATE_CHANGED, state, detail=reason_name, ref_id=reason)
        else:
            self._emit(Kind.STATE_CHANGED, state, detail=reason)
        if state != "wrap_up" and not any(c.started is not None for c in self._calls.values()):
            self._current = None


def _who(name: str, number: str) -> str:
    return " ".join(part for part in (name.strip(), number.strip()) if part)
