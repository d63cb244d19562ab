"""Call recordings and their bytes (``backoffice.recordings``).

Revision ID: 0010_recordings
Revises: 0009_campaigns
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_recordings"
down_revision = "0009_campaigns"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recordings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("agent_id", sa.String(length=36), nullable=False),
        sa.Column("call_log_id", sa.String(length=36), nullable=True),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=20), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_recordings_customer_id", "recordings", ["customer_id"])
    op.create_index("ix_recordings_call_log_id", "recordings", ["call_log_id"])
    op.create_index("ix_recordings_agent_id", "recordings", ["agent_id"])
    op.create_index("ix_recordings_expires_at", "recordings", ["expires_at"])
    op.create_table(
        "recording_chunks",
        sa.Column("recording_id", sa.String(length=36), nullable=False),
        sa.Column("offset", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["recording_id"], ["recordings.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("recording_id", "offset"),
    )


def downgrade() -> None:
    op.drop_table("recording_chunks")
    op.drop_index("ix_recordings_expires_at", "recordings")
    op.drop_index("ix_recordings_agent_id", "recordings")
    op.drop_index("ix_recordings_call_log_id", "recordings")
    op.drop_index("ix_recordings_customer_id", "recordings")
    op.drop_table("recordings")
