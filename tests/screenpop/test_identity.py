"""Caller identity from INVITE headers: sources, precedence, privacy, DNIS, attached data, garbage."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screenpop.core.config import PopConfig
from screenpop.core.identity import extract_identity

HOST = "pbx.example.com"


def test_number_from_p_asserted_identity_wins_over_rpid_and_from() -> None:
    ident = extract_identity(
        {
            "From": f'"Front" <sip:999@{HOST}>;tag=1',
            "Remote-Party-ID": f'"Rpid" <sip:13900139000@{HOST}>;party=calling;screen=yes',
            "P-Asserted-Identity": f'"张伟" <sip:13800138000@{HOST}>',
        }
    )
    assert ident.number == "+8613800138000"
    assert ident.source == "P-Asserted-Identity"
    assert ident.display_name == "张伟"
    assert not ident.withheld


def test_number_from_remote_party_id_when_no_pai() -> None:
    ident = extract_identity(
        {
            "From": f"<sip:999@{HOST}>;tag=1",
            "Remote-Party-ID": f'"Li Na" <sip:010-6234-5678@{HOST}>;party=calling',
        }
    )
    assert (ident.number, ident.source, ident.display_name) == ("+861062345678", "Remote-Party-ID", "Li Na")


def test_number_and_display_name_from_from_header() -> None:
    ident = extract_identity([("from", f'"Wang" <sip:+8613800138000@{HOST}>;tag=x')])
    assert (ident.number, ident.source, ident.display_name) == ("+8613800138000", "From", "Wang")


def test_compact_and_mixed_case_header_names() -> None:
    ident = extract_identity({"f": f"<sip:13800138000@{HOST}>", "P-ASSERTED-IDENTITY": []})
    assert ident.number == "+8613800138000"
    assert ident.source == "From"


def test_tel_uri_preferred_among_several_pai_values() -> None:
    ident = extract_identity(
        {
            "P-Asserted-Identity": [f"<sip:agent-gw@{HOST}>", "<tel:+86-138-0013-8000>"],
        }
    )
    assert ident.number == "+8613800138000"


@pytest.mark.parametrize(
    "raw",
    [
        "01062345678",
        "010-6234-5678",
        "+861062345678",
        "00861062345678",
        "+86 10 6234 5678",
    ],
)
def test_landline_forms_normalise_to_one_number(raw: str) -> None:
    ident = extract_identity({"From": f"<sip:{raw}@{HOST}>"})
    assert ident.number == "+861062345678"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("13800138000", "+8613800138000"),
        ("008613800138000", "+8613800138000"),
        ("4008108888", "+864008108888"),
        ("800-810-1234", "+868008101234"),
    ],
)
def test_mobile_and_service_numbers(raw: str, expected: str) -> None:
    assert extract_identity({"From": f"<sip:{raw}@{HOST}>"}).number == expected


def test_region_is_configurable() -> None:
    ident = extract_identity({"From": f"<sip:02079460000@{HOST}>"}, PopConfig(region="GB"))
    assert ident.number == "+442079460000"


@pytest.mark.parametrize(
    "headers",
    [
        {"From": '"Anonymous" <sip:anonymous@anonymous.invalid>;tag=1'},
        {"From": "<sip:anonymous@pbx>;tag=1"},
        {"From": '"Anonymous" <sip:gw@pbx>;tag=1'},
        {"From": "<sip:13800138000@pbx>", "Privacy": "id"},
        {"P-Asserted-Identity": "<sip:13800138000@pbx>", "Privacy": "header; id"},
        {"From": "<sip:999@pbx>", "Remote-Party-ID": "<sip:13800138000@pbx>;party=calling;privacy=full"},
    ],
)
def test_withheld_callers_show_no_number(headers: dict) -> None:
    ident = extract_identity(headers)
    assert ident.withheld
    assert ident.number is None and ident.number_raw == ""
    assert ident.caller_label() == "Withheld number"


def test_privacy_none_is_not_withheld() -> None:
    ident = extract_identity({"From": "<sip:13800138000@pbx>", "Privacy": "none"})
    assert not ident.withheld and ident.number == "+8613800138000"


def test_withheld_number_kept_when_privacy_is_not_honoured() -> None:
    ident = extract_identity(
        {"P-Asserted-Identity": "<sip:13800138000@pbx>", "Privacy": "id"}, PopConfig(honour_privacy=False)
    )
    assert ident.withheld and ident.number == "+8613800138000"


def test_dnis_precedence_configured_header_then_original_diversion_then_to() -> None:
    base = {"From": "<sip:13800138000@pbx>", "To": "<sip:4008108888@pbx>"}
    assert extract_identity(base).dnis == "+864008108888"
    assert extract_identity(base).dnis_source == "To"
    diverted = dict(base, Diversion=["<sip:6001@pbx>;reason=unconditional", "<sip:4008109999@pbx>;reason=no-answer"])
    ident = extract_identity(diverted)
    assert (ident.dnis, ident.dnis_source) == ("+864008109999", "Diversion")
    configured = dict(diverted, **{"x-dnis": "800 810 1234"})
    ident = extract_identity(configured, PopConfig(dnis_header="X-DNIS"))
    assert (ident.dnis, ident.dnis_source) == ("+868008101234", "X-DNIS")


def test_attached_data_from_configurable_x_headers() -> None:
    ident = extract_identity(
        {
            "From": "<sip:13800138000@pbx>",
            "X-Customer-ID": "c-42",
            "x-order-number": "SO20261122001",
            "X-IVR-Path": "1>3>2",
            "X-Queue": "vip",
            "X-Campaign": "spring sale",
        }
    )
    assert (ident.customer_id, ident.order_number, ident.ivr_path, ident.queue) == (
        "c-42",
        "SO20261122001",
        "1>3>2",
        "vip",
    )
    assert ident.attached["x-campaign"] == "spring sale"
    custom = PopConfig(customer_id_header="X-Cust")
    assert extract_identity({"X-Cust": "c-7"}, custom).customer_id == "c-7"


def test_hostile_customer_id_is_ignored() -> None:
    ident = extract_identity({"X-Customer-ID": "'; DROP TABLE customers; --"})
    assert ident.customer_id == ""


def test_8kb_headers_do_not_raise_and_are_truncated() -> None:
    huge = "A" * 8192
    ident = extract_identity(
        {
            "From": f'"{huge}" <sip:{"1" * 8000}@pbx>;tag={huge}',
            "P-Asserted-Identity": huge,
            "To": huge,
            "X-Customer-ID": huge,
            "X-Note": huge,
            "Diversion": "<" * 8192,
        }
    )
    assert len(ident.display_name) <= 80
    assert ident.number is None
    assert ident.customer_id == ""
    assert len(ident.attached["x-note"]) <= 256


def test_a_huge_display_name_does_not_hide_the_number() -> None:
    ident = extract_identity({"Remote-Party-ID": '"' + "名" * 8000 + '" <sip:13800138000@pbx>;party=calling'})
    assert ident.number == "+8613800138000" and ident.source == "Remote-Party-ID"
    assert len(ident.display_name) <= 80


@pytest.mark.parametrize(
    "headers",
    [
        None,
        "From: x",
        b"\xff\xfe",
        42,
        [("From",)],
        {"From": None},
        {"From": 12},
        {None: "x"},
        {"From": '"unterminated <sip:1@'},
        {"From": "<<<>>>;;;==="},
        {"From": "sip:@"},
        {"From": b'"\xff\xfe" <sip:13800138000@pbx>'},
        {"From": ['"a\x00b\r\nc" <sip:1380013800%30@pbx>']},
        {"From": "\u202e\u202dEvil\u202c <sip:13800138000@pbx>"},
        {"Privacy": ";;;"},
        {"To": "tel:"},
    ],
)
def test_garbage_never_raises(headers: object) -> None:
    ident = extract_identity(headers)
    assert "\x00" not in ident.display_name and "\n" not in ident.display_name
    assert "\u202e" not in ident.display_name


def test_control_characters_and_escapes_in_display_names() -> None:
    ident = extract_identity({"From": '"Li \\"Boss\\"\r\nX-Evil: 1" <sip:13800138000@pbx>'})
    assert ident.display_name == 'Li "Boss" X-Evil: 1'
    assert ident.number == "+8613800138000"


def test_non_numeric_user_gives_no_number() -> None:
    ident = extract_identity({"From": '"Alice" <sip:alice@pbx>'})
    assert ident.number is None and ident.display_name == "Alice"
    assert ident.caller_label() == "Unknown number"


HEADER_NAMES = st.sampled_from(
    [
        "From",
        "f",
        "To",
        "t",
        "P-Asserted-Identity",
        "Remote-Party-ID",
        "Privacy",
        "Diversion",
        "X-Customer-ID",
        "X-Queue",
        "X-IVR-Path",
        "x-anything",
    ]
)
HEADER_TEXT = st.one_of(
    st.text(max_size=300),
    st.builds(
        lambda d, u, p: f'"{d}" <sip:{u}@host>;{p}', st.text(max_size=60), st.text(max_size=40), st.text(max_size=40)
    ),
    st.binary(max_size=200),
)


@settings(max_examples=120, deadline=None)
@given(st.dictionaries(HEADER_NAMES, st.one_of(HEADER_TEXT, st.lists(HEADER_TEXT, max_size=4)), max_size=8))
def test_any_headers_give_a_safe_identity(headers: dict) -> None:
    ident = extract_identity(headers)
    for text in (ident.display_name, ident.number_raw, ident.dnis_raw, ident.ivr_path, ident.queue):
        assert len(text) <= 128
        assert not any(ch in text for ch in "\x00\r\n\u202e")
    assert ident.number is None or ident.number.lstrip("+").isdigit()
    assert all(len(v) <= 256 for v in ident.attached.values())
