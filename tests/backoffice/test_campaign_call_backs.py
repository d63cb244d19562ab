"""A campaign's call back asked for after the campaign can call (over HTTP, SQLite and PostgreSQL): it
lands in the general Call Back queue exactly once (also when the result is sent again), as a call back
an agent sets from an ordinary call (the customer, the number, the time asked, the campaign's name, the
agent's notes), and the record is done; a call back before the deadline waits in the campaign as
before."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from tests.backoffice.conftest import key, new_customer
from tests.backoffice.test_campaigns_api import import_csv, new_campaign, number, set_status, team  # noqa: F401
from tests.fixtures.backoffice import ApiSession, BackofficeProcess


def at(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def running_with_one_record(team: dict[str, Any], phone: str, customer_id: str, hours: float) -> dict[str, Any]:
    """A running campaign (every hour a calling hour) ending in ``hours``, whose one record is ``phone``."""
    now = datetime.now(timezone.utc)
    campaign = new_campaign(
        team["supervisor"], name=f"秋季回访 {phone[-4:]}", deadline_at=(now + timedelta(hours=hours)).isoformat()
    )
    imported = import_csv(team["supervisor"], campaign["id"], f"电话,客户\n{phone},{customer_id}\n", customer_id="客户")
    assert imported.json()["kept"] == 1, imported.text
    return set_status(team["supervisor"], campaign, "running")


def queued_for(session: ApiSession, customer_id: str) -> list[dict[str, Any]]:
    r = session.get("/callbacks", params={"customer_id": customer_id, "limit": 100})
    assert r.status_code == 200, r.text
    body = r.json()
    return body["items"] if isinstance(body, dict) else body


def call_back(agent: ApiSession, record_id: str, when: datetime, headers: dict[str, str]) -> Any:
    body = {
        "result": "answered",
        "disposition": "call_back",
        "call_back_at": when.isoformat(),
        "notes": "下午三点后方便",
    }
    return agent.post(f"/campaigns/records/{record_id}/result", json=body, headers=headers)


def test_a_call_back_after_the_deadline_goes_to_the_call_back_queue_once_and_the_record_is_done(
    bo: BackofficeProcess, team: dict[str, Any]
) -> None:
    supervisor, agent = team["supervisor"], team["agent"]
    phone = number()
    customer = new_customer(bo.session("admin"), phones=[{"number": phone}])
    campaign = running_with_one_record(team, phone, customer["id"], hours=2)
    claimed = agent.post("/campaigns/claim-next", headers=key()).json()
    record_id = claimed["record"]["id"]
    # the agent's desktop learns from when a call back leaves the campaign: its last calling minute
    assert at(claimed["call_back_queue_from"]) == at(campaign["deadline_at"])
    asked = at(campaign["deadline_at"]) + timedelta(days=1)
    once = key()
    first = call_back(agent, record_id, asked, once)
    assert first.status_code == 200, first.text
    record = first.json()
    assert (record["state"], record["last_disposition"], record["next_due_at"]) == ("done", "call_back", None)
    assert record["callback_id"]
    replay = call_back(agent, record_id, asked, once)  # the outbox sends it again after a lost answer
    assert replay.json() == record and replay.headers.get("Idempotent-Replay") == "true"
    again = call_back(agent, record_id, asked, key())  # or as a new result: the record is no longer held
    assert (again.status_code, again.json()["code"]) == (409, "not_claimed")
    queued = queued_for(bo.session("admin"), customer["id"])
    assert [q["id"] for q in queued] == [record["callback_id"]]
    entry = queued[0]
    assert (entry["status"], entry["source"], entry["reason"]) == ("pending", "manual", campaign["name"])
    assert entry["number"] == "+86" + phone and entry["notes"] == "下午三点后方便"
    assert at(entry["due_at"]) == asked and entry["claimed_by"] is None  # any agent's, as ordinary ones
    # another agent of the team sees it in the queue and may claim it
    assert [q["id"] for q in queued_for(team["agent2"], customer["id"])] == [entry["id"]]
    progress = supervisor.get(f"/campaigns/{campaign['id']}/progress").json()
    assert (progress["total"], progress["done"], progress["left"]) == (1, 1, 0)
    explained = supervisor.get(f"/campaigns/{campaign['id']}/explain").json()["items"]
    assert [x["reasons"] for x in explained] == [["call_back_queue"]]
    assert agent.post("/campaigns/claim-next", headers=key()).status_code == 204  # nothing left to call


def test_a_call_back_before_the_deadline_waits_in_the_campaign_as_before(
    bo: BackofficeProcess, team: dict[str, Any]
) -> None:
    supervisor, agent = team["supervisor"], team["agent"]
    phone = number()
    customer = new_customer(bo.session("admin"), phones=[{"number": phone}])
    campaign = running_with_one_record(team, phone, customer["id"], hours=3)
    record_id = agent.post("/campaigns/claim-next", headers=key()).json()["record"]["id"]
    asked = at(campaign["deadline_at"]) - timedelta(hours=1)
    reported = call_back(agent, record_id, asked, key())
    assert reported.status_code == 200, reported.text
    record = reported.json()
    assert (record["state"], at(record["next_due_at"]), record["callback_id"]) == ("pending", asked, None)
    assert queued_for(bo.session("admin"), customer["id"]) == []
    progress = supervisor.get(f"/campaigns/{campaign['id']}/progress").json()
    assert (progress["done"], progress["left"]) == (0, 1)
    reasons = supervisor.get(f"/campaigns/{campaign['id']}/explain").json()["items"][0]["reasons"]
    assert reasons == ["retry_not_due"]
