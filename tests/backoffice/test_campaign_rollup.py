"""The campaigns' roll-up over HTTP on SQLite and PostgreSQL: once the attempts are rolled up, every
figure of the campaign report still equals the one worked out again in plain Python, after attempts are
recorded late (with times inside periods already rolled up), a new record is worked, and a record's
final state changes; an attempt reported through the API counts at once, with the record it finished;
a campaign's live progress gives the report's contact rate and conversion."""

from __future__ import annotations

import random
import time
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import create_engine, func, insert, select, update

from backoffice.campaigns.tables import campaign_attempts, campaign_records, campaign_rollups, campaign_slices
from tests.backoffice import report_reference as ref
from tests.backoffice.conftest import key
from tests.backoffice.test_campaigns_api import import_csv, new_campaign, set_status, team  # noqa: F401
from tests.backoffice.test_reports import two_teams
from tests.backoffice.test_reports_campaigns import (  # noqa: F401  (``bo``: a fixture)
    FINAL,
    PERIOD,
    Data,
    assert_report,
    assert_values,
    bo,
    build,
    campaigns,
    edge_times,
    reference,
    two_campaigns,
)
from tests.fixtures.backoffice import ApiSession, BackofficeProcess

VIEWS = [("hour", "agent"), ("day", "none"), ("15min", "team"), ("none", "none"), ("week", "agent")]


def rolled_up(bo: BackofficeProcess) -> None:
    """Ask for campaign reports until the back office has rolled the attempts up (in the background)."""
    engine = create_engine(bo.db_url)
    try:
        for _ in range(200):
            campaigns(bo.session("admin"), interval="none")
            with engine.connect() as conn:
                if conn.execute(select(campaign_rollups.c.id)).first() is not None:
                    return
            time.sleep(0.1)
    finally:
        engine.dispose()
    raise AssertionError("the attempts were not rolled up within 20 s")


def check(bo: BackofficeProcess, data: Data) -> None:
    """Every view of ``data``'s campaigns equals the reference, each campaign's too; the roll-up holds all
    of their attempts (the report read it up to date)."""
    admin = bo.session("admin")
    for interval, group_by in VIEWS:
        report = campaigns(admin, interval=interval, group_by=group_by)
        mine = [row for row in report["rows"] if row["campaign_id"] in data.campaigns]
        assert_report({"rows": mine}, reference(data, interval, group_by)[0])
    for campaign in data.campaigns:
        one = campaigns(admin, interval="none", campaign=campaign)
        attempts = [a for a in data.attempts if a["campaign_id"] == campaign]
        only = Data({campaign: data.campaigns[campaign]}, data.agents, attempts, data.records)
        _, total = reference(only, "none", "none")
        assert_values(one["total"], total, campaign)
    engine = create_engine(bo.db_url)
    with engine.connect() as conn:
        s = campaign_slices.c
        rows = select(s.campaign_id, func.sum(s.attempts)).where(s.campaign_id.in_(list(data.campaigns)))
        counted = dict(conn.execute(rows.group_by(s.campaign_id)).all())
    engine.dispose()
    every = {c: sum(1 for a in data.attempts if a["campaign_id"] == c and a["result"] != "skipped") for c in counted}
    assert counted == every and set(counted) == set(data.campaigns)


def written_an_hour_ago(bo: BackofficeProcess, data: Data) -> None:
    """``data``'s attempts and records as if written an hour ago (their figures unchanged): a refresh
    then counts again only what is written afterwards, not everything written within its margin."""
    hour_ago = datetime.now(timezone.utc) - timedelta(hours=1)
    engine = create_engine(bo.db_url)
    with engine.begin() as conn:
        mine = list(data.campaigns)
        a, r = campaign_attempts.c, campaign_records.c
        conn.execute(update(campaign_attempts).where(a.campaign_id.in_(mine)).values(written_at=hour_ago))
        conn.execute(update(campaign_records).where(r.campaign_id.in_(mine)).values(updated_at=hour_ago))
    engine.dispose()


