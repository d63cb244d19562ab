"""Presence: what the agent's desktop says about each state change (the reason's name, how long the
state is meant to last) in the history and on the board's line, and the agent's SIP user on the line
(``backoffice.presence``).

Revision ID: 0012_presence_reason_names
Revises: 0011_call_slices
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_presence_reason_names"
down_revision = "0011_call_slices"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("presence_events", "agent_presence"):
        op.add_column(table, sa.Column("reason_name", sa.String(length=100), nullable=True))
        op.add_column(table, sa.Column("limit_s", sa.Integer(), nullable=True))
    op.add_column("agent_presence", sa.Column("sip_user", sa.String(length=100), nullable=True))


def downgrade() -> None:
    op.drop_column("agent_presence", "sip_user")
    for table in ("agent_presence", "presence_events"):
        op.drop_column(table, "limit_s")
        op.drop_column(table, "reason_name")
