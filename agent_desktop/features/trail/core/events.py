"""Trail events as the back office takes them (the contract's ``TrailEvent``), built on the desktop."""

from __future__ import annotations

import time
from datetime import datetime, timezone
from enum import StrEnum
from typing import Any

TEXT_MAX = 200
REF_MAX = 64


class Kind(StrEnum):
    """What the agent did."""

    CALL_ANSWERED = "call_answered"
    CALL_DIALLED = "call_dialled"
    CALL_ENDED = "call_ended"
    CUSTOMER_OPENED = "customer_opened"
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
    ACTION = "action"
    STATE_CHANGED = "state_changed"
    SEARCHED = "searched"
    EXPORTED = "exported"
    CALL_LIST = "call_list"


def _clip(value: object, limit: int = TEXT_MAX) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def trail_event(
    kind: str,
    label: object = "",
    *,
    detail: object = None,
    entity: str | None = None,
    ref_id: object = None,
    call_ref: str | None = None,
    at: float | None = None,
) -> dict[str, Any]:
    """One event (a new id; ``at`` the wall clock, epoch seconds, now when not given), its texts
    clipped to what the back office takes so a long name never holds the queue up."""
    import uuid  # on the first event: the module (and the platform probe it runs) is not needed before the window

    when = datetime.fromtimestamp(time.time() if at is None else at, timezone.utc)
    body: dict[str, Any] = {"id": str(uuid.uuid4()), "at": when.isoformat(), "kind": kind, "label": _clip(label)}
    if detail is not None and str(detail):
        body["detail"] = _clip(detail)
    if entity:
        body["entity"] = entity
    if ref_id is not None and str(ref_id):
        body["ref_id"] = _clip(ref_id, REF_MAX)
    if call_ref:
        body["call_ref"] = call_ref
    return body
