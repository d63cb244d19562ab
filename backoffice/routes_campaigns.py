"""Outbound campaign endpoints (``/api/v1/campaigns``) and the do-not-call list (``/api/v1/dnc``); the
shapes are in :mod:`crm.schemas.campaigns`, the rules in :mod:`backoffice.campaigns`, the reference in
docs/backoffice.md ("Campaigns").

No ``from __future__ import annotations``: FastAPI reads the real annotation objects.
"""

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, Literal

from anyio import to_thread
from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from sqlalchemy import Engine, func, select, update
from sqlalchemy.engine import Connection

from backoffice import tables as t
from backoffice.campaigns import access, allocation, handover, lists, store
from backoffice.campaigns.clock import campaign_now
from backoffice.campaigns.progress import progress, with_shares
from backoffice.campaigns.tables import campaign_records, campaigns
from backoffice.db import WriteContext
from backoffice.errors import ApiError, conflict, field_error, not_found
from backoffice.event_bus import TO_TEAM, LiveEvent
from backoffice.routes_auth import signed_in
from backoffice.routes_dnc import Run, add_dnc_routes
from backoffice.search import conditions
from backoffice.security import Principal
from backoffice.writes import Outcome, parse_if_match
from crm.schemas import API_PREFIX, CustomerSearch, Role, new_id
from crm.schemas.campaigns import (
    STATUS_CHANGES,
    AttemptReport,
    CampaignCreate,
    CampaignProgress,
    CampaignRead,
    CampaignStatus,
    CampaignUpdate,
    ClaimedTarget,
    ColumnMapping,
    ExplainPage,
    ImportReport,
    ProgressList,
    RecordState,
    SearchTargets,
    TargetPage,
    TargetRecord,
)

if TYPE_CHECKING:
    from backoffice.app import BackOffice

logger = logging.getLogger(__name__)

IdemKey = Annotated[str | None, Header(description="Idempotency-Key: a UUID; repeats replay the first result")]
IfMatch = Annotated[str | None, Header(description='If-Match: "<version>" of the campaign')]
PRESSURE_TTL_S = 60.0
CAMPAIGN_EVENT = "campaign"
"""The live event telling a campaign's teams its new status."""


def _read_out(campaign: dict[str, Any]) -> dict[str, Any]:
    return CampaignRead.model_validate(campaign).model_dump(mode="json")


def _record_out(row: Any) -> dict[str, Any]:
    return TargetRecord.model_validate(store.record_out(row)).model_dump(mode="json")


def _campaign(conn: Connection, campaign_id: str, lock: bool = False) -> dict[str, Any]:
    found = store.read(conn, campaign_id, lock)
    if found is None:
        raise not_found("campaigns")
    return found


class Pressure:
    """Each running campaign's required share of capacity, recomputed at most once a minute per
    process: the claim's order by deadline pressure."""

    def __init__(self) -> None:
        self._at = -PRESSURE_TTL_S
        self._shares: dict[str, float] = {}
        self._lock = threading.Lock()

    def of(self, db: Engine, now: datetime) -> Callable[[str], float]:
        """The shares (read outside the claim's transaction when stale)."""
        with self._lock:
            stale = time.monotonic() - self._at >= PRESSURE_TTL_S
            if stale:
                self._at = time.monotonic()
        if stale:
            with db.connect() as conn:
                rows = store.listing(conn, None, CampaignStatus.RUNNING)
                shares = {c["id"]: progress(conn, c, now)["required_share"] for c in rows}
            with self._lock:
                self._shares = shares
        shares_now = self._shares
        return lambda campaign_id: shares_now.get(campaign_id, 0.0)


