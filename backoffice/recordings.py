"""Call recordings: the tables, the resumable upload, who may listen, and the retention purge.

A recording's bytes are kept in the database (pieces of ``recording_chunks`` by offset), so a backup
of the database holds them and every worker sees the same. How long a recording is kept is the
centre's setting (:mod:`backoffice.recording_retention`, which also purges what has expired).
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection

from backoffice import tables as t
from backoffice.errors import ApiError, conflict, field_error, not_found
from backoffice.recording_retention import cutoff, kept_until, read_retention
from backoffice.security import Principal, team_of, watched_team
from crm.schemas import Role
from crm.schemas.recordings import RecordingDeclare, RecordingRead

logger = logging.getLogger(__name__)

recordings = Table(
    "recordings",
    t.metadata,
    Column("id", String(36), primary_key=True),
    Column("agent_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("call_log_id", String(36), nullable=True),  # the call log may reach the back office later
    Column("customer_id", String(36), nullable=True),
    Column("direction", String(10), nullable=False),
    Column("number", String(40), nullable=False),
    Column("started_at", t.UtcDateTime, nullable=False),
    Column("seconds", Integer, nullable=False),
    Column("media_type", String(20), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("received", BigInteger, nullable=False),
    Column("complete", Boolean, nullable=False),
    Column("created_at", t.UtcDateTime, nullable=False),
    Column("expires_at", t.UtcDateTime, nullable=False),
    Index("ix_recordings_customer_id", "customer_id"),
    Index("ix_recordings_call_log_id", "call_log_id"),
    Index("ix_recordings_agent_id", "agent_id"),
    Index("ix_recordings_expires_at", "expires_at"),
)

recording_chunks = Table(
    "recording_chunks",
    t.metadata,
    Column("recording_id", String(36), ForeignKey("recordings.id", ondelete="CASCADE"), primary_key=True),
    Column("offset", BigInteger, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)


def _read(row: Any, days: int) -> RecordingRead:
    """``row`` as the contract has it; ``days``: the centre's retention."""
    return RecordingRead(
        id=row.id,
        agent_id=row.agent_id,
        call_log_id=row.call_log_id,
        customer_id=row.customer_id,
        direction=row.direction,
        number=row.number,
        started_at=row.started_at,
        seconds=row.seconds,
        media_type=row.media_type,
        size=row.size,
        received=row.received,
        complete=row.complete,
        expires_at=kept_until(row.started_at, row.expires_at, days),
    )


def _days(conn: Connection) -> int:
    return int(read_retention(conn)["retention_days"])


def _dump(row: Any, days: int) -> dict[str, Any]:
    return _read(row, days).model_dump(mode="json")


def declare(
    conn: Connection, user: Principal, recording_id: str, body: RecordingDeclare, now: datetime
) -> RecordingRead:
    """Create the recording (the signed-in user's), or give it back as it is when it exists already:
    a desktop that lost the answer declares again. The same id for another file (or user) is a 409.
    Its ``retention_days`` (0: none) asks to keep it at least that long: the centre's retention
    applies when longer."""
    r = recordings.c
    row = conn.execute(select(recordings).where(r.id == recording_id)).first()
    if row is not None:
        if row.agent_id != user.id or row.sha256 != body.sha256 or row.size != body.size:
            raise conflict("another recording has this id", "recording_id_taken")
        return _read(row, _days(conn))
    values = body.model_dump()
    asked = values.pop("retention_days")
    conn.execute(
        insert(recordings).values(
            id=recording_id,
            agent_id=user.id,
            received=0,
            complete=False,
            created_at=now,
            expires_at=body.started_at + timedelta(days=asked),
            **values,
        )
    )
    return _read(conn.execute(select(recordings).where(r.id == recording_id)).one(), _days(conn))


