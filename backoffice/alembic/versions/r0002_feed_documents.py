"""Each record's feed document: its read model as JSON, written with the record (schema version 2 before
Alembic). Rows from before get theirs in the background after start (``backoffice.documents``), or
ahead with ``python -m backoffice migrate``.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

RECORD_TABLES = (
    "users",
    "customers",
    "media_sources",
    "call_logs",
    "contacts",
    "products",
    "orders",
    "complaints",
    "todos",
    "callbacks",
    "blocklist",
    "audit_events",
)


def upgrade() -> None:
    for table in RECORD_TABLES:
        op.add_column(table, sa.Column("feed_doc", sa.Text, nullable=True))


def downgrade() -> None:
    for table in RECORD_TABLES:
        op.drop_column(table, "feed_doc")
