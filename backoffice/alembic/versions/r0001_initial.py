"""The schema as the first back office created it (schema version 1 before Alembic).

Its tables are frozen here as they were; the next revisions change them. It creates only the tables a
database lacks (``checkfirst``): run on a database from before Alembic, it adds what that release
created only when it served (the logistics tables of a database that was seeded but never served)
and leaves the rest as it is.

Revision ID: 0001
Revises:
Create Date: 2026-12-08
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels = None
depends_on = None

UTC = sa.DateTime(timezone=True)  # backoffice.tables.UtcDateTime: naive UTC text on SQLite, timestamptz on PostgreSQL


def _id(name: str, fk: str | None = None, **kw: Any) -> sa.Column[Any]:
    return sa.Column(name, sa.String(36), *([sa.ForeignKey(fk)] if fk else []), **kw)


def _tables(metadata: sa.MetaData) -> None:
    def record(name: str, *columns: Any, indexes: tuple[str, ...] = ()) -> sa.Table:
        table = sa.Table(
            name,
            metadata,
            sa.Column("id", sa.String(36), primary_key=True),
            sa.Column("version", sa.Integer, nullable=False),
            sa.Column("created_at", UTC, nullable=False),
            sa.Column("updated_at", UTC, nullable=False),
            sa.Column("change_seq", sa.BigInteger, nullable=True),
            *columns,
        )
        sa.Index(f"ix_{name}_change_seq", table.c.change_seq)
        sa.Index(f"ix_{name}_created", table.c.created_at, table.c.id)
        for col in indexes:
            sa.Index(f"ix_{name}_{col}", table.c[col])
        return table

    sa.Table(
        "counters",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    record(
        "users",
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(100), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("team", sa.String(64), nullable=False, server_default=""),
    )
    sa.Table(
        "sessions",
        metadata,
        sa.Column("token_hash", sa.String(64), primary_key=True),
        _id("user_id", "users.id", nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("expires_at", UTC, nullable=False),
    )
    record(
        "customers",
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("name_initials", sa.String(100), nullable=False),
        sa.Column("province", sa.String(32), nullable=False),
        sa.Column("city", sa.String(32), nullable=False),
        sa.Column("district", sa.String(32), nullable=False),
        sa.Column("street", sa.String(200), nullable=False),
        sa.Column("postal_code", sa.String(12), nullable=False),
        sa.Column("tags", sa.Text, nullable=False),
        sa.Column("tags_index", sa.Text, nullable=False),
        sa.Column("vip_level", sa.Integer, nullable=False),
        sa.Column("accepts_samples", sa.Boolean, nullable=False),
        sa.Column("follow_up_opt_in", sa.Boolean, nullable=False),
        sa.Column("call_window", sa.String(16), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        _id("owner_id", "users.id", nullable=True),
        sa.Column("last_contact_at", UTC, nullable=True),
        indexes=("name", "name_initials", "city", "province", "last_contact_at"),
    )
    sa.Table(
        "customer_phones",
        metadata,
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("customer_id", sa.String(36), sa.ForeignKey("customers.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("number", sa.String(40), nullable=False),
        sa.Column("normalized", sa.String(40), nullable=False),
        sa.Column("type", sa.String(10), nullable=False),
        sa.Index("ix_customer_phones_normalized", "normalized"),
        sa.Index("ix_customer_phones_customer", "customer_id"),
    )
    record(
        "media_sources",
        sa.Column("dnis", sa.String(40), nullable=False, unique=True),
        sa.Column("channel", sa.String(100), nullable=False),
        sa.Column("programme", sa.String(100), nullable=False),
        sa.Column("advert", sa.String(100), nullable=False),
        sa.Column("campaign", sa.String(100), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
    )
    record(
        "call_logs",
        sa.Column("direction", sa.String(10), nullable=False),
        sa.Column("caller", sa.String(40), nullable=False),
        sa.Column("caller_normalized", sa.String(40), nullable=True),
        sa.Column("callee", sa.String(40), nullable=False),
        sa.Column("dnis", sa.String(40), nullable=False),
        _id("media_source_id", "media_sources.id", nullable=True),
        sa.Column("ring_at", UTC, nullable=False),
        sa.Column("answer_at", UTC, nullable=True),
        sa.Column("end_at", UTC, nullable=True),
        sa.Column("talk_seconds", sa.Integer, nullable=False),
        sa.Column("hold_seconds", sa.Integer, nullable=False),
        sa.Column("wrapup_seconds", sa.Integer, nullable=False),
        sa.Column("disposition", sa.String(200), nullable=False),
        sa.Column("abnormal", sa.Boolean, nullable=False),
        sa.Column("abnormal_reason", sa.String(200), nullable=False),
        _id("agent_id", "users.id", nullable=True),
        _id("customer_id", "customers.id", nullable=True),
        sa.Column("sip_call_id", sa.String(200), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        indexes=("agent_id", "customer_id", "caller_normalized"),
    )
    record(
        "contacts",
        _id("customer_id", "customers.id", nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("direction", sa.String(10), nullable=False),
        sa.Column("occurred_at", UTC, nullable=False),
        _id("agent_id", "users.id", nullable=True),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("disposition", sa.String(200), nullable=False),
        _id("call_log_id", "call_logs.id", nullable=True),
        indexes=("customer_id",),
    )
    record(
        "products",
        sa.Column("sku", sa.String(32), nullable=False, unique=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("price_cents", sa.BigInteger, nullable=False),
        sa.Column("stock", sa.Integer, nullable=False),
        sa.Column("category", sa.String(50), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
    )
    record(
        "orders",
        sa.Column("number", sa.String(32), nullable=False, unique=True),
        _id("customer_id", "customers.id", nullable=False),
        sa.Column("total_cents", sa.BigInteger, nullable=False),
        sa.Column("delivery_method", sa.String(16), nullable=False),
        sa.Column("delivery_address", sa.Text, nullable=False),
        sa.Column("recipient_name", sa.String(100), nullable=False),
        sa.Column("recipient_phone", sa.String(40), nullable=True),
        sa.Column("payment_method", sa.String(16), nullable=False),
        _id("media_source_id", "media_sources.id", nullable=True),
        _id("call_log_id", "call_logs.id", nullable=True),
        sa.Column("invoice_title", sa.String(200), nullable=False),
        sa.Column("tax_id", sa.String(40), nullable=False),
        sa.Column("rush", sa.Boolean, nullable=False),
        sa.Column("requests", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("status_reason", sa.String(200), nullable=False),
        sa.Column("courier", sa.String(200), nullable=False),
        sa.Column("tracking_number", sa.String(40), nullable=False),
        _id("agent_id", "users.id", nullable=True),
        sa.Column("shipped_at", UTC, nullable=True),
        indexes=("customer_id", "status"),
    )
    sa.Table(
        "order_lines",
        metadata,
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("order_id", sa.String(36), sa.ForeignKey("orders.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("sku", sa.String(32), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("quantity", sa.Integer, nullable=False),
        sa.Column("unit_price_cents", sa.BigInteger, nullable=False),
        sa.Index("ix_order_lines_order", "order_id"),
        sa.Index("ix_order_lines_sku", "sku"),
    )
    record(
        "complaints",
        _id("customer_id", "customers.id", nullable=False),
        _id("order_id", "orders.id", nullable=True),
        sa.Column("category", sa.String(16), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("summary", sa.String(200), nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("resolution", sa.Text, nullable=False),
        sa.Column("due_at", UTC, nullable=True),
        _id("assignee_id", "users.id", nullable=True),
        _id("created_by", "users.id", nullable=True),
        indexes=("customer_id", "status"),
    )
    record(
        "todos",
        sa.Column("title", sa.String(200), nullable=False),
        _id("customer_id", "customers.id", nullable=True),
        _id("call_log_id", "call_logs.id", nullable=True),
        sa.Column("due_at", UTC, nullable=True),
        sa.Column("priority", sa.String(10), nullable=False),
        _id("assignee_id", "users.id", nullable=True),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("team", sa.String(64), nullable=False, server_default=""),
        _id("created_by", "users.id", nullable=True),
        sa.Column("snoozed_until", UTC, nullable=True),
        sa.Column("alerted_at", UTC, nullable=True),
        sa.Column("completed_at", UTC, nullable=True),
        indexes=("assignee_id", "customer_id", "team"),
    )
    record(
        "callbacks",
        sa.Column("number", sa.String(40), nullable=False),
        _id("customer_id", "customers.id", nullable=True),
        sa.Column("requested_at", UTC, nullable=False),
        sa.Column("due_at", UTC, nullable=True),
        sa.Column("dnis", sa.String(40), nullable=False),
        _id("media_source_id", "media_sources.id", nullable=True),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        _id("claimed_by", "users.id", nullable=True),
        sa.Column("claimed_at", UTC, nullable=True),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("source", sa.String(16), nullable=False, server_default="manual"),
        sa.Column("max_attempts", sa.Integer, nullable=False, server_default="3"),
        sa.Column("retry_spacing_s", sa.Integer, nullable=False, server_default="900"),
        sa.Column("last_outcome", sa.String(16), nullable=True),
        sa.Column("last_attempt_at", UTC, nullable=True),
        sa.Column("attempt_log", sa.Text, nullable=False, server_default="[]"),
        indexes=("status", "customer_id"),
    )
    blocklist = record(
        "blocklist",
        sa.Column("number", sa.String(40), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("expires_at", UTC, nullable=True),
        _id("created_by", "users.id", nullable=True),
        sa.Column("deleted", sa.Boolean, nullable=False),
        indexes=("number",),
    )
    sa.Index(
        "ux_blocklist_live_number",
        blocklist.c.number,
        unique=True,
        sqlite_where=sa.text("deleted = 0"),
        postgresql_where=sa.text("deleted = false"),
    )
    record(
        "audit_events",
        sa.Column("at", UTC, nullable=False),
        sa.Column("actor_id", sa.String(36), nullable=True),
        sa.Column("actor_username", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=True),
        sa.Column("changes", sa.Text, nullable=False),
        indexes=("entity_id",),
    )
    sa.Table(
        "idempotency_keys",
        metadata,
        sa.Column("user_id", sa.String(36), primary_key=True),
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("request_hash", sa.String(64), nullable=False),
        sa.Column("status", sa.Integer, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("etag", sa.String(32), nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Index("ix_idempotency_created", "created_at"),
    )
    sa.Table(
        "courier_rules",
        metadata,
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("delivery_method", sa.String(16), nullable=True),
        sa.Column("region", sa.String(32), nullable=False),
        sa.Column("courier", sa.String(100), nullable=False),
    )
    sa.Table(
        "order_logistics",
        metadata,
        sa.Column("order_id", sa.String(36), sa.ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("sort_date", sa.Date, nullable=True),
        sa.Column("handover_date", sa.Date, nullable=True),
        sa.Column("sorted_at", UTC, nullable=True),
    )


def upgrade() -> None:
    metadata = sa.MetaData()
    _tables(metadata)
    metadata.create_all(op.get_bind(), checkfirst=True)


def downgrade() -> None:
    metadata = sa.MetaData()
    _tables(metadata)
    metadata.drop_all(op.get_bind())
