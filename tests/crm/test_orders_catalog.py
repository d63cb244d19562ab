"""Product lookup by SKU, name and pinyin initials over the local store; drafts in the store."""

from __future__ import annotations

from backoffice.seed import demo_id
from crm.pinyin import initials, matches_initials
from crm.store.drafts import DraftStore
from crm.store.products import ProductCatalog
from tests.forms.order_support import demo_store, record


def test_pinyin_initials_of_product_and_customer_names() -> None:
    assert initials("豪华全身按摩椅") == "hhqsamy"
    assert initials("欧阳娜娜") == "oynn"
    assert initials("钙片(中老年)") == "gpzln"
    assert initials("Li Lei") == "ll"
    assert matches_initials("AMY", "颈椎按摩仪") and not matches_initials("amy", "蚕丝被")


def test_lookup_by_sku_name_and_initials(tmp_path) -> None:
    store = demo_store(tmp_path / "s.db")
    catalog = ProductCatalog(store.db)
    assert catalog.refresh() == 30
    assert [h.sku for h in catalog.search("amy")] == ["MC-1001", "MC-1002"]  # 按摩椅, 按摩仪
    assert [h.sku for h in catalog.search("zzxl")] == ["JW-6003"]  # 珍珠项链
    assert catalog.search("sjt")[0].name == "四件套"
    assert catalog.search("mc-1003")[0].name == "足浴按摩盆"
    assert catalog.search("MC-10")[0].sku == "MC-1001"  # SKU prefix first
    assert [h.sku for h in catalog.search("料理")] == ["HK-2001", "HK-2002"]
    hit = catalog.by_sku("hl-4001")
    assert (hit.name, hit.price_cents, hit.stock) == ("深海鱼油软胶囊", 26800, 100)
    assert catalog.search("") == [] and catalog.search("zzzz") == []
    store.bulk_load(
        "products",
        [
            record(
                id=demo_id("product:MC-1001"),
                sku="MC-1001",
                name="豪华全身按摩椅",
                price_cents=1,
                stock=0,
                category="",
                active=False,
            )
        ],
    )
    catalog.refresh()  # an inactive product is no longer offered
    assert [h.sku for h in catalog.search("amy")] == ["MC-1002"]
    store.close()


def test_drafts_survive_reopening_the_store(tmp_path) -> None:
    store = demo_store(tmp_path / "s.db")
    drafts = DraftStore(store.db)
    drafts.save("d1", "order", {"customer_id": "c", "lines": [{"sku": "MC-1001", "quantity": 2}]}, "张伟 · 1")
    drafts.save("d2", "customer", {"name": "x"})
    store.close()
    store = demo_store(tmp_path / "s.db")
    again = DraftStore(store.db)
    (draft,) = again.list("order")
    assert (draft.id, draft.title, draft.data["lines"][0]["quantity"]) == ("d1", "张伟 · 1", 2)
    again.delete("d1")
    assert again.get("d1") is None and [d.id for d in again.list()] == ["d2"]
    store.close()
