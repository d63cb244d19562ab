"""Campaigns: a record keeps the name and notes its list gave (the import's name and notes columns), shown
to the agent with the record when no customer's card is.

Revision ID: 0020_campaign_record_names
Revises: 0019_campaign_attempts_index
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020_campaign_record_names"
down_revision = "0019_campaign_attempts_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("campaign_records", sa.Column("name", sa.String(length=100), nullable=False, server_default=""))
    op.add_column("campaign_records", sa.Column("notes", sa.String(length=1000), nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_column("campaign_records", "notes")
    op.drop_column("campaign_records", "name")