def build_campaigns_router(bo: "BackOffice") -> APIRouter:
    router = APIRouter(prefix=API_PREFIX, tags=["campaigns"])
    User = Annotated[Principal, Depends(signed_in(bo))]
    zones = allocation.ZoneCache()
    pressure = Pressure()

    def run(
        user: Principal,
        request: Request,
        key: str | None,
        body: Any,
        if_match: str | None,
        fn: Callable[[WriteContext], Outcome],
    ) -> Response:
        return bo.writes.run(user, request.method, request.url.path, key, body, if_match, fn)

    @router.get("/campaigns", response_model=list[CampaignRead])
    def list_campaigns(user: User, status: CampaignStatus | None = None) -> Response:
        """The campaigns of the caller's team (an admin, a supervisor without a team: all)."""
        with bo.db.read.connect() as conn:
            team = access.visible_team(conn, user)
            if user.role is Role.AGENT and status is None:
                status = CampaignStatus.RUNNING
            return JSONResponse([_read_out(c) for c in store.listing(conn, team, status)])

    @router.post("/campaigns", response_model=CampaignRead, status_code=201)
    def create(body: CampaignCreate, request: Request, user: User, idempotency_key: IdemKey = None) -> Response:
        def fn(ctx: WriteContext) -> Outcome:
            teams = access.teams_for(ctx.conn, user, body.teams)
            now = campaign_now()
            values = body.model_dump(exclude={"id"})
            values.update(
                id=body.id or new_id(),
                version=1,
                created_at=now,
                updated_at=now,
                status=CampaignStatus.DRAFT.value,
                created_by=user.id,
            )
            ctx.conn.execute(campaigns.insert().values(**store.to_row(values)))
            store.set_teams(ctx.conn, values["id"], teams)
            out = _read_out(_campaign(ctx.conn, values["id"]))
            return Outcome(201, out, out["version"])

        return run(user, request, idempotency_key, body.model_dump(mode="json"), None, fn)

    @router.get("/campaigns/progress", response_model=ProgressList)
    def all_progress(user: User) -> Response:
        """Progress and pacing of every campaign the supervisor runs (not finished ones)."""
        user.require(access.MANAGERS)
        now = campaign_now()
        with bo.db.read.connect() as conn:
            team = access.visible_team(conn, user)
            items = [
                progress(conn, c, now)
                for c in store.listing(conn, team, None)
                if c["status"] != CampaignStatus.FINISHED
            ]
        body = ProgressList(items=[CampaignProgress.model_validate(i) for i in with_shares(items, now)])
        return JSONResponse(body.model_dump(mode="json"))

    @router.get("/campaigns/{campaign_id}", response_model=CampaignRead)
    def get_campaign(campaign_id: str, user: User) -> Response:
        with bo.db.read.connect() as conn:
            campaign = _campaign(conn, campaign_id)
            access.require_worker(conn, user, campaign)
        out = _read_out(campaign)
        return JSONResponse(out, headers={"ETag": f'"{out["version"]}"'})

    @router.patch("/campaigns/{campaign_id}", response_model=CampaignRead)
    def edit(
        campaign_id: str,
        body: CampaignUpdate,
        request: Request,
        user: User,
        idempotency_key: IdemKey = None,
        if_match: IfMatch = None,
    ) -> Response:
        """Edit, run (``status: running``), pause, resume or finish a campaign."""
        version = parse_if_match(if_match)
        changed_status: list[dict[str, Any]] = []

        def fn(ctx: WriteContext) -> Outcome:
            campaign = _campaign(ctx.conn, campaign_id, lock=True)
            access.require_manager(ctx.conn, user, campaign)
            if campaign["version"] != version:
                raise ApiError(
                    412, "the campaign was changed meanwhile", "version_mismatch", current=_read_out(campaign)
                )
            changes = body.changes()
            _check_edit(campaign, changes)
            if "teams" in changes:
                store.set_teams(ctx.conn, campaign_id, access.teams_for(ctx.conn, user, changes.pop("teams") or []))
            now = campaign_now()
            row = store.to_row(changes)
            ctx.conn.execute(
                update(campaigns)
                .where(campaigns.c.id == campaign_id)
                .values(**row, version=version + 1, updated_at=now)
            )
            out = _read_out(_campaign(ctx.conn, campaign_id))
            if out["status"] != campaign["status"]:
                changed_status.append(out)
            return Outcome(200, out, out["version"])

        response = run(user, request, idempotency_key, body.model_dump(mode="json", exclude_unset=True), if_match, fn)
        for campaign in changed_status:  # committed: its teams may go on
            _tell_teams(bo, campaign)
        return response

    _add_list_routes(router, bo, User)
    _add_work_routes(router, bo, User, zones, pressure, run)
    add_dnc_routes(router, bo, User, run)
    return router


