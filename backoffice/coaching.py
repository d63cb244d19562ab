"""Coaching messages and their read receipts: the tables and the reads (``crm.schemas.coaching``).

A message goes to one user (``to_user``) or to every member of a team (``to_team``, a broadcast);
each recipient's reading is one ``coaching_reads`` row, so a broadcast collects one receipt per agent.
Who may write to whom and see what is decided here (:class:`Scope`); the routes are in
:mod:`backoffice.routes_coaching`. The two tables join the shared metadata (``Database.create_schema``
creates them with the others).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    and_,
    or_,
    select,
)
from sqlalchemy.engine import Connection, Row
from sqlalchemy.orm import aliased

from backoffice import tables as t
from crm.schemas import Role
from crm.schemas.coaching import CoachingKind, CoachingMessage, CoachingRead

logger = logging.getLogger(__name__)

coaching_messages = Table(
    "coaching_messages",
    t.metadata,
    Column("id", String(36), primary_key=True),
    Column("from_user", String(36), ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("to_user", String(36), ForeignKey("users.id", ondelete="CASCADE"), nullable=True),
    Column("to_team", String(64), nullable=True),
    Column("kind", String(20), nullable=False),
    Column("title", String(200), nullable=True),
    Column("body", Text, nullable=False),
    Column("created_at", t.UtcDateTime, nullable=False),
    Column("reply_to", String(36), ForeignKey("coaching_messages.id", ondelete="SET NULL"), nullable=True),
    Index("ix_coaching_messages_to_user", "to_user", "created_at"),
    Index("ix_coaching_messages_from_user", "from_user", "created_at"),
    Index("ix_coaching_messages_to_team", "to_team", "created_at"),
)

coaching_reads = Table(
    "coaching_reads",
    t.metadata,
    Column("message_id", String(36), ForeignKey("coaching_messages.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("read_at", t.UtcDateTime, nullable=False),
)

_m = coaching_messages.c


@dataclass(frozen=True)
class Person:
    id: str
    display_name: str
    role: Role
    team: str
    active: bool


def person(conn: Connection, user_id: str) -> Person | None:
    u = t.users.c
    row = conn.execute(select(u.id, u.display_name, u.role, u.team, u.active).where(u.id == user_id)).first()
    if row is None:
        return None
    return Person(row.id, row.display_name, Role(row.role), row.team or "", bool(row.active))


def team_has_agents(conn: Connection, team: str) -> bool:
    u = t.users.c
    query = select(u.id).where(u.team == team, u.role == Role.AGENT.value, u.active.is_(True)).limit(1)
    return conn.execute(query).first() is not None


@dataclass(frozen=True)
class Scope:
    """What the caller ``me`` may see: an admin or a supervisor without a team everybody's coaching, a
    supervisor their team's, an agent their own."""

    me: Person

    @property
    def watches_all(self) -> bool:
        return self.me.role is Role.ADMIN or (self.me.role is Role.SUPERVISOR and not self.me.team)

    def may_coach(self, other: Person) -> bool:
        """Whether ``me`` may write to (and read all the coaching of) agent ``other``."""
        if self.me.role not in (Role.SUPERVISOR, Role.ADMIN):
            return False
        return self.watches_all or (bool(self.me.team) and other.team == self.me.team)

    def may_coach_team(self, team: str) -> bool:
        return self.me.role in (Role.SUPERVISOR, Role.ADMIN) and (self.watches_all or team == self.me.team)

    def receives(self, row: Row[Any]) -> bool:
        """``me`` is a recipient of message ``row`` (a broadcast's recipients are the team's agents)."""
        if row.from_user == self.me.id:
            return False
        if row.to_user is not None:
            return bool(row.to_user == self.me.id)
        return self.me.role is Role.AGENT and row.to_team == self.me.team

    def mine(self) -> ColumnElement[bool]:
        """The messages ``me`` sent or received."""
        clauses = [_m.from_user == self.me.id, _m.to_user == self.me.id]
        if self.me.team:
            clauses.append(_m.to_team == self.me.team)
        return or_(*clauses)

    def watched(self) -> ColumnElement[bool]:
        """Every message ``me`` may read (their own, and their team's for a supervisor)."""
        if self.watches_all:
            return _m.id.is_not(None)
        if self.me.role is not Role.SUPERVISOR or not self.me.team:
            return self.mine()
        team_ids = select(t.users.c.id).where(t.users.c.team == self.me.team)
        return or_(self.mine(), _m.to_user.in_(team_ids), _m.from_user.in_(team_ids), _m.to_team == self.me.team)

    def with_user(self, other: Person) -> ColumnElement[bool]:
        """The history of ``me`` with ``other``: all of an agent's coaching for a supervisor who may coach
        them; otherwise what passed between the two (and ``other``'s broadcasts to ``me``'s team)."""
        if other.id == self.me.id:
            return self.mine()
        if self.may_coach(other):
            clauses = [_m.from_user == other.id, _m.to_user == other.id]
            if other.team:
                clauses.append(_m.to_team == other.team)
            return or_(*clauses)
        between = [
            and_(_m.from_user == self.me.id, _m.to_user == other.id),
            and_(_m.from_user == other.id, _m.to_user == self.me.id),
        ]
        if self.me.team:
            between.append(and_(_m.from_user == other.id, _m.to_team == self.me.team))
        return or_(*between)


def read_messages(
    conn: Connection, scope: Scope, where: ColumnElement[bool], *, since: datetime | None = None, limit: int = 200
) -> list[CoachingMessage]:
    """The newest ``limit`` messages matching ``where`` (and created at or after ``since``), oldest first,
    with their receipts as ``scope.me`` may see them."""
    sender, recipient = aliased(t.users), aliased(t.users)
    query = (
        select(coaching_messages, sender.c.display_name.label("from_name"), recipient.c.display_name.label("to_name"))
        .join(sender, sender.c.id == _m.from_user)
        .outerjoin(recipient, recipient.c.id == _m.to_user)
        .where(where)
    )
    if since is not None:
        query = query.where(_m.created_at >= since)
    rows = list(conn.execute(query.order_by(_m.created_at.desc(), _m.id.desc()).limit(limit)))
    rows.reverse()
    reads: dict[str, list[CoachingRead]] = defaultdict(list)
    if rows:
        r = coaching_reads.c
        found = conn.execute(
            select(r.message_id, r.user_id, r.read_at)
            .where(r.message_id.in_([row.id for row in rows]))
            .order_by(r.read_at)
        )
        for read in found:
            reads[read.message_id].append(CoachingRead(user_id=read.user_id, read_at=read.read_at))
    return [_message(row, reads[row.id], scope) for row in rows]


def _message(row: Row[Any], reads: list[CoachingRead], scope: Scope) -> CoachingMessage:
    own = next((r.read_at for r in reads if r.user_id == scope.me.id), None)
    if row.to_user is not None:
        read_at, read_by = (reads[0].read_at if reads else None), []
    elif scope.me.role is Role.AGENT:
        read_at, read_by = own, [r for r in reads if r.user_id == scope.me.id]
    else:
        read_at, read_by = own, reads
    return CoachingMessage(
        id=row.id,
        from_user=row.from_user,
        from_name=row.from_name,
        to_user=row.to_user,
        to_name=row.to_name,
        to_team=row.to_team,
        kind=CoachingKind(row.kind),
        title=row.title,
        body=row.body,
        created_at=row.created_at,
        reply_to=row.reply_to,
        read_at=read_at,
        read_by=read_by,
    )


def message_row(conn: Connection, message_id: str) -> Row[Any] | None:
    return conn.execute(select(coaching_messages).where(_m.id == message_id)).first()
