"""Orders against the real back office over HTTP: create → sort (rules) → ship → late edit refused
with 409; and an order taken offline that syncs later with its number replaced and no duplicate."""

from __future__ import annotations

import pytest

from backoffice.server import ThreadedServer
from crm.client import ClientConfig, CrmClient
from crm.client_errors import CrmUnavailable, StateConflict
from crm.schemas.logistics import CourierRule, match_courier
from crm.store.orders import OrderBook, OrderLocked, is_provisional
from crm.sync import SyncConfig, SyncEngine
from screenpop.core.identity import CallerIdentity
from screenpop.core.lookup import assemble_pop
from screenpop.core.models import TimelineKind
from screenpop.core.record_source import RecordPopSource
from tests.fixtures.backoffice import DEMO_CREDENTIALS, seed_database
from tests.fixtures.ports import free_port
from tests.forms.order_support import ZHANG, demo_store

pytestmark = pytest.mark.e2e
ENTITIES = ("media_sources", "products", "orders")


def order_body(sku: str = "HL-4002", quantity: int = 2) -> dict:
    return {
        "customer_id": ZHANG,
        "lines": [{"sku": sku, "quantity": quantity, "unit_price_cents": 30000}],
        "delivery_method": "express",
        "payment_method": "cod",
        "delivery_address": {"province": "广东省", "city": "深圳市", "district": "南山区", "street": "科技路1号"},
    }


def timeline_orders(store) -> list[str]:
    """Order numbers on the customer's timeline as the screen-pop card assembles it."""
    card = assemble_pop("call-1", CallerIdentity(customer_id=ZHANG), RecordPopSource(store, store.phones))
    return [e.summary for e in card.timeline if e.kind is TimelineKind.ORDER]


def agent_engine(url: str, store, username: str = "agent") -> SyncEngine:
    password = DEMO_CREDENTIALS[username]
    client = CrmClient(
        ClientConfig(url, timeout_s=5, connect_timeout_s=0.5, retries=0), credentials=lambda: (username, password)
    )
    return SyncEngine(client, store, SyncConfig(entities=ENTITIES, backoff_min_s=0.05, backoff_max_s=0.2))


def test_create_sort_ship_then_a_late_edit_is_refused(backoffice_server, tmp_path) -> None:
    store = demo_store(tmp_path / "agent.db")
    book = OrderBook(store)
    engine = agent_engine(backoffice_server.url, store)
    order = book.submit(order_body())
    provisional = order["number"]
    assert timeline_orders(store) == [provisional]  # on the customer's card at once, offline too
    engine.run_once()
    synced = book.get(order["id"])
    assert synced["number"].startswith("SO") and synced["status"] == "ordered" and synced["total_cents"] == 60000
    assert book.lookup(provisional)[0]["id"] == order["id"] and book.lookup(synced["number"])[0]["id"] == order["id"]
    assert order["id"] in {o["id"] for o in book.lookup("+86 138 0013 8000")}
    assert synced["number"] in timeline_orders(store)

    logistics = backoffice_server.session("logistics")
    rules = [{"delivery_method": "express", "region": "广东", "courier": "顺丰速运"}, {"courier": "中通快递"}]
    assert logistics.put("/logistics/rules", json={"rules": rules}).status_code == 200
    got = logistics.get("/logistics/rules").json()["rules"]
    assert match_courier([CourierRule(**r) for r in got], "express", synced["delivery_address"]) == "顺丰速运"
    queue = logistics.get("/logistics/orders", params={"status": "ordered", "limit": 2000}).json()["items"]
    mine = next(o for o in queue if o["id"] == order["id"])
    forbidden = backoffice_server.session("agent").post(
        "/logistics/sort", json={"items": [{"order_id": mine["id"], "version": mine["version"], "courier": "x"}]}
    )
    assert forbidden.status_code == 403
    r = logistics.post(
        "/logistics/sort",
        json={
            "items": [
                {
                    "order_id": mine["id"],
                    "version": mine["version"],
                    "courier": "顺丰速运",
                    "sort_date": "2026-11-23",
                    "handover_date": "2026-11-24",
                }
            ]
        },
    )
    assert r.status_code == 200, r.text
    sorted_ = r.json()["items"][0]
    assert (sorted_["status"], sorted_["courier"], sorted_["handover_date"]) == ("sorted", "顺丰速运", "2026-11-24")
    again = logistics.post(
        "/logistics/sort", json={"items": [{"order_id": mine["id"], "version": sorted_["version"], "courier": "EMS"}]}
    )
    assert again.status_code == 409 and again.json()["code"] == "invalid_transition"
    shipped = logistics.post(
        f"/orders/{order['id']}/ship",
        headers={"If-Match": f'"{sorted_["version"]}"'},
        json={"courier": "顺丰速运", "tracking_number": "SF1234567890"},
    )
    assert shipped.status_code == 200 and shipped.json()["status"] == "shipped"

    # the agent's copy is stale (still "ordered"): the edit is queued, the CRM refuses it with 409
    book.update(order["id"], {"requests": "请改为周末送货"})
    engine.run_once()
    refusal = book.refusal(order["id"])
    assert refusal is not None and "shipped" in refusal
    now = book.get(order["id"])
    assert now["status"] == "shipped" and now["requests"] == "" and now["tracking_number"] == "SF1234567890"
    with pytest.raises(OrderLocked):
        book.update(order["id"], {"requests": "again"})
    with pytest.raises(StateConflict) as exc:  # straight over HTTP: 409 order_locked
        engine.client.update("orders", order["id"], {"rush": True}, version=now["version"])
    assert exc.value.code == "order_locked"
    store.close()


def test_order_taken_offline_syncs_once_with_the_server_number(tmp_path) -> None:
    db_url = f"sqlite:///{tmp_path / 'bo.db'}"
    seed_database(db_url, 0)
    port = free_port()
    server = ThreadedServer(db_url, port=port)
    store = demo_store(tmp_path / "agent.db")
    book = OrderBook(store)
    engine = agent_engine(f"http://127.0.0.1:{port}", store)
    try:
        order = book.submit(order_body("HL-4002", 1))  # the CRM is not running yet (8.5 % off: no approval needed)
        provisional = order["number"]
        assert is_provisional(provisional) and order["total_cents"] == 30000
        with pytest.raises(CrmUnavailable):
            engine.run_once()
        assert store.outbox_counts() == (1, 0) and book.get(order["id"])["number"] == provisional

        server.start()
        item = store.next_outbox_item()
        engine.client.login("agent", DEMO_CREDENTIALS["agent"])
        first = engine.client.create_raw("orders", item.body, key=item.key)  # delivered, answer "lost"
        engine.run_once()  # the outbox repeats the POST with the same key: replayed, not duplicated
        synced = book.get(order["id"])
        assert synced["number"] == first["number"] and synced["number"].startswith("SO")
        assert store.outbox_counts() == (0, 0) and not store.conflicts()
        assert book.lookup(provisional)[0]["number"] == synced["number"]
        page = engine.client.list("orders", limit=500)
        assert [o.id for o in page.items].count(order["id"]) == 1
        assert sum(1 for o in page.items if o.customer_id == ZHANG and o.lines[0].sku == "HL-4002") == 1
    finally:
        engine.client.close()
        server.stop()
        store.close()
