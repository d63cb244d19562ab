"""Reports: the hourly level of the calls' and the presence roll-ups (``call_agent_hours``,
``presence_hours``), filled from the quarter-hour slices already there (``backoffice.reports.hours``).

Revision ID: 0015_rollup_hours
Revises: 0014_campaign_claims
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_rollup_hours"
down_revision = "0014_campaign_claims"
branch_labels = None
depends_on = None

SUMS = (
    "offered",
    "answered",
    "unanswered",
    "short_abandoned",
    "rejected",
    "answered_in_target",
    "wait_ms",
    "abandon_ms",
    "abandon_timed",
    "handled",
    "outbound",
    "talk_s",
    "hold_s",
    "wrapup_s",
    "fcr_eligible",
    "fcr_resolved",
)
PRESENCE = ("staffed_ms", "busy_ms", "available_ms", "not_ready_ms")
HOUR = "(slice_ms - ((slice_ms % 3600000) + 3600000) % 3600000)"


def upgrade() -> None:
    op.create_table(
        "call_agent_hours",
        sa.Column("hour_ms", sa.BigInteger(), nullable=False),
        sa.Column("agent_id", sa.String(length=36), nullable=False),
        *(sa.Column(name, sa.BigInteger(), nullable=False) for name in SUMS),
        sa.PrimaryKeyConstraint("hour_ms", "agent_id", name="pk_call_agent_hours"),
    )
    op.create_table(
        "presence_hours",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("hour_ms", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        *(sa.Column(name, sa.BigInteger(), nullable=False) for name in PRESENCE),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", "hour_ms", "reason", name="pk_presence_hours"),
    )
    op.create_index("ix_presence_hours_hour", "presence_hours", ["hour_ms"])
    sums = ", ".join(f"SUM({name})" for name in SUMS)
    op.execute(
        f"INSERT INTO call_agent_hours (hour_ms, agent_id, {', '.join(SUMS)}) "
        f"SELECT {HOUR}, agent_id, {sums} FROM call_agent_slices GROUP BY {HOUR}, agent_id"
    )
    ms = ", ".join(f"SUM({name})" for name in PRESENCE)
    op.execute(
        f"INSERT INTO presence_hours (user_id, hour_ms, reason, {', '.join(PRESENCE)}) "
        f"SELECT user_id, {HOUR}, reason, {ms} FROM presence_slices GROUP BY user_id, {HOUR}, reason"
    )


def downgrade() -> None:
    op.drop_index("ix_presence_hours_hour", "presence_hours")
    op.drop_table("presence_hours")
    op.drop_table("call_agent_hours")
