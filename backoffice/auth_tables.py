"""Tables of the sign-in protection: failed sign-ins per account and address, and the server's
HMAC secret. They join the shared metadata; Alembic revision 0003 creates them. New tables only: no
column of an existing table changes."""

from __future__ import annotations

import logging

from sqlalchemy import Column, Index, Integer, String, Table

from backoffice import tables as t

logger = logging.getLogger(__name__)

login_failures = Table(
    "login_failures",
    t.metadata,
    Column("key", String(200), primary_key=True),  # "account:<user name, lower case>" or "address:<ip>"
    Column("failures", Integer, nullable=False),
    Column("last_failure_at", t.UtcDateTime, nullable=False),
    Column("locked_until", t.UtcDateTime, nullable=True),
    Index("ix_login_failures_last", "last_failure_at"),
)

server_secrets = Table(
    "server_secrets",
    t.metadata,
    Column("name", String(64), primary_key=True),
    Column("value", String(200), nullable=False),
    Column("created_at", t.UtcDateTime, nullable=False),
)
