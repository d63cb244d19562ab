"""Agent evaluation: versioned QA forms, evaluations of recorded calls, the KPI ``qa_score``.

See :mod:`crm.schemas.quality` for the rules (the weighted total, versions, who may do what). A form
version is a row of ``qa_forms`` (``form_key`` with ``version``; the newest is ``current``); an
evaluation (``qa_evaluations``) refers to the version it was scored with and keeps the call's agent
and start (``call_at``: the recording's start), so the scores per agent and interval need no join
with the recordings, which the retention purge deletes.
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, Literal

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection

from backoffice import tables as t
from backoffice.errors import conflict, field_error, forbidden, not_found
from backoffice.recordings import may_hear, recordings
from backoffice.security import Principal, watched_team
from crm.schemas import Role
from crm.schemas.quality import (
    DEFAULT_FORM,
    QaCall,
    QaCriterion,
    QaEvaluationRead,
    QaEvaluationWrite,
    QaFormRead,
    QaFormWrite,
    QaScore,
    QaScorePoint,
    mean_score,
    weighted_total,
)

logger = logging.getLogger(__name__)

STANDARD_KEY = "standard"

qa_forms = Table(
    "qa_forms",
    t.metadata,
    Column("id", String(36), primary_key=True),
    Column("form_key", String(36), nullable=False),
    Column("version", Integer, nullable=False),
    Column("name", String(120), nullable=False),
    Column("criteria", JSON, nullable=False),
    Column("current", Boolean, nullable=False),
    Column("created_by", String(36), nullable=True),
    Column("created_at", t.UtcDateTime, nullable=False),
    Index("ux_qa_forms_key_version", "form_key", "version", unique=True),
)

qa_evaluations = Table(
    "qa_evaluations",
    t.metadata,
    Column("id", String(36), primary_key=True),
    Column("form_id", String(36), ForeignKey("qa_forms.id"), nullable=False),
    Column("agent_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("evaluator_id", String(36), nullable=False),
    Column("recording_id", String(36), nullable=False),
    Column("call_log_id", String(36), nullable=True),
    Column("call_at", t.UtcDateTime, nullable=False),
    Column("scores", JSON, nullable=False),
    Column("comment", String(4000), nullable=False),
    Column("total", Float, nullable=False),
    Column("failed", Boolean, nullable=False),
    Column("created_at", t.UtcDateTime, nullable=False),
    Column("updated_at", t.UtcDateTime, nullable=False),
    Index("ix_qa_evaluations_agent_call_at", "agent_id", "call_at"),
    Index("ix_qa_evaluations_recording_id", "recording_id"),
)


def _form(row: Any, evaluations: int = 0) -> QaFormRead:
    return QaFormRead(
        id=row.id,
        form_key=row.form_key,
        version=row.version,
        name=row.name,
        criteria=[QaCriterion.model_validate(c) for c in row.criteria],
        current=row.current,
        created_at=row.created_at,
        evaluations=evaluations,
    )


def _insert_form(
    conn: Connection, form_key: str, version: int, body: QaFormWrite, user_id: str | None, now: datetime
) -> QaFormRead:
    form_id = str(uuid.uuid4())
    conn.execute(update(qa_forms).where(qa_forms.c.form_key == form_key).values(current=False))
    conn.execute(
        insert(qa_forms).values(
            id=form_id,
            form_key=form_key,
            version=version,
            name=body.name,
            criteria=[c.model_dump() for c in body.criteria],
            current=True,
            created_by=user_id,
            created_at=now,
        )
    )
    return _form(conn.execute(select(qa_forms).where(qa_forms.c.id == form_id)).one(), _used(conn, form_key))


def _used(conn: Connection, form_key: str) -> int:
    """Evaluations scored with any version of the form."""
    f, e = qa_forms.c, qa_evaluations.c
    query = select(func.count(e.id)).join(qa_forms, e.form_id == f.id).where(f.form_key == form_key)
    return int(conn.execute(query).scalar() or 0)


def current_forms(conn: Connection) -> list[QaFormRead]:
    """The newest version of every form in use (not retired), the standard form first, then by name;
    each with the number of evaluations scored with any of its versions."""
    f, e = qa_forms.c, qa_evaluations.c
    rows = conn.execute(select(qa_forms).where(f.current.is_(True))).all()
    used = select(f.form_key, func.count(e.id).label("n")).join(qa_evaluations, e.form_id == f.id)
    counts = {row.form_key: int(row.n) for row in conn.execute(used.group_by(f.form_key))}
    ordered = sorted(rows, key=lambda row: (row.form_key != STANDARD_KEY, row.name))
    return [_form(row, counts.get(row.form_key, 0)) for row in ordered]


def has_standard(conn: Connection) -> bool:
    """The standard form was made (it may have been retired since)."""
    return conn.execute(select(qa_forms.c.id).where(qa_forms.c.form_key == STANDARD_KEY).limit(1)).first() is not None


def ensure_default(conn: Connection, now: datetime) -> None:
    """The standard form (:data:`DEFAULT_FORM`, key :data:`STANDARD_KEY`) is there from the first use on;
    supervisors change it by adding versions (or retire it)."""
    if not has_standard(conn):
        _insert_form(conn, STANDARD_KEY, 1, DEFAULT_FORM, None, now)


def create_form(conn: Connection, user: Principal, body: QaFormWrite, now: datetime) -> QaFormRead:
    return _insert_form(conn, str(uuid.uuid4()), 1, body, user.id, now)


def _current(conn: Connection, form_key: str) -> Any:
    """The form's current version's row; 404 for no such form, 409 for a retired one."""
    c = qa_forms.c
    newest = conn.execute(select(qa_forms).where(c.form_key == form_key).order_by(c.version.desc()).limit(1)).first()
    if newest is None:
        raise not_found("qa_forms")
    if not newest.current:
        raise conflict("the form is retired", "form_retired")
    return newest


def new_version(conn: Connection, user: Principal, form_key: str, body: QaFormWrite, now: datetime) -> QaFormRead:
    """The form's next version (the one new evaluations use); evaluations keep theirs. A body equal to
    the current version changes nothing (that version is answered)."""
    current = _current(conn, form_key)
    if current.name == body.name and [QaCriterion.model_validate(c) for c in current.criteria] == body.criteria:
        return _form(current, _used(conn, form_key))
    return _insert_form(conn, form_key, int(current.version) + 1, body, user.id, now)


def retire(conn: Connection, form_key: str) -> None:
    """Take the form off the forms in use (its evaluations keep their version and scores); 409 when it
    is the last form in use, as an evaluation needs one."""
    _current(conn, form_key)
    c = qa_forms.c
    others = conn.execute(select(c.id).where(c.current.is_(True), c.form_key != form_key).limit(1)).first()
    if others is None:
        raise conflict("the last form in use cannot be retired", "last_form")
    conn.execute(update(qa_forms).where(c.form_key == form_key).values(current=False))


def form_version(conn: Connection, form_id: str) -> QaFormRead:
    row = conn.execute(select(qa_forms).where(qa_forms.c.id == form_id)).first()
    if row is None:
        raise not_found("qa_forms")
    return _form(row)


def _names(conn: Connection, ids: set[str]) -> dict[str, str]:
    u = t.users.c
    return {row.id: row.display_name for row in conn.execute(select(u.id, u.display_name).where(u.id.in_(ids)))}


def may_evaluate(conn: Connection, user: Principal, agent_id: str) -> bool:
    """Supervisors evaluate their team's agents (everybody's without a team), admins anybody's; nobody
    their own calls."""
    if user.id == agent_id or user.role not in (Role.SUPERVISOR, Role.ADMIN):
        return False
    return may_hear(conn, user, agent_id)


def _scope(conn: Connection, user: Principal, query: Any, column: Any) -> Any:
    """Only the agents the user may see: their own (agents), their team's (supervisors), all (admins)."""
    if user.role is Role.ADMIN:
        return query
    if user.role is Role.SUPERVISOR:
        team = watched_team(conn, user)
        if team is None:
            return query
        members = select(t.users.c.id).where(t.users.c.team == team)
        return query.where((column == user.id) | column.in_(members))
    return query.where(column == user.id)


