"""The reports' tables and indexes; they join the shared metadata (revision 0007 creates them)."""

from __future__ import annotations

import logging

from sqlalchemy import BigInteger, Column, ForeignKey, Index, Integer, PrimaryKeyConstraint, String, Table

from backoffice import tables as t
from backoffice.presence import presence_events

logger = logging.getLogger(__name__)

report_settings = Table(
    "report_settings",
    t.metadata,
    Column("id", Integer, primary_key=True),
    Column("time_zone", String(64), nullable=False),
    Column("short_abandon_s", Integer, nullable=False),
    Column("sl_target_s", Integer, nullable=False),
    Column("sl_variant", String(32), nullable=False),
    Column("fcr_days", Integer, nullable=False),
    Column("updated_at", t.UtcDateTime, nullable=True),
    Column("updated_by", String(36), nullable=True),
)
"""One row (id 1) once an admin saved the settings; none: :class:`crm.kpis.ReportSettings`' defaults."""

SETTINGS_ROW = 1

Index("ix_call_logs_ring_at", t.call_logs.c.ring_at)
"""Every report reads the calls of a period by the time they started ringing."""
Index("ix_complaints_created_by", t.complaints.c.created_by)

presence_slices = Table(
    "presence_slices",
    t.metadata,
    Column("user_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("slice_ms", BigInteger, nullable=False),
    Column("reason", String(40), nullable=False),
    Column("staffed_ms", BigInteger, nullable=False),
    Column("busy_ms", BigInteger, nullable=False),
    Column("available_ms", BigInteger, nullable=False),
    Column("not_ready_ms", BigInteger, nullable=False),
    PrimaryKeyConstraint("user_id", "slice_ms", "reason", name="pk_presence_slices"),
    Index("ix_presence_slices_slice", "slice_ms"),
)
"""Presence time per agent, UTC quarter hour (``slice_ms``: its start, ms since the epoch) and
not-ready reason ('' for the other states), in milliseconds (:mod:`backoffice.reports.rollup`)."""

presence_rollups = Table(
    "presence_rollups",
    t.metadata,
    Column("user_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("upto_at", t.UtcDateTime, nullable=False),
    Column("checked_at", t.UtcDateTime, nullable=False),
)
"""Per agent: their slices are complete before ``upto_at``; changes received after ``checked_at``
(less a margin) are checked for late ones."""

Index("ix_presence_events_received", presence_events.c.received_at)
"""Finding the changes that arrived since the last roll-up (late ones among them)."""
Index("ix_presence_events_at", presence_events.c.at)
"""Reading the changes of a period by their time, every agent's at once."""
