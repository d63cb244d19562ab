"""To-dos and the Call Back queue between two real desktop stores and the real back office."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import update

from crm.schemas.callbacks import AttemptOutcome, CallbackSource
from crm.store import callbacks as cbq
from crm.store.todos import Me, TodoBook
from tests.crm.helpers import client_for, engine_for

SYNCED = ("customers", "media_sources", "todos", "callbacks")
"""What these tests need pulled (fewer round trips than every entity)."""


def set_team(db_url: str, username: str, team: str) -> None:
    from backoffice import tables as t
    from backoffice.db import Database

    db = Database(db_url)
    with db.write.begin() as conn:
        conn.execute(update(t.users).where(t.users.c.username == username).values(team=team))
    db.dispose()


@pytest.fixture
def desks(live_backoffice, tmp_path):
    """Two agents' desktops (client + store + sync engine): agent1 and agent2 in team "hotline"."""
    for name in ("agent1", "agent2"):
        set_team(live_backoffice.db_url, name, "hotline")
    made = []

    def desk(name: str):
        client = client_for(live_backoffice.url, name)
        engine = engine_for(client, tmp_path / f"{name}.db", entities=SYNCED)
        made.append(engine)
        return engine

    yield desk
    for engine in made:
        engine.stop()
        engine.store.close()
        engine.client.close()


def book(engine, clock=None) -> TodoBook:
    return TodoBook(engine.store, Me.from_user(engine.client.user), clock or (lambda: datetime.now(timezone.utc)))


def test_a_todo_assigned_to_another_agent_appears_on_their_desktop_after_sync(desks):
    a, b = desks("agent1"), desks("agent2")
    a_book, b_book = book(a), book(b)
    due = datetime.now(timezone.utc) + timedelta(hours=2)
    item = a_book.create(
        "回电确认退款", due_at=due, priority="high", assignee_id=b_book.me.user_id, notes="客户要求下午回电"
    )
    a.run_once()
    b.run_once()
    got = b_book.get(item["id"])
    assert got is not None and got["title"] == "回电确认退款" and got["assignee_id"] == b_book.me.user_id
    assert got["created_by"] == a_book.me.user_id and got["priority"] == "high"
    assert [t["id"] for t in b_book.listed("mine")] == [item["id"]]
    assert a_book.listed("mine") == []  # still visible to its creator, but not "mine"
    # B completes it; A (the creator) sees that at its next sync
    b_book.complete(item["id"])
    b.run_once()
    a.run_once()
    assert a_book.get(item["id"])["status"] == "done"
    assert a_book.get(item["id"])["completed_at"]


def test_team_items_reach_the_whole_team_and_alert_state_syncs(desks):
    a, b = desks("agent1"), desks("agent2")
    now = datetime.now(timezone.utc)
    a_book = book(a)
    b_book = book(b, clock=lambda: now + timedelta(minutes=10))
    item = a_book.create("盘点赠品库存", due_at=now + timedelta(minutes=5), team="hotline")
    a.run_once()
    b.run_once()
    assert [t["id"] for t in b_book.listed("team")] == [item["id"]]
    assert [t["id"] for t in b_book.due_for_alert()] == [item["id"]]
    b_book.mark_alerted([item["id"]])
    b.run_once()
    a.run_once()
    assert a_book.get(item["id"])["alerted_at"]
    assert book(a, clock=lambda: now + timedelta(minutes=10)).due_for_alert() == []


def test_two_agents_claim_the_same_callback_one_wins_the_other_moves_on(desks):
    a, b = desks("agent1"), desks("agent2")
    t0 = datetime.now(timezone.utc)
    first = cbq.record_missed(
        a.store, cbq.MissedCall("13800138000", t0 - timedelta(minutes=9), CallbackSource.ABANDONED)
    )
    second = cbq.record_missed(
        a.store, cbq.MissedCall("13900139000", t0 - timedelta(minutes=2), CallbackSource.LINES_BUSY)
    )
    assert cbq.record_missed(a.store, cbq.MissedCall("138 0013 8000", t0, CallbackSource.UNANSWERED)) is None
    a.run_once()
    b.run_once()
    queue_a = cbq.waiting(a.store, t0, a.client.user["id"])
    queue_b = cbq.waiting(b.store, t0, b.client.user["id"])
    assert [e["number"] for e in queue_b] == ["+8613800138000", "+8613900139000"]  # longest waiting first
    assert queue_b[0]["customer_id"] and queue_b[0]["source"] == "abandoned"
    won = cbq.claim(a.client, a.store, queue_a[0])
    lost = cbq.claim(b.client, b.store, queue_b[0])
    assert won.won and won.record["claimed_by"] == a.client.user["id"]
    assert not lost.won and lost.reason == "already_claimed"
    after = cbq.waiting(b.store, t0, b.client.user["id"])
    assert [e["id"] for e in after] == [second["id"]]  # B moves on to the next caller
    assert cbq.claim(b.client, b.store, after[0]).won
    assert first["id"] != second["id"]


