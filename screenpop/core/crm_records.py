"""The pop's record reads answered by the CRM over HTTP (the background refresh after the local pop).

Uses the list filters of the back office (``GET /{entity}?customer_id=…``, newest first) and
``GET /{entity}/{id}``. Any failure to reach the CRM raises :class:`crm.client_errors.CrmError`
subclasses; the caller shows the offline badge.
"""

from __future__ import annotations

import logging
from typing import Any, cast

from crm.client import CrmClient
from crm.client_errors import NotFound
from crm.records import CustomerRecord

logger = logging.getLogger(__name__)

_NUMBER_FILTER = {"media_sources": "dnis", "orders": "number", "blocklist": "number", "products": "sku"}


class CrmRecords:
    """The :class:`screenpop.core.record_source.Records` reads, served by the CRM."""

    def __init__(self, client: CrmClient) -> None:
        self._client = client

    def _items(self, entity: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        resp = self._client.request("GET", f"/{entity}", params=params)
        return list(resp.json().get("items") or [])

    def get(self, entity: str, record_id: str) -> dict[str, Any] | None:
        try:
            return self._client.get_raw(entity, record_id)
        except NotFound:
            return None

    def customers_by_phone(self, raw: str) -> list[CustomerRecord]:
        return cast("list[CustomerRecord]", self._items("customers", {"phone": raw, "limit": 10}))

    def related(self, entity: str, customer_id: str, *, limit: int = 50) -> list[dict[str, Any]]:
        return self._items(entity, {"customer_id": customer_id, "limit": max(1, min(limit, 500))})

    def by_number(self, entity: str, number: str) -> dict[str, Any] | None:
        field = _NUMBER_FILTER.get(entity)
        if field is None:
            raise ValueError(f"{entity} has no number")
        items = self._items(entity, {field: number, "limit": 1})
        return items[0] if items else None
