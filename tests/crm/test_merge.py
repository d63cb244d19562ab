"""Three-way merge of a local edit against the server's current record."""

from __future__ import annotations

from crm.merge import diff, merge_patch


def test_fields_changed_only_locally_are_resent():
    before = {"notes": "a", "vip_level": 1}
    patch = {"notes": "mine"}
    remote = {"notes": "a", "vip_level": 3}  # someone else raised the VIP level
    result = merge_patch(before, patch, remote)
    assert result.clean
    assert result.patch == {"notes": "mine"}


def test_same_field_changed_differently_is_a_conflict_and_not_sent():
    result = merge_patch({"notes": "a"}, {"notes": "mine"}, {"notes": "theirs"})
    assert not result.clean
    assert result.patch == {}
    (conflict,) = result.conflicts
    assert (conflict.path, conflict.base, conflict.local, conflict.remote) == ("notes", "a", "mine", "theirs")


def test_same_change_on_both_sides_needs_nothing():
    result = merge_patch({"notes": "a"}, {"notes": "b"}, {"notes": "b"})
    assert result.clean and result.patch == {}


def test_nested_address_merges_key_by_key():
    before = {"address": {"city": "杭州市", "street": "文一路 1 号"}}
    patch = {"address": {"city": "杭州市", "street": "文二路 8 号"}}
    remote = {"address": {"city": "宁波市", "street": "文一路 1 号"}}
    result = merge_patch(before, patch, remote)
    assert result.clean
    assert result.patch == {"address": {"city": "宁波市", "street": "文二路 8 号"}}


def test_nested_conflict_names_the_inner_field():
    before = {"address": {"city": "A", "street": "s"}}
    patch = {"address": {"city": "B", "street": "t"}}
    remote = {"address": {"city": "C", "street": "s"}}
    result = merge_patch(before, patch, remote)
    assert [c.path for c in result.conflicts] == ["address.city"]
    assert result.patch == {"address": {"city": "C", "street": "t"}}


def test_diff_lists_changed_top_level_fields():
    assert diff({"a": 1, "b": 2}, {"a": 1, "b": 3, "c": 4}) == {"b": 3, "c": 4}
