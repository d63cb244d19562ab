"""Report endpoints (``/api/v1/reports``); see :mod:`crm.schemas.reports` for the shapes and
``docs/kpis.md`` for the figures.

Who sees what: an agent their own figures only (``agent`` is theirs whatever they ask, a ``team`` or
another agent is 403); a supervisor their team's (another team, or an agent of another team, is 403;
a supervisor without a team sees every team, as on the presence board); an admin everything. The
period is ``[from, to)``: a date is local midnight in the centre's time zone, a time without an offset
is on the centre's clock, never the client's.

No ``from __future__ import annotations``: FastAPI reads the real annotation objects.
"""

import io
import logging
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse, Response, StreamingResponse
from sqlalchemy.engine import Connection

from backoffice.db import write_tx
from backoffice.errors import ApiError, field_error, forbidden
from backoffice.openapi_doc import answer
from backoffice.reports.call_export import call_record, csv_lines
from backoffice.reports.calls import call_rows
from backoffice.reports.campaigns import attempt_record, attempt_rows, campaign_report
from backoffice.reports.export import export_workbook
from backoffice.reports.labels import translator
from backoffice.reports.order_list import order_record, order_rows
from backoffice.reports.query import ReportQuery
from backoffice.reports.report import report_body, report_json
from backoffice.reports.settings import read_settings, write_settings
from backoffice.reports.timeframe import MAX_BUCKETS, MAX_DAYS, Timeframe, to_ms
from backoffice.resources.base import audit, now_utc
from backoffice.routes_auth import signed_in
from backoffice.security import Principal, team_of, watched_team
from crm.campaign_kpis import CAMPAIGN_GROUPINGS, CAMPAIGN_KPIS
from crm.kpis import GROUPINGS, KPIS, GroupBy, Interval, SlVariant, Source, centre_zone, sources_for
from crm.schemas import API_PREFIX, Role
from crm.schemas.report_orders import OrderClass, OrderPage
from crm.schemas.reports import (
    AttemptClass,
    AttemptPage,
    CallClass,
    CallPage,
    CampaignReport,
    Definitions,
    KpiReport,
    ReportSettingsRead,
    ReportSettingsUpdate,
)

if TYPE_CHECKING:
    from backoffice.app import BackOffice

logger = logging.getLogger(__name__)

READERS = frozenset({Role.AGENT, Role.SUPERVISOR})
SUPERVISORS = frozenset({Role.SUPERVISOR})
ADMINS: frozenset[Role] = frozenset()
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_TIME_HINT = "a date (2026-01-05) or a time with its offset (2026-01-05T09:00:00+08:00)"


@dataclass(frozen=True)
class Asked:
    """A report's query parameters as sent."""

    start: str | None
    end: str | None
    interval: Interval
    group_by: GroupBy
    team: str | None
    agent: str | None
    overrides: dict[str, Any]


def _asked(
    start: Annotated[str | None, Query(alias="from", max_length=40, description=_TIME_HINT)] = None,
    end: Annotated[str | None, Query(alias="to", max_length=40, description="Not included; " + _TIME_HINT)] = None,
    interval: Interval = Interval.DAY,
    group_by: GroupBy = GroupBy.NONE,
    team: Annotated[str | None, Query(max_length=64)] = None,
    agent: Annotated[str | None, Query(max_length=64, description="An agent's user id")] = None,
    short_abandon_s: Annotated[int | None, Query(ge=0, le=600, description="This report only")] = None,
    sl_target_s: Annotated[int | None, Query(ge=1, le=3600, description="This report only")] = None,
    sl_variant: Annotated[SlVariant | None, Query(description="This report only")] = None,
    fcr_days: Annotated[int | None, Query(ge=1, le=90, description="This report only")] = None,
) -> Asked:
    overrides = {
        "short_abandon_s": short_abandon_s,
        "sl_target_s": sl_target_s,
        "sl_variant": sl_variant,
        "fcr_days": fcr_days,
    }
    return Asked(start, end, interval, group_by, team, agent, {k: v for k, v in overrides.items() if v is not None})


Params = Annotated[Asked, Depends(_asked)]


def parse_time(text: str, zone: tzinfo, name: str) -> datetime:
    """``text`` (a date: local midnight; a time without offset: local) as an aware UTC datetime."""
    value = text.strip()
    if len(value) > 19 and value[-6] == " ":  # a "+" the query string turned into a space
        value = value[:-6] + "+" + value[-5:]
    try:
        if len(value) == 10:
            return datetime.combine(date.fromisoformat(value), time(), zone).astimezone(timezone.utc)
        when = datetime.fromisoformat(value)
    except ValueError:
        raise field_error(("query", name), f"not {_TIME_HINT}") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=zone)
    return when.astimezone(timezone.utc)


