"""The local search index follows local writes at once (offline): new customers by pinyin initials,
changed tags, complaints and orders created or cancelled in the store."""
from __future__ import annotations

from crm.search_query import make_conditions
from crm.store import Store
from crm.store.search import LocalCustomerSearch


def test_offline_writes_are_searchable_at_once(tmp_path):
    store = Store(tmp_path / "store.db")
    search = LocalCustomerSearch(store)
    ids = lambda **q: {r["id"] for r in search.page(make_conditions(**q))}  # noqa: E731
    customer = store.create("customers", {"name": "欧阳娜娜", "phones": [{"number": "13800138000"}],
                                          "tags": ["tv"], "address": {"city": "杭州市"}})
    assert ids(name="oy") == ids(name="OYNN") == ids(name="娜娜") == ids(tag="tv") == {customer["id"]}
    assert ids(name="oyx") == set()
    store.update("customers", customer["id"], {"tags": ["gift"], "vip_level": 4})
    assert ids(tag="tv") == set() and ids(tag="gift", vip_min=4, city="杭州") == {customer["id"]}
    store.create("complaints", {"customer_id": customer["id"], "category": "quality", "summary": "坏了"})
    assert ids(complaint_status="open") == {customer["id"]} and ids(complaint_status="closed") == set()
    order = store.create("orders", {"customer_id": customer["id"], "lines": [{"sku": "MC-1002", "quantity": 1}],
                                    "delivery_address": {"province": "浙江省", "city": "杭州市", "street": "文一路"}})
    assert ids(product_sku="MC-1002") == {customer["id"]}
    assert ids(order_from=order["created_at"][:10], order_to=order["created_at"][:10]) == {customer["id"]}
    store.action("orders", order["id"], "cancel")
    assert ids(product_sku="MC-1002") == set()  # a cancelled order does not count as bought
    assert [c["summary"] for c in search.complaints(status="open")] == ["坏了"]
    store.close()
