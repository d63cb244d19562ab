"""One INFO line in the log per pop: the identity the call carried and what the card became, so support
can tell why a card popped as it did.

The caller's number and the DNIS are masked (:func:`crm.phones.mask_number`, the setting
``crm.log_number_digits``); the headers they came from are named. The headers the card reads by name
(customer id, order number, IVR path, queue) are logged with their values, which are ids and paths, not
numbers (an id that did not look like one was ignored, and the line says so); other X- headers by name
only. The result: the customer and what found them (the customer id sent with the call, the number, the
agent's choice), several candidates, or a new caller and why; the source (local store or CRM) and
whether the CRM was offline.
"""

from __future__ import annotations

import logging

from crm.phones import mask_number
from screenpop.core.config import PopConfig
from screenpop.core.identity import CallerIdentity
from screenpop.core.models import FOUND_BY_CHOICE, FOUND_BY_CUSTOMER_ID, FOUND_BY_NUMBER, CardModel, PopKind

logger = logging.getLogger(__name__)


def log_pop(card: CardModel, config: PopConfig, visible_digits: int, not_looked_up: str = "") -> None:
    """Log ``card``'s pop at INFO; ``not_looked_up`` says why no lookup ran (no store yet, it failed)."""
    logger.info("screen-pop of call %s: %s", card.call_id, describe_pop(card, config, visible_digits, not_looked_up))


def describe_pop(card: CardModel, config: PopConfig, visible_digits: int, not_looked_up: str = "") -> str:
    """``<identity> -> <result>`` as :func:`log_pop` writes it."""
    return f"{describe_identity(card.identity, config, visible_digits)} -> {_result(card, config, not_looked_up)}"


def describe_identity(identity: CallerIdentity, config: PopConfig, visible_digits: int) -> str:
    """The identity headers a pop used, numbers masked."""
    parts = [_caller(identity, visible_digits)]
    if identity.dnis_raw:
        dnis = mask_number(identity.dnis or identity.dnis_raw, visible_digits)
        parts.append(f"DNIS {dnis} from {identity.dnis_source or '?'}")
    named = (
        (config.customer_id_header, identity.customer_id),
        (config.order_number_header, identity.order_number),
        (config.ivr_path_header, identity.ivr_path),
        (config.queue_header, identity.queue),
    )
    for name, value in named:
        if value:
            parts.append(f"{name}={value}")
        elif name and name.lower() in identity.attached:
            parts.append(f"{name} ignored (not an id)")
    read = {name.lower() for name, _value in named}
    others = sorted(name for name in identity.attached if name not in read)
    if others:
        parts.append("other X- headers: " + ", ".join(others))
    return "; ".join(parts)


def _caller(identity: CallerIdentity, visible_digits: int) -> str:
    number = mask_number(identity.number or identity.number_raw, visible_digits)
    if identity.outbound:
        return f"dialled {number}" if number else "dialled a SIP user (no number)"
    if not number:
        return "caller withheld" if identity.withheld else "caller number unknown"
    privacy = " (privacy asked, not honoured)" if identity.withheld else ""
    return f"caller {number} from {identity.source or '?'}{privacy}"


def _result(card: CardModel, config: PopConfig, not_looked_up: str) -> str:
    where = "CRM" if card.origin == "crm" else "local store"
    if card.offline:
        where += ", CRM offline"
    if not_looked_up:
        return f"not looked up: {not_looked_up} ({where})"
    if card.kind == PopKind.CUSTOMER and card.customer is not None:
        found_by = {
            FOUND_BY_CUSTOMER_ID: config.customer_id_header,
            FOUND_BY_NUMBER: "number",
            FOUND_BY_CHOICE: "the agent's choice",
        }.get(card.found_by, "?")
        text = f"customer {card.customer.id} found by {found_by}"
    elif card.kind == PopKind.CHOOSE:
        text = f"{len(card.candidates)} customers share the number: the agent chooses"
    else:
        identity = card.identity
        if identity.number:
            why = "nobody has the number"
        elif identity.withheld:
            why = "number withheld"
        else:
            why = "no phone number to look up"
        text = f"new caller: {why}"
    notes = "".join(f"; {note}" for note in card.notes)  # e.g. the customer id sent with the call is unknown
    return f"{text} ({where}){notes}"
