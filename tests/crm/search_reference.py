"""A reference customer search in plain Python, over records as the API returns them (for tests)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from crm.phones import try_normalize_phone
from crm.schemas import CustomerSearch
from crm.schemas.day_or_time import bound
from crm.search_query import parse_time


class Reference:
    """Customers, orders and complaints (API JSON) and the matching rules of docs/api-conventions.md."""

    def __init__(self, customers: list[dict], orders: list[dict], complaints: list[dict]) -> None:
        self.customers = customers
        self.orders: dict[str, list[dict]] = defaultdict(list)
        self.complaints: dict[str, list[dict]] = defaultdict(list)
        for order in orders:
            self.orders[order["customer_id"]].append(order)
        for complaint in complaints:
            self.complaints[complaint["customer_id"]].append(complaint)

    def ids(self, q: CustomerSearch) -> set[str]:
        return {c["id"] for c in self.customers if self.matches(c, q)}

    def matches(self, c: dict[str, Any], q: CustomerSearch) -> bool:
        address, prefs = c["address"], c["preferences"]
        checks = []
        if q.name:
            checks.append(q.name.lower() in c["name"].lower() or c["name_initials"].startswith(q.name.lower()))
        if q.phone:
            checks.append(try_normalize_phone(q.phone) in {p["normalized"] for p in c["phones"]})
        if q.city:
            checks.append(address["city"].startswith(q.city))
        if q.region:
            checks.append(any(address[k].startswith(q.region) for k in ("province", "city", "district")))
        if q.tag:
            checks.append(q.tag in c["tags"])
        if q.vip_level is not None:
            checks.append(c["vip_level"] == q.vip_level)
        if q.vip_min is not None:
            checks.append(c["vip_level"] >= q.vip_min)
        for flag in ("accepts_samples", "follow_up_opt_in"):
            if getattr(q, flag) is not None:
                checks.append(prefs[flag] == getattr(q, flag))
        if q.call_window is not None:
            checks.append(prefs["call_window"] == q.call_window.value)
        if q.last_contact_from or q.last_contact_to:
            checks.append(_in(parse_time(c.get("last_contact_at")), q.last_contact_from, q.last_contact_to))
        if q.order_from or q.order_to:
            checks.append(any(_in(parse_time(o["created_at"]), q.order_from, q.order_to) for o in self.orders[c["id"]]))
        if q.product_sku:
            checks.append(
                any(
                    o["status"] != "cancelled" and any(line["sku"] == q.product_sku for line in o["lines"])
                    for o in self.orders[c["id"]]
                )
            )
        if q.complaint_status is not None:
            checks.append(any(x["status"] == q.complaint_status.value for x in self.complaints[c["id"]]))
        return all(checks)


def _in(value: Any, low: Any, high: Any) -> bool:
    if value is None:
        return False
    lo, hi = bound(low, False), bound(high, True)
    return (lo is None or value >= lo) and (hi is None or value < hi)
