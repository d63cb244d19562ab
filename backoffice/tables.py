"""The back office's tables (SQLAlchemy Core). Every record table has id, version, timestamps,
``change_seq`` (the delta-feed position, see :mod:`backoffice.db`) and ``feed_doc`` (see
:mod:`backoffice.documents`). Databases get these tables from the schema's revisions
(:mod:`backoffice.schema`): a change here, or a table added elsewhere, needs a revision too."""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.types import TypeDecorator

logger = logging.getLogger(__name__)

metadata = MetaData()


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in and out (SQLite stores naive UTC text, PostgreSQL timestamptz)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


def _id(fk: str | None = None, **kw: Any) -> Column[Any]:
    args = [ForeignKey(fk)] if fk else []
    return Column(String(36), *args, **kw)


def record(name: str, *columns: Any, indexes: tuple[str, ...] = ()) -> Table:
    """A record table: the common columns, ``columns``, and one index per name in ``indexes``."""
    table = Table(
        name,
        metadata,
        Column("id", String(36), primary_key=True),
        Column("version", Integer, nullable=False, default=1),
        Column("created_at", UtcDateTime, nullable=False),
        Column("updated_at", UtcDateTime, nullable=False),
        Column("change_seq", BigInteger, nullable=True),
        Column("feed_doc", Text, nullable=True),  # the read model as JSON (backoffice.documents)
        *columns,
    )
    Index(f"ix_{name}_change_seq", table.c.change_seq)
    Index(f"ix_{name}_created", table.c.created_at, table.c.id)
    for col in indexes:
        Index(f"ix_{name}_{col}", table.c[col])
    return table


counters = Table(
    "counters", metadata, Column("id", Integer, primary_key=True), Column("value", BigInteger, nullable=False)
)

