"""The call log of a finished pop (a ``CallLogCreate`` body) and the blocklist entry of a marked call."""
from __future__ import annotations

import logging
from typing import Any

from crm.schemas.common import new_id

from screenpop.core.session import ABNORMAL_KINDS, PopSession

logger = logging.getLogger(__name__)


def _iso(session: PopSession, monotonic: float | None) -> str | None:
    when = session.wall(monotonic)
    return when.isoformat().replace("+00:00", "Z") if when else None


def call_log_body(
    session: PopSession, *, disposition: str = "", notes: str = "", wrapup_seconds: float = 0.0,
    direction: str = "inbound", callee: str = "",
) -> dict[str, Any]:
    """The ``call_logs`` create body: customer, numbers, DNIS, media source, times, durations,
    disposition and abnormal mark of ``session``."""
    card = session.card
    ident = card.identity
    body: dict[str, Any] = {
        "id": new_id(),
        "direction": direction,
        "caller": (ident.number or ident.number_raw)[:40],
        "callee": callee[:40],
        "dnis": (ident.dnis or ident.dnis_raw)[:40],
        "ring_at": _iso(session, session.ring_monotonic),
        "answer_at": _iso(session, session.answer_monotonic),
        "end_at": _iso(session, session.end_monotonic),
        "talk_seconds": int(round(session.talk_seconds())),
        "hold_seconds": int(round(session.hold_seconds)),
        "wrapup_seconds": int(round(max(0.0, wrapup_seconds))),
        "disposition": disposition[:200],
        "abnormal": bool(session.abnormal),
        "abnormal_reason": session.abnormal if session.abnormal in ABNORMAL_KINDS else "",
        "notes": notes[:4000],
    }
    if card.customer is not None:
        body["customer_id"] = card.customer.id
    if card.media_source is not None and card.media_source.id:
        body["media_source_id"] = card.media_source.id
    return {k: v for k, v in body.items() if v is not None}


def blocklist_body(session: PopSession, reason: str) -> dict[str, Any] | None:
    """The ``blocklist`` create body for the caller of ``session`` (None without a usable number)."""
    ident = session.card.identity
    number = ident.number or ident.number_raw
    if not number or ident.withheld:
        return None
    return {"number": number, "reason": reason[:200]}
