"""Resources whose read model maps straight onto their columns."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import case, select, update
from sqlalchemy.engine import Connection, Row

from backoffice import tables as t
from backoffice.agent_day import CALL_LOG_AGENTS
from backoffice.db import WriteContext
from backoffice.errors import conflict, field_error, forbidden
from backoffice.presence import touch_line
from backoffice.reports.call_rollup import mark_customer_change
from backoffice.resources.base import (
    ALL,
    STAFF,
    SUPERVISORS,
    Access,
    Resource,
    now_utc,
)
from backoffice.resources.plain import plain_rows
from backoffice.resources.tasks import callback_resource, close_called_in, todo_resource
from backoffice.security import Principal, end_sessions, hash_password
from crm.phones import normalize_phone, try_normalize_phone
from crm.schemas import COMPLAINT_TRANSITIONS, ComplaintStatus, ReadModel, Role
from crm.schemas.callbacks import claim_expired

logger = logging.getLogger(__name__)

NOBODY: frozenset[Role] = frozenset()


def touch_last_contact(ctx: WriteContext, customer_id: str | None, when: Any) -> None:
    """Move a customer's ``last_contact_at`` forward (a derived field: no version bump)."""
    if customer_id is None or when is None:
        return
    col = t.customers.c.last_contact_at
    ctx.conn.execute(
        update(t.customers)
        .where(t.customers.c.id == customer_id)
        .values(last_contact_at=case((col.is_(None), when), (col < when, when), else_=col))
    )
    ctx.touch(t.customers, customer_id)


class UserResource(Resource):
    def prepare_create(self, ctx: WriteContext, user: Principal, values: dict[str, Any]) -> None:
        taken = ctx.conn.execute(select(t.users.c.id).where(t.users.c.username == values["username"])).first()
        if taken:
            raise field_error(("body", "username"), "this username is taken", "duplicate")
        values["password_hash"] = hash_password(values.pop("password"))

    def prepare_update(self, ctx: WriteContext, user: Principal, row: Row[Any], values: dict[str, Any]) -> None:
        new_password = values.get("password") is not None
        if new_password:
            values["password_hash"] = hash_password(values.pop("password"))
        values.pop("password", None)
        role = getattr(values.get("role"), "value", values.get("role"))
        if new_password or values.get("active") is False or (role is not None and role != row.role):
            # the user signs in again (an admin changing their own record keeps this session)
            end_sessions(ctx.conn, row.id, keep=user.session if user.id == row.id else None)


class ContactResource(Resource):
    def dump(self, conn: Connection, rows: Sequence[Row[Any]]) -> list[dict[str, Any]]:
        # flat rows validated on write: no model per row (most of a first sync's records are contacts)
        return plain_rows(self.spec.read.model_fields, rows)

    def check_owner(self, user: Principal, values: dict[str, Any]) -> None:
        """Agents record contacts in their own name; supervisors may record them for anyone."""
        if not user.sees_all and values.get("agent_id") not in (None, user.id):
            raise forbidden("you may not record contacts in another agent's name")

    def prepare_create(self, ctx: WriteContext, user: Principal, values: dict[str, Any]) -> None:
        values["occurred_at"] = values.get("occurred_at") or now_utc()

    def after_write(self, ctx: WriteContext, user: Principal, record_id: str, values: dict[str, Any]) -> None:
        if "customer_id" in values:
            touch_last_contact(ctx, values["customer_id"], values.get("occurred_at"))


class ComplaintResource(Resource):
    def prepare_create(self, ctx: WriteContext, user: Principal, values: dict[str, Any]) -> None:
        values["status"] = ComplaintStatus.OPEN.value
        values["created_by"] = user.id

    def prepare_update(self, ctx: WriteContext, user: Principal, row: Row[Any], values: dict[str, Any]) -> None:
        target = values.get("status")
        if target is None:
            values.pop("status", None)
            return
        current = ComplaintStatus(row.status)
        if target != current and target not in COMPLAINT_TRANSITIONS[current]:
            raise conflict(f"a complaint cannot go from {current.value} to {target.value}", "invalid_transition")


