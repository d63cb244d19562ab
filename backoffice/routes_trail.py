"""Operation-trail endpoints.

* ``POST /trail/events``: the signed-in user's desktop reports what they did (idempotent per event id).
* ``GET /trail/{agent_id}?from=&to=&after=``: one agent's trail in the order it happened, for the
  supervisors who may watch them (their team; admins and supervisors without a team everybody) and
  for the agents themselves. ``after`` (the ``last_id`` of an earlier answer) gives what arrived since.

Nothing changes or deletes an event: the trail is an audited record, kept at least 90 days.

No ``from __future__ import annotations``: FastAPI reads the real annotation objects.
"""

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Depends, Query

from backoffice.db import write_tx
from backoffice.errors import not_found
from backoffice.resources.base import now_utc
from backoffice.routes_auth import signed_in
from backoffice.screenview import watchable
from backoffice.security import Principal
from backoffice.trail import TrailPurge, add_events, keep_days_from_env, read_trail
from crm.schemas import API_PREFIX, Role
from crm.schemas.screenview import Trail, TrailAck, TrailEvents

if TYPE_CHECKING:
    from backoffice.app import BackOffice

logger = logging.getLogger(__name__)

_READERS = frozenset({Role.SUPERVISOR})


def build_trail_router(bo: "BackOffice", keep_days: int | None = None) -> APIRouter:
    router = APIRouter(prefix=API_PREFIX + "/trail", tags=["trail"])
    User = Annotated[Principal, Depends(signed_in(bo))]
    purge = TrailPurge(keep_days_from_env() if keep_days is None else keep_days)

    @router.post("/events", response_model=TrailAck)
    def post_events(body: TrailEvents, user: User) -> TrailAck:
        """Keep what the signed-in user did (repeats of an event id are ignored)."""
        now = now_utc()
        with write_tx(bo.db) as ctx:
            stored = add_events(ctx.conn, user.id, body.events, now)
            if purge.due():
                purge.purge(ctx.conn, now)
        return TrailAck(stored=stored)

    @router.get("/{agent_id}", response_model=Trail)
    def get_trail(
        agent_id: str,
        user: User,
        start: Annotated[datetime | None, Query(alias="from")] = None,
        end: Annotated[datetime | None, Query(alias="to")] = None,
        after: int | None = Query(None, ge=0, le=2**62, description="`last_id` of an earlier answer"),
        limit: int = Query(1000, ge=1, le=5000, description="At most this many of the newest events"),
    ) -> Trail:
        """One agent's trail, oldest first (the newest ``limit`` events of the range)."""
        if agent_id != user.id:
            user.require(_READERS)
            with bo.db.read.connect() as conn:
                if not watchable(conn, user, agent_id, roles=(Role.AGENT, Role.SUPERVISOR)):
                    raise not_found("user")
        with bo.db.read.connect() as conn:
            items, last = read_trail(conn, agent_id, start, end, after, limit)
        return Trail(agent_id=agent_id, items=items, last_id=last)

    return router
