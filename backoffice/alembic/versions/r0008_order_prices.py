"""Order prices: supervisors' price approvals, the approval kept on the order, and (PostgreSQL) a
sequence for order numbers instead of the counter row every order creation held locked to its commit.

Revision ID: 0008_order_prices
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_order_prices"
down_revision = "0007"
branch_labels = None
depends_on = None

ORDER_SEQUENCE = "order_numbers"  # backoffice.db.ORDER_SEQUENCE
COUNTER_ORDERS = 2  # backoffice.db.COUNTER_ORDERS


def upgrade() -> None:
    op.create_table(
        "price_approvals",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("requested_by", sa.String(length=36), nullable=False),
        sa.Column("team", sa.String(length=64), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("lines", sa.Text(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("decided_by", sa.String(length=36), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("order_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["requested_by"], ["users.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["decided_by"], ["users.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_price_approvals_requested_by", "price_approvals", ["requested_by", "created_at"])
    op.create_index("ix_price_approvals_team_status", "price_approvals", ["team", "status"])
    op.add_column("orders", sa.Column("price_approval_id", sa.String(length=36), nullable=True))
    op.add_column("orders", sa.Column("price_approval", sa.Text(), nullable=True))
    op.create_index("ux_orders_price_approval", "orders", ["price_approval_id"], unique=True)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE SEQUENCE {ORDER_SEQUENCE} AS bigint")
        # continue after the last number the counter gave out (none yet on a new database)
        op.execute(
            f"SELECT setval('{ORDER_SEQUENCE}', GREATEST(1, COALESCE(MAX(value), 0)), COALESCE(MAX(value), 0) > 0)"
            f" FROM counters WHERE id = {COUNTER_ORDERS}"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"UPDATE counters SET value = (SELECT CASE WHEN is_called THEN last_value ELSE 0 END"
            f" FROM {ORDER_SEQUENCE}) WHERE id = {COUNTER_ORDERS}"
        )
        op.execute(f"DROP SEQUENCE {ORDER_SEQUENCE}")
    op.drop_index("ux_orders_price_approval", "orders")
    op.drop_column("orders", "price_approval")
    op.drop_column("orders", "price_approval_id")
    op.drop_index("ix_price_approvals_team_status", "price_approvals")
    op.drop_index("ix_price_approvals_requested_by", "price_approvals")
    op.drop_table("price_approvals")
