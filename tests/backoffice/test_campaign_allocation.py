"""Allocation on a real SQLite database at chosen instants: a record is claimed only inside its calling
window on its own clock (the exact boundary minutes, Shanghai and New York), never while on the
do-not-call list (by number, or by a customer who owns the number), in priority order; a list import is
all or nothing; agents shared among campaigns by their allotted share (also on PostgreSQL)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select, update

from backoffice import tables as t
from backoffice.campaigns import allocation, dnc, lists, store
from backoffice.campaigns.rules import CLAIM_TTL
from backoffice.campaigns.tables import campaign_records, campaign_teams, campaigns
from backoffice.db import Database, write_tx
from crm.schemas import new_id
from crm.schemas.campaigns import AttemptReport, CallResult, ColumnMapping, RecordState

UTC = timezone.utc
START = datetime(2026, 1, 1, tzinfo=UTC)
SHANGHAI_OPENS = datetime(2026, 1, 5, 1, 0, tzinfo=UTC)  # Monday 09:00 in Shanghai
NEW_YORK_OPENS = datetime(2026, 1, 5, 14, 0, tzinfo=UTC)  # Monday 09:00 in New York
MINUTE = timedelta(minutes=1)
SHANGHAI_NUMBER, NEW_YORK_NUMBER = "+8613800138001", "+12125550101"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path_factory.mktemp('campaigns') / 'crm.db'}")
    database.create_schema()
    yield database
    database.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest, db: Database) -> Iterator[Database]:
    """The module's SQLite database, or a fresh PostgreSQL one."""
    if request.param == "sqlite":
        yield db
        return
    cluster = request.getfixturevalue("postgres_cluster")
    database = Database(cluster.create_database(f"alloc{new_id()[:6]}"))
    database.create_schema()
    yield database
    database.dispose()


def add_user(db: Database, team: str) -> str:
    user_id = new_id()
    with db.write.begin() as conn:
        conn.execute(
            insert(t.users).values(
                id=user_id,
                version=1,
                created_at=START,
                updated_at=START,
                username=f"u{user_id[:8]}",
                display_name="坐席",
                role="agent",
                password_hash="x",
                team=team,
            )
        )
    return user_id


def add_campaign(
    db: Database,
    team: str,
    priority: int = 5,
    windows: list[dict[str, Any]] | None = None,
    deadline: datetime = START + timedelta(days=60),
) -> str:
    campaign_id = new_id()
    with db.write.begin() as conn:
        conn.execute(
            insert(campaigns).values(
                id=campaign_id,
                version=1,
                created_at=START,
                updated_at=START,
                name="回访",
                script="您好",
                starts_at=START,
                deadline_at=deadline,
                windows=json.dumps(windows or [{"weekday": 0, "start": "09:00", "end": "12:00"}]),
                max_attempts=3,
                max_attempts_24h=2,
                retry=json.dumps({}),
                ending_dispositions=json.dumps(["sale"]),
                priority=priority,
                mode="preview",
                status="running",
                default_time_zone="Asia/Shanghai",
                ring_timeout_s=30,
                minutes_per_attempt=2.0,
            )
        )
        conn.execute(insert(campaign_teams).values(campaign_id=campaign_id, team=team))
    return campaign_id


def add_records(db: Database, campaign_id: str, numbers: list[str], customer_id: str | None = None) -> list[str]:
    rows = [lists.Row(i + 1, n, customer_id or "") for i, n in enumerate(numbers)]
    with db.write.begin() as conn:
        checked = lists.check(conn, campaign_id, rows, "Asia/Shanghai", START)
        assert checked.rejected == []
        lists.insert_records(conn, checked.kept)
    return [r["id"] for r in checked.kept]


def claim(db: Database, user: str, now: datetime) -> Any:
    """The record ``user`` claims at ``now`` (their team's campaigns), or None."""
    with write_tx(db) as ctx:
        got = allocation.claim_next(ctx.conn, user, now, allocation.ZoneCache())
    return None if got is None else got[0]


def release(db: Database, user: str, record: Any, now: datetime) -> None:
    with write_tx(db) as ctx:
        row = ctx.conn.execute(select(campaign_records).where(campaign_records.c.id == record.id)).first()
        campaign = allocation.store.read(ctx.conn, row.campaign_id)
        assert campaign is not None
        allocation.report(ctx.conn, row, campaign, user, AttemptReport(result=CallResult.SKIPPED), now)


