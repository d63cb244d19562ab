"""Reports: an index of the campaigns' attempts by time covering what the campaign report counts
(``at``, ``campaign_id``, ``agent_id``, ``result``, ``disposition``), so that a period's attempts of every
campaign are read from the index alone rather than by a scan of the table; and one of the records by
their last attempt's time and state, from which the records a period's attempts finished are found
(rather than by looking up every attempt's record).

Revision ID: 0019_campaign_attempts_index
Revises: 0018_campaign_call_backs
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0019_campaign_attempts_index"
down_revision = "0018_campaign_call_backs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_campaign_attempts_report",
        "campaign_attempts",
        ["at", "campaign_id", "agent_id", "result", "disposition"],
    )
    op.create_index("ix_campaign_records_finished", "campaign_records", ["last_attempt_at", "state"])


def downgrade() -> None:
    op.drop_index("ix_campaign_records_finished", "campaign_records")
    op.drop_index("ix_campaign_attempts_report", "campaign_attempts")
