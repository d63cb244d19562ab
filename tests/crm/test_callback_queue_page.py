"""The Call Back dock reads only the first entries of a long queue, in the queue's own order."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from crm.store import Store
from crm.store import callbacks as cbq

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)


def _entry(i: int, **fields) -> dict:
    stamp = (NOW - timedelta(minutes=i % 97)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "id": f"00000000-0000-4000-8000-{i:012d}",
        "version": 1,
        "created_at": stamp,
        "updated_at": stamp,
        "number": f"+86138{i:08d}",
        "customer_id": None,
        "requested_at": stamp,
        "due_at": None,
        "reason": "双十一回访",
        "attempts": 0,
        "status": "pending",
        "claimed_by": None,
        "claimed_at": None,
        "source": "campaign",
        **fields,
    }


def test_the_first_page_is_the_head_of_the_whole_queue_with_its_total(tmp_path: Path) -> None:
    store = Store(tmp_path / "store.db")
    entries = [_entry(i) for i in range(600)]
    entries[5].update(status="claimed", claimed_by="me", claimed_at=NOW.strftime("%Y-%m-%dT%H:%M:%SZ"))
    entries[6].update(status="claimed", claimed_by="other", claimed_at=NOW.strftime("%Y-%m-%dT%H:%M:%SZ"))
    entries[7].update(due_at=(NOW + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ"))  # not due yet
    entries[8].update(status="done")
    store.bulk_load("callbacks", entries)
    whole = cbq.waiting(store, NOW, "me")
    assert len(whole) == 597 and whole[0]["id"] == entries[5]["id"]  # mine first
    head, total = cbq.waiting_page(store, NOW, "me", limit=50)
    assert total == 597 and head == whole[:50]
    without, total = cbq.waiting_page(store, NOW, "me", limit=50, exclude={whole[1]["id"]})
    assert total == 596 and without == [e for e in whole if e["id"] != whole[1]["id"]][:50]
    store.close()
