"""Pop assembly: from a caller identity and a :class:`PopSource` to the :class:`CardModel` to paint.

A customer id from the headers wins over the number; several customers on one number give a
"choose" card; nobody gives a "new caller" card. The same assembly runs against the local store at
ring time and against the CRM for the background refresh. At ring time it runs in two steps: who is
calling (``records=False``: index probes only, on the GUI thread, so the card's first paint names the
caller) and then that customer's records (:func:`with_records`, in the background).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime, timezone
from typing import TypedDict, Unpack

from crm.i18n import QT_TRANSLATE_NOOP
from screenpop.core.config import PopConfig
from screenpop.core.identity import CallerIdentity
from screenpop.core.models import (
    FOUND_BY_CHOICE,
    FOUND_BY_CUSTOMER_ID,
    FOUND_BY_NUMBER,
    CardModel,
    CustomerInfo,
    MediaSourceInfo,
    PopKind,
    TimelineEntry,
    TimelineKind,
)
from screenpop.core.source import PopSource

logger = logging.getLogger(__name__)

MAX_CANDIDATES = 10
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


class _CardCommon(TypedDict):
    """The :class:`CardModel` fields every kind of card of one assembly shares."""

    call_id: str
    identity: CallerIdentity
    media_source: MediaSourceInfo | None
    offline: bool
    origin: str


class _CustomerCardCommon(_CardCommon):
    notes: tuple[str, ...]
    found_by: str


def assemble_pop(
    call_id: str,
    identity: CallerIdentity,
    source: PopSource,
    config: PopConfig | None = None,
    *,
    offline: bool = False,
    origin: str = "local",
    chosen_customer_id: str = "",
    records: bool = True,
) -> CardModel:
    """Build the card for ``identity`` from ``source``.

    ``chosen_customer_id`` is the agent's pick from a chooser (it wins over everything, so a refresh
    keeps the choice). ``records=False``: a customer's card without their history, complaints, orders
    and to-dos (fill them in with :func:`with_records`). Errors from ``source`` propagate (the caller
    decides about offline).
    """
    config = config or PopConfig()
    notes: list[str] = []
    media = _media(source, identity)
    common = _CardCommon(call_id=call_id, identity=identity, media_source=media, offline=offline, origin=origin)

    def _found(customer: CustomerInfo, found_by: str) -> CardModel:
        if records:
            return _customer_card(customer, source, config, notes=tuple(notes), found_by=found_by, **common)
        return CardModel(kind=PopKind.CUSTOMER, customer=customer, notes=tuple(notes), found_by=found_by, **common)

    for wanted, found_by in ((chosen_customer_id, FOUND_BY_CHOICE), (identity.customer_id, FOUND_BY_CUSTOMER_ID)):
        if not wanted:
            continue
        customer = source.customer_by_id(wanted)
        if customer is not None:
            return _found(customer, found_by)
        if wanted == identity.customer_id:
            notes.append(QT_TRANSLATE_NOOP("Pop", "The customer id sent with the call is unknown."))

    candidates: list[CustomerInfo] = []
    if identity.number:
        candidates = list(source.customers_by_phone(identity.number, MAX_CANDIDATES))[:MAX_CANDIDATES]
    if len(candidates) == 1:
        return _found(candidates[0], FOUND_BY_NUMBER)
    if len(candidates) > 1:
        return CardModel(kind=PopKind.CHOOSE, candidates=tuple(candidates), notes=tuple(notes), **common)
    return CardModel(kind=PopKind.NEW_CALLER, notes=tuple(notes), **common)


def reread_customer(card: CardModel, source: PopSource, config: PopConfig | None = None) -> CardModel | None:
    """``card`` with its customer and their records (complaints, orders, history, to-dos) read again
    from ``source`` after they changed; the rest of the card (call, identity, badge) stays. None for a
    card without a customer, or whose customer ``source`` no longer has. Errors from ``source`` propagate.
    """
    if card.customer is None:
        return None
    customer = source.customer_by_id(card.customer.id)
    if customer is None:
        return None
    return with_records(replace(card, customer=customer, origin="local"), source, config)


def with_records(card: CardModel, source: PopSource, config: PopConfig | None = None) -> CardModel:
    """``card`` (a customer's) with that customer's complaints, orders, history and to-dos read from
    ``source``; the rest of the card stays. Errors from ``source`` propagate."""
    if card.customer is None:
        return card
    return _customer_card(
        card.customer,
        source,
        config or PopConfig(),
        call_id=card.call_id,
        identity=card.identity,
        media_source=card.media_source,
        offline=card.offline,
        origin=card.origin,
        notes=card.notes,
        found_by=card.found_by,
    )


def _media(source: PopSource, identity: CallerIdentity) -> MediaSourceInfo | None:
    for dnis in (identity.dnis, identity.dnis_raw):
        if dnis:
            found = source.media_source(dnis)
            if found is not None:
                return found
    return None


def _customer_card(
    customer: CustomerInfo, source: PopSource, config: PopConfig, **common: Unpack[_CustomerCardCommon]
) -> CardModel:
    complaints = tuple(sorted(source.complaints(customer.id), key=lambda c: (not c.is_open, _neg_time(c.opened_at))))
    orders = tuple(
        sorted(source.recent_orders(customer.id, config.orders_limit), key=lambda o: _neg_time(o.created_at))
    )[: config.orders_limit]
    entries = list(source.history(customer.id, config.history_limit))
    known = {(e.kind, e.ref_id) for e in entries if e.ref_id}
    for order in orders:
        if (TimelineKind.ORDER, order.id) not in known:
            entries.append(TimelineEntry(order.created_at, TimelineKind.ORDER, order.number, order.status, order.id))
    for complaint in complaints:
        if (TimelineKind.COMPLAINT, complaint.id) not in known:
            entries.append(
                TimelineEntry(
                    complaint.opened_at,
                    TimelineKind.COMPLAINT,
                    complaint.summary or complaint.category,
                    complaint.status,
                    complaint.id,
                )
            )
    timeline = tuple(newest_first(entries)[: config.history_limit])
    todos = tuple(source.open_todos(customer.id))
    return CardModel(
        kind=PopKind.CUSTOMER,
        customer=customer,
        timeline=timeline,
        complaints=complaints,
        orders=orders,
        todos=todos,
        **common,
    )


def newest_first(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """Sort newest first; entries without a time go last; naive times count as UTC."""
    return sorted(entries, key=lambda e: _neg_time(e.when))


def _neg_time(when: datetime | None) -> tuple[int, float]:
    if when is None:
        return (1, 0.0)
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return (0, -(when - _EPOCH).total_seconds())
