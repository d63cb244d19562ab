"""Outbound campaigns: campaigns and their teams, target records, attempts, and the do-not-call list
(``backoffice.campaigns.tables``).

Revision ID: 0009_campaigns
Revises: 0008_order_prices
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_campaigns"
down_revision = "0008_order_prices"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("script", sa.Text(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deadline_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("windows", sa.Text(), nullable=False),
        sa.Column("max_attempts", sa.Integer(), nullable=False),
        sa.Column("max_attempts_24h", sa.Integer(), nullable=False),
        sa.Column("retry", sa.Text(), nullable=False),
        sa.Column("ending_dispositions", sa.Text(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("default_time_zone", sa.String(length=64), nullable=False),
        sa.Column("ring_timeout_s", sa.Integer(), nullable=False),
        sa.Column("minutes_per_attempt", sa.Float(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_campaigns_status", "campaigns", ["status"])

    op.create_table(
        "campaign_records",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("normalized", sa.String(length=40), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("zone_overridden", sa.Boolean(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("last_result", sa.String(length=16), nullable=True),
        sa.Column("last_disposition", sa.String(length=16), nullable=True),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("next_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claimed_by", sa.String(length=36), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaigns.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["claimed_by"], ["users.id"]),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_campaign_records_claimed_by", "campaign_records", ["claimed_by"])
    op.create_index("ix_campaign_records_normalized", "campaign_records", ["normalized"])
    op.create_index("ix_campaign_records_queue", "campaign_records", ["campaign_id", "state", "next_due_at"])

    op.create_table(
        "campaign_teams",
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("team", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaigns.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("campaign_id", "team"),
    )
    op.create_index("ix_campaign_teams_team", "campaign_teams", ["team"])

    op.create_table(
        "dnc_entries",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=True),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"]),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_dnc_entries_customer", "dnc_entries", ["customer_id"])
    op.create_index("ix_dnc_entries_number", "dnc_entries", ["number"])

    op.create_table(
        "campaign_attempts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("agent_id", sa.String(length=36), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("disposition", sa.String(length=16), nullable=True),
        sa.Column("sip_code", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["users.id"]),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaigns.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["record_id"], ["campaign_records.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_campaign_attempts_campaign", "campaign_attempts", ["campaign_id", "at"])
    op.create_index("ix_campaign_attempts_record", "campaign_attempts", ["record_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_campaign_attempts_record", "campaign_attempts")
    op.drop_index("ix_campaign_attempts_campaign", "campaign_attempts")

    op.drop_table("campaign_attempts")
    op.drop_index("ix_dnc_entries_number", "dnc_entries")
    op.drop_index("ix_dnc_entries_customer", "dnc_entries")

    op.drop_table("dnc_entries")
    op.drop_index("ix_campaign_teams_team", "campaign_teams")

    op.drop_table("campaign_teams")
    op.drop_index("ix_campaign_records_queue", "campaign_records")
    op.drop_index("ix_campaign_records_normalized", "campaign_records")
    op.drop_index("ix_campaign_records_claimed_by", "campaign_records")

    op.drop_table("campaign_records")
    op.drop_index("ix_campaigns_status", "campaigns")

    op.drop_table("campaigns")
