"""Reports: an index of the presence changes that carry a not-ready reason's name, by reason and time,
so that the workbook finds each reason's latest name without reading a period's changes.

Revision ID: 0017_reason_names_index
Revises: 0016_orders_report_index
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_reason_names_index"
down_revision = "0016_orders_report_index"
branch_labels = None
depends_on = None

NAMED = sa.text("reason_name IS NOT NULL")


def upgrade() -> None:
    op.create_index(
        "ix_presence_events_reason_named",
        "presence_events",
        ["reason", "at"],
        postgresql_where=NAMED,
        sqlite_where=NAMED,
    )


def downgrade() -> None:
    op.drop_index("ix_presence_events_reason_named", "presence_events")
