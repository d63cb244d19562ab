"""The logistics calls of the CRM (see crm.schemas.logistics), blocking: run them through ctx.tasks."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any, cast

from crm.client import CrmClient
from crm.records import LogisticsOrderRecord, OrderRecord
from crm.schemas import new_id
from crm.schemas.logistics import CourierRule, match_courier

logger = logging.getLogger(__name__)


class LogisticsCalls:
    """Courier rules, the sorting queue, sorting and shipping over one signed-in client."""

    def __init__(self, client: CrmClient) -> None:
        self.client = client

    def rules(self) -> list[CourierRule]:
        data = self.client.request("GET", "/logistics/rules").json()
        return [CourierRule.model_validate(r) for r in data["rules"]]

    def save_rules(self, rules: list[CourierRule]) -> list[CourierRule]:
        body = {"rules": [r.model_dump(mode="json") for r in rules]}
        data = self.client.request("PUT", "/logistics/rules", json=body, idempotency_key=new_id()).json()
        return [CourierRule.model_validate(r) for r in data["rules"]]

    def orders(self, status: str, *, page: int = 2000) -> list[LogisticsOrderRecord]:
        """Every order in ``status`` with its logistics dates, oldest first."""
        out: list[LogisticsOrderRecord] = []
        while True:
            data = self.client.request(
                "GET", "/logistics/orders", params={"status": status, "limit": page, "offset": len(out)}
            ).json()
            out.extend(data["items"])
            if len(out) >= data["total"] or not data["items"]:
                return out

    def sort(
        self, assignments: list[dict[str, Any]], sort_date: date | None, handover_date: date | None
    ) -> list[LogisticsOrderRecord]:
        """Sort orders (each ``{"order_id", "version", "courier"}``) with the dates; all or none."""
        items = [
            dict(
                a,
                sort_date=sort_date.isoformat() if sort_date else None,
                handover_date=handover_date.isoformat() if handover_date else None,
            )
            for a in assignments
        ]
        data = self.client.request("POST", "/logistics/sort", json={"items": items}, idempotency_key=new_id()).json()
        sorted_items: list[LogisticsOrderRecord] = data["items"]
        return sorted_items

    def ship(self, order: LogisticsOrderRecord, tracking_number: str) -> OrderRecord:
        """Confirm shipment (status shipped) with the order's courier and the tracking number."""
        shipped = self.client.action_raw(
            "orders",
            order["id"],
            "ship",
            {"courier": order["courier"], "tracking_number": tracking_number},
            version=order["version"],
            key=new_id(),
        )
        return cast(OrderRecord, shipped)

    def act(self, order: LogisticsOrderRecord, action: str) -> OrderRecord:
        """``deliver`` or ``return`` (or another order action) on the version the list showed."""
        changed = self.client.action_raw("orders", order["id"], action, {}, version=order["version"], key=new_id())
        return cast(OrderRecord, changed)


def propose_couriers(rules: list[CourierRule], orders: list[LogisticsOrderRecord]) -> dict[str, str]:
    """Order id → courier by the first matching rule (orders no rule matches are left out)."""
    out = {}
    for order in orders:
        address = cast(dict[str, Any], order.get("delivery_address") or {})  # match_courier reads it as a dict
        courier = match_courier(rules, order.get("delivery_method", ""), address)
        if courier:
            out[order["id"]] = courier
    return out
