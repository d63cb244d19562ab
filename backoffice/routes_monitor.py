"""Listen / whisper / barge notices: the supervisor's desktop tells the monitored agent's desktop.

* ``POST /monitor/{agent_id}``: monitoring of the agent's call started (``active: true``) or ended, in
  ``mode``; relayed at once to the agent's desktop as the live event ``monitor`` (only that user hears
  it). The start is an audit event (``call_monitor``, with the mode).

Who may: a supervisor of the agent's team (or a supervisor without a team) and admins, as for the
screen view (:func:`backoffice.screenview.watchable`); anybody else is refused (403 for another role,
404 for an agent they may not watch).

No ``from __future__ import annotations``: FastAPI reads the real annotation objects.
"""

import logging
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Depends

from backoffice.db import write_tx
from backoffice.errors import not_found
from backoffice.event_bus import TO_USER, LiveEvent
from backoffice.resources.base import audit
from backoffice.routes_auth import signed_in
from backoffice.screenview import watchable
from backoffice.security import Principal
from crm.schemas import API_PREFIX, Role
from crm.schemas.monitor import LIVE_KIND, MonitorEvent, MonitorNotice

if TYPE_CHECKING:
    from backoffice.app import BackOffice

logger = logging.getLogger(__name__)

_MONITORS = frozenset({Role.SUPERVISOR})


def build_monitor_router(bo: "BackOffice") -> APIRouter:
    router = APIRouter(prefix=API_PREFIX + "/monitor", tags=["monitor"])
    User = Annotated[Principal, Depends(signed_in(bo))]

    @router.post("/{agent_id}", response_model=MonitorEvent)
    def notice(agent_id: str, body: MonitorNotice, user: User) -> MonitorEvent:
        """Tell the agent's desktop that monitoring of their call started or ended."""
        user.require(_MONITORS)
        with bo.db.read.connect() as conn:
            if not watchable(conn, user, agent_id):
                raise not_found("user")
        if body.active:
            with write_tx(bo.db) as ctx:
                audit(ctx, user, "call_monitor", "users", agent_id, {"mode": body.mode.value})
        logger.info(
            "monitor: %s %s %s (%s)", user.username, "started" if body.active else "ended", agent_id, body.mode.value
        )
        event = MonitorEvent(
            agent_id=agent_id,
            mode=body.mode,
            active=body.active,
            supervisor_id=user.id,
            supervisor_name=user.display_name,
        )
        bo.events.emit(LiveEvent(LIVE_KIND, event.model_dump(mode="json"), TO_USER, user_id=agent_id))
        return event

    return router
