"""Presence changes queued in the local store survive a restart and keep their numbering."""

from __future__ import annotations

from pathlib import Path

from crm.store.db import Database
from crm.store.presence_queue import PresenceQueue


def event(seq: int, state: str) -> dict[str, object]:
    return {"seq": seq, "state": state, "reason": None, "at": f"2026-12-06T10:00:{seq:02d}+00:00"}


def test_events_queued_offline_come_back_in_order_after_a_restart_and_numbering_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    db = Database(path)
    queue = PresenceQueue(db)
    assert queue.last_seq() == 0 and queue.pending() == []
    for seq, state in ((1, "ready"), (2, "ringing"), (3, "on_call"), (4, "wrap_up")):
        queue.add(event(seq, state))
    db.close()

    db = Database(path)
    queue = PresenceQueue(db)
    assert [e["state"] for e in queue.pending()] == ["ready", "ringing", "on_call", "wrap_up"]
    assert [e["seq"] for e in queue.pending(limit=2)] == [1, 2]
    queue.acknowledged(3)
    assert [e["seq"] for e in queue.pending()] == [4]
    queue.acknowledged(4)
    assert queue.pending() == [] and queue.last_seq() == 4
    db.close()
    assert PresenceQueue(Database(path)).last_seq() == 4