def _tell_teams(bo: "BackOffice", campaign: dict[str, Any]) -> None:
    """The agents of the campaign's teams learn at once that it was run, paused, resumed or finished
    (live event ``campaign``: its id, name and status)."""
    data = {"id": campaign["id"], "name": campaign["name"], "status": campaign["status"]}
    for team in campaign["teams"]:
        bo.events.emit(LiveEvent(CAMPAIGN_EVENT, data, TO_TEAM, team=team))


def _check_edit(campaign: dict[str, Any], changes: dict[str, Any]) -> None:
    for name, value in changes.items():
        if value is None:
            raise field_error(("body", name), "may be changed but not emptied", "null")
    status = changes.get("status")
    if status is not None and status.value != campaign["status"]:
        now_status = CampaignStatus(campaign["status"])
        if status not in STATUS_CHANGES[now_status]:
            raise conflict(f"a {now_status.value} campaign cannot become {status.value}", "bad_transition")
    starts = changes.get("starts_at") or campaign["starts_at"]
    deadline = changes.get("deadline_at") or campaign["deadline_at"]
    if deadline <= starts:
        raise field_error(("body", "deadline_at"), "deadline_at must be after starts_at")


def _report(checked: lists.Checked, rows: int, dry_run: bool, replaced: int) -> dict[str, Any]:
    report = ImportReport(
        kept=len(checked.kept),
        rejected=checked.rejected,
        rows=rows,
        dry_run=dry_run,
        matched=checked.matched,
        shared=checked.shared,
        replaced=replaced,
    )
    return report.model_dump(mode="json")


