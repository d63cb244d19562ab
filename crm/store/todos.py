"""To-dos in the local store: who sees what, which ones are due for an alert, and the agent's edits.

Every edit goes through :class:`crm.store.Store` (store + outbox in one transaction), so it survives a
restart and reaches the CRM at the next sync. Times are aware UTC datetimes; "now" always comes from
the caller's clock (tests inject one). Alert rule: an open item alerts at ``snoozed_until`` if set,
else at ``due_at``; it has been alerted when ``alerted_at`` is at or after that time.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any, cast

from crm.records import TodoRecord
from crm.store.store import Store

logger = logging.getLogger(__name__)

Clock = Callable[[], datetime]
FILTERS = ("all", "mine", "team", "today", "overdue")


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def parse_time(value: Any) -> datetime | None:
    """An API time string (``...Z``) or datetime as an aware UTC datetime."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    return datetime.fromisoformat(str(value).replace("Z", "+00:00")).astimezone(timezone.utc)


def api_time(value: datetime) -> str:
    return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class Me:
    """The signed-in user as the to-do list needs it."""

    user_id: str
    team: str = ""

    @classmethod
    def from_user(cls, user: Mapping[str, Any] | None) -> Me:
        user = user or {}
        return cls(str(user.get("id") or ""), str(user.get("team") or ""))


def is_open(todo: TodoRecord) -> bool:
    status: object = todo.get("status", "open")
    return status == "open"


def alert_time(todo: TodoRecord) -> datetime | None:
    """When ``todo`` should alert (snooze wins over due time); None for closed or undated items."""
    if not is_open(todo):
        return None
    return parse_time(todo.get("snoozed_until")) or parse_time(todo.get("due_at"))


def needs_alert(todo: TodoRecord, now: datetime) -> bool:
    """Due (or snooze over) and not alerted yet for that time."""
    at = alert_time(todo)
    if at is None or at > now:
        return False
    alerted = parse_time(todo.get("alerted_at"))
    return alerted is None or alerted < at


def next_alert_at(todos: Iterable[TodoRecord], now: datetime) -> datetime | None:
    """The earliest alert time still in the future (what the one alert timer is armed for)."""
    times = [t for t in (alert_time(d) for d in todos) if t is not None and t > now]
    return min(times, default=None)


def is_overdue(todo: TodoRecord, now: datetime) -> bool:
    due = parse_time(todo.get("due_at"))
    return is_open(todo) and due is not None and due < now


def is_today(todo: TodoRecord, now: datetime, tz: tzinfo | None = None) -> bool:
    due = parse_time(todo.get("due_at"))
    if due is None:
        return False
    return due.astimezone(tz).date() == now.astimezone(tz).date()


def matches(todo: TodoRecord, name: str, me: Me, now: datetime, tz: tzinfo | None = None) -> bool:
    """Does ``todo`` pass the dock filter ``name`` (one of :data:`FILTERS`)?"""
    if name == "mine":
        return todo.get("assignee_id") == me.user_id
    if name == "team":
        return bool(me.team) and todo.get("team") == me.team
    if name == "today":
        return is_today(todo, now, tz)
    if name == "overdue":
        return is_overdue(todo, now)
    return True


_PRIORITY_RANK = {"urgent": 0, "high": 1, "normal": 2, "low": 3}
_FAR = datetime.max.replace(tzinfo=timezone.utc)


def sort_key(name: str) -> Callable[[TodoRecord], Any]:
    """Sort keys of the dock: "due" (undated last), "priority" (then due), "title", "created"."""

    def due(t: TodoRecord) -> datetime:
        return parse_time(t.get("due_at")) or _FAR

    if name == "priority":
        return lambda t: (_PRIORITY_RANK.get(t.get("priority", "normal"), 2), due(t))
    if name == "title":
        return lambda t: str(t.get("title", "")).casefold()
    if name == "created":
        return lambda t: str(t.get("created_at", ""))
    return lambda t: (not is_open(t), due(t))