users = record(
    "users",
    Column("username", String(64), nullable=False, unique=True),
    Column("display_name", String(100), nullable=False),
    Column("role", String(20), nullable=False),
    Column("password_hash", String(200), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("team", String(64), nullable=False, default="", server_default=""),
)

sessions = Table(
    "sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", String(36), ForeignKey("users.id"), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
)

customers = record(
    "customers",
    Column("name", String(100), nullable=False),
    Column("name_initials", String(100), nullable=False, default=""),
    Column("province", String(32), nullable=False, default=""),
    Column("city", String(32), nullable=False, default=""),
    Column("district", String(32), nullable=False, default=""),
    Column("street", String(200), nullable=False, default=""),
    Column("postal_code", String(12), nullable=False, default=""),
    Column("tags", Text, nullable=False, default="[]"),
    Column("tags_index", Text, nullable=False, default="|"),
    Column("vip_level", Integer, nullable=False, default=0),
    Column("accepts_samples", Boolean, nullable=False, default=False),
    Column("follow_up_opt_in", Boolean, nullable=False, default=False),
    Column("call_window", String(16), nullable=False, default="anytime"),
    Column("notes", Text, nullable=False, default=""),
    _id("users.id", name="owner_id", nullable=True),
    Column("last_contact_at", UtcDateTime, nullable=True),
    indexes=("name", "name_initials", "city", "province", "last_contact_at"),
)

customer_phones = Table(
    "customer_phones",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("customer_id", String(36), ForeignKey("customers.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("number", String(40), nullable=False),
    Column("normalized", String(40), nullable=False),
    Column("type", String(10), nullable=False),
    Index("ix_customer_phones_normalized", "normalized"),
    Index("ix_customer_phones_customer", "customer_id"),
)

media_sources = record(
    "media_sources",
    Column("dnis", String(40), nullable=False, unique=True),
    Column("channel", String(100), nullable=False),
    Column("programme", String(100), nullable=False, default=""),
    Column("advert", String(100), nullable=False, default=""),
    Column("campaign", String(100), nullable=False, default=""),
    Column("active", Boolean, nullable=False, default=True),
)

call_logs = record(
    "call_logs",
    Column("direction", String(10), nullable=False),
    Column("caller", String(40), nullable=False, default=""),
    Column("caller_normalized", String(40), nullable=True),
    Column("callee", String(40), nullable=False, default=""),
    Column("dnis", String(40), nullable=False, default=""),
    _id("media_sources.id", name="media_source_id", nullable=True),
    Column("ring_at", UtcDateTime, nullable=False),
    Column("answer_at", UtcDateTime, nullable=True),
    Column("end_at", UtcDateTime, nullable=True),
    Column("talk_seconds", Integer, nullable=False, default=0),
    Column("hold_seconds", Integer, nullable=False, default=0),
    Column("wrapup_seconds", Integer, nullable=False, default=0),
    Column("disposition", String(200), nullable=False, default=""),
    Column("abnormal", Boolean, nullable=False, default=False),
    Column("abnormal_reason", String(200), nullable=False, default=""),
    _id("users.id", name="agent_id", nullable=True),
    _id("customers.id", name="customer_id", nullable=True),
    Column("sip_call_id", String(200), nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    indexes=("agent_id", "customer_id", "caller_normalized"),
)

contacts = record(
    "contacts",
    _id("customers.id", name="customer_id", nullable=False),
    Column("channel", String(10), nullable=False),
    Column("direction", String(10), nullable=False),
    Column("occurred_at", UtcDateTime, nullable=False),
    _id("users.id", name="agent_id", nullable=True),
    Column("summary", Text, nullable=False, default=""),
    Column("disposition", String(200), nullable=False, default=""),
    _id("call_logs.id", name="call_log_id", nullable=True),
    indexes=("customer_id",),
)

products = record(
    "products",
    Column("sku", String(32), nullable=False, unique=True),
    Column("name", String(100), nullable=False),
    Column("price_cents", BigInteger, nullable=False),
    Column("stock", Integer, nullable=False, default=0),
    Column("category", String(50), nullable=False, default=""),
    Column("active", Boolean, nullable=False, default=True),
)

orders = record(
    "orders",
    Column("number", String(32), nullable=False, unique=True),
    _id("customers.id", name="customer_id", nullable=False),
    Column("total_cents", BigInteger, nullable=False),
    Column("delivery_method", String(16), nullable=False),
    Column("delivery_address", Text, nullable=False),
    Column("recipient_name", String(100), nullable=False, default=""),
    Column("recipient_phone", String(40), nullable=True),
    Column("payment_method", String(16), nullable=False),
    _id("media_sources.id", name="media_source_id", nullable=True),
    _id("call_logs.id", name="call_log_id", nullable=True),
    Column("invoice_title", String(200), nullable=False, default=""),
    Column("tax_id", String(40), nullable=False, default=""),
    Column("rush", Boolean, nullable=False, default=False),
    Column("requests", Text, nullable=False, default=""),
    Column("status", String(16), nullable=False),
    Column("status_reason", String(200), nullable=False, default=""),
    Column("courier", String(200), nullable=False, default=""),
    Column("tracking_number", String(40), nullable=False, default=""),
    _id("users.id", name="agent_id", nullable=True),
    Column("shipped_at", UtcDateTime, nullable=True),
    Column("price_approval_id", String(36), nullable=True),  # unique: one order per approval
    Column("price_approval", Text, nullable=True),  # who approved which prices, when (JSON)
    indexes=("customer_id", "status"),
)

Index("ux_orders_price_approval", orders.c.price_approval_id, unique=True)

order_lines = Table(
    "order_lines",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("order_id", String(36), ForeignKey("orders.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("sku", String(32), nullable=False),
    Column("name", String(100), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("unit_price_cents", BigInteger, nullable=False),
    Index("ix_order_lines_order", "order_id"),
    Index("ix_order_lines_sku", "sku"),
)

complaints = record(
    "complaints",
    _id("customers.id", name="customer_id", nullable=False),
    _id("orders.id", name="order_id", nullable=True),
    Column("category", String(16), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("summary", String(200), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("resolution", Text, nullable=False, default=""),
    Column("due_at", UtcDateTime, nullable=True),
    _id("users.id", name="assignee_id", nullable=True),
    _id("users.id", name="created_by", nullable=True),
    indexes=("customer_id", "status"),
)

todos = record(
    "todos",
    Column("title", String(200), nullable=False),
    _id("customers.id", name="customer_id", nullable=True),
    _id("call_logs.id", name="call_log_id", nullable=True),
    Column("due_at", UtcDateTime, nullable=True),
    Column("priority", String(10), nullable=False),
    _id("users.id", name="assignee_id", nullable=True),
    Column("notes", Text, nullable=False, default=""),
    Column("status", String(10), nullable=False),
    Column("team", String(64), nullable=False, default="", server_default=""),
    _id("users.id", name="created_by", nullable=True),
    Column("snoozed_until", UtcDateTime, nullable=True),
    Column("alerted_at", UtcDateTime, nullable=True),
    Column("completed_at", UtcDateTime, nullable=True),
    indexes=("assignee_id", "customer_id", "team"),
)

callbacks = record(
    "callbacks",
    Column("number", String(40), nullable=False),
    _id("customers.id", name="customer_id", nullable=True),
    Column("requested_at", UtcDateTime, nullable=False),
    Column("due_at", UtcDateTime, nullable=True),
    Column("dnis", String(40), nullable=False, default=""),
    _id("media_sources.id", name="media_source_id", nullable=True),
    Column("reason", String(200), nullable=False, default=""),
    Column("attempts", Integer, nullable=False, default=0),
    Column("status", String(10), nullable=False),
    _id("users.id", name="claimed_by", nullable=True),
    Column("claimed_at", UtcDateTime, nullable=True),
    Column("notes", Text, nullable=False, default=""),
    Column("source", String(16), nullable=False, default="manual", server_default="manual"),
    Column("max_attempts", Integer, nullable=False, default=3, server_default="3"),
    Column("retry_spacing_s", Integer, nullable=False, default=900, server_default="900"),
    Column("last_outcome", String(16), nullable=True),
    Column("last_attempt_at", UtcDateTime, nullable=True),
    Column("attempt_log", Text, nullable=False, default="[]", server_default="[]"),
    indexes=("status", "customer_id"),
)

blocklist = record(
    "blocklist",
    Column("number", String(40), nullable=False),
    Column("reason", String(200), nullable=False, default=""),
    Column("expires_at", UtcDateTime, nullable=True),
    _id("users.id", name="created_by", nullable=True),
    Column("deleted", Boolean, nullable=False, default=False),
    indexes=("number",),
)
Index(
    "ux_blocklist_live_number",
    blocklist.c.number,
    unique=True,
    sqlite_where=text("deleted = 0"),
    postgresql_where=text("deleted = false"),
)

audit_events = record(
    "audit_events",
    Column("at", UtcDateTime, nullable=False),
    Column("actor_id", String(36), nullable=True),
    Column("actor_username", String(64), nullable=False, default=""),
    Column("action", String(32), nullable=False),
    Column("entity", String(32), nullable=False),
    Column("entity_id", String(36), nullable=True),
    Column("changes", Text, nullable=False, default="{}"),
    indexes=("entity_id",),
)

idempotency = Table(
    "idempotency_keys",
    metadata,
    Column("user_id", String(36), primary_key=True),
    Column("key", String(200), primary_key=True),
    Column("request_hash", String(64), nullable=False),
    Column("status", Integer, nullable=False),
    Column("body", Text, nullable=False),
    Column("etag", String(32), nullable=True),
    Column("created_at", UtcDateTime, nullable=False),
    Index("ix_idempotency_created", "created_at"),
)
