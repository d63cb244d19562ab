"""Agent evaluation: versioned QA forms and the evaluations of recorded calls (``backoffice.quality``).

Revision ID: 0013_quality
Revises: 0012_presence_reason_names
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_quality"
down_revision = "0012_presence_reason_names"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "qa_forms",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("form_key", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("criteria", sa.JSON(), nullable=False),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ux_qa_forms_key_version", "qa_forms", ["form_key", "version"], unique=True)
    op.create_table(
        "qa_evaluations",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("form_id", sa.String(length=36), nullable=False),
        sa.Column("agent_id", sa.String(length=36), nullable=False),
        sa.Column("evaluator_id", sa.String(length=36), nullable=False),
        sa.Column("recording_id", sa.String(length=36), nullable=False),
        sa.Column("call_log_id", sa.String(length=36), nullable=True),
        sa.Column("call_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("comment", sa.String(length=4000), nullable=False),
        sa.Column("total", sa.Float(), nullable=False),
        sa.Column("failed", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["form_id"], ["qa_forms.id"]),
        sa.ForeignKeyConstraint(["agent_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_qa_evaluations_agent_call_at", "qa_evaluations", ["agent_id", "call_at"])
    op.create_index("ix_qa_evaluations_recording_id", "qa_evaluations", ["recording_id"])


def downgrade() -> None:
    op.drop_index("ix_qa_evaluations_recording_id", "qa_evaluations")
    op.drop_index("ix_qa_evaluations_agent_call_at", "qa_evaluations")
    op.drop_table("qa_evaluations")
    op.drop_index("ux_qa_forms_key_version", "qa_forms")
    op.drop_table("qa_forms")
