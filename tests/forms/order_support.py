"""Shared set-up of the order tests: a local store filled like a synced demo CRM, and services."""

from __future__ import annotations

from pathlib import Path

from backoffice import demo_data as d
from backoffice.seed import demo_id
from crm.store import Store
from crm.store.drafts import DraftStore
from crm.store.orders import OrderBook
from crm.store.products import ProductCatalog
from forms.order_services import OrderServices

STAMP = "2026-11-01T08:00:00Z"
ZHANG = demo_id("customer:zhangwei")


def record(**fields) -> dict:
    return {"version": 1, "created_at": STAMP, "updated_at": STAMP, **fields}


def products() -> list[dict]:
    return [
        record(
            id=demo_id(f"product:{sku}"),
            sku=sku,
            name=name,
            price_cents=price * 100,
            stock=100,
            category=cat,
            active=True,
        )
        for sku, name, price, cat in d.PRODUCTS
    ]


def demo_store(path: Path) -> Store:
    """A store holding the demo catalogue, media sources and the customer 张伟."""
    store = Store(path)
    store.bulk_load("products", products())
    store.bulk_load(
        "media_sources",
        [
            record(
                id=demo_id(f"media:{dnis}"),
                dnis="+86" + dnis.replace("-", ""),
                channel=ch,
                programme=pr,
                advert=ad,
                campaign=ca,
                active=True,
            )
            for dnis, ch, pr, ad, ca in d.MEDIA
        ],
    )
    store.bulk_load(
        "customers",
        [
            record(
                id=ZHANG,
                name="张伟",
                name_initials="zw",
                phones=[{"number": "13800138000", "type": "mobile", "normalized": "+8613800138000"}],
                address={
                    "province": "北京市",
                    "city": "北京市",
                    "district": "朝阳区",
                    "street": "建国路88号3栋1201室",
                    "postal_code": "100022",
                },
                tags=[],
                vip_level=3,
                preferences={"accepts_samples": True, "follow_up_opt_in": True, "call_window": "evening"},
                notes="",
                owner_id=None,
            )
        ],
    )
    return store


def services_for(store: Store) -> OrderServices:
    catalog = ProductCatalog(store.db)
    catalog.refresh()
    return OrderServices(OrderBook(store), catalog.search, DraftStore(store.db))
