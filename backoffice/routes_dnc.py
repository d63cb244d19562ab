"""The do-not-call list (``/api/v1/dnc``): list, add, remove, and a manual dial's check; see
:mod:`backoffice.campaigns.dnc` and docs/backoffice.md ("Campaigns").

No ``from __future__ import annotations``: FastAPI reads the real annotation objects.
"""

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import select

from backoffice import tables as t
from backoffice.campaigns import access, dnc
from backoffice.db import WriteContext
from backoffice.errors import field_error, forbidden, not_found
from backoffice.resources.base import now_utc
from backoffice.security import Principal
from backoffice.writes import Outcome
from crm.phones import try_normalize_phone
from crm.schemas import Role
from crm.schemas.campaigns import DialCheck, DialVerdict, DncCreate, DncEntry, DncPage

if TYPE_CHECKING:
    from backoffice.app import BackOffice

logger = logging.getLogger(__name__)

IdemKey = Annotated[str | None, Header(description="Idempotency-Key: a UUID; repeats replay the first result")]
Run = Callable[[Principal, Request, str | None, Any, str | None, Callable[[WriteContext], Outcome]], Response]
"""A write run as one idempotent transaction (:meth:`backoffice.writes.WriteRunner.run`)."""


def add_dnc_routes(router: APIRouter, bo: "BackOffice", User: Any, run: Run) -> None:
    def normalized(number: str | None, loc: tuple[str, ...]) -> str | None:
        if number is None:
            return None
        value = try_normalize_phone(number)
        if value is None:
            raise field_error(loc, "not a phone number")
        return value

    @router.get("/dnc", response_model=DncPage, tags=["dnc"])
    def list_dnc(
        user: User,
        number: Annotated[str | None, Query(max_length=40)] = None,
        customer_id: Annotated[str | None, Query(max_length=36)] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
    ) -> Response:
        user.require(access.WORKERS)
        with bo.db.read.connect() as conn:
            page = dnc.page(conn, normalized(number, ("query", "number")), customer_id, limit, offset)
        return JSONResponse(DncPage.model_validate(page).model_dump(mode="json"))

    @router.post("/dnc", response_model=DncEntry, status_code=201, tags=["dnc"])
    def add_dnc(body: DncCreate, request: Request, user: User, idempotency_key: IdemKey = None) -> Response:
        """Agents (a customer asking on the phone) and supervisors add; the entry is respected at once."""
        user.require(access.WORKERS)
        number = normalized(body.number, ("body", "number"))

        def fn(ctx: WriteContext) -> Outcome:
            if body.customer_id is not None:
                if (
                    ctx.conn.execute(select(t.customers.c.id).where(t.customers.c.id == body.customer_id)).first()
                    is None
                ):
                    raise field_error(("body", "customer_id"), "no such customer", "not_found")
            now = now_utc()
            made = dnc.add(ctx.conn, number, body.customer_id, body.source.value, body.note, user.id, now)
            dnc.mark_records(ctx.conn, number, body.customer_id, now)
            return Outcome(201, DncEntry.model_validate(made).model_dump(mode="json"))

        return run(user, request, idempotency_key, body.model_dump(mode="json"), None, fn)

    @router.delete("/dnc/{entry_id}", status_code=204, tags=["dnc"])
    def remove_dnc(entry_id: str, request: Request, user: User, idempotency_key: IdemKey = None) -> Response:
        """Supervisors and admins only."""
        user.require(access.MANAGERS)

        def fn(ctx: WriteContext) -> Outcome:
            if not dnc.remove(ctx.conn, entry_id):
                raise not_found("dnc")
            return Outcome(204, None)

        return run(user, request, idempotency_key, {}, None, fn)

    @router.get("/dnc/check", response_model=DialCheck, tags=["dnc"])
    def check(number: Annotated[str, Query(min_length=1, max_length=40)], user: User) -> Response:
        """May a manual dial go to ``number``: ``allowed``, ``warn`` (on the list; the policy lets the
        agent go on after a warning) or ``forbidden`` (``BACKOFFICE_DNC_MANUAL_DIAL=forbid``)."""
        if user.role is Role.LOGISTICS:
            raise forbidden()
        value = normalized(number, ("query", "number"))
        assert value is not None
        with bo.db.read.connect() as conn:
            entries = dnc.entries_for(conn, value)
        if not entries:
            verdict = DialVerdict.ALLOWED
        else:
            verdict = DialVerdict.FORBIDDEN if bo.policy.dnc_manual_dial == "forbid" else DialVerdict.WARN
        body = DialCheck(verdict=verdict, entries=[DncEntry.model_validate(e) for e in entries])
        return JSONResponse(body.model_dump(mode="json"))
