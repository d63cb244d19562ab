"""Decoding a delta-feed page keeps each record's exact JSON text (stored as is by the local store)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from crm.feed_page import decode_page

_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=8)
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=10,
)
_records = st.dictionaries(st.text(max_size=6), _values, max_size=4).map(lambda d: {"id": "x", **d})
_pages = st.fixed_dictionaries(
    {
        "changes": st.dictionaries(
            st.sampled_from(["customers", "orders", "客户"]),
            st.fixed_dictionaries(
                {"items": st.lists(_records, max_size=4), "deleted": st.lists(st.text(max_size=5), max_size=2)}
            ),
            max_size=3,
        ),
        "cursor": st.integers(0, 10**9).map(str),
        "has_more": st.booleans(),
    }
)


@settings(max_examples=150, deadline=None)
@given(page=_pages, compact=st.booleans(), ascii_only=st.booleans())
def test_a_page_decodes_as_json_does_and_keeps_each_records_text(page: dict, compact: bool, ascii_only: bool) -> None:
    text = json.dumps(
        page, ensure_ascii=ascii_only, separators=(",", ":") if compact else None, indent=None if compact else 2
    )
    decoded = decode_page(text)
    texts = {name: delta.pop("texts") for name, delta in decoded["changes"].items()}
    assert decoded == json.loads(text)
    for name, delta in decoded["changes"].items():
        assert [json.loads(t) for t in texts[name]] == delta["items"]
        assert all(t in text for t in texts[name])


def test_the_servers_compact_text_is_kept_byte_for_byte() -> None:
    record = '{"id":"c1","name":"张伟","phones":[{"number":"13800138000"}],"vip_level":3}'
    page = '{"changes":{"customers":{"items":[' + record + '],"deleted":["c9"]}},"cursor":"42","has_more":false}'
    decoded = decode_page(page)
    assert decoded["changes"]["customers"]["texts"] == [record]
    assert decoded["changes"]["customers"]["deleted"] == ["c9"] and decoded["cursor"] == "42"


def test_an_unexpected_layout_still_decodes_without_texts() -> None:
    odd = '{"changes":{"customers":[1,2]},"cursor":"1","has_more":false}'
    assert decode_page(odd) == json.loads(odd)
    items_not_list = '{"changes":{"customers":{"items":{"a":1}}},"cursor":"1","has_more":false}'
    assert decode_page(items_not_list) == json.loads(items_not_list)
