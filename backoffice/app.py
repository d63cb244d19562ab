"""The FastAPI application of the reference back office."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from anyio import to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from backoffice.catalog import all_resources
from backoffice.checkpoints import checkpointer_for
from backoffice.db import Database
from backoffice.documents import fill_in_background
from backoffice.edge import EdgeGuard
from backoffice.errors import install_handlers
from backoffice.event_bus import EventBus
from backoffice.openapi_doc import install as document_answers
from backoffice.param_schemas import hide_parameter_alias_warnings
from backoffice.policy import SecurityPolicy
from backoffice.recording_retention import RecordingPurger
from backoffice.reports.preparation import Rollups
from backoffice.reports.routes import build_reports_router
from backoffice.reports.row_cache import RowCache
from backoffice.resources.base import Resource
from backoffice.routes_campaigns import build_campaigns_router
from backoffice.routes_coaching import build_coaching_router
from backoffice.routes_events import build_events_router
from backoffice.routes_logistics import build_logistics_router
from backoffice.routes_monitor import build_monitor_router
from backoffice.routes_presence import build_presence_router
from backoffice.routes_prices import build_prices_router
from backoffice.routes_quality import build_quality_router
from backoffice.routes_recordings import build_recordings_router
from backoffice.routes_screenview import build_screenview_router
from backoffice.routes_trail import build_trail_router
from backoffice.security import TokenStore
from backoffice.writes import WriteRunner

logger = logging.getLogger(__name__)

WORKER_THREADS = int(os.environ.get("BACKOFFICE_THREADS", "16"))


@dataclass
class BackOffice:
    """Everything a request handler needs (``app.state.bo``)."""

    db: Database
    policy: SecurityPolicy = field(default_factory=SecurityPolicy)
    tokens: TokenStore = field(init=False)
    writes: WriteRunner = field(init=False)
    resources: dict[str, Resource] = field(init=False)
    events: EventBus = field(init=False)
    """Live events for the clients' ``/events/stream`` (fanned out across workers)."""
    rollups: Rollups = field(init=False)
    """The reports' roll-ups, prepared in the background from the server's start."""
    report_rows: RowCache = field(default_factory=RowCache)
    """Reports' rows as last encoded (a refreshed report derives only the cells that changed)."""
    recording_purge: RecordingPurger = field(init=False)
    """Deletes the recordings past the centre's retention (its thread runs while the server does)."""

    def __post_init__(self) -> None:
        self.events = EventBus(self.db)
        self.rollups = Rollups(self.db)
        self.recording_purge = RecordingPurger(self.db)
        self.tokens = TokenStore(self.db, self.policy.login)
        self.writes = WriteRunner(self.db, self.policy.secrets)
        items = all_resources()
        self.resources = {r.name: r for r in items}
        self.resources["orders"].max_discount_pct = self.policy.max_discount_pct  # type: ignore[attr-defined]
        self.db.documents.register(items)


def _clean_msg(msg: str) -> str:
    return msg[len("Value error, ") :] if msg.startswith("Value error, ") else msg


def _validation_body(exc: RequestValidationError) -> dict[str, Any]:
    # never echo the input back: it may hold a password
    return {
        "detail": [
            {
                "loc": list(e.get("loc", ())),
                "msg": _clean_msg(str(e.get("msg", ""))),
                "type": e.get("type", "value_error"),
            }
            for e in exc.errors()
        ]
    }


def create_app(db: Database | str, *, create_schema: bool = True, policy: SecurityPolicy | None = None) -> FastAPI:
    """The back-office app over ``db`` (a :class:`Database` or a URL / SQLite path); ``policy``
    defaults to the one the environment configures (:mod:`backoffice.policy`)."""
    from backoffice.routes import build_router
    from backoffice.routes_auth import build_auth_router

    database = db if isinstance(db, Database) else Database(db)
    hide_parameter_alias_warnings()  # FastAPI's own parameter aliases, seen by deferred models
    if create_schema:
        database.create_schema()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Fewer worker threads than anyio's 40: with the GIL, a writer holding the database's write
        # lock otherwise shares the CPU with dozens of threads and everyone waits longer.
        to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
        fill_in_background(database)  # rows from before feed documents existed
        _app.state.bo.rollups.start()  # a first roll-up after an upgrade is long: not in a report's request
        _app.state.bo.recording_purge.start()
        checkpointer = checkpointer_for(database)
        if checkpointer is not None:
            database.after_commit.add(checkpointer.wrote)
        yield
        _app.state.bo.recording_purge.stop()
        if checkpointer is not None:
            database.after_commit.remove(checkpointer.wrote)
            checkpointer.stop()

    app = FastAPI(
        title="Agent Desktop back office",
        version="1",
        lifespan=lifespan,
        description="Reference CRM API for Agent Desktop (see docs/api-conventions.md).",
    )
    app.state.bo = BackOffice(database, policy or SecurityPolicy.from_env())
    app.add_middleware(EdgeGuard, policy=app.state.bo.policy)  # before routing, parsing and sign-in
    install_handlers(app)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(_validation_body(exc), status_code=422)

    app.include_router(build_auth_router(app.state.bo))
    app.include_router(build_router(app.state.bo))
    app.include_router(build_logistics_router(app.state.bo))
    app.include_router(build_presence_router(app.state.bo))
    app.include_router(build_events_router(app.state.bo))
    app.include_router(build_coaching_router(app.state.bo))
    app.include_router(build_prices_router(app.state.bo))
    app.include_router(build_screenview_router(app.state.bo))
    app.include_router(build_monitor_router(app.state.bo))
    app.include_router(build_trail_router(app.state.bo))
    app.include_router(build_recordings_router(app.state.bo))
    app.include_router(build_quality_router(app.state.bo))
    app.include_router(build_reports_router(app.state.bo))
    app.include_router(build_campaigns_router(app.state.bo))
    document_answers(app)  # /openapi.json: every route's error answers and header formats
    return app
