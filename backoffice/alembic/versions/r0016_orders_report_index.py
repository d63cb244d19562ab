"""Reports: an index covering what a report reads of the orders (``created_at``, ``agent_id``,
``status``, ``total_cents``), so that a month's orders are read from the index alone rather than by a
scan of the table.

Revision ID: 0016_orders_report_index
Revises: 0015_rollup_hours
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0016_orders_report_index"
down_revision = "0015_rollup_hours"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_orders_report", "orders", ["created_at", "agent_id", "status", "total_cents"])


def downgrade() -> None:
    op.drop_index("ix_orders_report", "orders")
