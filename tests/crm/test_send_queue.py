"""What waits to be sent survives a restart in order; the local store tells a listener what the agent
wrote (created, changed, cancelled, deleted), and nothing for an edit that changed nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm.store import Store
from crm.store.db import Database
from crm.store.local import LocalChange
from crm.store.send_queue import SendQueue


def test_bodies_wait_in_order_across_a_restart_until_acknowledged(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    db = Database(path)
    queue = SendQueue(db, "trail_queue")
    seqs = [queue.add({"n": n}) for n in range(5)]
    assert seqs == sorted(seqs) and queue.count() == 5
    db.close()
    db = Database(path)
    queue = SendQueue(db, "trail_queue")
    assert [body["n"] for _seq, body in queue.oldest(3)] == [0, 1, 2]
    queue.acknowledged(seqs[2])
    assert [body["n"] for _seq, body in queue.oldest()] == [3, 4]
    queue.acknowledged(seqs[4])
    assert queue.oldest() == [] and queue.count() == 0
    db.close()
    with pytest.raises(ValueError):
        SendQueue(Database(tmp_path / "other.db"), "bad name; DROP TABLE x")


def test_the_store_says_what_the_agent_wrote(tmp_path: Path) -> None:
    store = Store(tmp_path / "crm.db")
    heard: list[LocalChange] = []
    stop = store.add_change_listener(heard.append)
    customer = store.create("customers", {"name": "张伟", "phones": [{"number": "13800138000"}]})
    store.update("customers", customer["id"], {"name": "张伟"})  # nothing changes
    store.update("customers", customer["id"], {"name": "张伟伟"})
    order = store.create(
        "orders",
        {"customer_id": customer["id"], "lines": [{"sku": "HK-2003", "quantity": 1}], "delivery_address": {}},
    )
    store.action("orders", order["id"], "cancel", {"reason": "客户取消"})
    assert [(c.entity, c.op, c.action, c.fields) for c in heard] == [
        ("customers", "create", "", ()),
        ("customers", "update", "", ("name",)),
        ("orders", "create", "", ()),
        ("orders", "action", "cancel", ()),
    ]
    assert heard[1].record["name"] == "张伟伟" and heard[2].record["number"] == order["number"]
    stop()
    store.update("customers", customer["id"], {"name": "张三"})
    assert len(heard) == 4
    store.close()
