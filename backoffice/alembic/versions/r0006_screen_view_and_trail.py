"""Silent screen view (watch leases, the newest frame, frames kept under retention) and the agents'
operation trail (``backoffice.screenview``, ``backoffice.trail``).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "screen_watches",
        sa.Column("agent_id", sa.String(length=36), nullable=False),
        sa.Column("watcher_id", sa.String(length=36), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["users.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["watcher_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("agent_id", "watcher_id"),
    )
    op.create_table(
        "screen_frames",
        sa.Column("agent_id", sa.String(length=36), nullable=False),
        sa.Column("frame_no", sa.BigInteger(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("media_type", sa.String(length=20), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("agent_id"),
    )
    if op.get_bind().dialect.name == "postgresql":  # the newest frame is never written to the WAL
        op.execute("ALTER TABLE screen_frames SET UNLOGGED")
    op.create_table(
        "screen_frames_kept",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("agent_id", sa.String(length=36), nullable=False),
        sa.Column("frame_no", sa.BigInteger(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("media_type", sa.String(length=20), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_screen_frames_kept_agent_at", "screen_frames_kept", ["agent_id", "at"])
    op.create_table(
        "agent_trail",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("detail", sa.String(length=200), nullable=True),
        sa.Column("entity", sa.String(length=32), nullable=True),
        sa.Column("ref_id", sa.String(length=64), nullable=True),
        sa.Column("call_ref", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "event_id", name="uq_agent_trail_user_event"),
    )
    op.create_index("ix_agent_trail_user_at", "agent_trail", ["user_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_agent_trail_user_at", "agent_trail")
    op.drop_table("agent_trail")
    op.drop_index("ix_screen_frames_kept_agent_at", "screen_frames_kept")
    op.drop_table("screen_frames_kept")
    op.drop_table("screen_frames")
    op.drop_table("screen_watches")
