"""What the supervisor reads for each kind of trail event, and where it sits on the call's timeline."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from agent_desktop.features.screenview.core.texts import call_offset, call_starts, describe
from crm.schemas.screenview import TrailItem

T0 = datetime(2026, 12, 10, 9, 0, tzinfo=timezone.utc)


def item(n: int, kind: str, label: str = "", seconds: float = 0, **extra: Any) -> TrailItem:
    fields = {"detail": None, "entity": None, "ref_id": None, "call_ref": None, **extra}
    at = T0 + timedelta(seconds=seconds)
    return TrailItem(id=n, at=at, received_at=at, kind=kind, label=label, **fields)


def filled(trail_item: TrailItem) -> str:
    template, args = describe(trail_item)
    text = str(template)
    for number, arg in enumerate(args, start=1):
        text = text.replace(f"%{number}", str(arg))
    return text


def test_each_kind_reads_as_what_the_agent_did() -> None:
    cases = [
        (item(1, "call_answered", "张伟 13800138000"), "Answered a call: 张伟 13800138000"),
        (item(2, "created", "L1", entity="orders"), "Created order: L1"),
        (item(3, "action", "L1", entity="orders", detail="cancel"), "Cancelled order: L1"),
        (item(4, "state_changed", "not_ready", detail="break"), "State: Not ready (Break)"),
        (item(5, "state_changed", "wrap_up"), "State: Wrap-up"),
        (item(6, "exported", "客户.xlsx", detail="12"), "Exported 12 customers to 客户.xlsx"),
        (item(7, "coached", "回访话术"), "coached: 回访话术"),  # a kind of a newer desktop
    ]
    assert [filled(i) for i in [c[0] for c in cases]] == [c[1] for c in cases]


def test_events_of_a_call_show_how_far_into_it_they_happened() -> None:
    items = [
        item(1, "call_answered", "13800138000", 0, call_ref="c1"),
        item(2, "customer_opened", "张伟", 4, call_ref="c1"),
        item(3, "searched", "name=张", 200),
    ]
    starts = call_starts(items)
    assert [call_offset(i.at, starts.get(i.call_ref or "")) for i in items] == ["+0:00", "+0:04", ""]


def test_a_state_change_reads_with_the_reason_name_the_agents_desktop_sent() -> None:
    custom = item(1, "state_changed", "not_ready", detail="Team huddle", ref_id="huddle")
    built_in = item(2, "state_changed", "not_ready", detail="Meal", ref_id="meal")
    assert filled(custom) == "State: Not ready (Team huddle)"
    assert filled(built_in) == "State: Not ready (Meal)"
    assert getattr(describe(built_in)[1][1], "context", None) == "Presence"  # translated by the viewer
    assert filled(item(3, "state_changed", "not_ready", detail="huddle")) == "State: Not ready (huddle)"  # older
