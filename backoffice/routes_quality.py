"""Agent evaluation endpoints (see :mod:`crm.schemas.quality`).

* ``GET /quality/forms``, ``POST /quality/forms``, ``PUT /quality/forms/{form_key}`` (a new version;
  the same content again adds none), ``DELETE /quality/forms/{form_key}`` (retired: no longer offered
  for new evaluations; 409 for the last form in use): supervisors and admins.
* ``GET /quality/calls?agent_id=&start=&end=``: an agent's recorded calls to evaluate (their team's
  supervisors, admins).
* ``PUT /quality/evaluations/{evaluation_id}``: save an evaluation (idempotent: the client's id); the
  agent gets the live event ``qa_evaluation``.
* ``GET /quality/evaluations`` and ``/{evaluation_id}``: agents their own, supervisors their team's,
  admins all.
* ``GET /quality/scores?interval=week|month``: the KPI ``qa_score`` per agent and interval.

No ``from __future__ import annotations``: FastAPI reads the real annotation objects.
"""

import logging
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response

from backoffice import quality as qa
from backoffice.db import write_tx
from backoffice.errors import ApiError, field_error
from backoffice.event_bus import TO_USER, LiveEvent
from backoffice.reports.settings import read_settings
from backoffice.resources.base import now_utc
from backoffice.routes_auth import signed_in
from backoffice.security import Principal
from crm.kpis import centre_zone
from crm.schemas import API_PREFIX, Role
from crm.schemas.quality import (
    LIVE_KIND,
    QaCallList,
    QaEvaluationList,
    QaEvaluationRead,
    QaEvaluationWrite,
    QaFormList,
    QaFormRead,
    QaFormWrite,
    QaScoreReport,
)

if TYPE_CHECKING:
    from backoffice.app import BackOffice

logger = logging.getLogger(__name__)

_MANAGERS = frozenset({Role.SUPERVISOR})
_READERS = frozenset({Role.AGENT, Role.SUPERVISOR})
MAX_DAYS = 400


def _period(start: datetime | None, end: datetime | None, days: int) -> tuple[datetime, datetime]:
    end = end or now_utc()
    start = start or end - timedelta(days=days)
    if start >= end or end - start > timedelta(days=MAX_DAYS):
        raise field_error(("query", "start"), f"the period runs forwards and spans at most {MAX_DAYS} days")
    return start, end


def build_quality_router(bo: "BackOffice") -> APIRouter:
    router = APIRouter(prefix=API_PREFIX + "/quality", tags=["quality"])
    User = Annotated[Principal, Depends(signed_in(bo))]

    @router.get("/forms", response_model=QaFormList)
    def list_forms(user: User) -> QaFormList:
        """The current version of every form (the standard form is made on first use)."""
        user.require(_MANAGERS)
        with bo.db.read.connect() as conn:
            forms = qa.current_forms(conn)
            if any(form.form_key == qa.STANDARD_KEY for form in forms) or qa.has_standard(conn):
                return QaFormList(items=forms)
        with write_tx(bo.db) as ctx:  # the first time: the standard form
            qa.ensure_default(ctx.conn, now_utc())
            return QaFormList(items=qa.current_forms(ctx.conn))

    @router.post("/forms", response_model=QaFormRead, status_code=201)
    def create_form(body: QaFormWrite, user: User) -> QaFormRead:
        """A new form (version 1)."""
        user.require(_MANAGERS)
        with write_tx(bo.db) as ctx:
            return qa.create_form(ctx.conn, user, body, now_utc())

    @router.put("/forms/{form_key}", response_model=QaFormRead)
    def change_form(form_key: str, body: QaFormWrite, user: User) -> QaFormRead:
        """The form's next version; evaluations made already keep the version they were scored with."""
        user.require(_MANAGERS)
        with write_tx(bo.db) as ctx:
            return qa.new_version(ctx.conn, user, form_key, body, now_utc())

    @router.delete("/forms/{form_key}", status_code=204)
    def retire_form(form_key: str, user: User) -> Response:
        """Retire the form: new evaluations no longer use it; those made with it keep their scores. The
        last form in use cannot be retired (409 ``last_form``); a retired form is 409 ``form_retired``."""
        user.require(_MANAGERS)
        with write_tx(bo.db) as ctx:
            qa.retire(ctx.conn, form_key)
        return Response(status_code=204)

    @router.get("/calls", response_model=QaCallList)
    def list_calls(
        user: User,
        agent_id: str = Query(max_length=36),
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> QaCallList:
        """The agent's recorded calls in the period (default: the last 7 days), with their evaluation."""
        user.require(_MANAGERS)
        begin, finish = _period(start, end, 7)
        with bo.db.read.connect() as conn:
            return QaCallList(items=qa.calls(conn, user, agent_id, begin, finish, now_utc()))

    @router.put("/evaluations/{evaluation_id}", response_model=QaEvaluationRead)
    def save_evaluation(evaluation_id: str, body: QaEvaluationWrite, user: User) -> QaEvaluationRead:
        """Save the evaluation of a recorded call (again: it is updated); the agent is told at once."""
        user.require(_MANAGERS)
        if len(evaluation_id) > 36:
            raise field_error(("path", "evaluation_id"), "an evaluation id is a UUID")
        with write_tx(bo.db) as ctx:
            saved = qa.save(ctx.conn, user, evaluation_id, body, now_utc())
        notice = {"id": saved.id, "total": saved.total, "failed": saved.failed, "evaluator": saved.evaluator_name}
        bo.events.emit(LiveEvent(LIVE_KIND, notice, TO_USER, user_id=saved.agent_id))
        return saved

    @router.get("/evaluations", response_model=QaEvaluationList)
    def list_evaluations(
        user: User,
        agent_id: str | None = Query(None, max_length=36),
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> QaEvaluationList:
        """The evaluations the caller may read (agents: their own), newest call first."""
        user.require(_READERS)
        with bo.db.read.connect() as conn:
            return QaEvaluationList(items=qa.listing(conn, user, agent_id, start, end))

    @router.get("/evaluations/{evaluation_id}", response_model=QaEvaluationRead)
    def get_evaluation(evaluation_id: str, user: User) -> QaEvaluationRead:
        user.require(_READERS)
        with bo.db.read.connect() as conn:
            return qa.read_one(conn, user, evaluation_id)

    @router.get("/scores", response_model=QaScoreReport)
    def get_scores(
        user: User,
        interval: Literal["week", "month"] = "week",
        first_day: date | None = None,
        last_day: date | None = None,
        team: str | None = Query(None, max_length=64),
        agent_id: str | None = Query(None, max_length=36),
    ) -> QaScoreReport:
        """KPI ``qa_score``: per agent and week or month (the centre's time zone), the mean of the weighted
        totals of the evaluations whose call started in it."""
        user.require(_READERS)
        with bo.db.read.connect() as conn:
            settings = read_settings(conn)
            try:
                zone = centre_zone(settings.time_zone)
            except ValueError:
                raise ApiError(409, "the centre's time zone is unknown on this server", "time_zone_unknown") from None
            last = last_day or now_utc().astimezone(zone).date()
            first = first_day or last - timedelta(days=90)
            if first > last or (last - first).days > MAX_DAYS:
                raise field_error(("query", "first_day"), f"the period runs forwards and spans at most {MAX_DAYS} days")
            start = datetime.combine(first, time(), zone)
            end = datetime.combine(last + timedelta(days=1), time(), zone)
            items = qa.scores(conn, user, interval, zone, start, end, agent_id, team)
        return QaScoreReport(interval=interval, time_zone=settings.time_zone, items=items)

    return router
