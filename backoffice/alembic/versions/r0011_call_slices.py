"""Reports: the calls' figures rolled up per quarter hour, agent, dialled number and media source, and
an index for finding the call logs written since the last roll-up (``backoffice.reports.tables``).

Revision ID: 0011_call_slices
Revises: 0010_recordings
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_call_slices"
down_revision = "0010_recordings"
branch_labels = None
depends_on = None

SUMS = (
    "offered",
    "answered",
    "unanswered",
    "short_abandoned",
    "rejected",
    "answered_in_target",
    "wait_ms",
    "abandon_ms",
    "abandon_timed",
    "handled",
    "outbound",
    "talk_s",
    "hold_s",
    "wrapup_s",
    "fcr_eligible",
    "fcr_resolved",
)


def upgrade() -> None:
    op.create_table(
        "call_slices",
        sa.Column("slice_ms", sa.BigInteger(), nullable=False),
        sa.Column("agent_id", sa.String(length=36), nullable=False),
        sa.Column("dnis", sa.String(length=40), nullable=False),
        sa.Column("media_source_id", sa.String(length=36), nullable=False),
        *(sa.Column(name, sa.BigInteger(), nullable=False) for name in SUMS),
        sa.PrimaryKeyConstraint("slice_ms", "agent_id", "dnis", "media_source_id", name="pk_call_slices"),
    )
    op.create_table(
        "call_agent_slices",
        sa.Column("slice_ms", sa.BigInteger(), nullable=False),
        sa.Column("agent_id", sa.String(length=36), nullable=False),
        *(sa.Column(name, sa.BigInteger(), nullable=False) for name in SUMS),
        sa.PrimaryKeyConstraint("slice_ms", "agent_id", name="pk_call_agent_slices"),
    )
    op.create_table(
        "call_rollups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("short_abandon_s", sa.Integer(), nullable=False),
        sa.Column("sl_target_s", sa.Integer(), nullable=False),
        sa.Column("fcr_days", sa.Integer(), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "call_rollup_marks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("agent_id", sa.String(length=36), nullable=False),
        sa.Column("slice_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_call_logs_updated", "call_logs", ["updated_at"])


def downgrade() -> None:
    op.drop_index("ix_call_logs_updated", "call_logs")
    op.drop_table("call_rollup_marks")
    op.drop_table("call_rollups")
    op.drop_table("call_agent_slices")
    op.drop_table("call_slices")
