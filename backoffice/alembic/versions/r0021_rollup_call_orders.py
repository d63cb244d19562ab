"""Reports: the calls' roll-up keeps the orders (not cancelled) taken on the handled calls
(``call_orders`` in ``call_slices``, ``call_agent_slices`` and ``call_agent_hours``), counted here for
the slices already there; the orders' indexes by call (counting them) and by time written (finding
those taken, changed or cancelled since the last refresh).

Revision ID: 0021_rollup_call_orders
Revises: 0020_campaign_record_names
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021_rollup_call_orders"
down_revision = "0020_campaign_record_names"
branch_labels = None
depends_on = None

TABLES = ("call_slices", "call_agent_slices", "call_agent_hours")
EPOCH_MS = {
    # milliseconds since the epoch of a time, rounded as the reports round it (backoffice.reports.sql)
    "sqlite": "CAST(ROUND((julianday({0}) - 2440587.5) * 86400000.0) AS INTEGER)",
    "postgresql": "((CAST(ROUND(date_part('epoch', {0}) * 1000000) AS BIGINT) + 500) / 1000)",
}


def _start(ms: str, width: int) -> str:
    """The start of the UTC period of ``width`` ms holding ``ms`` (Python's floor modulo)."""
    return f"({ms} - (({ms} % {width}) + {width}) % {width})"


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("call_orders", sa.BigInteger(), nullable=False, server_default="0"))
    op.create_index("ix_orders_call_log", "orders", ["call_log_id", "status"])
    op.create_index("ix_orders_updated", "orders", ["updated_at"])
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":  # the rows to come give every sum (SQLite keeps the default: no ALTER there)
        for table in TABLES:
            op.alter_column(table, "call_orders", server_default=None)
    ring = EPOCH_MS[dialect].format("c.ring_at")
    op.execute(
        "UPDATE call_slices SET call_orders = n.taken FROM ("
        f"SELECT {_start(ring, 900_000)} AS slice_ms, COALESCE(c.agent_id, '') AS agent_id, c.dnis,"
        " COALESCE(c.media_source_id, '') AS media_source_id, COUNT(*) AS taken"
        " FROM orders o JOIN call_logs c ON c.id = o.call_log_id"
        " WHERE o.status <> 'cancelled' AND c.answer_at IS NOT NULL GROUP BY 1, 2, 3, 4) AS n"
        " WHERE call_slices.slice_ms = n.slice_ms AND call_slices.agent_id = n.agent_id"
        " AND call_slices.dnis = n.dnis AND call_slices.media_source_id = n.media_source_id"
    )
    op.execute(
        "UPDATE call_agent_slices SET call_orders = n.taken FROM ("
        "SELECT slice_ms, agent_id, SUM(call_orders) AS taken FROM call_slices WHERE call_orders > 0"
        " GROUP BY slice_ms, agent_id) AS n"
        " WHERE call_agent_slices.slice_ms = n.slice_ms AND call_agent_slices.agent_id = n.agent_id"
    )
    hour = _start("slice_ms", 3_600_000)
    op.execute(
        "UPDATE call_agent_hours SET call_orders = n.taken FROM ("
        f"SELECT {hour} AS hour_ms, agent_id, SUM(call_orders) AS taken FROM call_agent_slices"
        f" WHERE call_orders > 0 GROUP BY {hour}, agent_id) AS n"
        " WHERE call_agent_hours.hour_ms = n.hour_ms AND call_agent_hours.agent_id = n.agent_id"
    )


def downgrade() -> None:
    op.drop_index("ix_orders_updated", "orders")
    op.drop_index("ix_orders_call_log", "orders")
    for table in reversed(TABLES):
        op.drop_column(table, "call_orders")
