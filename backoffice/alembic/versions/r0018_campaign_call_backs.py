"""Campaigns: a record whose call back was asked for after the campaign's last calling window ends done,
its call back handed to the Call Back queue; ``callback_id`` names that queue entry.

Revision ID: 0018_campaign_call_backs
Revises: 0017_reason_names_index
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018_campaign_call_backs"
down_revision = "0017_reason_names_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("campaign_records", sa.Column("callback_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    op.drop_column("campaign_records", "callback_id")
