"""To-dos (assignment to an agent or a team, alert state) and the Call Back queue (attempts, retries).

Agents see the to-dos assigned to them, those they created, and those shared with their team; they may
assign one to any active user or team (the assignee gets it through the delta feed). Callback attempts
follow :func:`crm.schemas.callbacks.after_attempt`. A caller who gets through on their own closes the call
backs waiting for them (:func:`close_called_in`): every desktop learns it from the feed.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.engine import Connection, Row

from backoffice import tables as t
from backoffice.db import WriteContext
from backoffice.errors import conflict
from backoffice.resources.base import ALL, STAFF, Access, Resource, audit, now_utc
from backoffice.security import Principal
from crm.phones import normalize_phone
from crm.schemas import ReadModel, Role
from crm.schemas.callbacks import CALLED_IN, AttemptOutcome, CallbackAttemptCreate, CallbackSource, after_attempt
from crm.schemas.telephony import CallDirection

logger = logging.getLogger(__name__)


class TodoResource(Resource):
    def own_clause(self, me: Any) -> Any:
        c = self.table.c
        my_team = select(t.users.c.team).where(t.users.c.id == me).scalar_subquery()
        return or_(c.assignee_id == me, c.created_by == me, and_(c.team != "", c.team == my_team))

    def check_owner(self, user: Principal, values: dict[str, Any]) -> None:
        """Anyone may hand a to-do to another agent or a team (the reference check covers the id)."""

    def prepare_create(self, ctx: WriteContext, user: Principal, values: dict[str, Any]) -> None:
        values["status"] = "open"
        values["created_by"] = user.id
        values["team"] = values.get("team") or ""
        if values.get("assignee_id") is None and not values["team"]:
            values["assignee_id"] = user.id

    def prepare_update(self, ctx: WriteContext, user: Principal, row: Row[Any], values: dict[str, Any]) -> None:
        status = values.get("status")
        status = getattr(status, "value", status)
        if status is None:
            values.pop("status", None)
        elif status != row.status:
            values["completed_at"] = now_utc() if status == "done" else None
        if "team" in values and values["team"] is None:
            values["team"] = ""
        if "due_at" in values and values["due_at"] != row.due_at:
            values.setdefault("alerted_at", None)  # a new due time alerts again
            values.setdefault("snoozed_until", None)


class CallbackResource(Resource):
    def prepare_create(self, ctx: WriteContext, user: Principal, values: dict[str, Any]) -> None:
        values["number"] = normalize_phone(values["number"])
        values["requested_at"] = values.get("requested_at") or now_utc()
        values["status"] = "pending"
        values["attempts"] = 0
        values["notes"] = ""
        values["attempt_log"] = "[]"

    def to_read(self, conn: Connection, rows: Sequence[Row[Any]]) -> list[ReadModel]:
        out = []
        for row in rows:
            data = dict(row._mapping)
            data["attempt_log"] = json.loads(data.get("attempt_log") or "[]")
            out.append(self.spec.read.model_validate(data))
        return out

    def attempt(
        self, ctx: WriteContext, user: Principal, record_id: str, version: int, body: CallbackAttemptCreate
    ) -> dict[str, Any]:
        """Record the outcome of a call-back attempt by the agent holding the claim; apply retry rules."""
        user.require(self.access.update)
        row = self.get_row(ctx.conn, user, record_id, lock=True)
        if row.status != "claimed" or (row.claimed_by != user.id and not user.sees_all):
            raise conflict("claim the callback before recording an attempt", "not_claimed")
        row = self.locked_current(ctx, user, record_id, version)
        now = now_utc()
        attempts = row.attempts + 1
        result = after_attempt(AttemptOutcome(body.outcome), attempts, row.max_attempts, row.retry_spacing_s, now)
        log = json.loads(row.attempt_log or "[]")
        log.append(
            {
                "at": now.isoformat().replace("+00:00", "Z"),
                "agent_id": user.id,
                "outcome": body.outcome.value,
                "notes": body.notes,
                "call_log_id": body.call_log_id,
            }
        )
        values = {
            "attempts": attempts,
            "status": result.status,
            "last_outcome": body.outcome.value,
            "last_attempt_at": now,
            "attempt_log": json.dumps(log, ensure_ascii=False),
            "claimed_by": None,
            "claimed_at": None,
        }
        if result.due_at is not None:
            values["due_at"] = result.due_at
        self.write_columns(ctx, row, values)
        self.audit(ctx, user, "attempt", record_id, {"outcome": body.outcome.value, "status": result.status})
        return self.read_one(ctx.conn, user, record_id)


def close_called_in(ctx: WriteContext, user: Principal, call_log_id: str) -> list[str]:
    """An incoming call that was answered closes the call backs waiting for its caller (the customer,
    or the number when no customer is known): ``done``, last outcome ``called_in``, the call linked in
    the attempt log. Only entries asked for before the call was answered (a call back promised during
    the call stays), not yet claimed (an agent dialling one records its outcome), and not an outbound
    call list's (a campaign entry is a sales call, not a promise). Returns the ids closed."""
    c = t.call_logs.c
    call = ctx.conn.execute(
        select(c.direction, c.answer_at, c.customer_id, c.caller_normalized, c.agent_id).where(c.id == call_log_id)
    ).first()
    if call is None or call.direction != CallDirection.INBOUND.value or call.answer_at is None:
        return []
    cb = t.callbacks.c
    whose = [cb.customer_id == call.customer_id] if call.customer_id else []
    if call.caller_normalized:
        whose.append(cb.number == call.caller_normalized)
    if not whose:
        return []
    rows = ctx.conn.execute(
        select(t.callbacks)
        .where(
            cb.status == "pending",
            cb.source != CallbackSource.CAMPAIGN.value,
            cb.requested_at <= call.answer_at,
            or_(*whose),
        )
        .with_for_update()
    ).all()
    now = now_utc()
    for row in rows:
        log = json.loads(row.attempt_log or "[]")
        log.append(
            {
                "at": now.isoformat().replace("+00:00", "Z"),
                "agent_id": call.agent_id,
                "outcome": AttemptOutcome.REACHED.value,
                "notes": "customer called in",
                "call_log_id": call_log_id,
            }
        )
        values = {
            "status": "done",
            "last_outcome": CALLED_IN,
            "last_attempt_at": now,
            "attempt_log": json.dumps(log, ensure_ascii=False),
        }
        ctx.conn.execute(
            update(t.callbacks).where(cb.id == row.id).values(version=row.version + 1, updated_at=now, **values)
        )
        ctx.touch(t.callbacks, row.id)
        audit(ctx, user, "called_in", "callbacks", row.id, {"status": "done", "call_log_id": call_log_id})
    return [row.id for row in rows]


def todo_resource() -> TodoResource:
    return TodoResource(
        "todos",
        t.todos,
        Access(
            read=ALL, create=ALL, update=ALL, own_field="assignee_id", own_roles=frozenset({Role.AGENT, Role.LOGISTICS})
        ),
        filters=("customer_id", "status", "assignee_id", "team"),
        references={"customer_id": t.customers, "call_log_id": t.call_logs, "assignee_id": t.users},
    )


def callback_resource() -> CallbackResource:
    return CallbackResource(
        "callbacks",
        t.callbacks,
        Access(read=STAFF),
        filters=("status", "customer_id", "claimed_by"),
        references={"customer_id": t.customers, "media_source_id": t.media_sources},
    )
