"""Coaching messages and their read receipts (``backoffice.coaching``).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "coaching_messages",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("from_user", sa.String(length=36), nullable=False),
        sa.Column("to_user", sa.String(length=36), nullable=True),
        sa.Column("to_team", sa.String(length=64), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reply_to", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["from_user"], ["users.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["to_user"], ["users.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["reply_to"], ["coaching_messages.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_coaching_messages_to_user", "coaching_messages", ["to_user", "created_at"])
    op.create_index("ix_coaching_messages_from_user", "coaching_messages", ["from_user", "created_at"])
    op.create_index("ix_coaching_messages_to_team", "coaching_messages", ["to_team", "created_at"])
    op.create_table(
        "coaching_reads",
        sa.Column("message_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["message_id"], ["coaching_messages.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("message_id", "user_id"),
    )


def downgrade() -> None:
    op.drop_table("coaching_reads")
    op.drop_index("ix_coaching_messages_to_team", "coaching_messages")
    op.drop_index("ix_coaching_messages_from_user", "coaching_messages")
    op.drop_index("ix_coaching_messages_to_user", "coaching_messages")
    op.drop_table("coaching_messages")