def append(conn: Connection, user: Principal, recording_id: str, offset: int, data: bytes) -> RecordingRead:
    """Add the piece ``data`` at ``offset``. A piece the back office holds already (a retry) changes
    nothing; one beyond what it holds is a 409 whose answer says where to go on (``received``)."""
    r = recordings.c
    row = conn.execute(select(recordings).where(r.id == recording_id).with_for_update()).first()
    if row is None or row.agent_id != user.id:
        raise not_found("recording")
    if offset > row.received:
        raise ApiError(
            409,
            f"the back office holds {row.received} bytes: go on from there",
            "offset_gap",
            current=_dump(row, _days(conn)),
        )
    if row.complete or offset + len(data) <= row.received:
        return _read(row, _days(conn))
    new = data[row.received - offset :]
    if row.received + len(new) > row.size:
        raise field_error(("body",), f"more bytes than the {row.size} declared", "too_long")
    conn.execute(insert(recording_chunks).values(recording_id=recording_id, offset=row.received, data=new))
    received = row.received + len(new)
    complete = received == row.size
    if complete and _sha256(conn, recording_id) != row.sha256:
        conn.execute(delete(recording_chunks).where(recording_chunks.c.recording_id == recording_id))
        conn.execute(update(recordings).where(r.id == recording_id).values(received=0))
        raise field_error(("body",), "the bytes do not match the declared SHA-256: send them again", "checksum")
    conn.execute(update(recordings).where(r.id == recording_id).values(received=received, complete=complete))
    return _read(conn.execute(select(recordings).where(r.id == recording_id)).one(), _days(conn))


def _pieces(conn: Connection, recording_id: str) -> list[bytes]:
    c = recording_chunks.c
    rows = conn.execute(select(c.data).where(c.recording_id == recording_id).order_by(c.offset)).scalars()
    return [bytes(piece) for piece in rows]


def _sha256(conn: Connection, recording_id: str) -> str:
    digest = hashlib.sha256()
    for piece in _pieces(conn, recording_id):
        digest.update(piece)
    return digest.hexdigest()


def may_hear(conn: Connection, user: Principal, agent_id: str) -> bool:
    """Agents hear their own calls, supervisors their team's (everybody's without a team), admins all."""
    if user.id == agent_id or user.role is Role.ADMIN:
        return True
    if user.role is not Role.SUPERVISOR:
        return False
    team = watched_team(conn, user)
    return team is None or team_of(conn, agent_id) == team


def visible(
    conn: Connection, user: Principal, customer_id: str | None, call_log_id: str | None, now: datetime
) -> list[RecordingRead]:
    """The complete, unexpired recordings of a customer or a call the user may hear, newest first."""
    r = recordings.c
    query = select(recordings).where(r.complete.is_(True), _unexpired(conn, now))
    if customer_id:  # linked to the customer, or to a call logged for them (chosen at wrap-up)
        logs = select(t.call_logs.c.id).where(t.call_logs.c.customer_id == customer_id)
        query = query.where((r.customer_id == customer_id) | r.call_log_id.in_(logs))
    if call_log_id:
        query = query.where(r.call_log_id == call_log_id)
    if user.role is Role.AGENT:
        query = query.where(r.agent_id == user.id)
    elif user.role is Role.SUPERVISOR and (team := watched_team(conn, user)) is not None:
        members = select(t.users.c.id).where(t.users.c.team == team)
        query = query.where((r.agent_id == user.id) | r.agent_id.in_(members))
    elif user.role not in (Role.SUPERVISOR, Role.ADMIN):
        query = query.where(r.agent_id == user.id)
    rows = conn.execute(query.order_by(r.started_at.desc()).limit(500)).all()
    days = _days(conn)
    return [_read(row, days) for row in rows]


def _unexpired(conn: Connection, now: datetime) -> Any:
    """The condition of a recording still within its retention (the purge may not have run yet)."""
    r = recordings.c
    return (r.expires_at > now) | (r.started_at > cutoff(conn, now))


def content(conn: Connection, user: Principal, recording_id: str, now: datetime) -> tuple[str, bytes]:
    """The media type and bytes of a complete recording the user may hear (404 otherwise: a
    recording one may not hear is not told to exist)."""
    r = recordings.c
    row = conn.execute(select(recordings).where(r.id == recording_id, _unexpired(conn, now))).first()
    if row is None or not row.complete or not may_hear(conn, user, row.agent_id):
        raise not_found("recording")
    return str(row.media_type), b"".join(_pieces(conn, recording_id))


def stored_bytes(conn: Connection) -> int:
    """All recording bytes held (for the operators' figures)."""
    return int(conn.execute(select(func.coalesce(func.sum(recordings.c.received), 0))).scalar() or 0)