def calls(
    conn: Connection, user: Principal, agent_id: str, start: datetime, end: datetime, now: datetime
) -> list[QaCall]:
    """The agent's complete recordings that started in [start, end), newest first, with the user's
    evaluation of each (or anybody's)."""
    if not may_evaluate(conn, user, agent_id):
        raise forbidden("supervisors evaluate their own team's agents")
    r = recordings.c
    rows = conn.execute(
        select(recordings)
        .where(
            r.agent_id == agent_id, r.complete.is_(True), r.expires_at > now, r.started_at >= start, r.started_at < end
        )
        .order_by(r.started_at.desc())
        .limit(500)
    ).all()
    e = qa_evaluations.c
    done = {
        row.recording_id: (row.id, row.total)
        for row in conn.execute(
            select(e.recording_id, e.id, e.total)
            .where(e.recording_id.in_([row.id for row in rows]))
            .order_by(e.updated_at)
        )
    }
    return [
        QaCall(
            recording_id=row.id,
            call_log_id=row.call_log_id,
            agent_id=row.agent_id,
            direction=row.direction,
            number=row.number,
            started_at=row.started_at,
            seconds=row.seconds,
            evaluation_id=done.get(row.id, (None, None))[0],
            total=done.get(row.id, (None, None))[1],
        )
        for row in rows
    ]