class CallLogResource(Resource):
    def prepare_create(self, ctx: WriteContext, user: Principal, values: dict[str, Any]) -> None:
        values["caller_normalized"] = try_normalize_phone(values.get("caller") or "")

    def prepare_update(self, ctx: WriteContext, user: Principal, row: Row[Any], values: dict[str, Any]) -> None:
        _check_time_order(row, values)
        if "customer_id" in values:  # the reports' roll-up counts the former customer's calls again
            mark_customer_change(ctx.conn, row, values["customer_id"])

    def after_write(self, ctx: WriteContext, user: Principal, record_id: str, values: dict[str, Any]) -> None:
        c = t.call_logs.c
        agent_id = values.get("agent_id")
        if values.get("customer_id") or agent_id is None:  # (an update names no agent)
            row = ctx.conn.execute(select(c.ring_at, c.agent_id).where(c.id == record_id)).first()
            if values.get("customer_id"):
                touch_last_contact(ctx, values["customer_id"], row.ring_at if row else None)
            agent_id = row.agent_id if row is not None else None
        if agent_id:  # the wallboard's figures of the day follow once committed (pushed, or long-polled)
            ctx.notes.setdefault(CALL_LOG_AGENTS, set()).add(agent_id)
            touch_line(ctx.conn, agent_id)
        if values.get("answer_at") or values.get("customer_id"):  # answered, or its customer now known
            close_called_in(ctx, user, record_id)


def _check_time_order(row: Row[Any], values: dict[str, Any]) -> None:
    """A change may not put a call's times out of order, as a new call log may not: refused with a 422
    naming the field (answer before the ring, end before the call started)."""
    ring = _utc(row.ring_at)
    answer = _utc(values["answer_at"] if "answer_at" in values else row.answer_at)
    end = _utc(values["end_at"] if "end_at" in values else row.end_at)
    if answer is not None and ring is not None and answer < ring:
        raise field_error(("body", "answer_at"), "answer_at must not be before ring_at", "time_order")
    start = answer or ring
    if end is not None and start is not None and end < start:
        raise field_error(("body", "end_at"), "end_at must not be before the call started", "time_order")


def _utc(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=timezone.utc) if value is not None and value.tzinfo is None else value


class BlocklistResource(Resource):
    def prepare_create(self, ctx: WriteContext, user: Principal, values: dict[str, Any]) -> None:
        values["number"] = normalize_phone(values["number"])
        values["created_by"] = user.id
        values["deleted"] = False
        live = ctx.conn.execute(
            select(t.blocklist.c.id).where(t.blocklist.c.number == values["number"], t.blocklist.c.deleted.is_(False))
        ).first()
        if live:
            raise conflict(f"{values['number']} is already blocked", "already_blocked")

    def filter_clause(self, name: str, value: Any) -> Any:
        if name == "number":
            return t.blocklist.c.number == (try_normalize_phone(value) or value)
        return super().filter_clause(name, value)

    def remove(self, ctx: WriteContext, user: Principal, record_id: str, version: int) -> None:
        user.require(self.access.delete)
        row = self.locked_current(ctx, user, record_id, version)
        self.write_columns(ctx, row, {"deleted": True})
        self.audit(ctx, user, "delete", record_id, {"number": row.number})


class MediaSourceResource(Resource):
    def prepare_create(self, ctx: WriteContext, user: Principal, values: dict[str, Any]) -> None:
        values["dnis"] = normalize_phone(values["dnis"])
        if ctx.conn.execute(select(t.media_sources.c.id).where(t.media_sources.c.dnis == values["dnis"])).first():
            raise conflict(f"DNIS {values['dnis']} already has a media source", "duplicate_dnis")

    def filter_clause(self, name: str, value: Any) -> Any:
        if name == "dnis":
            return t.media_sources.c.dnis == (try_normalize_phone(value) or value)
        return super().filter_clause(name, value)


