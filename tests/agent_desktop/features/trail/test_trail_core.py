"""The operation trail's logic (no Qt): one event per operation, tied to the call it happened in, sent
in order through the local store's queue, never held up by an event the back office refuses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from agent_desktop.features.trail.core.events import TEXT_MAX, trail_event
from agent_desktop.features.trail.core.recorder import TrailRecorder
from agent_desktop.features.trail.core.sender import TrailSender
from crm.client_errors import CrmUnavailable, ValidationFailed
from crm.store.db import Database
from crm.store.send_queue import SendQueue


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def recorder() -> tuple[TrailRecorder, list[dict[str, Any]], Clock]:
    events: list[dict[str, Any]] = []
    clock = Clock()
    return TrailRecorder(events.append, clock), events, clock


def test_a_call_and_what_the_agent_did_during_it_and_its_wrap_up_share_the_calls_timeline() -> None:
    trail, events, clock = recorder()
    trail.state_changed("ready")
    trail.call_ringing(7, "13800138000", "")
    trail.call_named(7, "张伟")
    clock.now += 5
    trail.call_answered(7, "13800138000")
    trail.customer_opened("c-1", "张伟")
    trail.customer_opened("c-1", "张伟")  # the card refreshed: no second event
    trail.record_written("orders", "create", {"id": "o-1", "number": "L20261210-ABC123"})
    clock.now += 95
    trail.call_ended(7)
    trail.state_changed("wrap_up")
    trail.record_written("call_logs", "update", {"id": "l-1", "remote_number": "13800138000"}, fields=("notes",))
    trail.state_changed("ready")
    trail.searched({"name": "张", "city": None, "limit": 50, "offset": 0})

    got = [(e["kind"], e["label"], e.get("detail"), e.get("call_ref")) for e in events]
    ref = events[1]["call_ref"]
    assert ref and got == [
        ("state_changed", "ready", None, None),
        ("call_answered", "张伟 13800138000", None, ref),
        ("customer_opened", "张伟", None, ref),
        ("created", "L20261210-ABC123", None, ref),
        ("call_ended", "张伟 13800138000", "1:35", ref),
        ("state_changed", "wrap_up", None, ref),
        ("updated", "13800138000", "notes", ref),
        ("state_changed", "ready", None, ref),  # the wrap-up's end closes the call's timeline
        ("searched", "name=张", None, None),
    ]
    assert events[2]["entity"] == "customers" and events[2]["ref_id"] == "c-1"
    assert len({e["id"] for e in events}) == len(events)


def test_what_the_agent_did_not_do_is_not_recorded() -> None:
    trail, events, _clock = recorder()
    trail.call_ringing(3, "13900000000")
    trail.call_ended(3)  # rang, never answered
    trail.record_written("todos", "update", {"id": "t-1", "title": "回电"}, fields=("alerted_at",))
    trail.record_written("callbacks", "create", {"id": "cb", "number": "139", "source": "campaign"})
    trail.call_list_made("双十一回访", 120)
    trail.exported("/home/agent/私人/customers.xlsx", 42)
    trail.call_dialled(4, "13700001111")
    trail.call_dialled(4, "13700001111")  # early, connecting, active: one dial
    assert [(e["kind"], e["label"], e.get("detail")) for e in events] == [
        ("call_list", "双十一回访", "120"),
        ("exported", "customers.xlsx", "42"),  # the file's name, not where it is
        ("call_dialled", "13700001111", None),
    ]


def test_texts_are_clipped_to_what_the_back_office_takes() -> None:
    event = trail_event("searched", "张" * 500, detail="x" * 300, ref_id="r" * 100)
    assert len(event["label"]) == TEXT_MAX and event["label"].endswith("…")
    assert len(event["detail"]) == TEXT_MAX and len(event["ref_id"]) == 64


def test_the_queue_is_sent_in_order_and_a_refused_event_does_not_hold_it_up(tmp_path: Path) -> None:
    queue = SendQueue(Database(tmp_path / "store.db"), "trail_queue")
    for n in range(5):
        queue.add(trail_event("searched", f"q{n}"))
    posted: list[list[str]] = []
    down = True

    def post(events: list[dict[str, Any]]) -> None:
        if down:
            raise CrmUnavailable("down")
        labels = [e["label"] for e in events]
        if "q2" in labels:
            raise ValidationFailed("refused", errors={"events.0.kind": "refused"})
        posted.append(labels)

    sender = TrailSender(queue, post)
    with pytest.raises(CrmUnavailable):
        sender.send()
    assert queue.count() == 5  # kept for later
    down = False
    assert sender.send() == 4
    assert posted == [["q0"], ["q1"], ["q3"], ["q4"]] and queue.count() == 0
