"""Complaints with their history: every status change, its note and who made it, from the audit trail.

A status change is a PATCH of ``status`` with an optional ``status_note`` (not a column: it lives in the
audit event's ``changes``). The read model's ``history`` lists the creation and each change or note,
oldest first, with the actor — so agents see who did what on the card without access to the audit
collection itself. :func:`with_history` swaps the plain complaints resource for this one.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection, Row

from backoffice import tables as t
from backoffice.resources.base import Resource
from backoffice.resources.simple import ComplaintResource
from crm.schemas import ReadModel
from crm.schemas.complaint_steps import ComplaintStep

logger = logging.getLogger(__name__)


def _steps(conn: Connection, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    a = t.audit_events.c
    rows = conn.execute(
        select(a.entity_id, a.at, a.action, a.actor_id, a.actor_username, a.changes)
        .where(a.entity == "complaints", a.entity_id.in_(ids))
        .order_by(a.at, a.id)
    ).all()
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    status: dict[str, str] = {}
    for entity_id, at, action, actor_id, actor_username, changes in rows:
        data = json.loads(changes or "{}")
        if action == "create":
            status[entity_id] = "open"
        elif "status" not in data and not data.get("status_note"):
            continue
        status[entity_id] = data.get("status") or status.get(entity_id, "open")
        out[entity_id].append(
            {
                "at": at,
                "status": status[entity_id],
                "note": data.get("status_note") or "",
                "actor_id": actor_id,
                "actor_username": actor_username or "",
            }
        )
    return out


class ComplaintHistoryResource(ComplaintResource):
    """The complaints collection, with ``history`` filled in."""

    def to_read(self, conn: Connection, rows: Sequence[Row[Any]]) -> list[ReadModel]:
        items = super().to_read(conn, rows)
        if not items:
            return items
        steps: dict[str, list[dict[str, Any]]] = {}
        ids = [item.id for item in items]
        for start in range(0, len(ids), 500):
            steps.update(_steps(conn, ids[start : start + 500]))
        return [
            item.model_copy(update={"history": [ComplaintStep.model_validate(s) for s in steps.get(item.id, [])]})
            for item in items
        ]


def with_history(resources: list[Resource]) -> list[Resource]:
    """``resources`` with the complaints resource replaced by :class:`ComplaintHistoryResource`."""
    out = []
    for resource in resources:
        if resource.name == "complaints" and not isinstance(resource, ComplaintHistoryResource):
            resource = ComplaintHistoryResource(**{f.name: getattr(resource, f.name) for f in fields(resource)})
        out.append(resource)
    return out