def test_a_record_is_claimed_only_inside_its_window_on_its_own_clock(db: Database) -> None:
    team = f"t{new_id()[:6]}"
    campaign = add_campaign(db, team)
    shanghai, new_york = add_records(db, campaign, [SHANGHAI_NUMBER, NEW_YORK_NUMBER])
    agent = add_user(db, team)
    assert claim(db, agent, SHANGHAI_OPENS - MINUTE) is None  # 08:59 in Shanghai, Sunday 19:59 in NY
    got = claim(db, agent, SHANGHAI_OPENS)  # 09:00 in Shanghai; New York's is not open
    assert got.id == shanghai and got.time_zone == "Asia/Shanghai"
    release(db, agent, got, SHANGHAI_OPENS)
    assert claim(db, agent, SHANGHAI_OPENS + timedelta(minutes=29)) is None  # a skip waits 30 minutes
    again = claim(db, agent, SHANGHAI_OPENS + timedelta(minutes=179))  # 11:59 in Shanghai
    assert again.id == shanghai
    release(db, agent, again, SHANGHAI_OPENS + timedelta(minutes=179))
    assert claim(db, agent, SHANGHAI_OPENS + timedelta(minutes=180 + 30)) is None  # 12:30: closed
    assert claim(db, agent, NEW_YORK_OPENS - MINUTE) is None  # 21:59 in Shanghai, 08:59 in NY
    got = claim(db, agent, NEW_YORK_OPENS)
    assert got.id == new_york and got.time_zone == "America/New_York"
    release(db, agent, got, NEW_YORK_OPENS)
    assert claim(db, agent, NEW_YORK_OPENS + timedelta(hours=3)) is None  # 12:00 in New York


def test_an_agent_gets_the_record_they_hold_and_another_agent_never_does(db: Database) -> None:
    team = f"t{new_id()[:6]}"
    campaign = add_campaign(db, team)
    (only,) = add_records(db, campaign, ["+8613800138002"])
    first, second = add_user(db, team), add_user(db, team)
    assert claim(db, first, SHANGHAI_OPENS).id == only
    assert claim(db, first, SHANGHAI_OPENS + MINUTE).id == only  # a retried claim: the same record
    assert claim(db, second, SHANGHAI_OPENS + MINUTE) is None
    assert claim(db, add_user(db, "other team"), SHANGHAI_OPENS) is None
    # a claim left unrenewed for its lifetime (the desktop died) goes to another agent
    assert claim(db, second, SHANGHAI_OPENS + CLAIM_TTL - timedelta(seconds=1)) is None
    assert claim(db, second, SHANGHAI_OPENS + CLAIM_TTL).id == only


def renew(db: Database, user: str, record_id: str, now: datetime) -> Any:
    with write_tx(db) as ctx:
        return allocation.renew(ctx.conn, record_id, user, now)


def test_a_renewed_claim_outlives_its_lifetime_and_only_its_holder_renews_it(db: Database) -> None:
    team = f"t{new_id()[:6]}"
    (only,) = add_records(db, add_campaign(db, team), ["+8613800138009"])
    holder, other = add_user(db, team), add_user(db, team)
    assert claim(db, holder, SHANGHAI_OPENS).id == only
    at = SHANGHAI_OPENS
    for _ in range(5):  # a 20-minute call, renewed every 4 minutes
        at += timedelta(minutes=4)
        assert renew(db, holder, only, at).claim_expires_at == at + CLAIM_TTL
        assert claim(db, other, at) is None
    assert renew(db, other, only, at) is None  # not the holder's
    assert claim(db, other, at + CLAIM_TTL).id == only  # unrenewed: it lapses
    assert renew(db, holder, only, at + CLAIM_TTL) is None  # lapsed, now another agent's
    release(db, other, claim(db, other, at + CLAIM_TTL), at + CLAIM_TTL)
    assert renew(db, other, only, at + CLAIM_TTL) is None  # reported: no claim to renew