def test_attempts_follow_the_retry_rules_and_finished_entries_leave_the_queue(desks, live_backoffice):
    a = desks("agent1")
    t0 = datetime.now(timezone.utc)
    entry = cbq.create_manual(a.store, "13700137000", None, reason="承诺回电")
    a.run_once()
    supervisor = client_for(live_backoffice.url, "sup1")
    supervisor.update("callbacks", entry["id"], {"notes": "vip"}, version=1)
    a.run_once()
    me = a.client.user["id"]
    for n in (1, 2):
        current = cbq.waiting(a.store, t0 + timedelta(hours=n), me)[0]
        assert cbq.claim(a.client, a.store, current).won
        cbq.record_attempt(a.store, entry["id"], AttemptOutcome.NO_ANSWER if n == 1 else AttemptOutcome.BUSY)
        assert cbq.waiting(a.store, t0 + timedelta(hours=n), me) == []  # gone at once, even offline
        a.run_once()
        record = a.store.get("callbacks", entry["id"])
        assert record["status"] == "pending" and record["attempts"] == n
        due = datetime.fromisoformat(record["due_at"].replace("Z", "+00:00"))
        assert timedelta(seconds=890) < due - datetime.now(timezone.utc) <= timedelta(seconds=900)
        assert cbq.waiting(a.store, datetime.now(timezone.utc), me) == []  # spacing: not yet due
        assert cbq.next_due_at(a.store, datetime.now(timezone.utc)) == due
    current = cbq.waiting(a.store, t0 + timedelta(hours=3), me)[0]
    assert cbq.claim(a.client, a.store, current).won
    cbq.record_attempt(a.store, entry["id"], AttemptOutcome.NO_ANSWER)
    a.run_once()
    record = a.store.get("callbacks", entry["id"])
    assert record["status"] == "failed" and record["attempts"] == 3  # given up after max_attempts
    assert [x["outcome"] for x in record["attempt_log"]] == ["no_answer", "busy", "no_answer"]
    assert cbq.waiting(a.store, t0 + timedelta(days=1), me) == []
    supervisor.close()


def test_attempt_rules_reached_wrong_number_and_claim_needed(desks):
    from crm.client_errors import StateConflict
    from crm.schemas.callbacks import after_attempt

    now = datetime.now(timezone.utc)
    assert after_attempt(AttemptOutcome.REACHED, 1, 3, 60, now).status == "done"
    assert after_attempt(AttemptOutcome.WRONG_NUMBER, 1, 3, 60, now).status == "failed"
    assert after_attempt(AttemptOutcome.BUSY, 2, 3, 60, now).due_at == now + timedelta(seconds=60)
    assert after_attempt(AttemptOutcome.BUSY, 3, 3, 60, now).status == "failed"
    a = desks("agent1")
    reached = cbq.create_manual(a.store, "13600136000", None)
    wrong = cbq.create_manual(a.store, "13500135000", None)
    a.run_once()
    with pytest.raises(StateConflict) as err:  # nobody claimed it: no attempt can be recorded
        a.client.action("callbacks", reached["id"], "attempt", {"outcome": "reached"}, version=1)
    assert err.value.code == "not_claimed"
    for entry, outcome, status in (
        (reached, AttemptOutcome.REACHED, "done"),
        (wrong, AttemptOutcome.WRONG_NUMBER, "failed"),
    ):
        assert cbq.claim(a.client, a.store, a.store.get("callbacks", entry["id"])).won
        cbq.record_attempt(a.store, entry["id"], outcome)
        a.run_once()
        assert a.store.get("callbacks", entry["id"])["status"] == status
    assert cbq.waiting(a.store, now + timedelta(days=1), a.client.user["id"]) == []


def test_agents_see_only_their_own_team_and_created_items(desks):
    a, b = desks("agent1"), desks("agent2")
    a_book, b_book = book(a), book(b)
    private = a_book.create("我自己的事")
    a.run_once()
    b.run_once()
    assert b_book.get(private["id"]) is None
    assert a_book.get(private["id"])["assignee_id"] == a_book.me.user_id


