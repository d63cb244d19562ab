"""Customer search conditions, shared by the local store search and the CRM client (no Qt).

The conditions are the contract's :class:`crm.schemas.CustomerSearch` (one model for every side: the
back office's ``GET /customers/search``, :mod:`crm.store.search` and the search form), without its
``limit``/``offset``. This module builds it from loose form values, turns it into request parameters,
(de)serialises it for saved searches, and gives the range bounds both sides agree on.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from typing import Any

from crm.schemas import CustomerSearch

logger = logging.getLogger(__name__)

PAGING = frozenset({"limit", "offset"})
CONDITIONS: tuple[str, ...] = tuple(n for n in CustomerSearch.model_fields if n not in PAGING)
"""Every condition field, in the contract's order."""
TEXT_CONDITIONS: tuple[str, ...] = ("name", "phone", "city", "region", "tag", "product_sku")
"""Conditions typed as free text by the agent."""

SORT_KEYS: tuple[str, ...] = ("name", "city", "vip_level", "last_contact_at", "created_at")
"""Result columns either side can sort by."""


def make_conditions(**values: Any) -> CustomerSearch:
    """Conditions from form values: empty strings and None mean "any"; raises pydantic's
    ValidationError for a value the contract refuses (a date range is not checked for order)."""
    given = {k: v for k, v in values.items() if v is not None and not (isinstance(v, str) and not v.strip())}
    unknown = set(given) - set(CONDITIONS)
    if unknown:
        raise ValueError(f"unknown search conditions: {sorted(unknown)}")
    return CustomerSearch.model_validate(given)


def given(q: CustomerSearch) -> dict[str, Any]:
    """The conditions set in ``q`` as JSON-ready values (enums and dates as strings)."""
    return q.model_dump(mode="json", exclude_none=True, exclude=set(PAGING))


def to_params(q: CustomerSearch, *, limit: int, offset: int) -> dict[str, Any]:
    """Query parameters of ``GET /customers/search`` for one page."""
    params = given(q)
    params.update(limit=limit, offset=offset)
    return params


def dumps(q: CustomerSearch) -> str:
    """The conditions as JSON text (a saved search)."""
    return json.dumps(given(q), ensure_ascii=False, sort_keys=True)


def loads(text: str) -> CustomerSearch:
    """Conditions saved by :func:`dumps` (unknown keys from another version are ignored)."""
    data = json.loads(text) if text else {}
    return make_conditions(**{k: v for k, v in data.items() if k in CONDITIONS})


def parse_time(text: str | None) -> datetime | None:
    """An API time string (``...Z``) as an aware datetime; None for None/empty."""
    if not text:
        return None
    return datetime.fromisoformat(str(text).replace("Z", "+00:00")).astimezone(timezone.utc)