def _period(asked: Asked, zone: tzinfo, now: datetime) -> tuple[datetime, datetime]:
    if asked.start is not None:
        start = parse_time(asked.start, zone, "from")
    else:
        start = datetime.combine(now.astimezone(zone).date(), time(), zone).astimezone(timezone.utc)
    if asked.end is not None:
        end = parse_time(asked.end, zone, "to")
    else:
        end = (start.astimezone(zone) + timedelta(days=1)).astimezone(timezone.utc)
    if end <= start:
        raise field_error(("query", "to"), "must be after from")
    if end - start > timedelta(days=MAX_DAYS):
        raise field_error(("query", "to"), f"a report covers at most {MAX_DAYS} days")
    return start, end


ZONE_UNKNOWN = answer(409, "The centre's time zone is unknown on this server (`time_zone_unknown`)")
PREPARING = answer(
    503,
    "The reports are being prepared (`reports_preparing`, after an upgrade or a change of threshold); `Retry-After`",
)
CSV: dict[int | str, dict[str, Any]] = {
    200: {"description": "The calls, UTF-8 CSV with a BOM", "content": {"text/csv": {"schema": {"type": "string"}}}}
}
WORKBOOK: dict[int | str, dict[str, Any]] = {
    200: {"description": "The workbook", "content": {XLSX: {"schema": {"type": "string", "format": "binary"}}}}
}


