"""Sync engine against the real back office over HTTP: offline queueing, 412 merge, delta pulls."""

from __future__ import annotations

import threading

import pytest

from crm.client_errors import CrmUnavailable
from crm.sync_events import OFFLINE, ONLINE, SyncStatus
from tests.crm.helpers import client_for, customer_body, engine_for


@pytest.fixture
def agent(live_backoffice, tmp_path):
    client = client_for(live_backoffice.url, "agent1")
    engine = engine_for(client, tmp_path / "agent1.db")
    yield engine
    engine.stop()
    engine.store.close()
    client.close()


def _order_body(customer_id: str) -> dict:
    return {
        "customer_id": customer_id,
        "lines": [{"sku": "MC-1002", "quantity": 2}],
        "delivery_address": {"province": "浙江省", "city": "杭州市", "street": "文一路 1 号"},
        "requests": "周末送货",
        "rush": True,
    }


def test_writes_made_offline_are_delivered_once_when_the_crm_is_back(live_backoffice, supervisor, agent):
    store = agent.store
    agent.run_once()  # products arrive
    live_backoffice.stop()
    statuses: list[SyncStatus] = []
    agent.add_listener(lambda e: statuses.append(e) if isinstance(e, SyncStatus) else None)
    customer = store.create("customers", customer_body("13900001111"))
    order = store.create("orders", _order_body(customer["id"]))
    provisional = order["number"]
    with pytest.raises(CrmUnavailable):
        agent.run_once()
    assert store.outbox_counts() == (2, 0)
    live_backoffice.start()
    agent.run_once()
    agent.run_once()  # a second round must not send anything again
    assert store.outbox_counts() == (0, 0)
    assert [s.state for s in statuses if s.state in (OFFLINE, ONLINE)][-1] == ONLINE
    orders = supervisor.list("orders", limit=50).items
    assert [o.id for o in orders] == [order["id"]]
    server_order = orders[0]
    assert server_order.requests == "周末送货" and server_order.rush and server_order.total_cents == 139800
    local = store.get("orders", order["id"])
    assert local["number"] == server_order.number != provisional
    assert store.by_number("orders", provisional)["id"] == order["id"]
    assert supervisor.total("customers") == 1


def test_non_overlapping_edits_merge_and_overlapping_ones_are_kept_for_the_agent(live_backoffice, supervisor, agent):
    created = supervisor.create("customers", customer_body("13900002222", notes="", vip_level=1))
    agent.run_once()
    store = agent.store
    # another user raises the VIP level while our agent edits the notes: both survive
    supervisor.update("customers", created.id, {"vip_level": 4}, version=1)
    store.update("customers", created.id, {"notes": "prefers mornings"})
    agent.run_once()
    server = supervisor.get("customers", created.id)
    assert (server.notes, server.vip_level) == ("prefers mornings", 4)
    assert store.conflicts() == []
    local = store.get("customers", created.id)
    assert (local["notes"], local["vip_level"], local["version"]) == ("prefers mornings", 4, server.version)
    # both change the notes: the server keeps its value, ours is kept as a conflict to resolve
    supervisor.update("customers", created.id, {"notes": "call after 6pm"}, version=server.version)
    store.update("customers", created.id, {"notes": "never call on Sunday"})
    agent.run_once()
    assert supervisor.get("customers", created.id).notes == "call after 6pm"
    (conflict,) = store.conflicts()
    assert (conflict["field"], conflict["local"], conflict["remote"]) == (
        "notes",
        "never call on Sunday",
        "call after 6pm",
    )
    assert store.get("customers", created.id)["notes"] == "call after 6pm"
    store.resolve_conflict(conflict["id"], keep_local=True)
    agent.run_once()
    assert supervisor.get("customers", created.id).notes == "never call on Sunday"


def test_delta_pull_brings_creates_updates_and_deletes_and_resumes_from_the_cursor(
    live_backoffice, supervisor, agent, tmp_path
):
    ids = [supervisor.create("customers", customer_body(f"1390000{i:04d}", name=f"客户{i}")).id for i in range(7)]
    entry = supervisor.create("blocklist", {"number": "13911112222", "reason": "harassment"})
    agent.config = type(agent.config)(page_size=3, backoff_min_s=0.05)
    assert agent.pull() >= 8
    store = agent.store
    assert store.count("customers") == 7 and store.is_blocked("+86 139 1111 2222")
    supervisor.update("customers", ids[3], {"name": "改名"}, version=1)
    supervisor.delete("blocklist", entry.id, version=1)
    assert agent.pull() == 1  # only the changed customer comes again
    assert store.get("customers", ids[3])["name"] == "改名"
    assert not store.is_blocked("13911112222")
    assert [c["id"] for c in store.customers_by_phone("13900000005")] == [ids[5]]
    # a fresh engine on the same store file continues from the stored cursor
    again = engine_for(agent.client, store.path, page_size=3)
    assert again.pull() == 0
    again.store.close()


def test_refused_write_is_kept_visible_and_the_server_copy_shown(live_backoffice, supervisor, agent):
    customer = supervisor.create("customers", customer_body("13900003333"))
    order = supervisor.create("orders", _order_body(customer.id))
    agent.run_once()
    supervisor.action("orders", order.id, "sort", version=1)
    shipped = supervisor.action(
        "orders", order.id, "ship", {"courier": "顺丰", "tracking_number": "SF123456"}, version=2
    )
    agent.store.update("orders", order.id, {"requests": "改地址"})  # made before it saw the shipment
    agent.run_once()
    (conflict,) = agent.store.conflicts()
    assert conflict["field"] == "*" and conflict["local"] == {"requests": "改地址"}
    local = agent.store.get("orders", order.id)
    assert (local["status"], local["requests"], local["version"]) == ("shipped", "周末送货", shipped.version)
    assert agent.store.outbox_counts() == (0, 1)


def test_sync_thread_sends_a_write_at_once(live_backoffice, supervisor, agent):
    agent.config = type(agent.config)(interval_s=60, backoff_min_s=0.05)
    delivered = threading.Event()
    agent.add_listener(
        lambda e: delivered.set() if isinstance(e, SyncStatus) and e.state == ONLINE and e.pending == 0 else None
    )
    agent.start()
    assert delivered.wait(10)
    delivered.clear()
    agent.store.create("customers", customer_body("13900004444"))
    assert delivered.wait(5)  # far sooner than the 60 s interval
    assert supervisor.total("customers") == 1


def test_a_refused_cursor_means_a_full_resync_that_keeps_unsent_edits(live_backoffice, supervisor, agent):
    kept = supervisor.create("customers", customer_body("13900005555", name="留下"))
    agent.run_once()
    store = agent.store
    store.update("customers", kept.id, {"notes": "not sent yet"})
    store.apply_all({}, "not-a-cursor")  # e.g. a cursor from another server
    agent.pull()
    assert store.cursor("*") != "not-a-cursor"
    assert store.get("customers", kept.id)["notes"] == "not sent yet"
    agent.run_once()
    assert supervisor.get("customers", kept.id).notes == "not sent yet"
