"""Campaigns: a claim's expiry, renewed while the agent works the record (``claim_expires_at``), and the
campaign's rule for a progressive call that an answering machine or a fax answers (``machine_action``).

A claim held when the database is upgraded keeps the lifetime it had (15 minutes from its claim).

Revision ID: 0014_campaign_claims
Revises: 0013_quality
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_campaign_claims"
down_revision = "0013_quality"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("campaign_records", sa.Column("claim_expires_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column(
        "campaigns",
        sa.Column("machine_action", sa.String(length=16), nullable=False, server_default="pass_to_agent"),
    )
    if op.get_bind().dialect.name == "postgresql":
        later = "claimed_at + interval '15 minutes'"
    else:
        later = "strftime('%Y-%m-%d %H:%M:%f', claimed_at, '+15 minutes')"
    op.execute(f"UPDATE campaign_records SET claim_expires_at = {later} WHERE state = 'claimed'")


def downgrade() -> None:
    op.drop_column("campaigns", "machine_action")
    op.drop_column("campaign_records", "claim_expires_at")