def _add_list_routes(router: APIRouter, bo: "BackOffice", User: Any) -> None:
    def keep(
        user: Principal,
        campaign_id: str,
        request: Request,
        key: str | None,
        sent: Any,
        read_rows: Callable[[Connection], list[lists.Row]],
        dry_run: bool,
        replace: bool = False,
    ) -> Response:
        def fn(ctx: WriteContext) -> Outcome:
            campaign = _campaign(ctx.conn, campaign_id, lock=True)
            access.require_manager(ctx.conn, user, campaign)
            if campaign["status"] == CampaignStatus.FINISHED.value:
                raise conflict("the campaign is finished", "finished")
            if replace and campaign["status"] != CampaignStatus.DRAFT.value:
                raise conflict("only a draft's list is replaced (it has been run)", "not_draft")
            replaced = lists.replace_records(ctx.conn, campaign_id, dry_run) if replace else 0
            rows = read_rows(ctx.conn)
            zone = campaign["default_time_zone"]
            checked = lists.check(ctx.conn, campaign_id, rows, zone, campaign_now(), replacing=replace)
            if not dry_run:
                lists.insert_records(ctx.conn, checked.kept)
                stamp = update(campaigns).where(campaigns.c.id == campaign_id).values(updated_at=campaign_now())
                ctx.conn.execute(stamp)  # the workers' zone caches (allocation.ZoneCache) read again
            return Outcome(200, _report(checked, len(rows), dry_run, replaced))

        return bo.writes.run(user, request.method, request.url.path, key, sent, None, fn)

    @router.post("/campaigns/{campaign_id}/records/import", response_model=ImportReport)
    async def import_list(
        campaign_id: str,
        request: Request,
        user: User,
        phone: Annotated[str, Query(min_length=1, max_length=200, description="Column of the number")],
        customer_id: Annotated[str | None, Query(max_length=200)] = None,
        time_zone: Annotated[str | None, Query(max_length=200)] = None,
        name: Annotated[str | None, Query(max_length=200, description="Column of the callee's name")] = None,
        notes: Annotated[str | None, Query(max_length=200, description="Column of notes for the agent")] = None,
        format: Literal["csv", "xlsx"] = "csv",
        header: bool = True,
        dry_run: bool = False,
        replace: Annotated[bool, Query(description="A draft's list: replace its records (409 `not_draft`)")] = False,
        idempotency_key: IdemKey = None,
    ) -> Response:
        """The file is the request body (``text/csv`` or an ``.xlsx`` workbook); the columns are named
        by their header (or letter without one). Good rows are kept in one transaction; ``replace`` (a
        draft only) deletes the records kept before in that transaction."""
        data = await request.body()
        mapping = ColumnMapping(phone=phone, customer_id=customer_id, time_zone=time_zone, name=name, notes=notes)
        reader = lists.read_xlsx if format == "xlsx" else lists.read_csv
        parsed = await to_thread.run_sync(lambda: reader(data, mapping, header))
        digest = hashlib.sha256(data).hexdigest()
        sent = {"file": digest, "mapping": mapping.model_dump(), "dry_run": dry_run, "replace": replace}
        return await to_thread.run_sync(
            lambda: keep(user, campaign_id, request, idempotency_key, sent, lambda _c: parsed, dry_run, replace)
        )

    @router.post("/campaigns/{campaign_id}/records/from-search", response_model=ImportReport)
    def from_search(
        campaign_id: str, body: SearchTargets, request: Request, user: User, idempotency_key: IdemKey = None
    ) -> Response:
        """The customers a customer search finds (with its preference flags as conditions), each by
        their first number, checked like an imported list."""
        try:
            query = CustomerSearch.model_validate({**body.search, "limit": 1})
        except ValidationError as exc:
            raise ApiError(
                422, [{"loc": ["body", "search", *e["loc"]], "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
            ) from None

        def read_rows(conn: Connection) -> list[lists.Row]:
            where = conditions(query, sqlite=conn.dialect.name == "sqlite")
            found = conn.execute(
                select(t.customers.c.id)
                .where(*where)
                .order_by(t.customers.c.created_at, t.customers.c.id)
                .limit(body.limit)
            ).all()
            return lists.rows_from_customers(found, lists.first_phones(conn, [r.id for r in found]))

        return keep(user, campaign_id, request, idempotency_key, body.model_dump(mode="json"), read_rows, body.dry_run)

    @router.get("/campaigns/{campaign_id}/records", response_model=TargetPage)
    def records(
        campaign_id: str,
        user: User,
        state: RecordState | None = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
    ) -> Response:
        with bo.db.read.connect() as conn:
            access.require_manager(conn, user, _campaign(conn, campaign_id))
            r = campaign_records.c
            query = select(campaign_records).where(r.campaign_id == campaign_id)
            if state is not None:
                query = query.where(r.state == state.value)
            total = conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()
            rows = conn.execute(query.order_by(r.row_number, r.id).limit(limit).offset(offset)).all()
        return JSONResponse({"items": [_record_out(x) for x in rows], "total": total, "limit": limit, "offset": offset})


def _add_work_routes(
    router: APIRouter, bo: "BackOffice", User: Any, zones: allocation.ZoneCache, pressure: Pressure, run: Run
) -> None:
    callbacks = bo.resources["callbacks"]

    @router.post(
        "/campaigns/claim-next", response_model=ClaimedTarget, responses={204: {"description": "Nothing to dial now"}}
    )
    def claim_next(request: Request, user: User, idempotency_key: IdemKey = None) -> Response:
        """The next record for the caller (an agent), claimed atomically; the record they already hold
        if they hold one. 204 when nothing of their team's campaigns may be dialled now."""
        user.require(frozenset({Role.AGENT}))

        shares = pressure.of(bo.db.read, campaign_now())

        def fn(ctx: WriteContext) -> Outcome:
            now = campaign_now()
            got = allocation.claim_next(ctx.conn, user.id, now, zones, shares)
            if got is None:
                return Outcome(204, None)
            row, campaign = got
            body = ClaimedTarget(
                record=TargetRecord.model_validate(store.record_out(row)),
                campaign_id=campaign["id"],
                campaign_name=campaign["name"],
                script=campaign["script"],
                mode=campaign["mode"],
                ring_timeout_s=campaign["ring_timeout_s"],
                machine_action=campaign["machine_action"],
                call_back_queue_from=allocation.call_back_queue_from(campaign, row, now),
            )
            return Outcome(200, body.model_dump(mode="json"))

        return run(user, request, idempotency_key, {}, None, fn)

    @router.post("/campaigns/records/{record_id}/result", response_model=TargetRecord)
    def result(
        record_id: str, body: AttemptReport, request: Request, user: User, idempotency_key: IdemKey = None
    ) -> Response:
        """An attempt's result (the SIP outcome, the agent's disposition) by the agent holding the
        record; a repeat with the same Idempotency-Key replays the first answer. A call back asked for
        after the record's last calling window before the deadline is queued in the general Call Back
        queue in the same transaction and the record is done (``callback_id``)."""

        def fn(ctx: WriteContext) -> Outcome:
            row = store.record_row(ctx.conn, record_id, lock=True)
            if row is None:
                raise not_found("campaign records")
            campaign = _campaign(ctx.conn, row.campaign_id)
            access.require_worker(ctx.conn, user, campaign)
            now = campaign_now()

            def to_queue() -> str:
                return handover.to_call_back_queue(ctx, callbacks, user, row, campaign, body, now)

            out = _record_out(allocation.report(ctx.conn, row, campaign, user.id, body, now, to_queue))
            return Outcome(200, out, out["version"])

        return run(user, request, idempotency_key, body.model_dump(mode="json"), None, fn)

    @router.post(
        "/campaigns/records/{record_id}/renew",
        response_model=TargetRecord,
        responses={409: {"description": "The caller holds no live claim on the record (`not_claimed`)"}},
    )
    def renew(record_id: str, request: Request, user: User, idempotency_key: IdemKey = None) -> Response:
        """Keep the caller's claim on the record: it lapses ``claim_expires_at`` (5 minutes after the
        last renewal) unless renewed again; the desktop renews it every minute while the record is in
        hand (preview, the call, wrap-up). Repeating it is harmless. 409 ``not_claimed`` when the
        caller holds no live claim on it (never had it, reported it, or it lapsed)."""
        user.require(access.WORKERS)

        def fn(ctx: WriteContext) -> Outcome:
            row = allocation.renew(ctx.conn, record_id, user.id, campaign_now())
            if row is None:
                if store.record_row(ctx.conn, record_id) is None:
                    raise not_found("campaign records")
                raise conflict("you hold no live claim on this record", "not_claimed")
            return Outcome(200, _record_out(row))

        return run(user, request, idempotency_key, {}, None, fn)

    @router.post(
        "/campaigns/records/{record_id}/release",
        response_model=TargetRecord,
        responses={409: {"description": "The caller holds no claim on the record (`not_claimed`)"}},
    )
    def release(record_id: str, request: Request, user: User, idempotency_key: IdemKey = None) -> Response:
        """Give the record back undialled (the agent stopped working, signed out, or its campaign was
        paused): it waits again at once, no attempt counted. 409 ``not_claimed`` when the caller holds no
        claim on it."""
        user.require(access.WORKERS)

        def fn(ctx: WriteContext) -> Outcome:
            row = allocation.release(ctx.conn, record_id, user.id, campaign_now())
            if row is None:
                if store.record_row(ctx.conn, record_id) is None:
                    raise not_found("campaign records")
                raise conflict("you hold no claim on this record", "not_claimed")
            return Outcome(200, _record_out(row))

        return run(user, request, idempotency_key, {}, None, fn)

    @router.get("/campaigns/{campaign_id}/explain", response_model=ExplainPage)
    def explain(
        campaign_id: str,
        user: User,
        skipped_only: bool = True,
        limit: Annotated[int, Query(ge=1, le=1000)] = 200,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
    ) -> Response:
        """Per record, every reason it is not dialled now (``skipped_only=false``: every record)."""
        with bo.db.read.connect() as conn:
            campaign = _campaign(conn, campaign_id)
            access.require_manager(conn, user, campaign)
            page = allocation.explain(conn, campaign, campaign_now(), limit, offset, skipped_only)
        return JSONResponse(ExplainPage.model_validate(page).model_dump(mode="json"))

    @router.get("/campaigns/{campaign_id}/progress", response_model=CampaignProgress)
    def one_progress(campaign_id: str, user: User) -> Response:
        with bo.db.read.connect() as conn:
            campaign = _campaign(conn, campaign_id)
            access.require_manager(conn, user, campaign)
            item = progress(conn, campaign, campaign_now())
        return JSONResponse(CampaignProgress.model_validate(item).model_dump(mode="json"))