def save(
    conn: Connection, user: Principal, evaluation_id: str, body: QaEvaluationWrite, now: datetime
) -> QaEvaluationRead:
    """Create or update the evaluation ``evaluation_id`` (the client's id: a repeat is harmless)."""
    rec = conn.execute(select(recordings).where(recordings.c.id == body.recording_id)).first()
    if rec is None or not may_evaluate(conn, user, rec.agent_id):
        raise not_found("recording")
    form = form_version(conn, body.form_id)
    keys = {c.key for c in form.criteria}
    unknown = [s.key for s in body.scores if s.key not in keys]
    if unknown:
        raise field_error(("body", "scores"), f"criteria not on the form: {', '.join(unknown)}", "unknown_criterion")
    for score in body.scores:
        scale = next(c.scale_max for c in form.criteria if c.key == score.key)
        if score.score is not None and score.score > scale:
            raise field_error(("body", "scores"), f"{score.key} is scored 0 to {scale}", "out_of_scale")
    total = weighted_total(form.criteria, {s.key: s.score for s in body.scores})
    if total.value is None:
        raise field_error(("body", "scores"), "score at least one criterion", "nothing_scored")
    e = qa_evaluations.c
    existing = conn.execute(select(qa_evaluations).where(e.id == evaluation_id)).first()
    values = {
        "form_id": form.id,
        "scores": [s.model_dump() for s in body.scores],
        "comment": body.comment,
        "total": total.value,
        "failed": total.failed,
        "updated_at": now,
    }
    if existing is None:
        conn.execute(
            insert(qa_evaluations).values(
                id=evaluation_id,
                agent_id=rec.agent_id,
                evaluator_id=user.id,
                recording_id=rec.id,
                call_log_id=rec.call_log_id,
                call_at=rec.started_at,
                created_at=now,
                **values,
            )
        )
    elif existing.recording_id != rec.id or not may_evaluate(conn, user, existing.agent_id):
        raise not_found("qa_evaluations")
    else:
        conn.execute(update(qa_evaluations).where(e.id == evaluation_id).values(**values))
    return read_one(conn, user, evaluation_id)


def _calls_of(conn: Connection, recording_ids: set[str]) -> dict[str, Any]:
    """The evaluated calls as recorded (direction, number, length), by recording id."""
    if not recording_ids:
        return {}
    r = recordings.c
    query = select(r.id, r.direction, r.number, r.seconds).where(r.id.in_(sorted(recording_ids)))
    return {row.id: row for row in conn.execute(query)}


