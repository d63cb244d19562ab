"""Coaching endpoints (``crm.schemas.coaching``): supervisors write to agents or teams, agents reply,
recipients send read receipts; each arrives at once as a live event.

* ``POST /coaching/messages`` (idempotent with ``Idempotency-Key``): 201 with the message. 403 for an
  agent writing other than a reply to a message addressed to them, for a supervisor writing to another
  team or its agents, for logistics; 422 naming the field for a recipient that is missing, not an
  agent or unknown, and for a bad reply.
* ``POST /coaching/messages/{id}/read``: the recipient's read receipt (403 for anybody else who may
  see the message).
* ``GET /coaching/messages?with=&since=&limit=`` and ``GET /coaching/messages/{id}``.

No ``from __future__ import annotations``: FastAPI reads the real annotation objects.
"""

import json
import logging
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import AwareDatetime
from sqlalchemy import insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from backoffice.coaching import (
    Person,
    Scope,
    coaching_messages,
    coaching_reads,
    message_row,
    person,
    read_messages,
    team_has_agents,
)
from backoffice.db import WriteContext, write_tx
from backoffice.errors import field_error, forbidden, not_found
from backoffice.event_bus import TO_TEAM, TO_USER, LiveEvent
from backoffice.resources.base import STAFF, now_utc
from backoffice.routes_auth import signed_in
from backoffice.security import Principal
from backoffice.writes import Outcome
from crm.schemas import API_PREFIX, Role, new_id
from crm.schemas.coaching import CoachingKind, CoachingMessage, CoachingMessages, CoachingReceipt, CoachingSend

if TYPE_CHECKING:
    from backoffice.app import BackOffice

logger = logging.getLogger(__name__)


def _scope(conn: Connection, user: Principal) -> Scope:
    user.require(STAFF)
    me = person(conn, user.id)
    if me is None:  # deleted while signed in
        raise forbidden()
    return Scope(me)


def _recipient(conn: Connection, scope: Scope, body: CoachingSend) -> tuple[str | None, str | None]:
    """(to_user, to_team) of a new message from ``scope.me``, or the refusal."""
    if body.reply_to is not None:
        return _reply_recipient(conn, scope, body)
    if scope.me.role is Role.AGENT:
        raise forbidden("agents may only reply to a message addressed to them")
    if body.to_team is not None:
        if not scope.may_coach_team(body.to_team):
            raise forbidden("you may write to your own team only")
        if not team_has_agents(conn, body.to_team):
            raise field_error(("body", "to_team"), "no such team", "not_found")
        return None, body.to_team
    if body.to_user is None:
        raise field_error(("body", "to_user"), "name the agent (to_user) or the team (to_team)", "missing")
    other = person(conn, body.to_user)
    if other is None or not other.active:
        raise field_error(("body", "to_user"), "no such user", "not_found")
    if other.role is not Role.AGENT:
        raise field_error(("body", "to_user"), "coaching messages go to agents", "not_an_agent")
    if not scope.may_coach(other):
        raise forbidden("you may write to the agents of your own team only")
    return other.id, None


def _reply_recipient(conn: Connection, scope: Scope, body: CoachingSend) -> tuple[str | None, str | None]:
    assert body.reply_to is not None
    original = message_row(conn, body.reply_to)
    received = original is not None and scope.receives(original)
    if original is None or not (received or original.from_user == scope.me.id or _watches(conn, scope, original)):
        raise field_error(("body", "reply_to"), "no such message", "not_found")
    if scope.me.role is Role.AGENT:
        if not received:
            raise forbidden("agents may only reply to a message addressed to them")
        if body.kind is not CoachingKind.TEXT:
            raise forbidden("agents reply with text")
    if body.to_team is not None:
        raise field_error(("body", "to_team"), "a reply goes to the sender of the message it answers")
    if original.from_user == scope.me.id:  # more to one's own message: the same recipients
        to_user, to_team = original.to_user, original.to_team
    else:
        to_user, to_team = original.from_user, None
    if body.to_user is not None and body.to_user != to_user:
        raise field_error(("body", "to_user"), "a reply goes to the sender of the message it answers")
    return to_user, to_team


def _watches(conn: Connection, scope: Scope, row: Any) -> bool:
    """A supervisor may see ``row`` (about an agent of their team, or to their team)."""
    query = select(coaching_messages.c.id).where(coaching_messages.c.id == row.id, scope.watched())
    return conn.execute(query).first() is not None


def _event(message: CoachingMessage) -> LiveEvent:
    data = message.model_dump(mode="json")
    if message.to_team is not None:
        return LiveEvent("coaching", data, TO_TEAM, team=message.to_team)
    return LiveEvent("coaching", data, TO_USER, user_id=message.to_user)


