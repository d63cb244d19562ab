"""Presence endpoints: desktops report their agent's state changes; supervisors read the board.

* ``POST /presence/events``: the signed-in agent's changes, in sequence order (idempotent per
  sequence; an empty list is a heartbeat).
* ``GET /presence/board``: every active agent's line (a supervisor sees their own team's agents, an
  admin or a supervisor without a team everybody's; an agent who never signed in reads "logged out"; a
  supervisor or an admin only once they took a call today), with the cursor for ``/presence/watch``
  and each agent's calls of the day (:mod:`backoffice.agent_day`).
* ``GET /presence/watch?since=``: long poll, the lines that changed after ``since`` (a call logged
  moves its agent's line too), with those agents' calls of the day.
* ``GET /presence/history/{user_id}``: one agent's state changes (supervisors; agents their own).

Live events (``GET /events/stream``) to the watchers of the agent's team: ``presence`` (the agent's
line, on each state change) and ``agent_day`` (the agent's calls of the day, each time one of their
calls is logged or changed).

No ``from __future__ import annotations``: FastAPI reads the real annotation objects.
"""

import logging
import os
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from backoffice import tables as t
from backoffice.agent_day import CALL_LOG_AGENTS, day_start, read_agent_days, read_days
from backoffice.change_signal import ChangeSignal
from backoffice.db import WriteContext, read_counter, write_tx
from backoffice.errors import field_error, forbidden, not_found
from backoffice.event_bus import TO_WATCHERS, LiveEvent
from backoffice.presence import COUNTER_PRESENCE, apply_events, ensure_counter, read_board, read_history
from backoffice.resources.base import now_utc
from backoffice.routes_auth import signed_in
from backoffice.security import Principal, watched_team
from crm.schemas import API_PREFIX, Role
from crm.schemas.presence import PresenceAck, PresenceBoard, PresenceEvents, PresenceHistory

if TYPE_CHECKING:
    from backoffice.app import BackOffice

logger = logging.getLogger(__name__)

HEARTBEAT_ENV = "BACKOFFICE_PRESENCE_HEARTBEAT_S"
HEARTBEAT_TIMEOUT_S = 90
"""A desktop not heard from for this long shows "disconnected" (desktops send at least every 30 s);
the environment variable :data:`HEARTBEAT_ENV` changes it."""

_WATCHERS = frozenset({Role.SUPERVISOR})
EVENT_PAST = timedelta(days=3 * 366)
EVENT_FUTURE = timedelta(days=1)
"""How far from the server's clock a state change's ``at`` may be: the reports' 15-minute slices span an
agent's first to last change, so a change dated in year 1 or 9999 made a report compute millions of them
while holding the write lock."""


def check_times(body: PresenceEvents, now: datetime) -> None:
    """422 naming the first change whose ``at`` is outside [now - 3 years, now + 1 day]."""
    for index, event in enumerate(body.events):
        if not now - EVENT_PAST <= event.at <= now + EVENT_FUTURE:
            raise field_error(
                ("body", "events", index, "at"),
                "must be within the last 3 years and at most a day ahead of the server's clock",
            )