class TodoBook:
    """The agent's to-dos over one local store."""

    def __init__(self, store: Store, me: Me, clock: Clock = utc_now) -> None:
        self.store = store
        self.me = me
        self.clock = clock

    # -- reading ------------------------------------------------------------------------------
    def all(self, *, open_only: bool = False) -> list[TodoRecord]:
        sql = "SELECT data FROM todos"
        if open_only:  # done items pile up over the months: leave them in SQLite
            sql += " WHERE coalesce(json_extract(data, '$.status'), 'open') = 'open'"
        return [cast(TodoRecord, json.loads(r[0])) for r in self.store.db.reader().execute(sql)]

    def get(self, todo_id: str) -> TodoRecord | None:
        return cast("TodoRecord | None", self.store.get("todos", todo_id))

    def listed(
        self, filter_name: str = "all", sort: str = "due", *, include_closed: bool = False, tz: tzinfo | None = None
    ) -> list[TodoRecord]:
        now = self.clock()
        items = [
            t
            for t in self.all(open_only=not include_closed)
            if (include_closed or is_open(t)) and matches(t, filter_name, self.me, now, tz)
        ]
        return sorted(items, key=sort_key(sort))

    def due_for_alert(self) -> list[TodoRecord]:
        """Open items of mine whose alert time has come and that have not alerted for it yet
        (the rule of :func:`needs_alert`, evaluated in SQLite so thousands of items cost little)."""
        rows = self._alerting(
            "SELECT data FROM mine WHERE at <= julianday(:now) AND (alerted IS NULL OR alerted < at) ORDER BY at"
        )
        return [cast(TodoRecord, json.loads(r[0])) for r in rows]

    def next_alert_at(self) -> datetime | None:
        """The earliest alert time still in the future among my open items."""
        row = self._alerting("SELECT when_text FROM mine WHERE at > julianday(:now) ORDER BY at LIMIT 1").fetchone()
        return parse_time(row[0]) if row else None

    def _alerting(self, select: str) -> Any:
        sql = (
            "WITH mine AS (SELECT data, julianday(when_text) AS at,"
            " julianday(json_extract(data, '$.alerted_at')) AS alerted, when_text FROM ("
            " SELECT data, coalesce(json_extract(data, '$.snoozed_until'), json_extract(data, '$.due_at'))"
            " AS when_text FROM todos"
            " WHERE coalesce(json_extract(data, '$.status'), 'open') = 'open'"
            " AND (json_extract(data, '$.assignee_id') = :me OR (json_extract(data, '$.assignee_id') IS NULL"
            " AND :team != '' AND json_extract(data, '$.team') = :team)))"
            " WHERE when_text IS NOT NULL) " + select
        )
        return self.store.db.reader().execute(
            sql, {"me": self.me.user_id, "team": self.me.team, "now": api_time(self.clock())}
        )

    def alerts_me(self, todo: TodoRecord) -> bool:
        """Alerts ring for items assigned to me, or shared with my team and nobody in particular."""
        assignee: object = todo.get("assignee_id")
        if assignee:
            return assignee == self.me.user_id
        return bool(self.me.team) and todo.get("team") == self.me.team

    # -- writing ------------------------------------------------------------------------------
    def create(
        self,
        title: str,
        *,
        due_at: datetime | None = None,
        priority: str = "normal",
        customer_id: str | None = None,
        call_log_id: str | None = None,
        assignee_id: str | None = None,
        team: str = "",
        notes: str = "",
    ) -> TodoRecord:
        """New item; ``assignee_id`` None and no ``team`` means "me"."""
        body: dict[str, Any] = {
            "title": title,
            "priority": priority,
            "notes": notes,
            "team": team,
            "customer_id": customer_id,
            "call_log_id": call_log_id,
            "due_at": api_time(due_at) if due_at else None,
        }
        if assignee_id is None and not team:
            assignee_id = self.me.user_id or None
        body["assignee_id"] = assignee_id
        return cast(TodoRecord, self.store.create("todos", body))

    def edit(self, todo_id: str, changes: dict[str, Any]) -> TodoRecord:
        changes = {k: (api_time(v) if isinstance(v, datetime) else v) for k, v in changes.items()}
        current = self.get(todo_id) or {}
        if "due_at" in changes and changes["due_at"] != current.get("due_at"):
            changes.setdefault("snoozed_until", None)  # a new due time alerts afresh
            changes.setdefault("alerted_at", None)
        return cast(TodoRecord, self.store.update("todos", todo_id, changes))

    def complete(self, todo_id: str) -> TodoRecord:
        return cast(TodoRecord, self.store.update("todos", todo_id, {"status": "done"}))

    def reopen(self, todo_id: str) -> TodoRecord:
        return cast(TodoRecord, self.store.update("todos", todo_id, {"status": "open"}))

    def snooze(self, todo_id: str, until: datetime | timedelta) -> TodoRecord:
        """Alert again at ``until`` (a time, or a delay from now)."""
        when = self.clock() + until if isinstance(until, timedelta) else until
        return cast(TodoRecord, self.store.update("todos", todo_id, {"snoozed_until": api_time(when)}))

    def mark_alerted(self, todo_ids: Iterable[str]) -> None:
        """Remember (and sync) that these items' alerts were shown, so they do not alert again."""
        stamp = api_time(self.clock())
        for todo_id in todo_ids:
            self.store.update("todos", todo_id, {"alerted_at": stamp})
