"""Screen-view endpoints (supervisors watch an agent's main window; the agent's desktop sends it).

* ``POST /screenview/{agent_id}/watch``: start or renew watching (a lease of ``LEASE_S`` seconds); the
  agent's desktop hears ``screenview_start`` (who watches) and starts sending. The first of a watch is
  an audit event (``screen_view``).
* ``DELETE /screenview/{agent_id}/watch``: stop; when nobody is left, the desktop hears
  ``screenview_stop`` and the frame held is dropped.
* ``PUT /screenview/{agent_id}/frame``: the agent's own desktop sends its newest frame (a JPEG or WebP
  body); kept only while somebody watches, answered with whether anybody still does.
* ``GET /screenview/{agent_id}/frame?after=``: the newest frame (``X-Frame-No``, ``X-Frame-At``), 204
  when there is none newer than ``after``; only for a supervisor who watches.
* ``GET /screenview/{agent_id}/kept`` and ``/kept/{id}``: frames kept under the retention setting.

Supervisors watch the agents of their own team, admins and supervisors without a team everybody's;
an agent or a supervisor of another team is refused (403 / 404), like ``/presence/history``.

No ``from __future__ import annotations``: FastAPI reads the real annotation objects.
"""

import logging
import time
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from backoffice.db import write_tx
from backoffice.errors import ApiError, conflict, forbidden, not_found
from backoffice.event_bus import TO_USER, LiveEvent
from backoffice.openapi_doc import answer
from backoffice.resources.base import audit, now_utc
from backoffice.routes_auth import signed_in
from backoffice.screenview import (
    FrameKeeping,
    drop_lapsed,
    end_lease,
    frame_store,
    keep_days_from_env,
    lease_left,
    list_kept,
    read_kept,
    renew_lease,
    watchable,
    watched_agents,
)
from backoffice.security import Principal
from crm.schemas import API_PREFIX, Role
from crm.schemas.screenview import (
    FRAME_AT_HEADER,
    FRAME_NO_HEADER,
    FRAME_TYPES,
    LEASE_S,
    MAX_FRAME_BYTES,
    KeptFrames,
    ScreenWatch,
)

if TYPE_CHECKING:
    from backoffice.app import BackOffice

logger = logging.getLogger(__name__)

_WATCHERS = frozenset({Role.SUPERVISOR})
_IMAGE: dict[int | str, dict[str, Any]] = {
    200: {"content": {kind: {} for kind in FRAME_TYPES}, "description": "The frame"}
}
_NO_STORE = {"Cache-Control": "no-store"}
SWEEP_EVERY_S = 60.0


