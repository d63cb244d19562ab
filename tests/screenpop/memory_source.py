"""A small in-memory PopSource for unit tests of the assembly and the card (the real one is the store)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone

from screenpop.core.models import (
    ComplaintLine,
    CustomerInfo,
    MediaSourceInfo,
    OrderLine,
    TimelineEntry,
    TimelineKind,
    TodoLine,
)
from screenpop.core.source import SourceUnavailable


@dataclass
class MemorySource:
    customers: dict[str, CustomerInfo] = field(default_factory=dict)
    history_by_customer: dict[str, list[TimelineEntry]] = field(default_factory=dict)
    complaints_by_customer: dict[str, list[ComplaintLine]] = field(default_factory=dict)
    orders_by_customer: dict[str, list[OrderLine]] = field(default_factory=dict)
    todos_by_customer: dict[str, list[TodoLine]] = field(default_factory=dict)
    media: dict[str, MediaSourceInfo] = field(default_factory=dict)
    down: bool = False

    def _check(self) -> None:
        if self.down:
            raise SourceUnavailable("down")

    def customer_by_id(self, customer_id: str) -> CustomerInfo | None:
        self._check()
        return self.customers.get(customer_id)

    def customers_by_phone(self, phone: str, limit: int = 10) -> Sequence[CustomerInfo]:
        self._check()
        return [c for c in self.customers.values() if phone in c.phones][:limit]

    def history(self, customer_id: str, limit: int) -> Sequence[TimelineEntry]:
        self._check()
        return self.history_by_customer.get(customer_id, [])[:limit]

    def complaints(self, customer_id: str) -> Sequence[ComplaintLine]:
        self._check()
        return self.complaints_by_customer.get(customer_id, [])

    def recent_orders(self, customer_id: str, limit: int) -> Sequence[OrderLine]:
        self._check()
        return self.orders_by_customer.get(customer_id, [])[:limit]

    def open_todos(self, customer_id: str) -> Sequence[TodoLine]:
        self._check()
        return self.todos_by_customer.get(customer_id, [])

    def media_source(self, dnis: str) -> MediaSourceInfo | None:
        self._check()
        return self.media.get(dnis)


def _t(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 11, day, hour, 0, tzinfo=timezone.utc)


def sample_source() -> MemorySource:
    """Zhang Wei (VIP, history, an open complaint, orders), two customers sharing a landline, a media source."""
    zhang = CustomerInfo(
        id="c-zhang",
        name="张伟",
        phones=("+8613800138000",),
        address="浙江省 杭州市 西湖区 文三路 1 号",
        vip_level="3",
        tags=("VIP", "回头客"),
        accepts_samples=True,
        follow_up_opt_in=False,
        call_window="evening",
    )
    li = CustomerInfo(id="c-li", name="李娜", phones=("+861062345678",))
    liu = CustomerInfo(id="c-liu", name="刘洋", phones=("+861062345678", "+8613900139000"))
    return MemorySource(
        customers={c.id: c for c in (zhang, li, liu)},
        history_by_customer={
            "c-zhang": [
                TimelineEntry(_t(1), TimelineKind.CALL, "Asked about the juicer", "enquiry", "k1"),
                TimelineEntry(_t(20), TimelineKind.CALL, "Wants a refund", "complaint", "k2"),
                TimelineEntry(_t(10), TimelineKind.NOTE, "Prefers SF Express", "", "k3"),
            ]
        },
        complaints_by_customer={
            "c-zhang": [
                ComplaintLine("p1", _t(5), "closed", "quality", "Scratched pan", is_open=False),
                ComplaintLine("p2", _t(19), "open", "delivery", "Parcel late"),
            ]
        },
        orders_by_customer={
            "c-zhang": [
                OrderLine("o1", "SO20261103-000001", _t(3), "delivered", "SF Express", "SF1234567890", "¥299.00"),
                OrderLine("o2", "SO20261118-000002", _t(18), "shipped", "ZTO", "ZT998877", "¥99.00"),
            ]
        },
        todos_by_customer={"c-zhang": [TodoLine("t1", "Call back about refund", _t(23))]},
        media={"+864008108888": MediaSourceInfo("+864008108888", "湖南卫视", "Morning Shop", "Juicer 30s", "Autumn")},
    )
