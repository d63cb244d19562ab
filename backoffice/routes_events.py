"""``GET /events/stream``: the live events a signed-in user may see, as Server-Sent Events.

The stream opens with ``event: hello`` (the server's time), then sends each event as
``event: <kind>`` with its JSON ``data``, and a comment line every :data:`PING_S` seconds so proxies
and the client's read timeout know the connection lives. Events are not kept: a client that
(re)connects first re-reads what it shows (the presence board, its messages), then follows the
stream. Who sees what (:func:`audience_filter`):

* events addressed to a user (``audience: user``) reach that user only;
* an agent's presence (``audience: watchers``) reaches admins, supervisors without a team, and
  supervisors of the agent's team;
* broadcasts to a team (``audience: team``) reach its members.

No ``from __future__ import annotations``: FastAPI reads the real annotation objects.
"""

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from backoffice.event_bus import TO_TEAM, TO_USER, TO_WATCHERS, LiveEvent
from backoffice.routes_auth import signed_in
from backoffice.security import Principal, team_of
from crm.schemas import API_PREFIX, Role

if TYPE_CHECKING:
    from backoffice.app import BackOffice

logger = logging.getLogger(__name__)

PING_S = 20.0


def audience_filter(user: Principal, team: str) -> Callable[[LiveEvent], bool]:
    watches_all = user.role is Role.ADMIN or (user.role is Role.SUPERVISOR and not team)
    watches_team = user.role is Role.SUPERVISOR and bool(team)

    def accepts(event: LiveEvent) -> bool:
        if event.audience == TO_USER:
            return event.user_id == user.id
        if event.audience == TO_WATCHERS:
            return watches_all or (watches_team and event.team == team)
        if event.audience == TO_TEAM:
            return bool(team) and event.team == team
        return False

    return accepts


def sse(kind: str, data: object) -> str:
    return f"event: {kind}\ndata: {json.dumps(data, ensure_ascii=False, separators=(',', ':'), default=str)}\n\n"


def build_events_router(bo: "BackOffice") -> APIRouter:
    router = APIRouter(prefix=API_PREFIX + "/events", tags=["events"])
    User = Annotated[Principal, Depends(signed_in(bo))]

    def own_team(user_id: str) -> str:
        with bo.db.read.connect() as conn:
            return team_of(conn, user_id)

    @router.get(
        "/stream",
        response_class=StreamingResponse,
        responses={200: {"content": {"text/event-stream": {}}, "description": "Server-Sent Events"}},
    )
    async def stream(user: User) -> StreamingResponse:
        """Live events for the signed-in user (presence for supervisors, messages, requests)."""
        team = await run_in_threadpool(own_team, user.id)
        subscriber = bo.events.subscribe(audience_filter(user, team))

        async def body() -> AsyncIterator[str]:
            try:
                yield sse("hello", {"server_time": datetime.now(timezone.utc).isoformat()})
                while True:
                    try:
                        event = await asyncio.wait_for(subscriber.queue.get(), PING_S)
                    except asyncio.TimeoutError:
                        yield ": ping\n\n"
                        continue
                    if event is None:
                        return
                    yield sse(event.kind, event.data)
            finally:
                bo.events.unsubscribe(subscriber)

        headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
        return StreamingResponse(body(), media_type="text/event-stream", headers=headers)

    return router
