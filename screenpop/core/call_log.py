"""The call log of a finished pop (a ``CallLogCreate`` body) and the blocklist entry of a marked call.

An incoming call's caller is the customer's number and its callee the agent's line; a call the agent
dialled (``direction`` outbound) the other way round. A call nobody answered is logged with the
phone's outcome as its disposition (:data:`NOT_REACHED` for a dialled call, :data:`UNANSWERED` for an
incoming one that asks for no wrap-up)."""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Any

from pydantic import ValidationError

from crm.schemas.common import new_id
from crm.schemas.telephony import CallLogCreate
from screenpop.core.session import ABNORMAL_KINDS, PopSession

logger = logging.getLogger(__name__)


NOT_REACHED = frozenset({"busy", "no_answer", "invalid_number", "rejected", "network_error", "cancelled"})
"""How a dialled call can end unanswered (``softphone.engine.events.Outcome`` values); each is the
disposition of its call log."""

UNANSWERED = frozenset({"missed", "rejected"})
"""How an incoming call can end unanswered: the caller hung up while it rang (or it rang out), or the
agent rejected it; the disposition of its call log when no wrap-up is asked for."""

NOT_WRAPPED_UP = "not_wrapped_up"
"""The disposition of an answered call whose wrap-up was never submitted: the agent quit anyway (or the
app was killed) before choosing one. Its log carries the times and the notes typed so far."""


def _iso(session: PopSession, monotonic: float | None) -> str | None:
    when = session.wall(monotonic)
    return when.isoformat().replace("+00:00", "Z") if when else None


def not_reached_disposition(outcome: object) -> str:
    """The disposition of a dialled call nobody answered, from the phone's outcome (``no_answer``
    when the phone gave none it knows)."""
    code = str(getattr(outcome, "value", outcome) or "")
    return code if code in NOT_REACHED else "no_answer"


def unanswered_disposition(outcome: object) -> str:
    """The disposition of an incoming call nobody answered, from the phone's outcome (``missed``
    unless the agent rejected it)."""
    code = str(getattr(outcome, "value", outcome) or "")
    return code if code in UNANSWERED else "missed"


def call_log_body(
    session: PopSession,
    *,
    disposition: str = "",
    notes: str = "",
    wrapup_seconds: float = 0.0,
    agent_line: str = "",
) -> dict[str, Any]:
    """The ``call_logs`` create body: direction, customer, numbers, DNIS, media source, times,
    durations (talk excludes the hold spans; talk + hold is answer to hang-up), disposition,
    abnormal mark and SIP Call-ID of ``session``; ``agent_line`` is the agent's own number (their SIP user):
    the callee of an incoming call, the caller of a dialled one."""
    card = session.card
    ident = card.identity
    party = (ident.number or ident.number_raw)[:40]
    # Whole seconds that add up: talk + hold is the connected time, each rounded once.
    hold = int(round(session.hold_seconds))
    talk = max(0, int(round(session.connected_seconds())) - hold)
    body: dict[str, Any] = {
        "id": session.reserved_log_id or new_id(),
        "direction": "outbound" if ident.outbound else "inbound",
        "caller": agent_line[:40] if ident.outbound else party,
        "callee": party if ident.outbound else agent_line[:40],
        "dnis": (ident.dnis or ident.dnis_raw)[:40],
        "ring_at": _iso(session, session.ring_monotonic),
        "answer_at": _iso(session, session.answer_monotonic),
        "end_at": _iso(session, session.end_monotonic),
        "talk_seconds": talk,
        "hold_seconds": hold,
        "wrapup_seconds": int(round(max(0.0, wrapup_seconds))),
        "disposition": disposition[:200],
        "abnormal": bool(session.abnormal),
        "abnormal_reason": session.abnormal if session.abnormal in ABNORMAL_KINDS else "",
        "sip_call_id": session.sip_call_id[:200],
        "notes": notes[:4000],
    }
    if card.customer is not None:
        body["customer_id"] = card.customer.id
    if card.media_source is not None and card.media_source.id:
        body["media_source_id"] = card.media_source.id
    return {k: v for k, v in body.items() if v is not None}


ESSENTIAL = frozenset({"id", "direction", "ring_at"})
"""Fields a call log cannot be saved without; any other field the contract refuses is set aside."""


def checked_call_log(body: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """``body`` as the contract takes it, and the names of the fields changed to get there (each
    logged): an answer before the ring is moved to the ring, an end before the call started to its
    start; any other field the contract refuses but the log can do without (a customer id that is not
    one, a duration out of range) is left out, its value added to the notes so nothing is lost.
    Raises pydantic's ``ValidationError`` when an essential field (direction, ring time) is refused."""
    checked, changed = dict(body), []
    ring = _parsed(checked.get("ring_at"))
    answer = _parsed(checked.get("answer_at"))
    if ring is not None and answer is not None and answer < ring:
        checked["answer_at"], answer = checked["ring_at"], ring
        changed.append("answer_at")
    start = answer or ring
    end = _parsed(checked.get("end_at"))
    if start is not None and end is not None and end < start:
        checked["end_at"] = checked["answer_at" if answer is not None else "ring_at"]
        changed.append("end_at")
    if changed:
        logger.warning(
            "call log %s: %s before the call's earlier time; moved to it (was %s)",
            checked.get("id", ""),
            " and ".join(changed),
            ", ".join(f"{name}={body.get(name)}" for name in ("ring_at", "answer_at", "end_at")),
        )
    try:
        CallLogCreate.model_validate(checked)
    except ValidationError as exc:
        errors = exc.errors()
        refused = sorted({str(e["loc"][0]) for e in errors if e.get("loc")})
        if len(refused) == 0 or any(not e.get("loc") for e in errors) or set(refused) & (ESSENTIAL | {"notes"}):
            raise  # an essential field (or the notes themselves): nothing to do without it
        kept = "; ".join(f"{name}: {checked.pop(name)!s}"[:200] for name in refused)
        checked["notes"] = "\n".join(filter(None, (str(checked.get("notes", "")), kept)))[:4000]
        logger.warning(
            "call log %s: %s refused by the contract; left out, kept in its notes",
            checked.get("id", ""),
            ", ".join(refused),
        )
        changed += refused
        CallLogCreate.model_validate(checked)
    return checked, changed


def _parsed(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None  # not a time at all: the contract's check says so
    return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)


def blocklist_body(session: PopSession, reason: str) -> dict[str, Any] | None:
    """The ``blocklist`` create body for the caller of ``session`` (None without a usable number)."""
    ident = session.card.identity
    number = ident.number or ident.number_raw
    if not number or ident.withheld:
        return None
    return {"number": number, "reason": reason[:200]}
