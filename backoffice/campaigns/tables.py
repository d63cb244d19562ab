"""The campaigns' tables; they join the shared metadata (revision 0009 creates them, 0014 adds the
claims' expiry and the answering-machine rule, 0018 a record's call back handed to the Call Back queue,
0019 the reports' indexes of the attempts by time and of the records by their last attempt, 0020 a
record's name and notes from its list, 0022 the reports' roll-up of the attempts:
:mod:`backoffice.reports.campaign_rollup`).

JSON columns (``windows``, ``retry``, ``ending_dispositions``) hold the contract's value models as
text, as the other tables do with lists."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

from backoffice import tables as t
from crm.campaign_kpis import SUMS

logger = logging.getLogger(__name__)

campaigns = Table(
    "campaigns",
    t.metadata,
    Column("id", String(36), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("created_at", t.UtcDateTime, nullable=False),
    Column("updated_at", t.UtcDateTime, nullable=False),
    Column("name", String(100), nullable=False),
    Column("script", Text, nullable=False),
    Column("starts_at", t.UtcDateTime, nullable=False),
    Column("deadline_at", t.UtcDateTime, nullable=False),
    Column("windows", Text, nullable=False),
    Column("max_attempts", Integer, nullable=False),
    Column("max_attempts_24h", Integer, nullable=False),
    Column("retry", Text, nullable=False),
    Column("ending_dispositions", Text, nullable=False),
    Column("priority", Integer, nullable=False),
    Column("mode", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("default_time_zone", String(64), nullable=False),
    Column("ring_timeout_s", Integer, nullable=False),
    Column("minutes_per_attempt", Float, nullable=False),
    Column("machine_action", String(16), nullable=False, server_default="pass_to_agent"),
    Column("created_by", String(36), ForeignKey("users.id"), nullable=True),
    Index("ix_campaigns_status", "status"),
)

campaign_teams = Table(
    "campaign_teams",
    t.metadata,
    Column("campaign_id", String(36), ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True),
    Column("team", String(64), primary_key=True),
    Index("ix_campaign_teams_team", "team"),
)
"""The teams whose agents work a campaign (and whose supervisors run it)."""

campaign_records = Table(
    "campaign_records",
    t.metadata,
    Column("id", String(36), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("campaign_id", String(36), ForeignKey("campaigns.id", ondelete="CASCADE"), nullable=False),
    Column("row_number", Integer, nullable=True),
    Column("phone", String(40), nullable=False),
    Column("normalized", String(40), nullable=False),
    Column("customer_id", String(36), ForeignKey("customers.id"), nullable=True),
    Column("name", String(100), nullable=False, server_default=""),  # the list's name column (0020)
    Column("notes", String(1000), nullable=False, server_default=""),  # the list's notes column (0020)
    Column("time_zone", String(64), nullable=False),
    Column("zone_overridden", Boolean, nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("state", String(16), nullable=False),
    Column("last_result", String(16), nullable=True),
    Column("last_disposition", String(16), nullable=True),
    Column("last_attempt_at", t.UtcDateTime, nullable=True),
    Column("next_due_at", t.UtcDateTime, nullable=True),
    Column("claimed_by", String(36), ForeignKey("users.id"), nullable=True),
    Column("claimed_at", t.UtcDateTime, nullable=True),
    Column("claim_expires_at", t.UtcDateTime, nullable=True),
    Column("callback_id", String(36), nullable=True),  # the Call Back queue entry its call back went to
    Column("created_at", t.UtcDateTime, nullable=False),
    Column("updated_at", t.UtcDateTime, nullable=False),
    Index("ix_campaign_records_queue", "campaign_id", "state", "next_due_at"),
    Index("ix_campaign_records_normalized", "normalized"),
    Index("ix_campaign_records_claimed_by", "claimed_by"),
    Index("ix_campaign_records_finished", "last_attempt_at", "state"),  # 0019
    Index("ix_campaign_records_updated", "updated_at"),  # 0022: the records changed since the last roll-up
)

campaign_attempts = Table(
    "campaign_attempts",
    t.metadata,
    Column("id", String(36), primary_key=True),
    Column("record_id", String(36), ForeignKey("campaign_records.id", ondelete="CASCADE"), nullable=False),
    Column("campaign_id", String(36), ForeignKey("campaigns.id", ondelete="CASCADE"), nullable=False),
    Column("agent_id", String(36), ForeignKey("users.id"), nullable=True),
    Column("at", t.UtcDateTime, nullable=False),
    Column("result", String(16), nullable=False),
    Column("disposition", String(16), nullable=True),
    Column("sip_code", Integer, nullable=True),
    Column("notes", Text, nullable=False),
    # when the back office wrote the attempt (0022; NULL before, counted by the first roll-up): the
    # report's roll-up finds the attempts written since its last look by it, whatever their ``at``
    Column("written_at", t.UtcDateTime, nullable=True, default=lambda: datetime.now(timezone.utc)),
    Index("ix_campaign_attempts_record", "record_id", "at"),
    Index("ix_campaign_attempts_campaign", "campaign_id", "at"),
    Index("ix_campaign_attempts_report", "at", "campaign_id", "agent_id", "result", "disposition"),  # 0019
    Index("ix_campaign_attempts_written", "written_at"),  # 0022
)


def _slices(name: str, *keys: Column[str]) -> Table:
    """The campaign report's raw sums (:data:`crm.campaign_kpis.SUMS`) of the attempts recorded in a UTC
    quarter hour (``slice_ms``: its start, ms since the epoch), per campaign and ``keys``."""
    return Table(
        name,
        t.metadata,
        Column("slice_ms", BigInteger, nullable=False),
        Column("campaign_id", String(36), ForeignKey("campaigns.id", ondelete="CASCADE"), nullable=False),
        *keys,
        *(Column(sum_name, Integer, nullable=False) for sum_name in SUMS),  # PostgreSQL adds them up as bigint
        PrimaryKeyConstraint("slice_ms", "campaign_id", *(k.name for k in keys), name=f"pk_{name}"),
    )


campaign_agent_slices = _slices("campaign_agent_slices", Column("agent_id", String(36), nullable=False))
"""Per quarter hour, campaign and agent who reported the attempts ('' for none): what a report by agent
or team, or of one agent or team, reads (0022)."""
campaign_slices = _slices("campaign_slices")
"""``campaign_agent_slices`` added up per quarter hour and campaign: what a report of every agent reads
(0022)."""

campaign_rollups = Table(
    "campaign_rollups",
    t.metadata,
    Column("id", Integer, primary_key=True),
    Column("checked_at", t.UtcDateTime, nullable=False),
)
"""One row (id 1) once the attempts were rolled up: when attempts and records were last looked at (those
written since, less a margin, are counted again; 0022)."""

dnc_entries = Table(
    "dnc_entries",
    t.metadata,
    Column("id", String(36), primary_key=True),
    Column("number", String(40), nullable=True),
    Column("customer_id", String(36), ForeignKey("customers.id", ondelete="CASCADE"), nullable=True),
    Column("source", String(20), nullable=False),
    Column("note", String(200), nullable=False),
    Column("created_at", t.UtcDateTime, nullable=False),
    Column("created_by", String(36), ForeignKey("users.id"), nullable=True),
    Index("ix_dnc_entries_number", "number"),
    Index("ix_dnc_entries_customer", "customer_id"),
)
"""The do-not-call list: a normalised number, a customer (every number of theirs), or both."""