def build_presence_router(bo: "BackOffice", heartbeat_timeout_s: int | None = None) -> APIRouter:
    beat = (
        heartbeat_timeout_s
        if heartbeat_timeout_s is not None
        else int(os.environ.get(HEARTBEAT_ENV, HEARTBEAT_TIMEOUT_S))
    )
    router = APIRouter(prefix=API_PREFIX + "/presence", tags=["presence"])
    User = Annotated[Principal, Depends(signed_in(bo))]
    signal = ChangeSignal()
    timeout = timedelta(seconds=beat)
    counter_ready = False

    def ready_counter() -> None:
        nonlocal counter_ready
        if not counter_ready:
            ensure_counter(bo.db)
            counter_ready = True

    def watched(user: Principal) -> str | None:
        """The team whose agents ``user`` may watch (None: everybody)."""
        user.require(_WATCHERS)
        with bo.db.read.connect() as conn:
            return watched_team(conn, user)

    def board(user: Principal, since: int | None) -> PresenceBoard:
        team = watched(user)
        now = now_utc()
        with bo.db.read.connect() as conn:
            lines, cursor = read_board(
                conn, team=team, since=since, heartbeat_timeout=timeout, now=now, calls_since=day_start(conn, now)
            )
            # the whole board: everybody's calls of the day; a watch's answer: those of the lines it carries
            days = read_days(conn, now, team=team) if since is None or lines else []
        signal.publish(cursor)
        shown = {line.user_id for line in lines}
        days = [day for day in days if day.user_id in shown]
        return PresenceBoard(agents=lines, cursor=cursor, server_time=now, heartbeat_timeout_s=beat, days=days)

    def calls_logged(ctx: WriteContext) -> None:
        """After a commit that logged calls: each agent's figures of the day to the board's watchers."""
        agents = ctx.notes.get(CALL_LOG_AGENTS)
        if not agents:
            return
        try:  # the logged calls moved their agents' lines: the long polls answer with the figures
            latest()
        except Exception:
            logger.warning("the board's cursor could not be read", exc_info=True)
        if not bo.events.heard:  # nobody follows live: the long polls and the next board read count them
            return
        try:
            with bo.db.read.connect() as conn:
                found = read_agent_days(conn, now_utc(), agents)
            for day, team in found:
                data = day.model_dump(mode="json")
                bo.events.emit(LiveEvent("agent_day", data, TO_WATCHERS, user_id=day.user_id, team=team))
        except Exception:  # the call is logged; the board catches up at its next full read
            logger.warning("the figures of the day could not be sent", exc_info=True)

    bo.db.after_write.add(calls_logged)

    def latest() -> int:
        with bo.db.read.connect() as conn:
            value = read_counter(conn, COUNTER_PRESENCE)
        signal.publish(value)
        return value

    @router.post("/events", response_model=PresenceAck)
    def post_events(body: PresenceEvents, user: User) -> PresenceAck:
        """Store the agent's own state changes (the history) and move their line on the board. A change
        dated more than 3 years ago or more than a day ahead is refused (422)."""
        check_times(body, now_utc())
        ready_counter()
        with write_tx(bo.db) as ctx:
            top = apply_events(ctx.conn, user.id, body.events)
        if body.events:
            with bo.db.read.connect() as conn:
                signal.publish(read_counter(conn, COUNTER_PRESENCE))
                now = now_utc()
                lines, _ = read_board(
                    conn,
                    team=None,
                    since=None,
                    heartbeat_timeout=timeout,
                    now=now,
                    user_id=user.id,
                    calls_since=None if user.role is Role.AGENT else day_start(conn, now),  # agents: always listed
                )
            for line in lines:  # the line as the board shows it (none for a supervisor without a call today)
                data = line.model_dump(mode="json")
                bo.events.emit(LiveEvent("presence", data, TO_WATCHERS, user_id=user.id, team=line.team))
        return PresenceAck(last_seq=top)

    @router.get("/board", response_model=PresenceBoard)
    def get_board(user: User) -> PresenceBoard:
        """Every agent the caller may watch: state, reason, since when, current call, last heard of."""
        ready_counter()
        return board(user, None)

    @router.get("/watch", response_model=PresenceBoard)
    async def watch(
        user: User,
        since: int = Query(ge=0, le=2**53, description="The cursor of the last board or watch"),
        timeout: float = Query(25.0, ge=0, le=60, description="Longest wait, seconds"),
    ) -> PresenceBoard:
        """Long poll: the lines that changed after ``since``, as soon as one does (or after ``timeout``)."""
        await run_in_threadpool(watched, user)  # 403 before waiting
        signal.recheck_s = bo.db.changes.recheck_s
        current = signal.latest
        if current is None:
            current = await run_in_threadpool(latest)
        if current <= since:

            async def read_latest() -> int:
                return await run_in_threadpool(latest)

            await signal.wait_beyond(since, timeout, read_latest)
        return await run_in_threadpool(board, user, since)

    @router.get("/history/{user_id}", response_model=PresenceHistory)
    def history(
        user_id: str,
        user: User,
        start: Annotated[datetime | None, Query(alias="from")] = None,
        end: Annotated[datetime | None, Query(alias="to")] = None,
        limit: int = Query(1000, ge=1, le=5000),
    ) -> PresenceHistory:
        """One agent's state changes, in order, with the time each happened and reached the server."""
        if user_id != user.id:
            team = watched(user)
            with bo.db.read.connect() as conn:
                row = conn.execute(select(t.users.c.team).where(t.users.c.id == user_id)).first()
            if row is None or (team is not None and row.team != team):
                raise not_found("user")
        elif user.role not in (Role.AGENT, Role.SUPERVISOR, Role.ADMIN):
            raise forbidden()
        with bo.db.read.connect() as conn:
            return PresenceHistory(items=read_history(conn, user_id, start, end, limit))

    return router
