"""Coaching's Qt-free logic: the messages kept from reads and events, whom a supervisor may write to,
and the checks before sending."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

from agent_desktop.features.coaching.core.book import CoachingBook, Me
from agent_desktop.features.coaching.core.checks import check_message, refusal
from agent_desktop.features.coaching.core.recipients import find, recipients
from crm.client_errors import PermissionDenied, ValidationFailed
from crm.schemas import UserRead
from crm.schemas.coaching import CoachingKind, CoachingMessage, CoachingReceipt

T0 = datetime(2026, 12, 10, 9, 0, tzinfo=timezone.utc)
AGENT = Me("a1", "agent", "north")


def message(mid: str, minutes: int, **fields: Any) -> CoachingMessage:
    body: dict[str, Any] = {
        "id": mid,
        "from_user": "s1",
        "from_name": "王主管",
        "to_user": "a1",
        "to_name": "李娜",
        "to_team": None,
        "kind": "text",
        "title": None,
        "body": f"消息 {mid}",
        "created_at": T0 + timedelta(minutes=minutes),
        "reply_to": None,
    }
    body.update(fields)
    return CoachingMessage.model_validate(body)


def test_messages_merge_by_id_in_time_order_and_the_unread_ones_are_those_for_the_user() -> None:
    book = CoachingBook(AGENT)
    assert book.add(message("m2", 2)) and book.add(message("m1", 1))
    assert not book.add(message("m2", 2, read_at=T0))  # the same message again, now read
    broadcast = message("b", 3, to_user=None, to_name=None, to_team="north")
    other_team = message("o", 4, to_user=None, to_name=None, to_team="south")
    reply = message("r", 5, from_user="a1", to_user="s1", reply_to="m1")
    for m in (broadcast, other_team, reply):
        book.add(m)
    assert [m.id for m in book.all()] == ["m1", "m2", "b", "o", "r"]
    assert [m.id for m in book.unread()] == ["m1", "b"]
    assert not book.add(message("m2", 2))  # an older copy does not make it unread again
    assert book.get("m2").read_at == T0
    book.mark_read("m1", T0)
    assert [m.id for m in book.unread()] == ["b"]
    assert book.newest_time() == T0 + timedelta(minutes=5)


def test_receipts_mark_a_direct_message_read_and_collect_a_broadcasts_readers() -> None:
    book = CoachingBook(Me("s1", "supervisor", "north"))
    book.add(message("m", 1))
    book.add(message("b", 2, to_user=None, to_name=None, to_team="north"))
    book.add(message("r", 3, from_user="a2", to_user="s1", reply_to="b"))
    assert [m.id for m in book.unread()] == ["r"]  # a supervisor is no recipient of their team's broadcasts
    later = T0 + timedelta(minutes=9)
    assert book.receipt(CoachingReceipt(message_id="m", user_id="a1", user_name="李娜", read_at=later)).read_at == later
    for user in ("a1", "a2", "a1"):
        book.receipt(CoachingReceipt(message_id="b", user_id=user, user_name=user, read_at=later))
    assert [r.user_id for r in book.get("b").read_by] == ["a1", "a2"]
    assert book.receipt(CoachingReceipt(message_id="x", user_id="a1", user_name="", read_at=later)) is None
    assert [m.id for m in book.with_team("north")] == ["b", "r"]
    assert [m.id for m in book.with_user("a1", "north")] == ["m", "b"]  # to them, and to their team
    assert [m.id for m in book.with_user("a2", "north")] == ["b", "r"]


def test_the_newest_standard_text_of_each_title_is_kept() -> None:
    book = CoachingBook(AGENT)
    book.add(message("s1", 1, kind="standard_text", title="运费", body="满199包邮"))
    book.add(message("s2", 2, kind="standard_text", title="退货政策", body="7天无理由"))
    book.add(message("s3", 3, kind="standard_text", title="运费", body="满299包邮"))
    assert [(m.title, m.body) for m in book.standard_texts()] == [("运费", "满299包邮"), ("退货政策", "7天无理由")]


def user(uid: str, role: str, team: str = "", active: bool = True, name: str = "") -> UserRead:
    return UserRead.model_validate(
        {
            "id": str(uuid.uuid5(uuid.NAMESPACE_DNS, uid)),
            "version": 1,
            "created_at": T0,
            "updated_at": T0,
            "username": uid,
            "display_name": name or uid.upper(),
            "role": role,
            "active": active,
            "team": team,
        }
    )


def test_a_supervisor_writes_to_their_teams_agents_and_anybody_else_to_every_agent() -> None:
    users = [
        user("s1", "supervisor", "north"),
        user("s2", "supervisor"),
        user("a1", "agent", "north", name="李娜"),
        user("a2", "agent", "south"),
        user("a3", "agent", "north", active=False),
        user("l1", "logistics", "north"),
    ]
    mine = recipients(users, users[0].id)
    assert [(r.name, r.is_team) for r in mine] == [("north", True), ("李娜", False)]
    everyone = recipients(users, users[1].id)
    assert [r.name for r in everyone] == ["north", "south", "A2", "李娜"]
    assert find("a2", everyone).username == "a2" and find("李娜", everyone).user_id == users[2].id
    assert find("SOUTH", everyone).team == "south" and find("nobody", everyone) is None and find(" ", everyone) is None


def test_problems_are_named_by_field_before_sending_and_refusals_after() -> None:
    problems = check_message(None, CoachingKind.STANDARD_TEXT, " ", "x" * 2001)
    assert set(problems) == {"to", "title", "body"}
    assert all(p.context == "Coaching" for p in problems.values())
    to = recipients([user("a1", "agent")], "s9")[0]
    assert check_message(to, CoachingKind.TEXT, "", "好") == {}
    assert refusal(PermissionDenied("x"))[0] == "to"
    assert refusal(ValidationFailed("x", errors={"title": "a standard text needs a title"}))[0] == "title"