def build_coaching_router(bo: "BackOffice") -> APIRouter:
    router = APIRouter(prefix=API_PREFIX + "/coaching", tags=["coaching"])
    User = Annotated[Principal, Depends(signed_in(bo))]
    IdemKey = Annotated[str | None, Header(description="Idempotency-Key (a UUID)")]

    def one(conn: Connection, scope: Scope, message_id: str) -> CoachingMessage | None:
        found = read_messages(conn, scope, (coaching_messages.c.id == message_id) & scope.watched(), limit=1)
        return found[0] if found else None

    def emit(event: LiveEvent) -> None:
        try:
            bo.events.emit(event)
        except ValueError:  # too big for one notification: the client reads the message itself
            slim = {"id": event.data["id"], "from_user": event.data["from_user"], "partial": True}
            bo.events.emit(LiveEvent(event.kind, slim, event.audience, event.user_id, event.team))

    @router.post("/messages", status_code=201, response_model=CoachingMessage)
    def send(body: CoachingSend, request: Request, user: User, idempotency_key: IdemKey = None) -> Response:
        """Write to an agent or a team (supervisors), or reply (the reply goes to the sender)."""

        def write(ctx: WriteContext) -> Outcome:
            scope = _scope(ctx.conn, user)
            to_user, to_team = _recipient(ctx.conn, scope, body)
            message_id = new_id()
            ctx.conn.execute(
                insert(coaching_messages).values(
                    id=message_id,
                    from_user=user.id,
                    to_user=to_user,
                    to_team=to_team,
                    kind=body.kind.value,
                    title=body.title if body.kind is CoachingKind.STANDARD_TEXT else None,
                    body=body.body,
                    created_at=now_utc(),
                    reply_to=body.reply_to,
                )
            )
            written = one(ctx.conn, scope, message_id)
            assert written is not None
            return Outcome(201, written.model_dump(mode="json"))

        sent = bo.writes.run(
            user, request.method, request.url.path, idempotency_key, body.model_dump(mode="json"), None, write
        )
        if sent.status_code == 201 and "Idempotent-Replay" not in sent.headers:
            emit(_event(CoachingMessage.model_validate(json.loads(bytes(sent.body)))))
        return sent

    @router.post("/messages/{message_id}/read", response_model=CoachingMessage)
    def mark_read(message_id: str, user: User) -> JSONResponse:
        """The recipient has seen the message: its sender gets the receipt (once)."""
        first = False
        try:
            with write_tx(bo.db) as ctx:
                scope = _scope(ctx.conn, user)
                row = message_row(ctx.conn, message_id)
                if row is None or not (scope.receives(row) or _watches(ctx.conn, scope, row)):
                    raise not_found("coaching_messages")
                if not scope.receives(row):
                    raise forbidden("only a recipient marks a message read")
                r = coaching_reads.c
                done = select(r.read_at).where(r.message_id == message_id, r.user_id == user.id)
                if ctx.conn.execute(done).first() is None:
                    ctx.conn.execute(
                        insert(coaching_reads).values(message_id=message_id, user_id=user.id, read_at=now_utc())
                    )
                    first = True
        except IntegrityError:  # read at the same moment through another connection
            first = False
        with bo.db.read.connect() as conn:
            scope = _scope(conn, user)
            message = one(conn, scope, message_id)
        assert message is not None and message.read_at is not None
        if first:
            receipt = CoachingReceipt(
                message_id=message_id, user_id=user.id, user_name=scope.me.display_name, read_at=message.read_at
            )
            emit(LiveEvent("coaching_read", receipt.model_dump(mode="json"), TO_USER, user_id=message.from_user))
        return JSONResponse(message.model_dump(mode="json"))

    @router.get("/messages", response_model=CoachingMessages)
    def history(
        user: User,
        with_user: Annotated[str | None, Query(alias="with", max_length=36, description="The other user's id")] = None,
        since: Annotated[AwareDatetime | None, Query(description="Created at or after (with zone)")] = None,
        limit: int = Query(200, ge=1, le=1000),
    ) -> CoachingMessages:
        """The caller's coaching with one user (all of an agent's, for their supervisor), oldest first."""
        with bo.db.read.connect() as conn:
            scope = _scope(conn, user)
            if with_user is None:
                where = scope.mine()
            else:
                other: Person | None = person(conn, with_user)
                if other is None:
                    raise field_error(("query", "with"), "no such user", "not_found")
                where = scope.with_user(other)
            items = read_messages(conn, scope, where, since=since, limit=limit)
        return CoachingMessages(items=items, server_time=now_utc())

    @router.get("/messages/{message_id}", response_model=CoachingMessage)
    def get_message(message_id: str, user: User) -> CoachingMessage:
        with bo.db.read.connect() as conn:
            message = one(conn, _scope(conn, user), message_id)
        if message is None:
            raise not_found("coaching_messages")
        return message

    return router
