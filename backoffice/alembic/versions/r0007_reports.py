"""Reports: the centre's report settings, presence time rolled up per quarter hour, and indexes for
reading calls by ring time and presence changes by arrival (``backoffice.reports.tables``).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-11
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("short_abandon_s", sa.Integer(), nullable=False),
        sa.Column("sl_target_s", sa.Integer(), nullable=False),
        sa.Column("sl_variant", sa.String(length=32), nullable=False),
        sa.Column("fcr_days", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_call_logs_ring_at", "call_logs", ["ring_at"])
    op.create_index("ix_complaints_created_by", "complaints", ["created_by"])
    op.create_index("ix_presence_events_received", "presence_events", ["received_at"])
    op.create_index("ix_presence_events_at", "presence_events", ["at"])
    op.create_table(
        "presence_slices",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("slice_ms", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("staffed_ms", sa.BigInteger(), nullable=False),
        sa.Column("busy_ms", sa.BigInteger(), nullable=False),
        sa.Column("available_ms", sa.BigInteger(), nullable=False),
        sa.Column("not_ready_ms", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", "slice_ms", "reason", name="pk_presence_slices"),
    )
    op.create_index("ix_presence_slices_slice", "presence_slices", ["slice_ms"])
    op.create_table(
        "presence_rollups",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("upto_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id"),
    )


def downgrade() -> None:
    op.drop_table("presence_rollups")
    op.drop_index("ix_presence_slices_slice", "presence_slices")
    op.drop_table("presence_slices")
    op.drop_index("ix_presence_events_at", "presence_events")
    op.drop_index("ix_presence_events_received", "presence_events")
    op.drop_index("ix_complaints_created_by", "complaints")
    op.drop_index("ix_call_logs_ring_at", "call_logs")
    op.drop_table("report_settings")
