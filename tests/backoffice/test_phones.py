"""Phone normalisation used by the store, the back office and screen-pop."""

from __future__ import annotations

import pytest

from crm.phones import (
    PhoneNormalizer,
    check_phone,
    format_dnis,
    format_phone,
    is_valid_phone,
    normalize_phone,
    phone_kind,
    try_normalize_phone,
)


@pytest.mark.parametrize(
    "raw, canonical",
    [
        ("13800138000", "+8613800138000"),
        ("+86 138-0013-8000", "+8613800138000"),
        ("0086 13800138000", "+8613800138000"),
        ("(010) 6234-5678", "+861062345678"),
        ("010-62345678", "+861062345678"),
        ("0571 8765 4321", "+8657187654321"),
        ("400-810-8888", "+864008108888"),
        ("800 820 8820", "+868008208820"),
        ("95588", "95588"),
        ("+86 95588", "95588"),
        ("+1 650 253 0000", "+16502530000"),
    ],
)
def test_every_common_form_of_a_number_gets_one_canonical_form(raw: str, canonical: str) -> None:
    assert normalize_phone(raw) == canonical
    assert normalize_phone(canonical) == canonical  # stable


def test_text_that_is_not_a_number_is_rejected() -> None:
    for raw in ("", "abc", "12", "1" * 30):
        assert try_normalize_phone(raw) is None
        with pytest.raises(ValueError):
            normalize_phone(raw)


def test_kinds_display_and_configured_region() -> None:
    assert phone_kind("13800138000") == "mobile"
    assert phone_kind("010-62345678") == "landline"
    assert phone_kind("800-820-8820") == "toll_free"
    assert is_valid_phone("13800138000") and not is_valid_phone("95588")
    assert format_phone("+8613800138000") == "138 0013 8000"
    assert format_phone("+16502530000").startswith("+1 ")
    us = PhoneNormalizer("US")
    assert us.normalize("(650) 253-0000") == "+16502530000"
    assert us.normalize("+86 13800138000") == "+8613800138000"


def test_a_dialled_hotline_reads_as_printed_in_the_advert() -> None:
    assert format_dnis("+864008108888") == "400-810-8888"
    assert format_dnis("4008108888") == "400-810-8888"
    assert format_dnis("+868008208820") == "800-820-8820"
    assert format_dnis("+861062345678") == "010 6234 5678"  # not a hotline: as format_phone shows it
    assert format_dnis("+8613800138000") == "138 0013 8000"
    assert format_dnis("95588") == "95588" and format_dnis("") == "" and format_dnis("abc") == "abc"
    assert format_dnis("+18005550199") == "+1 800-555-0199"  # another region's toll-free: international
    assert PhoneNormalizer("US").format_dnis("+864008108888") == "+86 400 810 8888"


@pytest.mark.parametrize(
    "raw", ["13800138000", "139 1234 5678", "0571-87654321", "95588", "12345", "+12125550123", "abc", "", "+44 20"]
)
def test_a_list_imports_one_parse_says_what_the_two_checks_say(raw):
    checked = check_phone(raw)
    assert (checked.normalized, checked.valid) == (try_normalize_phone(raw), is_valid_phone(raw))
    assert (checked.parsed is None) == (checked.normalized is None)