def test_the_rolled_up_report_stays_exact_after_late_attempts_and_changed_records(bo: BackofficeProcess) -> None:
    people = two_teams(bo, "cr")
    team_, other, a, b, c = (people[k] for k in ("team", "other", "a", "b", "c"))
    data = build(bo, two_campaigns(bo, [team_, other]), {a["id"]: team_, b["id"]: team_, c["id"]: other}, seed=29)
    rolled_up(bo)
    check(bo, data)
    written_an_hour_ago(bo, data)

    rng = random.Random(5)
    stamp = datetime.now(timezone.utc)
    in_period = [r for r in data.records.values() if ref.START <= r["last_attempt_at"] < ref.END]
    pending = [r for r in in_period if r["state"] == "pending"]
    ended, waiting, reopened = pending[:4], pending[4], next(r for r in in_period if r["state"] in FINAL)
    steady = [r for r in in_period if r["state"] in FINAL][1:4]
    late: list[dict[str, Any]] = []
    for record in ended:  # another attempt, recorded now with a time in the period, that ends the record
        at = record["last_attempt_at"] + timedelta(minutes=rng.randint(1, 90))
        late.append({"record_id": record["id"], "campaign_id": record["campaign_id"], "at": at, "result": "answered"})
        record |= {"state": "done", "last_attempt_at": at, "attempts": record["attempts"] + 1}
    for record in steady:  # an attempt recorded late, before the record's last: the record unchanged
        at = record["last_attempt_at"] - timedelta(minutes=rng.randint(1, 90))
        late.append({"record_id": record["id"], "campaign_id": record["campaign_id"], "at": at, "result": "busy"})
    new_record = str(uuid.uuid4())
    campaign = sorted(data.campaigns)[0]
    for at in edge_times()[1:4]:  # a new record worked on the first day, at the edges
        late.append({"record_id": new_record, "campaign_id": campaign, "at": at, "result": "no_answer"})
    for attempt in late:
        attempt |= {"id": str(uuid.uuid4()), "agent_id": rng.choice(list(data.agents)), "sip_code": None, "notes": ""}
        attempt["disposition"] = "sale" if attempt["result"] == "answered" else None
    data.records[new_record] = {
        **next(iter(data.records.values())),
        "id": new_record,
        "campaign_id": campaign,
        "normalized": f"+86139{rng.randrange(10**8):08d}",
        "attempts": 3,
        "state": "exhausted",
        "last_attempt_at": edge_times()[3],
        "created_at": stamp,
        "updated_at": stamp,
    }
    data.attempts += late
    # a finished record whose last attempt is in a period already rolled up is opened again, and a
    # waiting one is ended without another attempt (as a supervisor's edit would): both write updated_at
    reopened["state"], waiting["state"] = "pending", "exhausted"
    engine = create_engine(bo.db_url)
    with engine.begin() as conn:
        conn.execute(insert(campaign_records), [data.records[new_record]])
        conn.execute(insert(campaign_attempts), late)
        r = campaign_records.c
        for record in (*ended, reopened, waiting):
            values = {k: record[k] for k in ("state", "last_attempt_at", "attempts")}
            conn.execute(update(campaign_records).where(r.id == record["id"]).values(**values, updated_at=stamp))
    engine.dispose()
    check(bo, data)


def counts_today(session: ApiSession, campaign_id: str) -> dict[str, Any]:
    today = datetime.now(ref.SHANGHAI).date()
    params = {"from": today.isoformat(), "to": (today + timedelta(days=1)).isoformat(), "campaign": campaign_id}
    r = session.get("/reports/campaigns", params={**params, "interval": "none"})
    assert r.status_code == 200, r.text
    return dict(r.json()["total"])


def test_an_attempt_reported_counts_at_once_with_the_record_it_finished_and_progress_agrees(
    bo: BackofficeProcess,
    team: dict[str, Any],
) -> None:
    supervisor, agent = team["supervisor"], team["agent"]
    campaign = new_campaign(supervisor, max_attempts=3)
    phones = [f"139{random.randrange(10**8):08d}" for _ in range(3)]
    assert import_csv(supervisor, campaign["id"], "电话\n" + "\n".join(phones) + "\n").status_code == 200
    set_status(supervisor, campaign, "running")
    rolled_up(bo)
    assert counts_today(supervisor, campaign["id"])["attempts"] == 0
    results = [
        {"result": "answered", "disposition": "sale"},  # a contact and a sale: the record is done
        {"result": "answered", "disposition": "machine"},  # answered, but no contact
        {"result": "busy", "sip_code": 486},  # waits for a retry
    ]
    for body in results:
        record = agent.post("/campaigns/claim-next", headers=key()).json()["record"]
        r = agent.post(f"/campaigns/records/{record['id']}/result", json=body, headers=key())
        assert r.status_code == 200, r.text
    figures = counts_today(supervisor, campaign["id"])
    assert (figures["attempts"], figures["contacts"], figures["sales"]) == (3, 1, 1)
    assert (figures["attempts_answered"], figures["attempts_busy"]) == (2, 1)
    records = supervisor.get(f"/campaigns/{campaign['id']}/records").json()["items"]
    assert figures["records_finished"] == sum(x["state"] in FINAL for x in records) >= 1  # the sale's at least
    progress = supervisor.get(f"/campaigns/{campaign['id']}/progress").json()
    assert progress["attempts"] == 3
    assert progress["contact_rate"] == pytest.approx(figures["contact_rate"]) == pytest.approx(1 / 3)
    assert progress["conversion_rate"] == pytest.approx(figures["sales_conversion"]) == 1.0
