"""The local search index follows local writes at once (offline): new customers by pinyin initials,
changed tags, complaints and orders created or cancelled in the store."""

from __future__ import annotations

import uuid

from crm.search_query import make_conditions
from crm.store import Store
from crm.store.search import LocalCustomerSearch


def test_offline_writes_are_searchable_at_once(tmp_path):
    store = Store(tmp_path / "store.db")
    search = LocalCustomerSearch(store)
    ids = lambda **q: {r["id"] for r in search.page(make_conditions(**q))}  # noqa: E731
    customer = store.create(
        "customers",
        {"name": "欧阳娜娜", "phones": [{"number": "13800138000"}], "tags": ["tv"], "address": {"city": "杭州市"}},
    )
    assert ids(name="oy") == ids(name="OYNN") == ids(name="娜娜") == ids(tag="tv") == {customer["id"]}
    assert ids(name="oyx") == set()
    store.update("customers", customer["id"], {"tags": ["gift"], "vip_level": 4})
    assert ids(tag="tv") == set() and ids(tag="gift", vip_min=4, city="杭州") == {customer["id"]}
    store.create("complaints", {"customer_id": customer["id"], "category": "quality", "summary": "坏了"})
    assert ids(complaint_status="open") == {customer["id"]} and ids(complaint_status="closed") == set()
    order = store.create(
        "orders",
        {
            "customer_id": customer["id"],
            "lines": [{"sku": "MC-1002", "quantity": 1}],
            "delivery_address": {"province": "浙江省", "city": "杭州市", "street": "文一路"},
        },
    )
    assert ids(product_sku="MC-1002") == {customer["id"]}
    assert ids(order_from=order["created_at"][:10], order_to=order["created_at"][:10]) == {customer["id"]}
    store.action("orders", order["id"], "cancel")
    assert ids(product_sku="MC-1002") == set()  # a cancelled order does not count as bought
    assert [c["summary"] for c in search.complaints(status="open")] == ["坏了"]
    store.close()


def _synced(name: str, name_initials: str, city: str) -> dict:
    """A customer as the CRM sends it (with the pinyin initials the CRM computed)."""
    return {
        "id": str(uuid.uuid4()),
        "version": 1,
        "name": name,
        "name_initials": name_initials,
        "phones": [],
        "address": {"province": "", "city": city, "district": ""},
        "tags": [],
        "vip_level": 0,
        "created_at": "2025-01-01T00:00:00Z",
        "updated_at": "2025-01-01T00:00:00Z",
    }


def test_each_name_alternative_finds_its_customers_once(tmp_path):
    """A name condition: initials from the CRM start with the text, or the name contains it (any ASCII
    case; a Latin text can only be in a name with a Latin letter), or the initials computed for a customer
    created offline start with it. A customer found several ways is listed once. Customers written one
    after the other in the same city share its place (found by the city, sorted by it)."""
    store = Store(tmp_path / "store.db")
    search = LocalCustomerSearch(store)
    nina, wang_na = _synced("Nina 宁", "nn", "南京市"), _synced("王娜", "wn", "北京市")
    wang_2 = _synced("王2号", "w2h", "")
    store.bulk_load("customers", [nina, wang_na, wang_2], fresh=True)
    ning = store.create(
        "customers",
        {
            "name": "Ning",
            "phones": [{"number": "13800138001"}],  # computed: "n"
            "address": {"city": "杭州市"},
        },
    )
    anna = store.create(
        "customers",
        {
            "name": "Anna 王",
            "phones": [{"number": "13800138002"}],  # "aw"
            "address": {"city": "杭州市"},
        },
    )
    expected = {
        "n": {nina["id"], ning["id"], anna["id"]},
        "NIN": {nina["id"], ning["id"]},
        "aw": {anna["id"]},
        "2": {wang_2["id"]},
        "w": {wang_na["id"], wang_2["id"]},
        "娜": {wang_na["id"]},
        "x": set(),
    }
    for text, ids in expected.items():
        q = make_conditions(name=text)
        listed = [r["id"] for r in search.page(q)]
        assert sorted(listed) == sorted(ids) and search.count(q) == len(ids), text
    assert {r["id"] for r in search.page(make_conditions(city="杭州"))} == {ning["id"], anna["id"]}
    by_city = search.page(make_conditions(name="n"), sort="city", descending=False)
    assert [r["id"] for r in by_city] == [nina["id"], ning["id"], anna["id"]]  # 南京市, 杭州市, oldest first
    store.close()
