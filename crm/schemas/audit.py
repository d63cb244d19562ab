"""Audit events: one per write, read-only, visible to supervisors and admins."""

from __future__ import annotations

import logging
from typing import Any

from pydantic import Field

from crm.schemas.common import ReadModel, UtcDatetime

logger = logging.getLogger(__name__)


class AuditEventRead(ReadModel):
    at: UtcDatetime
    actor_id: str | None
    actor_username: str = ""
    action: str = Field(description="create, update, delete, login, or an action name (ship, claim, ...)")
    entity: str = Field(description="Collection name, e.g. orders")
    entity_id: str | None
    changes: dict[str, Any] = Field(default_factory=dict, description="Changed fields: new values")
