"""A campaign's call back the campaign cannot make (asked for after its last calling window before the
deadline) handed to the general Call Back queue, in the transaction that records the attempt's result:
the same kind of entry an agent sets from an ordinary call (the customer, the number, the time asked,
the campaign's name as its reason, the agent's notes), waiting in the queue for any agent."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from backoffice.db import WriteContext
from backoffice.resources.base import Resource
from backoffice.security import Principal
from crm.schemas.activity import CallbackCreate
from crm.schemas.callbacks import CallbackSource
from crm.schemas.campaigns import AttemptReport

logger = logging.getLogger(__name__)


def to_call_back_queue(
    ctx: WriteContext,
    callbacks: Resource,
    user: Principal,
    record: Any,
    campaign: dict[str, Any],
    report: AttemptReport,
    now: datetime,
) -> str:
    """Queue the call back ``report`` asks for on the campaign ``record`` (as ``user``, the agent who
    took the call); the new entry's id."""
    entry = callbacks.create(
        ctx,
        user,
        CallbackCreate(
            number=record.normalized,
            customer_id=record.customer_id,
            requested_at=now,
            due_at=report.call_back_at,
            reason=campaign["name"],
            source=CallbackSource.MANUAL,
        ),
    )
    if report.notes:  # a new entry starts without notes (they are written afterwards, as by a PATCH)
        row = callbacks.get_row(ctx.conn, user, entry["id"], lock=True)
        callbacks.write_columns(ctx, row, {"notes": report.notes})
    logger.info("campaign %s: call back after its last calling window queued as %s", campaign["id"], entry["id"])
    return str(entry["id"])
