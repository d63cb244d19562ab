"""Call recording endpoints (see :mod:`crm.schemas.recordings` for the protocol).

* ``GET``/``PUT /recordings/settings``: the centre's retention (every caller reads it, admins change it).
* ``PUT /recordings/{id}``: declare a recording (idempotent: the client's id).
* ``PUT /recordings/{id}/content?offset=N``: a piece of its bytes (resumable, a repeat is ignored).
* ``GET /recordings?customer_id=&call_log_id=``: the recordings the caller may hear.
* ``GET /recordings/{id}/content``: the file.

Agents, supervisors and admins only (a logistics user has no calls): 403 for the others.

No ``from __future__ import annotations``: FastAPI reads the real annotation objects.
"""

import logging
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from backoffice import recordings as rec
from backoffice.db import write_tx
from backoffice.errors import ApiError
from backoffice.openapi_doc import answer
from backoffice.recording_retention import read_retention, write_retention
from backoffice.resources.base import audit, now_utc
from backoffice.routes_auth import signed_in
from backoffice.security import Principal
from crm.schemas import API_PREFIX, Role
from crm.schemas.recordings import (
    MAX_CHUNK_BYTES,
    MEDIA_TYPES,
    RecordingDeclare,
    RecordingList,
    RecordingRead,
    RecordingSettingsRead,
    RecordingSettingsUpdate,
)

if TYPE_CHECKING:
    from backoffice.app import BackOffice

logger = logging.getLogger(__name__)

_CALLERS = frozenset({Role.AGENT, Role.SUPERVISOR})
"""Who has calls to record and hear (admins may do everything)."""


def build_recordings_router(bo: "BackOffice") -> APIRouter:
    router = APIRouter(prefix=API_PREFIX + "/recordings", tags=["recordings"])
    User = Annotated[Principal, Depends(signed_in(bo))]

    @router.get("/settings", response_model=RecordingSettingsRead)
    def get_settings(user: User) -> RecordingSettingsRead:
        """How long the centre keeps recordings."""
        user.require(_CALLERS)
        with bo.db.read.connect() as conn:
            return RecordingSettingsRead.model_validate(read_retention(conn))

    @router.put("/settings", response_model=RecordingSettingsRead)
    def put_settings(body: RecordingSettingsUpdate, user: User) -> RecordingSettingsRead:
        """Change how long the centre keeps recordings (admins); it applies to every recording at once."""
        user.require(frozenset())
        with write_tx(bo.db) as ctx:
            saved = write_retention(ctx.conn, body.retention_days, user.id)
            audit(ctx, user, "update", "recording_settings", None, body.model_dump(mode="json"))
        bo.recording_purge.changed()
        return RecordingSettingsRead.model_validate(saved)

    @router.put("/{recording_id}", response_model=RecordingRead, responses=answer(409, "The id is another recording's"))
    def declare(recording_id: str, body: RecordingDeclare, user: User) -> RecordingRead:
        """Declare a recording of the signed-in user; a repeat answers the recording as held."""
        user.require(_CALLERS)
        if len(recording_id) > 36:
            raise ApiError(422, "a recording id is a UUID", "value_error")
        with write_tx(bo.db) as ctx:
            declared = rec.declare(ctx.conn, user, recording_id, body, now_utc())
        bo.recording_purge.changed()
        return declared

    def store_piece(user: Principal, recording_id: str, offset: int, data: bytes) -> RecordingRead:
        with write_tx(bo.db) as ctx:
            return rec.append(ctx.conn, user, recording_id, offset, data)

    @router.put(
        "/{recording_id}/content",
        response_model=RecordingRead,
        openapi_extra={"requestBody": {"required": True, "content": {"application/octet-stream": {}}}},
        responses=answer(409, "The piece starts beyond what the back office holds (`offset_gap`)"),
    )
    async def put_content(
        recording_id: str,
        user: User,
        request: Request,
        offset: int = Query(ge=0, le=2**40, description="Where in the file this piece starts"),
    ) -> RecordingRead:
        """A piece of the recording's bytes; the answer's ``received`` says where to go on."""
        user.require(_CALLERS)
        data = await request.body()
        if not data or len(data) > MAX_CHUNK_BYTES:
            raise ApiError(413, f"a piece has 1 to {MAX_CHUNK_BYTES} bytes", "too_large")
        return await run_in_threadpool(store_piece, user, recording_id, offset, data)

    @router.get("", response_model=RecordingList)
    def list_recordings(
        user: User,
        customer_id: str | None = Query(None, max_length=36),
        call_log_id: str | None = Query(None, max_length=36),
    ) -> RecordingList:
        """The complete recordings of a customer or a call that the caller may hear, newest first."""
        user.require(_CALLERS)
        with bo.db.read.connect() as conn:
            return RecordingList(items=rec.visible(conn, user, customer_id, call_log_id, now_utc()))

    @router.get(
        "/{recording_id}/content",
        response_class=Response,
        responses={200: {"content": {kind: {} for kind in MEDIA_TYPES}, "description": "The recording"}},
    )
    def get_content(recording_id: str, user: User) -> Response:
        """The recording's file, for those who may hear it (404 for everybody else)."""
        user.require(_CALLERS)
        with bo.db.read.connect() as conn:
            media_type, data = rec.content(conn, user, recording_id, now_utc())
        return Response(data, media_type=media_type, headers={"Cache-Control": "no-store"})

    return router
