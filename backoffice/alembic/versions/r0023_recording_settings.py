"""The centre's recording settings: how long recordings are kept (``backoffice.recording_retention``).

Revision ID: 0023_recording_settings
Revises: 0022_campaign_slices
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023_recording_settings"
down_revision = "0022_campaign_slices"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recording_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("retention_days", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("recording_settings")