def test_a_claim_left_by_a_desktop_that_went_quiet_can_be_taken_over(desks, live_backoffice):
    from backoffice import tables as t
    from backoffice.db import Database

    a, b = desks("agent1"), desks("agent2")
    entry = cbq.create_manual(a.store, "13300133000", None)
    a.run_once()
    b.run_once()
    assert cbq.claim(a.client, a.store, a.store.get("callbacks", entry["id"])).won
    b.run_once()
    assert not cbq.claim(b.client, b.store, b.store.get("callbacks", entry["id"])).won
    later = datetime.now(timezone.utc) + timedelta(minutes=11)
    assert cbq.waiting(b.store, later - timedelta(minutes=2), b.client.user["id"]) == []  # still A's
    db = Database(live_backoffice.db_url)  # on the server too, A's claim is 11 minutes old now
    with db.write.begin() as conn:
        conn.execute(
            update(t.callbacks)
            .where(t.callbacks.c.id == entry["id"])
            .values(claimed_at=datetime.now(timezone.utc) - timedelta(minutes=11))
        )
    db.dispose()
    stale = cbq.waiting(b.store, later, b.client.user["id"])  # A's desktop went quiet
    assert [e["id"] for e in stale] == [entry["id"]]
    won = cbq.claim(b.client, b.store, stale[0])
    assert won.won and won.record["claimed_by"] == b.client.user["id"]


def test_a_missed_call_is_linked_to_the_known_customer_and_the_advert_it_came_from(desks, live_backoffice):
    supervisor = client_for(live_backoffice.url, "sup1")
    source = supervisor.create(
        "media_sources", {"dnis": "400-800-1234", "channel": "湖南卫视", "advert": "按摩仪 30 秒"}
    )
    a = desks("agent1")
    known = a.store.create("customers", {"name": "王芳", "phones": [{"number": "13800138000"}]})
    a.run_once()
    t0 = datetime.now(timezone.utc)
    entry = cbq.record_missed(a.store, cbq.MissedCall("+8613800138000", t0, CallbackSource.ABANDONED, "4008001234"))
    new = cbq.record_missed(a.store, cbq.MissedCall("13911112222", t0, CallbackSource.LINES_BUSY, ""))
    a.run_once()
    entry, new = a.store.get("callbacks", entry["id"]), a.store.get("callbacks", new["id"])
    assert entry["customer_id"] == known["id"] and entry["media_source_id"] == source.id
    assert entry["requested_at"].startswith(t0.strftime("%Y-%m-%dT%H:%M"))
    simple = a.store.get("customers", new["customer_id"])  # a new simple record
    assert simple["name"] == "+8613911112222" and new["media_source_id"] is None
    assert a.store.customers_by_phone("13911112222")[0]["id"] == simple["id"]
    supervisor.close()


def test_the_alert_query_follows_the_alert_rule(tmp_path):
    """due_for_alert / next_alert_at (SQL) agree with needs_alert / next_alert_at (the rule) item by item."""
    from crm.store import Store
    from crm.store.todos import alert_time, api_time, needs_alert, next_alert_at

    store = Store(tmp_path / "rule.db")
    now = datetime(2026, 11, 22, 12, 0, 0, 500000, tzinfo=timezone.utc)
    me, team = Me("11111111-1111-1111-1111-111111111111", "hotline"), "hotline"
    at = lambda **kw: api_time(now + timedelta(**kw))  # noqa: E731
    cases = [
        {"due_at": at(seconds=-1)},
        {"due_at": at(seconds=1)},
        {"due_at": None},
        {"due_at": at(milliseconds=-100)},
        {"due_at": at(milliseconds=100)},
        {"due_at": at(hours=-2), "alerted_at": at(hours=-1)},
        {"due_at": at(hours=-2), "alerted_at": at(hours=-1), "snoozed_until": at(minutes=-5)},
        {"due_at": at(hours=-2), "alerted_at": at(hours=-1), "snoozed_until": at(minutes=5)},
        {"due_at": at(hours=-2), "status": "done"},
        {"due_at": at(hours=-2), "assignee_id": "22222222-2222-2222-2222-222222222222"},
        {"due_at": at(hours=-3), "assignee_id": None, "team": team},
        {"due_at": at(hours=-3), "assignee_id": None, "team": "other"},
        {"due_at": at(days=3)},
        {"due_at": "2026-11-22T12:00:00Z"},
        {"due_at": "2026-11-22T12:00:01Z"},
    ]
    records = []
    for i, case in enumerate(cases):
        record = {
            "id": f"00000000-0000-0000-0000-{i:012d}",
            "version": 1,
            "title": str(i),
            "status": "open",
            "assignee_id": me.user_id,
            "team": "",
            "alerted_at": None,
            "snoozed_until": None,
            **case,
        }
        records.append(record)
    store.bulk_load("todos", records)
    book = TodoBook(store, me, lambda: now)
    mine = [r for r in records if book.alerts_me(r)]
    expected = sorted((r for r in mine if needs_alert(r, now)), key=lambda r: alert_time(r))
    assert [r["id"] for r in book.due_for_alert()] == [r["id"] for r in expected]
    assert book.next_alert_at() == next_alert_at(mine, now) == now + timedelta(milliseconds=100)
    store.close()