def _reads(conn: Connection, rows: Sequence[Any]) -> list[QaEvaluationRead]:
    forms: dict[str, QaFormRead] = {}
    names = _names(conn, {row.agent_id for row in rows} | {row.evaluator_id for row in rows})
    calls = _calls_of(conn, {row.recording_id for row in rows})
    out = []
    for row in rows:
        if row.form_id not in forms:
            forms[row.form_id] = form_version(conn, row.form_id)
        call = calls.get(row.recording_id)
        out.append(
            QaEvaluationRead(
                id=row.id,
                form=forms[row.form_id],
                agent_id=row.agent_id,
                agent_name=names.get(row.agent_id, ""),
                evaluator_id=row.evaluator_id,
                evaluator_name=names.get(row.evaluator_id, ""),
                recording_id=row.recording_id,
                call_log_id=row.call_log_id,
                call_at=row.call_at,
                direction=call.direction if call is not None else "",
                number=call.number if call is not None else "",
                seconds=call.seconds if call is not None else 0,
                scores=[QaScore.model_validate(s) for s in row.scores],
                comment=row.comment,
                total=row.total,
                failed=row.failed,
                created_at=row.created_at,
                updated_at=row.updated_at,
            )
        )
    return out


def read_one(conn: Connection, user: Principal, evaluation_id: str) -> QaEvaluationRead:
    e = qa_evaluations.c
    query = _scope(conn, user, select(qa_evaluations).where(e.id == evaluation_id), e.agent_id)
    rows = conn.execute(query).all()
    if not rows:
        raise not_found("qa_evaluations")
    return _reads(conn, rows)[0]


def listing(
    conn: Connection, user: Principal, agent_id: str | None, start: datetime | None, end: datetime | None
) -> list[QaEvaluationRead]:
    """The evaluations the user may read (agents: their own), newest call first."""
    e = qa_evaluations.c
    query = _scope(conn, user, select(qa_evaluations), e.agent_id)
    if agent_id:
        query = query.where(e.agent_id == agent_id)
    if start is not None:
        query = query.where(e.call_at >= start)
    if end is not None:
        query = query.where(e.call_at < end)
    return _reads(conn, conn.execute(query.order_by(e.call_at.desc()).limit(500)).all())


def period_start(when: datetime, interval: Literal["week", "month"], zone: tzinfo) -> date:
    """The first day (Monday, or the 1st) of the week or month ``when`` falls in, in ``zone``."""
    day = when.astimezone(zone).date()
    if interval == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def scores(
    conn: Connection,
    user: Principal,
    interval: Literal["week", "month"],
    zone: tzinfo,
    start: datetime,
    end: datetime,
    agent_id: str | None,
    team: str | None = None,
) -> list[QaScorePoint]:
    """KPI ``qa_score``: per agent and interval, the mean of the totals of the evaluations whose call
    started in it (intervals cut in the centre's zone ``zone``)."""
    e = qa_evaluations.c
    query = _scope(conn, user, select(e.agent_id, e.call_at, e.total), e.agent_id)
    query = query.where(e.call_at >= start, e.call_at < end)
    if agent_id:
        query = query.where(e.agent_id == agent_id)
    if team:
        query = query.where(e.agent_id.in_(select(t.users.c.id).where(t.users.c.team == team)))
    groups: dict[tuple[str, date], list[float]] = defaultdict(list)
    for row in conn.execute(query):
        groups[(row.agent_id, period_start(row.call_at, interval, zone))].append(float(row.total))
    names = _names(conn, {agent for agent, _ in groups})
    return [
        QaScorePoint(
            agent_id=agent,
            agent_name=names.get(agent, ""),
            period_start=day.isoformat(),
            evaluations=len(totals),
            average=mean_score(totals),
        )
        for (agent, day), totals in sorted(groups.items(), key=lambda item: (item[0][1], names.get(item[0][0], "")))
    ]