def test_a_paused_campaign_takes_its_record_back_from_the_agent(db: Database) -> None:
    team = f"t{new_id()[:6]}"
    campaign = add_campaign(db, team)
    (only,) = add_records(db, campaign, ["+8613800138008"])
    agent = add_user(db, team)
    assert claim(db, agent, SHANGHAI_OPENS).id == only
    with db.write.begin() as conn:
        conn.execute(update(campaigns).where(campaigns.c.id == campaign).values(status="paused"))
    assert claim(db, agent, SHANGHAI_OPENS + MINUTE) is None
    with db.read.connect() as conn:
        row = conn.execute(select(campaign_records).where(campaign_records.c.id == only)).one()
    assert (row.state, row.claimed_by) == (RecordState.PENDING.value, None)


def test_the_higher_priority_campaign_is_dialled_first(db: Database) -> None:
    team = f"t{new_id()[:6]}"
    low, high = add_campaign(db, team, priority=2), add_campaign(db, team, priority=9)
    add_records(db, low, ["+8613800138003"])
    (urgent,) = add_records(db, high, ["+8613800138004"])
    assert claim(db, add_user(db, team), SHANGHAI_OPENS).id == urgent


def test_agents_are_shared_among_campaigns_by_their_allotted_share(any_db: Database) -> None:
    """Pacing says A needs 0.2 of the team, B 0.6: they fit, the spare 0.2 goes by priority 9 : 2, so
    A's share is 0.2 + 0.2 × 9/11 ≈ 0.364, B's 0.6 + 0.2 × 2/11 ≈ 0.636. Each claim goes to the
    campaign furthest below share × agents working (this one included) − its holders:
    1st A 0.364 / B 0.636 → B; 2nd A 0.727 / B 1.273 − 1 → A; 3rd A 1.091 − 1 / B 1.909 − 1 → B;
    4th A 1.455 − 1 / B 2.545 − 2 → B; 5th A 1.818 − 1 / B 3.182 − 3 → A; 6th A 2.182 − 2 / B
    3.818 − 3 → B; 7th A 2.545 − 2 / B 4.455 − 4 → A; 8th A 2.909 − 3 / B 5.091 − 4 → B (its last
    record); 9th A 3.273 − 3 / B 5.727 − 5 → B first, but B has nothing left to call: A. By priority
    alone A would have taken every claim while it had records, B none."""
    team = f"t{new_id()[:6]}"
    a, b = add_campaign(any_db, team, priority=9), add_campaign(any_db, team, priority=2)
    add_records(any_db, a, [f"+86138001390{i:02d}" for i in range(5)])
    add_records(any_db, b, [f"+86138001391{i:02d}" for i in range(5)])
    need = {a: 0.2, b: 0.6}
    got = []
    for _ in range(9):
        user = add_user(any_db, team)
        with write_tx(any_db) as ctx:
            claimed = allocation.claim_next(ctx.conn, user, SHANGHAI_OPENS, allocation.ZoneCache(), need.__getitem__)
        assert claimed is not None
        got.append("A" if claimed[1]["id"] == a else "B")
    assert got == ["B", "A", "B", "B", "A", "B", "A", "B", "A"]


def test_do_not_call_numbers_and_customers_are_never_claimed(db: Database) -> None:
    team = f"t{new_id()[:6]}"
    campaign = add_campaign(db, team)
    customer = new_id()
    with db.write.begin() as conn:
        conn.execute(insert(t.customers).values(id=customer, version=1, created_at=START, updated_at=START, name="王"))
        conn.execute(
            insert(t.customer_phones).values(
                customer_id=customer, position=0, number="13800138006", normalized="+8613800138006", type="mobile"
            )
        )
    by_number, by_owner, fine = add_records(db, campaign, ["+8613800138005", "+8613800138006", "+8613800138007"])
    with db.write.begin() as conn:  # an entry marks the waiting records it forbids
        dnc.add(conn, "+8613800138005", None, "customer_request", "", None, START)  # type: ignore[arg-type]
        assert dnc.mark_records(conn, "+8613800138005", None, START) == 1
    with db.write.begin() as conn:  # one the records were not marked for (the number is new to the customer)
        dnc.add(conn, None, customer, "regulator", "", None, START)  # type: ignore[arg-type]
    agent = add_user(db, team)
    assert claim(db, agent, SHANGHAI_OPENS).id == fine
    assert claim(db, add_user(db, team), SHANGHAI_OPENS) is None  # the customer's number is passed over
    with db.read.connect() as conn:
        states = dict(conn.execute(select(campaign_records.c.id, campaign_records.c.state)).all())
    assert (states[by_number], states[by_owner]) == (RecordState.DNC.value, RecordState.PENDING.value)