def build_reports_router(bo: "BackOffice") -> APIRouter:
    router = APIRouter(prefix=API_PREFIX + "/reports", tags=["reports"])
    User = Annotated[Principal, Depends(signed_in(bo))]

    def scope(conn: Connection, user: Principal, team: str | None, agent: str | None) -> tuple[str | None, str | None]:
        """(team, agent) whose figures ``user`` gets (403 for anybody else's)."""
        if agent is not None:
            try:
                agent = str(uuid.UUID(agent))
            except ValueError:
                raise field_error(("query", "agent"), "must be a user id (a UUID)") from None
        if user.role is Role.AGENT:
            if team is not None or agent not in (None, user.id):
                raise forbidden("agents see only their own figures")
            return None, user.id
        user.require(SUPERVISORS)
        own = watched_team(conn, user)
        if not own:
            return team or None, agent
        if team not in (None, own):
            raise forbidden("supervisors see only their own team's figures")
        if agent is not None and team_of(conn, agent) != own:
            raise forbidden("supervisors see only their own team's figures")
        return own, agent

    def prepare(conn: Connection, user: Principal, asked: Asked) -> tuple[ReportQuery, ReportSettingsRead]:
        user.require(READERS)
        stored = read_settings(conn)
        settings = stored.model_copy(update=asked.overrides)
        try:
            zone = centre_zone(settings.time_zone)
        except ValueError:
            raise ApiError(
                409, f"the centre's time zone {settings.time_zone!r} is unknown on this server", "time_zone_unknown"
            ) from None
        now = now_utc()
        start, end = _period(asked, zone, now)
        team, agent = scope(conn, user, asked.team, asked.agent)
        frame = Timeframe(start, end, asked.interval, zone)
        if frame.bucket_count() > MAX_BUCKETS:
            raise field_error(
                ("query", "interval"),
                f"more than {MAX_BUCKETS} intervals: choose a longer interval or a shorter period",
            )
        return ReportQuery(frame, asked.group_by, settings.settings(), now, team, agent), settings

    @router.get("/definitions", response_model=Definitions)
    def definitions(user: User) -> Definitions:
        """Every figure's name, unit and formula, and the settings reports use now."""
        user.require(READERS)
        with bo.db.read.connect() as conn:
            settings = read_settings(conn)
        kpis = [
            {
                "id": k.id,
                "name": str(k.name),
                "unit": k.unit,
                "formula": str(k.formula),
                "source": k.source,
                "groupings": [g for g in GroupBy if g in GROUPINGS[k.source]],
            }
            for k in KPIS
        ]
        kpis += [
            {
                "id": k.id,
                "name": str(k.name),
                "unit": k.unit,
                "formula": str(k.formula),
                "source": k.source,
                "groupings": [g for g in GroupBy if g in CAMPAIGN_GROUPINGS],
            }
            for k in CAMPAIGN_KPIS
        ]
        return Definitions.model_validate({"kpis": kpis, "settings": settings})

    @router.get("/settings", response_model=ReportSettingsRead)
    def get_settings(user: User) -> ReportSettingsRead:
        user.require(READERS)
        with bo.db.read.connect() as conn:
            return read_settings(conn)

    @router.put("/settings", response_model=ReportSettingsRead)
    def put_settings(body: ReportSettingsUpdate, user: User) -> ReportSettingsRead:
        """Change the centre's report settings (admins)."""
        user.require(ADMINS)
        with write_tx(bo.db) as ctx:
            result = write_settings(ctx.conn, body, user.id)
            audit(ctx, user, "update", "report_settings", None, body.model_dump(mode="json", exclude_none=True))
        bo.rollups.start()  # a new threshold: every call is counted again, in the background
        return result

    @router.get("/kpis", response_model=KpiReport, responses={**ZONE_UNKNOWN, **PREPARING})
    def kpis(user: User, asked: Params) -> Response:
        """The figures per interval and group, and their total, with the settings they were computed with."""
        with bo.db.read.connect() as conn:
            q, settings = prepare(conn, user, asked)
        # before the report's own read: it sees the slices as they are now (503 while being prepared)
        bo.rollups.before_report(presence=Source.PRESENCE in sources_for(q.group_by))
        with bo.db.read.connect() as conn:
            body = report_body(conn, q, settings, bo.report_rows, generated_at=q.now)
        return Response(body, media_type="application/json")

    def bucket_index(q: ReportQuery, bucket: str | None) -> int | None:
        """The index of the interval starting at ``bucket`` (as a report gave it); 422 for anything else."""
        if bucket is None:
            return None
        if q.frame.interval is Interval.NONE:
            raise field_error(("query", "bucket"), "this report has no intervals")
        when = parse_time(bucket, q.frame.zone, "bucket")
        index = q.frame.index_of(to_ms(when))
        start = q.frame.bucket_start(index)
        if start is None or start.astimezone(timezone.utc) != when:
            raise field_error(("query", "bucket"), "not the start of an interval of this report")
        return index

    def drill(
        conn: Connection, q: ReportQuery, bucket: str | None, key: str | None, calls: CallClass
    ) -> tuple[Any, Any]:
        index = bucket_index(q, bucket)
        if key is not None and q.group_by is GroupBy.NONE:
            raise field_error(("query", "key"), "this report has no groups")
        return call_rows(q, bucket=index, key=key, kind=calls)

    Bucket = Annotated[str | None, Query(max_length=40, description="An interval's start, as the report gave it")]
    Key = Annotated[str | None, Query(max_length=200, description="A group's key, as the report gave it")]

    @router.get("/calls", response_model=CallPage, responses=ZONE_UNKNOWN)
    def calls(
        user: User,
        asked: Params,
        bucket: Bucket = None,
        key: Key = None,
        calls: CallClass = CallClass.ALL,
        limit: int = Query(100, ge=1, le=1000),
        offset: int = Query(0, ge=0, le=10_000_000),
    ) -> Response:
        """The calls behind a figure: the report's filters plus an interval, a group and a class of call."""
        with bo.db.read.connect() as conn:
            q, _ = prepare(conn, user, asked)
            rows, count = drill(conn, q, bucket, key, calls)
            total = int(conn.execute(count).scalar_one())
            starts: dict[int, str | None] = {}
            zone = q.frame.zone
            items = [call_record(r, q.frame, zone, starts) for r in conn.execute(rows.limit(limit).offset(offset))]
        return JSONResponse({"items": items, "total": total, "limit": limit, "offset": offset})

    def stream_records(q: ReportQuery, rows: Any) -> Any:
        with bo.db.read.connect() as conn:
            starts: dict[int, str | None] = {}
            result = conn.execution_options(stream_results=True, yield_per=2000).execute(rows)
            for row in result:
                yield call_record(row, q.frame, q.frame.zone, starts)

    @router.get("/calls.csv", response_class=Response, responses={**CSV, **ZONE_UNKNOWN})
    def calls_csv(
        user: User,
        asked: Params,
        bucket: Bucket = None,
        key: Key = None,
        calls: CallClass = CallClass.ALL,
        lang: Annotated[str | None, Query(max_length=10)] = None,
    ) -> Response:
        """Every call behind a figure as CSV (UTF-8 with a BOM), one row per call."""
        with bo.db.read.connect() as conn:
            q, _ = prepare(conn, user, asked)
            rows, _count = drill(conn, q, bucket, key, calls)
        lines = csv_lines(stream_records(q, rows), translator(lang), q.frame.zone)
        name = f"calls_{q.frame.start.astimezone(q.frame.zone):%Y%m%d}.csv"
        return StreamingResponse(
            (line.encode("utf-8") for line in lines),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    @router.get("/orders", response_model=OrderPage, responses=ZONE_UNKNOWN)
    def orders_behind(
        user: User,
        asked: Params,
        bucket: Bucket = None,
        key: Key = None,
        orders: OrderClass = OrderClass.ALL,
        limit: int = Query(100, ge=1, le=1000),
        offset: int = Query(0, ge=0, le=10_000_000),
    ) -> Response:
        """The orders behind an order figure: the report's filters plus an interval, a group and which orders."""
        with bo.db.read.connect() as conn:
            q, _ = prepare(conn, user, asked)
            index = bucket_index(q, bucket)
            if key is not None and q.group_by is GroupBy.NONE:
                raise field_error(("query", "key"), "this report has no groups")
            rows, count = order_rows(q, bucket=index, key=key, kind=orders)
            total = int(conn.execute(count).scalar_one())
            items = [order_record(r, q.frame.zone) for r in conn.execute(rows.limit(limit).offset(offset))]
        return JSONResponse({"items": items, "total": total, "limit": limit, "offset": offset})

    CampaignId = Annotated[str | None, Query(max_length=64, description="Only this campaign (its id)")]

    def campaign_query(
        conn: Connection, user: Principal, asked: Asked, campaign: str | None
    ) -> tuple[ReportQuery, ReportSettingsRead]:
        """The report's query for the campaigns' figures (grouped by none, agent or team), 422 else."""
        if asked.group_by not in CAMPAIGN_GROUPINGS:
            raise field_error(("query", "group_by"), "campaign figures are grouped by none, agent or team")
        if campaign is not None:
            try:
                uuid.UUID(campaign)
            except ValueError:
                raise field_error(("query", "campaign"), "must be a campaign id (a UUID)") from None
        return prepare(conn, user, asked)

    @router.get("/campaigns", response_model=CampaignReport, responses=ZONE_UNKNOWN)
    def campaign_figures(user: User, asked: Params, campaign: CampaignId = None) -> Response:
        """The outbound campaigns' figures per interval, campaign and group (none, agent, team), each
        campaign's over the period and the total."""
        with bo.db.read.connect() as conn:
            q, settings = campaign_query(conn, user, asked, campaign)
        bo.rollups.before_campaign_report()
        with bo.db.read.connect() as conn:
            body = campaign_report(conn, q, settings, generated_at=q.now, campaign_id=campaign)
        return Response(report_json(body), media_type="application/json")

    @router.get("/campaigns/attempts", response_model=AttemptPage, responses=ZONE_UNKNOWN)
    def campaign_attempts(
        user: User,
        asked: Params,
        campaign: CampaignId = None,
        bucket: Bucket = None,
        key: Key = None,
        attempts: AttemptClass = AttemptClass.ALL,
        limit: int = Query(100, ge=1, le=1000),
        offset: int = Query(0, ge=0, le=10_000_000),
    ) -> Response:
        """The campaign attempts behind a figure: the report's filters plus an interval, a campaign, a
        group and a class of attempt."""
        with bo.db.read.connect() as conn:
            q, _ = campaign_query(conn, user, asked, campaign)
            index = bucket_index(q, bucket)
            if key is not None and q.group_by is GroupBy.NONE:
                raise field_error(("query", "key"), "this report has no groups")
            rows, count = attempt_rows(q, bucket=index, campaign_id=campaign, key=key, kind=attempts)
            total = int(conn.execute(count).scalar_one())
            starts: dict[int, str | None] = {}
            items = [attempt_record(r, q, starts) for r in conn.execute(rows.limit(limit).offset(offset))]
        return JSONResponse({"items": items, "total": total, "limit": limit, "offset": offset})

    @router.get("/export.xlsx", response_class=Response, responses={**WORKBOOK, **ZONE_UNKNOWN, **PREPARING})
    def export_xlsx(user: User, asked: Params, lang: Annotated[str | None, Query(max_length=10)] = None) -> Response:
        """The report as a workbook: the asked view, by interval, agent, team, dialled number and media
        source, the not-ready reasons, every call (one row each) and the definitions used."""
        out = io.BytesIO()
        with bo.db.read.connect() as conn:
            q, settings = prepare(conn, user, asked)
        bo.rollups.before_report(presence=True)
        with bo.db.read.connect() as conn:
            export_workbook(conn, q, settings, translator(lang), out)
        local = q.frame.start.astimezone(q.frame.zone)
        return Response(
            out.getvalue(),
            media_type=XLSX,
            headers={"Content-Disposition": f'attachment; filename="report_{local:%Y%m%d}.xlsx"'},
        )

    return router
