"""Reports: the campaigns' attempts rolled up per quarter hour and campaign (and agent), with when each
attempt was written and an index of the records by their last change, by which the roll-up finds what
to count again (``backoffice.campaigns.tables``, ``backoffice.reports.campaign_rollup``).

Revision ID: 0022_campaign_slices
Revises: 0021_rollup_call_orders
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022_campaign_slices"
down_revision = "0021_rollup_call_orders"
branch_labels = None
depends_on = None

SUMS = (
    "attempts",
    "contacts",
    "sales",
    "records_finished",
    "attempts_answered",
    "attempts_busy",
    "attempts_no_answer",
    "attempts_invalid",
    "attempts_rejected",
    "attempts_network_error",
    "attempts_machine",
)


def _slices(name: str, *keys: sa.Column) -> None:  # type: ignore[type-arg]
    op.create_table(
        name,
        sa.Column("slice_ms", sa.BigInteger(), nullable=False),
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        *keys,
        *(sa.Column(s, sa.Integer(), nullable=False) for s in SUMS),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaigns.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("slice_ms", "campaign_id", *(k.name for k in keys), name=f"pk_{name}"),
    )


def upgrade() -> None:
    op.add_column("campaign_attempts", sa.Column("written_at", sa.DateTime(timezone=True), nullable=True))
    op.create_index("ix_campaign_attempts_written", "campaign_attempts", ["written_at"])
    op.create_index("ix_campaign_records_updated", "campaign_records", ["updated_at"])
    _slices("campaign_agent_slices", sa.Column("agent_id", sa.String(length=36), nullable=False))
    _slices("campaign_slices")
    op.create_table(
        "campaign_rollups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("campaign_rollups")
    op.drop_table("campaign_slices")
    op.drop_table("campaign_agent_slices")
    op.drop_index("ix_campaign_records_updated", "campaign_records")
    op.drop_index("ix_campaign_attempts_written", "campaign_attempts")
    op.drop_column("campaign_attempts", "written_at")
