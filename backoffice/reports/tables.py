"""The reports' tables and indexes; they join the shared metadata (revision 0007 creates them, 0011
the calls' roll-up, 0015 the hourly level of both roll-ups, 0016 the orders' index, 0021 the orders
taken on calls in the calls' roll-up)."""

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
Index("ix_orders_report", t.orders.c.created_at, t.orders.c.agent_id, t.orders.c.status, t.orders.c.total_cents)
"""A report's orders (taken in the period, not cancelled, by agent, their value) read from the index
alone (revision 0016)."""


def _presence_table(name: str, period: str) -> Table:
    """Presence time per agent, UTC period (column ``period``: its start, ms since the epoch) and reason."""
    return Table(
        name,
        t.metadata,
        Column("user_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        Column(period, BigInteger, nullable=False),
        Column("reason", String(40), nullable=False),
        *(
            Column(state, BigInteger, nullable=False)
            for state in ("staffed_ms", "busy_ms", "available_ms", "not_ready_ms")
        ),
        PrimaryKeyConstraint("user_id", period, "reason", name=f"pk_{name}"),
        Index(f"ix_{name}_{period.removesuffix('_ms')}", period),
    )


presence_slices = _presence_table("presence_slices", "slice_ms")
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
Index(
    "ix_presence_events_reason_named",
    presence_events.c.reason,
    presence_events.c.at,
    postgresql_where=presence_events.c.reason_name.is_not(None),
    sqlite_where=presence_events.c.reason_name.is_not(None),
)
"""A not-ready reason's latest name sent by a desktop (the workbook's names, revision 0017): only the
changes that carry a name."""

CALL_SUMS = (
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
    "call_orders",
)
"""The raw sums of a report's calls (:func:`crm.kpis.derive`), as the calls' roll-up keeps them;
``call_orders``: the orders (not cancelled) taken on the handled calls, orders per call's numerator
(revision 0021)."""

call_slices = Table(
    "call_slices",
    t.metadata,
    Column("slice_ms", BigInteger, nullable=False),
    Column("agent_id", String(36), nullable=False),
    Column("dnis", String(40), nullable=False),
    Column("media_source_id", String(36), nullable=False),
    *(Column(name, BigInteger, nullable=False) for name in CALL_SUMS),
    PrimaryKeyConstraint("slice_ms", "agent_id", "dnis", "media_source_id", name="pk_call_slices"),
)
"""The sums of the calls that started ringing in a UTC quarter hour (``slice_ms``: its start, ms since
the epoch), per agent, dialled number and media source ('' for none), counted with the thresholds of
``call_rollups`` (:mod:`backoffice.reports.call_rollup`)."""


def _call_agent_table(name: str, period: str) -> Table:
    """The calls' sums per UTC period (column ``period``: its start, ms since the epoch) and agent."""
    return Table(
        name,
        t.metadata,
        Column(period, BigInteger, nullable=False),
        Column("agent_id", String(36), nullable=False),
        *(Column(sum_name, BigInteger, nullable=False) for sum_name in CALL_SUMS),
        PrimaryKeyConstraint(period, "agent_id", name=f"pk_{name}"),
    )


call_agent_slices = _call_agent_table("call_agent_slices", "slice_ms")
"""``call_slices`` added up per quarter hour and agent: what reports by agent, team or none read (a
third of the rows when agents take calls from many dialled numbers)."""

call_agent_hours = _call_agent_table("call_agent_hours", "hour_ms")
"""``call_agent_slices`` added up per UTC hour (``hour_ms``: its start) and agent, kept with them: what
a report by the hour or longer reads when its period and the zone's offsets are on whole hours (a
quarter of the rows; revision 0015)."""

presence_hours = _presence_table("presence_hours", "hour_ms")
"""``presence_slices`` added up per UTC hour, kept with them (revision 0015)."""

call_rollups = Table(
    "call_rollups",
    t.metadata,
    Column("id", Integer, primary_key=True),
    Column("short_abandon_s", Integer, nullable=False),
    Column("sl_target_s", Integer, nullable=False),
    Column("fcr_days", Integer, nullable=False),
    Column("checked_at", t.UtcDateTime, nullable=False),
)
"""One row (id 1) once the calls were rolled up: the thresholds the slices were counted with, and
when call logs were last looked at (those written since, less a margin, are counted again)."""

call_rollup_marks = Table(
    "call_rollup_marks",
    t.metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("agent_id", String(36), nullable=False),
    Column("slice_ms", BigInteger, nullable=False),
)
"""Slices to count again that the call logs written since cannot tell (the calls before a call whose
customer was changed: their next call of the same customer is another one now)."""

Index("ix_call_logs_updated", t.call_logs.c.updated_at)
"""Finding the call logs written since the last roll-up (late and edited ones among them)."""
Index("ix_orders_updated", t.orders.c.updated_at)
"""Finding the orders written since the last roll-up (the calls of those taken or cancelled are
counted again; revision 0021)."""
Index("ix_orders_call_log", t.orders.c.call_log_id, t.orders.c.status)
"""Counting the orders (not cancelled) taken on each call into the roll-up, from the index alone."""
