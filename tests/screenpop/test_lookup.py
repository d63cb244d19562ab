"""Pop assembly: id over number, landline forms matching, chooser, new caller, timeline, sessions."""

from __future__ import annotations

import pytest

from screenpop.core.identity import extract_identity
from screenpop.core.lookup import assemble_pop, with_records
from screenpop.core.models import PopKind, TimelineKind
from screenpop.core.session import PopHistory, marks_block
from tests.screenpop.memory_source import sample_source

RING = {"To": "<sip:4008108888@pbx>"}


def pop(headers: dict, **kw):
    return assemble_pop("call-1", extract_identity({**RING, **headers}), sample_source(), **kw)


def test_known_number_gives_the_customer_card_with_history_complaints_orders_todos() -> None:
    card = pop({"P-Asserted-Identity": "<sip:138-0013-8000@pbx>"})
    assert card.kind is PopKind.CUSTOMER
    assert card.customer.name == "张伟"
    assert [c.id for c in card.open_complaints] == ["p2"]
    assert card.complaints[0].id == "p2"  # open complaints first
    assert [o.id for o in card.orders] == ["o2", "o1"]  # newest first
    assert [t.title for t in card.todos] == ["Call back about refund"]
    assert card.media_source.channel == "湖南卫视"


def test_timeline_is_newest_first_and_includes_orders_and_complaints() -> None:
    card = pop({"From": "<sip:+8613800138000@pbx>"})
    whens = [e.when for e in card.timeline]
    assert whens == sorted(whens, reverse=True)
    assert card.timeline[0].summary == "Wants a refund"
    kinds = {e.kind for e in card.timeline}
    assert {TimelineKind.CALL, TimelineKind.NOTE, TimelineKind.ORDER, TimelineKind.COMPLAINT} <= kinds


def test_who_is_calling_first_then_the_same_card_with_the_records() -> None:
    headers = {"P-Asserted-Identity": "<sip:138-0013-8000@pbx>", "X-Customer-ID": "c-gone"}
    who = pop(headers, records=False)  # what the ring-time pop shows at once
    assert who.kind is PopKind.CUSTOMER and who.customer.name == "张伟" and who.media_source.channel == "湖南卫视"
    assert (who.timeline, who.complaints, who.orders, who.todos) == ((), (), (), ())
    assert with_records(who, sample_source()) == pop(headers)  # the note about the unknown id kept too


@pytest.mark.parametrize("raw", ["010-62345678", "+86 10 6234 5678", "00861062345678", "01062345678"])
def test_landline_and_plus86_forms_find_the_same_customers(raw: str) -> None:
    card = pop({"From": f"<sip:{raw}@pbx>"})
    assert card.kind is PopKind.CHOOSE
    assert {c.name for c in card.candidates} == {"李娜", "刘洋"}


def test_customer_id_header_overrides_the_number() -> None:
    card = pop({"From": "<sip:13800138000@pbx>", "X-Customer-ID": "c-li"})
    assert card.kind is PopKind.CUSTOMER and card.customer.id == "c-li"


def test_unknown_customer_id_falls_back_to_the_number_with_a_note() -> None:
    card = pop({"From": "<sip:13800138000@pbx>", "X-Customer-ID": "c-gone"})
    assert card.customer.id == "c-zhang"
    assert card.notes and "unknown" in card.notes[0]


def test_choice_is_kept_when_reassembled() -> None:
    card = pop({"From": "<sip:01062345678@pbx>"}, chosen_customer_id="c-liu")
    assert card.kind is PopKind.CUSTOMER and card.customer.name == "刘洋"


def test_unknown_and_withheld_numbers_give_a_new_caller_card() -> None:
    assert pop({"From": "<sip:13700000000@pbx>"}).kind is PopKind.NEW_CALLER
    anon = pop({"From": '"Anonymous" <sip:anonymous@anonymous.invalid>'})
    assert anon.kind is PopKind.NEW_CALLER and anon.identity.withheld


def test_recent_pops_newest_first_bounded_and_wrap_up_tracking() -> None:
    history = PopHistory(limit=2)
    source = sample_source()
    for n, number in enumerate(("13800138000", "13700000000", "01062345678")):
        card = assemble_pop(f"c{n}", extract_identity({"From": f"<sip:{number}@pbx>"}), source)
        history.start(card, ring_monotonic=100.0 + n)
    assert [s.call_id for s in history.sessions()] == ["c2", "c1"]
    history.answered("c2", at=103.0)
    history.ended("c2", at=163.0)
    assert history.get("c2").talk_seconds() == pytest.approx(60.0)
    assert [s.call_id for s in history.pending_wrap_up()] == ["c2"]
    history.mark_abnormal("c2", "harassment")
    assert marks_block(history.get("c2").abnormal) and not marks_block("silent")
    history.wrapped_up("c2")
    assert history.pending_wrap_up() == []
    with pytest.raises(ValueError):
        history.mark_abnormal("c2", "rude")
