"""The admins' user list without Qt: lock-outs and back-offs joined to their users by user name (any
case), the client addresses held back, the changes an admin's form sends, reset passwords, and the CRM's refusals by field."""

from __future__ import annotations

import string
from datetime import datetime, timedelta, timezone

from agent_desktop.features.accounts.core.refusals import FORM, refusal
from agent_desktop.features.accounts.core.users import AddressRow, changes, held_addresses, new_password, user_rows
from crm.client_errors import CrmUnavailable, error_for
from crm.schemas.users import MIN_PASSWORD_LENGTH

NOW = datetime(2026, 12, 7, 8, 0, tzinfo=timezone.utc)


def user(name: str, **extra: object) -> dict[str, object]:
    return {"id": f"id-{name}", "username": name, "display_name": name.title(), "role": "agent", "version": 3, **extra}


def test_users_show_until_when_failed_sign_ins_hold_them_back() -> None:
    lockouts = [
        {"kind": "account", "name": "wang", "locked_until": "2026-12-07T08:15:00Z", "retry_after_s": 900},
        {"kind": "account", "name": "li", "locked_until": None, "retry_after_s": 8},
        {"kind": "address", "name": "10.0.0.7", "locked_until": "2026-12-07T08:15:00Z", "retry_after_s": 900},
    ]
    rows = user_rows([user("Wang"), user("li", active=False), user("zhao", team="east")], lockouts, NOW)
    assert [r.username for r in rows] == ["li", "Wang", "zhao"]
    li, wang, zhao = rows
    assert (wang.held_until, wang.locked) == (datetime(2026, 12, 7, 8, 15, tzinfo=timezone.utc), True)
    assert (li.held_until, li.locked, li.active) == (NOW + timedelta(seconds=8), False, False)
    assert (zhao.held_until, zhao.team, zhao.version) == (None, "east", 3)


def test_client_addresses_show_since_and_until_when_they_are_held_back() -> None:
    lockouts = [
        {
            "kind": "address",
            "name": "10.0.0.7",
            "failures": 20,
            "last_failure_at": "2026-12-07T07:45:00Z",
            "locked_until": "2026-12-07T08:00:00Z",
            "retry_after_s": 900,
        },
        {
            "kind": "account",
            "name": "wang",
            "failures": 20,
            "last_failure_at": "2026-12-07T07:45:00Z",
            "locked_until": "2026-12-07T08:00:00Z",
            "retry_after_s": 900,
        },
        {
            "kind": "address",
            "name": "2001:db8::5",
            "failures": 6,
            "last_failure_at": "2026-12-07T07:59:58Z",
            "locked_until": None,
            "retry_after_s": 2,
        },
    ]
    assert held_addresses(lockouts, NOW) == [
        AddressRow("10.0.0.7", NOW - timedelta(minutes=15), NOW, 20, locked=True),
        AddressRow("2001:db8::5", NOW - timedelta(seconds=2), NOW + timedelta(seconds=2), 6, locked=False),
    ]


def test_a_change_sends_only_what_differs() -> None:
    [row] = user_rows([user("wang", team="east")], [], NOW)
    assert changes(row, " Wang ", "agent", "east") == {}
    assert changes(row, "Wang Fang", "supervisor", "") == {
        "display_name": "Wang Fang",
        "role": "supervisor",
        "team": "",
    }


def test_a_reset_password_meets_the_rule_and_is_not_repeated() -> None:
    passwords = {new_password() for _ in range(50)}
    assert len(passwords) == 50
    for password in passwords:
        assert len(password) >= MIN_PASSWORD_LENGTH and set(password) <= set(string.ascii_letters + string.digits)
        assert not set(password) & set("0O1lI")  # read out without mistakes


def test_refusals_are_said_at_their_field_with_the_servers_limit() -> None:
    short = {
        "loc": ["body", "password"],
        "msg": "String should have at least 12 characters",
        "type": "string_too_short",
    }
    taken = {"loc": ["body", "username"], "msg": "this username is taken", "type": "duplicate"}
    odd = {"loc": ["body"], "msg": "something new", "type": "value_error"}
    empty = {
        "loc": ["body", "display_name"],
        "msg": "String should have at least 1 character",
        "type": "string_too_short",
    }
    problems = refusal(error_for(422, {"detail": [short, taken, odd, empty]}))
    assert problems["display_name"].text == "Fill this in."
    assert (problems["password"].text, problems["password"].arg) == ("At least {0} characters.", "12")
    assert problems["username"].text == "This user name is taken; choose another."
    assert (problems[FORM].text, problems[FORM].arg) == ("The CRM refused this: {0}", "something new")
    assert refusal(error_for(412, {"detail": "changed", "current": {}}))[FORM].text.startswith("Someone changed")
    assert set(refusal(CrmUnavailable("down"))) == {FORM}
