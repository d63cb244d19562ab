"""Complaint history: each status change with the note written at that step and who made it."""

from __future__ import annotations

import logging

from pydantic import Field

from crm.schemas.common import Contract, UtcDatetime

logger = logging.getLogger(__name__)

StatusNote = Field(
    default=None,
    max_length=4000,
    description="Note for this status change (kept in the complaint's history, with who and when)",
)


class ComplaintStep(Contract):
    """One step of a complaint's life: created, a status change, or a note (read-only, from the audit)."""

    at: UtcDatetime
    status: str = Field(description="Status after this step")
    note: str = ""
    actor_id: str | None = None
    actor_username: str = ""
