"""The pop read from the real local store (SQLite): matching forms, id override, chooser, quick-create."""

from __future__ import annotations

import pytest

from crm.store import Store
from screenpop.core.identity import extract_identity
from screenpop.core.lookup import assemble_pop
from screenpop.core.models import PopKind, TimelineKind
from screenpop.core.record_source import RecordPopSource

ZHANG = "11111111-1111-4111-8111-111111111111"
LI = "22222222-2222-4222-8222-222222222222"
LIU = "33333333-3333-4333-8333-333333333333"


def _customer(cid: str, name: str, *numbers: str, **extra) -> dict:
    return {
        "id": cid,
        "version": 1,
        "name": name,
        "phones": [{"number": n, "type": "mobile"} for n in numbers],
        "address": {"province": "浙江省", "city": "杭州市", "district": "", "street": "文三路 1 号"},
        "tags": ["VIP"],
        "vip_level": 3,
        "preferences": {"accepts_samples": True, "follow_up_opt_in": False, "call_window": "evening"},
        **extra,
    }


@pytest.fixture
def store(tmp_path):
    st = Store(tmp_path / "store.sqlite3")
    st.bulk_load(
        "customers",
        [
            _customer(ZHANG, "张伟", "138-0013-8000"),
            _customer(LI, "李娜", "010-62345678"),
            _customer(LIU, "刘洋", "+86 10 6234 5678", "13900139000"),
        ],
        fresh=True,
    )
    st.bulk_load(
        "contacts",
        [
            {
                "id": "k1",
                "customer_id": ZHANG,
                "channel": "call",
                "occurred_at": "2026-11-01T10:00:00Z",
                "summary": "Asked about the juicer",
                "disposition": "enquiry",
                "call_log_id": "L1",
            },
            {
                "id": "k2",
                "customer_id": ZHANG,
                "channel": "note",
                "occurred_at": "2026-11-20T10:00:00Z",
                "summary": "Prefers SF Express",
                "disposition": "",
            },
        ],
        fresh=True,
    )
    st.bulk_load(
        "call_logs",
        [
            {
                "id": "L1",
                "customer_id": ZHANG,
                "ring_at": "2026-11-01T09:59:00Z",
                "caller": "13800138000",
                "disposition": "enquiry",
                "abnormal": False,
            },
            {
                "id": "L2",
                "customer_id": ZHANG,
                "ring_at": "2026-11-21T08:00:00Z",
                "caller": "13800138000",
                "disposition": "",
                "abnormal": True,
                "abnormal_reason": "silent",
            },
        ],
        fresh=True,
    )
    st.bulk_load(
        "complaints",
        [
            {
                "id": "p1",
                "customer_id": ZHANG,
                "created_at": "2026-11-05T10:00:00Z",
                "status": "closed",
                "category": "quality",
                "summary": "Scratched pan",
            },
            {
                "id": "p2",
                "customer_id": ZHANG,
                "created_at": "2026-11-19T10:00:00Z",
                "status": "in_progress",
                "category": "delivery",
                "summary": "Parcel late",
            },
        ],
        fresh=True,
    )
    st.bulk_load(
        "orders",
        [
            {
                "id": "o1",
                "customer_id": ZHANG,
                "number": "SO20261118-000002",
                "created_at": "2026-11-18T10:00:00Z",
                "status": "shipped",
                "courier": "ZTO",
                "tracking_number": "ZT998877",
                "total_cents": 9900,
            },
        ],
        fresh=True,
    )
    st.bulk_load(
        "todos",
        [
            {
                "id": "t1",
                "customer_id": ZHANG,
                "title": "Call back about refund",
                "status": "open",
                "due_at": "2026-11-23T10:00:00Z",
            },
            {"id": "t2", "customer_id": ZHANG, "title": "Done already", "status": "done"},
        ],
        fresh=True,
    )
    st.bulk_load(
        "media_sources",
        [
            {
                "id": "m1",
                "dnis": "+864008108888",
                "channel": "湖南卫视",
                "programme": "Morning Shop",
                "advert": "Juicer 30s",
                "campaign": "Autumn",
                "active": True,
            },
        ],
        fresh=True,
    )
    yield st
    st.close()


def pop(store: Store, headers: dict, **kw):
    ident = extract_identity({"To": "<sip:400-810-8888@pbx>", **headers})
    return assemble_pop("c", ident, RecordPopSource(store, store.phones), **kw)


def test_seeded_number_pops_the_full_card(store) -> None:
    card = pop(store, {"P-Asserted-Identity": "<sip:+8613800138000@pbx>"})
    assert card.kind is PopKind.CUSTOMER
    c = card.customer
    assert (c.name, c.vip_level, c.phones, c.call_window) == ("张伟", "3", ("138 0013 8000",), "evening")
    assert c.address == "浙江省 杭州市 文三路 1 号" and c.accepts_samples is True
    assert [x.summary for x in card.open_complaints] == ["Parcel late"]
    assert card.orders[0].tracking == "ZT998877" and card.orders[0].total == "¥99.00"
    assert [t.title for t in card.todos] == ["Call back about refund"]
    assert card.media_source.channel == "湖南卫视"
    summaries = [e.summary for e in card.timeline]
    assert summaries[0] == "138 0013 8000"  # the abnormal call of 21 Nov, newest (its number as the card writes it)
    assert card.timeline[0].detail == "Silent call"
    assert summaries.count("Asked about the juicer") == 1  # call log L1 shown once, via its contact
    assert [e.when for e in card.timeline] == sorted((e.when for e in card.timeline), reverse=True)
    assert {TimelineKind.ORDER, TimelineKind.COMPLAINT, TimelineKind.NOTE} <= {e.kind for e in card.timeline}


@pytest.mark.parametrize("raw", ["01062345678", "+861062345678", "0086-10-6234-5678"])
def test_landline_forms_match_in_the_store_and_give_the_chooser(store, raw) -> None:
    card = pop(store, {"From": f"<sip:{raw}@pbx>"})
    assert card.kind is PopKind.CHOOSE
    assert {c.name for c in card.candidates} == {"李娜", "刘洋"}


def test_x_customer_id_overrides_the_number(store) -> None:
    card = pop(store, {"From": "<sip:13800138000@pbx>", "X-Customer-ID": LIU})
    assert card.customer.name == "刘洋"


def test_quick_created_customer_pops_on_the_next_call(store) -> None:
    assert pop(store, {"From": "<sip:13700000000@pbx>"}).kind is PopKind.NEW_CALLER
    store.create("customers", {"name": "王芳", "phones": [{"number": "137 0000 0000"}]})
    card = pop(store, {"From": "<sip:+8613700000000@pbx>"})
    assert card.kind is PopKind.CUSTOMER and card.customer.name == "王芳"
    assert store.outbox_counts()[0] == 1  # the create waits in the outbox for the CRM