class AuditResource(Resource):
    def to_read(self, conn: Connection, rows: Sequence[Row[Any]]) -> list[ReadModel]:
        out = []
        for row in rows:
            data = dict(row._mapping)
            data["changes"] = json.loads(data["changes"] or "{}")
            out.append(self.spec.read.model_validate(data))
        return out


def simple_resources() -> list[Resource]:
    c = t
    return [
        UserResource("users", c.users, Access(read=ALL, create=NOBODY, update=NOBODY)),
        ContactResource(
            "contacts",
            c.contacts,
            Access(read=STAFF),
            filters=("customer_id", "agent_id"),
            references={"customer_id": c.customers, "agent_id": c.users, "call_log_id": c.call_logs},
            user_defaults=("agent_id",),
        ),
        ComplaintResource(
            "complaints",
            c.complaints,
            Access(read=ALL),
            filters=("customer_id", "status", "assignee_id"),
            references={"customer_id": c.customers, "order_id": c.orders, "assignee_id": c.users},
        ),
        Resource("products", c.products, Access(create=SUPERVISORS, update=SUPERVISORS), filters=("sku", "category")),
        todo_resource(),
        callback_resource(),
        CallLogResource(
            "call_logs",
            c.call_logs,
            Access(read=STAFF, own_field="agent_id", own_roles=frozenset({Role.AGENT})),
            filters=("customer_id", "agent_id"),
            references={"customer_id": c.customers, "agent_id": c.users, "media_source_id": c.media_sources},
            user_defaults=("agent_id",),
        ),
        BlocklistResource(
            "blocklist",
            c.blocklist,
            Access(read=ALL, create=STAFF, update=SUPERVISORS, delete=SUPERVISORS),
            filters=("number",),
            has_tombstones=True,
        ),
        MediaSourceResource(
            "media_sources",
            c.media_sources,
            Access(create=SUPERVISORS, update=SUPERVISORS),
            filters=("dnis", "channel"),
        ),
        AuditResource(
            "audit_events",
            c.audit_events,
            Access(read=SUPERVISORS, create=NOBODY, update=NOBODY),
            filters=("entity", "entity_id", "actor_id"),
        ),
    ]


def _claim_transition(row: Row[Any], user: Principal, claim: bool) -> dict[str, Any]:
    if claim:
        if row.status == "claimed" and row.claimed_by != user.id and not claim_expired(row.claimed_at, now_utc()):
            raise conflict("another agent has already claimed this callback", "already_claimed")
        if row.status not in ("pending", "claimed"):
            raise conflict(f"a {row.status} callback cannot be claimed", "invalid_transition")
        return {"status": "claimed", "claimed_by": user.id, "claimed_at": now_utc()}
    if row.status != "claimed" or (row.claimed_by != user.id and not user.sees_all):
        raise conflict("only the agent holding a claimed callback can release it", "not_claimed")
    return {"status": "pending", "claimed_by": None, "claimed_at": None}


def claim_callback(
    resource: Resource, ctx: WriteContext, user: Principal, record_id: str, version: int, claim: bool
) -> dict[str, Any]:
    """``claim`` (pending → claimed by the caller) or ``release`` (back to pending)."""
    user.require(resource.access.update)
    row = resource.get_row(ctx.conn, user, record_id, lock=True)
    values = _claim_transition(row, user, claim)  # 409 beats 412: the caller learns who holds it
    row = resource.locked_current(ctx, user, record_id, version)
    resource.write_columns(ctx, row, values)
    resource.audit(ctx, user, "claim" if claim else "release", record_id, {"status": values["status"]})
    return resource.read_one(ctx.conn, user, record_id)