def test_an_import_is_all_or_nothing(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    team = f"t{new_id()[:6]}"
    campaign = add_campaign(db, team)
    csv = "电话\n" + "".join(f"1390000{i:04d}\n" for i in range(1200))
    rows = lists.read_csv(csv.encode(), ColumnMapping(phone="电话"))
    calls = 0
    real = lists.insert

    def failing(table: Any) -> Any:  # the third chunk of 500 fails (a full disk, a lost connection)
        nonlocal calls
        calls += 1
        if calls == 3:
            raise RuntimeError("disk full")
        return real(table)

    monkeypatch.setattr(lists, "insert", failing)
    with pytest.raises(RuntimeError), write_tx(db) as ctx:
        checked = lists.check(ctx.conn, campaign, rows, "Asia/Shanghai", START)
        assert len(checked.kept) == 1200
        lists.insert_records(ctx.conn, checked.kept)
    with db.read.connect() as conn:
        count = conn.execute(select(func.count()).where(campaign_records.c.campaign_id == campaign)).scalar_one()
    assert count == 0


def no_answer(db: Database, user: str, record: Any, now: datetime) -> Any:
    """Report ``user``'s claimed ``record`` unanswered at ``now``: the record as it is then."""
    with write_tx(db) as ctx:
        row = ctx.conn.execute(select(campaign_records).where(campaign_records.c.id == record.id)).one()
        campaign = store.read(ctx.conn, row.campaign_id)
        assert campaign is not None
        return allocation.report(ctx.conn, row, campaign, user, AttemptReport(result=CallResult.NO_ANSWER), now)


def test_retries_come_sooner_near_the_deadline_so_the_attempts_left_fit(db: Database) -> None:
    """A 09:00–12:00 + 13:00–18:00 list due at 12:00 in Shanghai (04:00 UTC), 3 attempts, an hour after
    no answer: a record tried at 10:00 would be retried at 11:00 and then after the deadline; its two
    retries are spaced 40 minutes instead (10:40, 11:20). A Tokyo record's last window before the
    deadline closes at 12:00 in Tokyo (03:00 UTC): tried at 10:00 Tokyo, 20 minutes (10:20, 10:40)."""
    team = f"t{new_id()[:6]}"
    office = [{"weekday": 0, "start": s, "end": e} for s, e in (("09:00", "12:00"), ("13:00", "18:00"))]
    deadline = SHANGHAI_OPENS + timedelta(hours=3)
    campaign = add_campaign(db, team, windows=office, deadline=deadline)
    with db.write.begin() as conn:
        conn.execute(update(campaigns).where(campaigns.c.id == campaign).values(max_attempts_24h=3))
    add_records(db, campaign, ["+8613800138031", "+81312345678"])
    agent = add_user(db, team)
    at = SHANGHAI_OPENS + timedelta(hours=1)  # 10:00 in Shanghai, 11:00 in Tokyo
    first = claim(db, agent, at)
    assert no_answer(db, agent, first, at).next_due_at == at + timedelta(minutes=40)
    tokyo = claim(db, agent, at)
    assert tokyo.time_zone == "Asia/Tokyo"
    # Tokyo's window closes at 03:00 UTC, 60 minutes away: 20 minutes each
    assert no_answer(db, agent, tokyo, at).next_due_at == at + timedelta(minutes=20)
    assert claim(db, agent, at + timedelta(minutes=19)) is None
    again = claim(db, agent, at + timedelta(minutes=20))
    assert again.id == tokyo.id
    # the last retry: the 40 minutes left before the window closes, halved
    later = at + timedelta(minutes=20)
    assert no_answer(db, agent, again, later).next_due_at == later + timedelta(minutes=20)
    assert claim(db, agent, at + timedelta(minutes=39)) is None
    second = claim(db, agent, at + timedelta(minutes=40))
    assert second.id == first.id
    # 80 minutes to the deadline, one retry left: 40 minutes
    assert no_answer(db, agent, second, at + timedelta(minutes=40)).next_due_at == at + timedelta(minutes=80)