def build_screenview_router(bo: "BackOffice", keep_days: int | None = None) -> APIRouter:
    router = APIRouter(prefix=API_PREFIX + "/screenview", tags=["screenview"])
    User = Annotated[Principal, Depends(signed_in(bo))]
    frames = frame_store(bo.db)
    keeping = FrameKeeping(keep_days_from_env() if keep_days is None else keep_days)
    swept = time.monotonic()

    def sweep() -> None:
        """At most once a minute: drop frames nobody watches any more (both desktops went away)."""
        nonlocal swept
        if time.monotonic() - swept < SWEEP_EVERY_S:
            return
        swept = time.monotonic()
        with bo.db.read.connect() as conn:
            keep = watched_agents(conn, now_utc())
        if dropped := frames.sweep(keep):
            logger.info("screen view: %d frames nobody watches dropped", dropped)

    def check_watcher(user: Principal, agent_id: str) -> None:
        user.require(_WATCHERS)
        with bo.db.read.connect() as conn:
            if not watchable(conn, user, agent_id):
                raise not_found("user")

    @router.post("/{agent_id}/watch", response_model=ScreenWatch)
    def watch(agent_id: str, user: User) -> ScreenWatch:
        """Watch the agent's screen for ``LEASE_S`` more seconds (post again every few seconds)."""
        check_watcher(user, agent_id)
        with write_tx(bo.db) as ctx:
            if renew_lease(ctx.conn, agent_id, user.id, now_utc()):
                audit(ctx, user, "screen_view", "users", agent_id, {})
                logger.info("screen view: %s watches %s", user.username, agent_id)
        data = {"watcher_id": user.id, "watcher_name": user.display_name, "lease_s": LEASE_S}
        bo.events.emit(LiveEvent("screenview_start", data, TO_USER, user_id=agent_id))
        sweep()
        frame = frames.get(agent_id)
        return ScreenWatch(agent_id=agent_id, watching=True, lease_s=LEASE_S, frame_no=frame.no if frame else 0)

    @router.delete("/{agent_id}/watch", response_model=ScreenWatch)
    def unwatch(agent_id: str, user: User) -> ScreenWatch:
        """Stop watching; the agent's desktop stops sending when nobody else watches."""
        check_watcher(user, agent_id)
        now = now_utc()
        with write_tx(bo.db) as ctx:
            end_lease(ctx.conn, agent_id, user.id)
            drop_lapsed(ctx.conn, agent_id, now)
            left = lease_left(ctx.conn, agent_id, now)
        if left <= 0:
            frames.drop(agent_id)
        data = {"watcher_id": user.id, "watching": left > 0}
        bo.events.emit(LiveEvent("screenview_stop", data, TO_USER, user_id=agent_id))
        return ScreenWatch(agent_id=agent_id, watching=left > 0, lease_s=left)

    def store_frame(agent_id: str, media_type: str, data: bytes) -> ScreenWatch:
        now = now_utc()
        with bo.db.read.connect() as conn:
            left = lease_left(conn, agent_id, now)
        if left <= 0:  # nobody watches: nothing is kept, and the desktop stops
            frames.drop(agent_id)
            return ScreenWatch(agent_id=agent_id, watching=False, lease_s=0)
        frame = frames.put(agent_id, media_type, data, now)
        if keeping.keep_days > 0:
            with write_tx(bo.db) as ctx:
                keeping.keep(ctx.conn, agent_id, frame)
        return ScreenWatch(agent_id=agent_id, watching=True, lease_s=left, frame_no=frame.no)

    @router.put(
        "/{agent_id}/frame",
        response_model=ScreenWatch,
        openapi_extra={"requestBody": {"required": True, "content": {kind: {} for kind in FRAME_TYPES}}},
        responses=answer(415, "The frame is not one of the image types (`unsupported_media_type`)"),
    )
    async def put_frame(agent_id: str, user: User, request: Request) -> ScreenWatch:
        """The signed-in agent's newest frame (their own main window), while somebody watches."""
        if agent_id != user.id:
            raise forbidden("a desktop sends only its own user's screen")
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type not in FRAME_TYPES:
            raise ApiError(415, f"a frame is one of {', '.join(FRAME_TYPES)}", "unsupported_media_type")
        data = await request.body()
        if not data or len(data) > MAX_FRAME_BYTES:
            raise ApiError(413, f"a frame has 1 to {MAX_FRAME_BYTES} bytes", "too_large")
        return await run_in_threadpool(store_frame, agent_id, media_type, data)

    @router.get("/{agent_id}/frame", response_class=Response, responses={**_IMAGE, 204: {"description": "None newer"}})
    def get_frame(
        agent_id: str,
        user: User,
        after: int = Query(0, ge=0, le=2**62, description="The X-Frame-No of the frame shown"),
    ) -> Response:
        """The agent's newest frame, if newer than ``after`` (the caller must be watching)."""
        check_watcher(user, agent_id)
        with bo.db.read.connect() as conn:
            watching = lease_left(conn, agent_id, now_utc(), watcher_id=user.id) > 0
        if not watching:
            raise conflict("watch the agent first (POST .../watch)", "not_watching")
        frame = frames.get(agent_id)
        if frame is None or frame.no <= after:
            return Response(status_code=204, headers=_NO_STORE)
        headers = {FRAME_NO_HEADER: str(frame.no), FRAME_AT_HEADER: frame.at.isoformat(), **_NO_STORE}
        return Response(frame.data, media_type=frame.media_type, headers=headers)

    @router.get("/{agent_id}/kept", response_model=KeptFrames)
    def kept(
        agent_id: str,
        user: User,
        start: Annotated[datetime | None, Query(alias="from")] = None,
        end: Annotated[datetime | None, Query(alias="to")] = None,
    ) -> KeptFrames:
        """The frames kept of the agent (only with the retention setting; oldest first)."""
        check_watcher(user, agent_id)
        with bo.db.read.connect() as conn:
            items = list_kept(conn, agent_id, start, end)
        return KeptFrames(agent_id=agent_id, keep_days=keeping.keep_days, frames=items)

    @router.get("/{agent_id}/kept/{frame_id}", response_class=Response, responses=_IMAGE)
    def kept_frame(agent_id: str, frame_id: Annotated[int, Path(ge=1, le=2**31 - 1)], user: User) -> Response:
        check_watcher(user, agent_id)
        with bo.db.read.connect() as conn:
            frame = read_kept(conn, agent_id, frame_id)
        if frame is None:
            raise not_found("screen_frames_kept")
        headers = {FRAME_NO_HEADER: str(frame.no), FRAME_AT_HEADER: frame.at.isoformat(), **_NO_STORE}
        return Response(frame.data, media_type=frame.media_type, headers=headers)

    return router
