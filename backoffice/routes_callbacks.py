"""``POST /api/v1/callbacks/{id}/attempt``: the outcome of one call-back attempt (retry rules applied).

No ``from __future__ import annotations``: FastAPI reads the real annotation objects.
"""

import logging
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from backoffice.resources.tasks import CallbackResource
from backoffice.writes import RouteWrite, parse_if_match
from crm.schemas.callbacks import CallbackAttemptCreate

if TYPE_CHECKING:
    from backoffice.app import BackOffice

logger = logging.getLogger(__name__)


def add_callback_routes(
    router: APIRouter, bo: "BackOffice", write: RouteWrite, User: Any, IdemKey: Any, IfMatch: Any
) -> None:
    callbacks = bo.resources["callbacks"]
    assert isinstance(callbacks, CallbackResource)

    @router.post(
        "/callbacks/{record_id}/attempt",
        response_model=callbacks.spec.read,
        tags=["callbacks"],
        name="callback_attempt",
    )
    def attempt(
        record_id: str,
        body: CallbackAttemptCreate,
        request: Request,
        user: User,
        idempotency_key: IdemKey = None,
        if_match: IfMatch = None,
    ) -> Response:
        """Record reached / no answer / busy / wrong number; the entry leaves the queue or waits."""
        version = parse_if_match(if_match)
        return write(
            user,
            request,
            idempotency_key,
            body.model_dump(mode="json"),
            if_match,
            lambda ctx: callbacks.attempt(ctx, user, record_id, version, body),
        )
