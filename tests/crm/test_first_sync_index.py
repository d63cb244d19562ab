"""A first sync fills the store with the search index suspended and rebuilds it in one pass: right after
the sync (finished, failed half-way, or killed) searching the local store gives what the CRM gives, and
the index follows later writes again."""

from __future__ import annotations

import pytest

from crm.client import ClientConfig, CrmClient
from crm.client_errors import CrmUnavailable
from crm.search_query import make_conditions
from crm.store import Store
from crm.store.search import LocalCustomerSearch
from crm.store.search_index import suspend_search_index
from crm.sync import SyncConfig, SyncEngine
from tests.crm.test_search_conditions import _server_ids as server_ids

ENTITIES = ("products", "customers", "orders", "complaints")


@pytest.fixture()
def client(backoffice_server):
    c = CrmClient(ClientConfig(backoffice_server.url, timeout_s=10))
    c.login("agent", backoffice_server.credentials["agent"])
    yield c
    c.close()


def _server_ids(client, **conditions):
    return server_ids(client, make_conditions(**conditions))


def _local_ids(search, **conditions):
    return {r["id"] for r in search.page(make_conditions(**conditions), limit=10_000)}


def _indexed_everything(store) -> bool:
    r = store.db.reader()
    counts = [
        r.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("customers", "search_customers", "orders", "search_orders")
    ]
    return counts[0] == counts[1] > 0 and counts[2] == counts[3] > 0


def test_search_right_after_a_first_sync_in_many_pages(client, tmp_path):
    store = Store(tmp_path / "store.db")
    search = LocalCustomerSearch(store)  # opened at start-up, before the first sync (as the app does)
    SyncEngine(client, store, SyncConfig(entities=ENTITIES, page_size=97)).pull()
    assert _indexed_everything(store)
    for conditions in (
        {"tag": "VIP"},
        {"city": "北京"},
        {"vip_min": 3},
        {"complaint_status": "open"},
        {"product_sku": "MC-1001"},
        {"name": "zw"},
    ):
        assert _local_ids(search, **conditions) == _server_ids(client, **conditions), conditions
    customer = store.create(
        "customers", {"name": "欧阳娜娜", "phones": [{"number": "13800138000"}], "tags": ["新品试用"]}
    )
    assert _local_ids(search, tag="新品试用") == {customer["id"]}  # triggers are back
    store.close()


def test_a_first_sync_that_fails_half_way_leaves_a_whole_index(client, tmp_path):
    store = Store(tmp_path / "store.db")
    search = LocalCustomerSearch(store)
    calls = [0]
    fetch = client.changes_all_raw

    def failing(*args, **kwargs):
        calls[0] += 1
        if calls[0] == 4:
            raise CrmUnavailable("connection lost")
        return fetch(*args, **kwargs)

    client.changes_all_raw = failing
    with pytest.raises(CrmUnavailable):
        SyncEngine(client, store, SyncConfig(entities=ENTITIES, page_size=97)).pull()
    assert _indexed_everything(store)
    assert _local_ids(search, tag="VIP") == {
        c["id"] for c in store.list("customers", limit=10_000) if "VIP" in c["tags"]
    }
    store.close()


def test_killed_during_a_first_sync_the_index_is_rebuilt_at_the_next_start(client, tmp_path):
    store = Store(tmp_path / "store.db")
    LocalCustomerSearch(store)
    assert suspend_search_index(store.db)  # what a first sync does before its pages...
    SyncEngine(client, store, SyncConfig(entities=ENTITIES, page_size=5000)).pull()  # (one page: no bulk)
    store.close()  # ...and then the process dies before the rebuild
    store = Store(tmp_path / "store.db")
    search = LocalCustomerSearch(store)
    assert _indexed_everything(store)
    assert _local_ids(search, tag="VIP") == _server_ids(client, tag="VIP")
    store.close()
