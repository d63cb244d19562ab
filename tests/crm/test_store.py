"""The local store: atomic local writes with their outbox item, fast phone lookup, server answers."""

from __future__ import annotations

import threading
import uuid

import pydantic
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm.store import Store


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "crm.db")
    yield s
    s.close()


def _customer(**kw):
    data = {"name": "张伟", "phones": [{"number": "138-0013-8000"}, {"number": "010 6234 5678", "type": "home"}]}
    data.update(kw)
    return data


def test_local_create_is_findable_by_any_phone_form_and_queued(store):
    created = store.create("customers", _customer())
    for form in ("+86 138 0013 8000", "13800138000", "0086-13800138000", "(010) 62345678"):
        assert [c["id"] for c in store.customers_by_phone(form)] == [created["id"]]
    assert store.customers_by_phone("13900000000") == []
    item = store.next_outbox_item()
    assert item.op == "create" and item.record_id == created["id"]
    uuid.UUID(item.key)  # a real UUID idempotency key
    assert store.outbox_counts() == (1, 0)


def test_invalid_input_writes_nothing(store):
    with pytest.raises(pydantic.ValidationError):
        store.create("customers", {"name": "", "phones": [{"number": "abc"}]})
    assert store.count("customers") == 0
    assert store.next_outbox_item() is None


def test_pulled_version_keeps_unsent_local_edit_visible(store):
    server = {**_customer(), "id": str(uuid.uuid4()), "version": 1, "notes": "", "vip_level": 0}
    store.apply_changes("customers", [server], [], "c1")
    store.update("customers", server["id"], {"notes": "prefers mornings"})
    # someone else raises the VIP level; the pull must not hide the agent's unsent note
    store.apply_changes("customers", [{**server, "version": 2, "vip_level": 3}], [], "c2")
    local = store.get("customers", server["id"])
    assert (local["notes"], local["vip_level"], local["version"]) == ("prefers mornings", 3, 2)
    assert store.cursor("customers") == "c2"


def test_server_number_replaces_provisional_one_which_stays_searchable(store):
    customer = store.create("customers", _customer())
    order = store.create(
        "orders",
        {
            "customer_id": customer["id"],
            "lines": [{"sku": "TEA-01", "quantity": 2, "unit_price_cents": 1990}],
            "delivery_address": {"city": "杭州市", "street": "文一路 1 号"},
        },
    )
    provisional = order["number"]
    assert order["total_cents"] == 3980
    assert store.by_number("orders", provisional)["id"] == order["id"]
    store.complete(store.next_outbox_item(), {**customer, "version": 1})
    item = store.next_outbox_item()
    assert item.entity == "orders"
    store.complete(item, {**order, "version": 1, "number": "SO20261122-000042"})
    assert store.get("orders", order["id"])["number"] == "SO20261122-000042"
    assert store.by_number("orders", "SO20261122-000042")["id"] == order["id"]
    assert store.by_number("orders", provisional)["id"] == order["id"]


def test_edit_of_record_created_offline_is_rebased_on_the_created_version(store):
    customer = store.create("customers", _customer())
    store.update("customers", customer["id"], {"notes": "second thought"})
    create = store.next_outbox_item()
    store.complete(create, {**customer, "version": 1})
    update = store.next_outbox_item()
    assert update.op == "update" and update.base_version == 1
    assert store.get("customers", customer["id"])["notes"] == "second thought"


def test_conflict_kept_then_agent_keeps_own_value(store):
    server = {**_customer(), "id": str(uuid.uuid4()), "version": 1, "notes": "a"}
    store.apply_changes("customers", [server], [], "c1")
    store.update("customers", server["id"], {"notes": "mine"})
    item = store.next_outbox_item()
    nxt, conflicts = store.retarget(item, {**server, "version": 2, "notes": "theirs"})
    assert nxt is None and [c.path for c in conflicts] == ["notes"]
    assert store.get("customers", server["id"])["notes"] == "theirs"
    (conflict,) = store.conflicts()
    assert (conflict["local"], conflict["remote"]) == ("mine", "theirs")
    store.resolve_conflict(conflict["id"], keep_local=True)
    assert store.conflicts() == []
    again = store.next_outbox_item()
    assert again.body == {"notes": "mine"} and again.base_version == 2


def test_readers_on_other_threads_see_committed_writes(store):
    created = store.create("customers", _customer())
    found: list = []
    t = threading.Thread(target=lambda: found.extend(store.customers_by_phone("13800138000")))
    t.start()
    t.join(5)
    assert [c["id"] for c in found] == [created["id"]]
    assert store.integrity_check() == "ok"


_NUMBERS = ["13800138000", "010 6234 5678", "+1 650 253 0000", "95588", "0571-88776655", "13912345678"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    base=st.sampled_from(_NUMBERS + ["13800138001", "15400000000", "0086 10 62345678", "12345"]),
    prefix=st.sampled_from(["", "+86 ", "0086", "+86-", "("]),
    sep=st.sampled_from(["", " ", "-", "."]),
)
def test_phone_lookup_finds_exactly_the_customers_with_that_normalised_number(store, base, prefix, sep):
    if store.count("customers") == 0:
        for i, number in enumerate(_NUMBERS):
            store.create("customers", {"name": f"客户{i}", "phones": [{"number": number}]})
    raw = prefix + sep.join([base[:3], base[3:7], base[7:]])
    canonical = store.phones.try_normalize(raw)
    expected = {f"客户{i}" for i, n in enumerate(_NUMBERS) if canonical and store.phones.try_normalize(n) == canonical}
    assert {c["name"] for c in store.customers_by_phone(raw)} == expected


def test_only_recent_contact_history_is_kept_locally_unless_it_has_unsent_edits(store):
    cid = str(uuid.uuid4())

    def event(day: str) -> dict:
        return {
            "id": str(uuid.uuid4()),
            "version": 1,
            "customer_id": cid,
            "channel": "call",
            "direction": "inbound",
            "occurred_at": f"{day}T08:00:00Z",
            "summary": day,
            "disposition": "",
            "agent_id": None,
            "call_log_id": None,
        }

    old, old_edited, recent = event("2024-01-02"), event("2024-03-04"), event("2026-11-01")
    store.apply_changes("contacts", [old, old_edited, recent], [], "c1")
    store.update("contacts", old_edited["id"], {"summary": "corrected"})
    assert store.prune_history("2025-11-22T00:00:00") == 1
    assert {c["summary"] for c in store.related("contacts", cid)} == {"corrected", "2026-11-01"}
