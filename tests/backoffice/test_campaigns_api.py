"""Campaigns over HTTP (SQLite and PostgreSQL): who may run and work which campaign, a list import's
validation report (bad rows named, good rows kept, nothing written by a dry run), a list from a
customer search, the do-not-call list and a manual dial's check, claiming and reporting results
(idempotent), the reasons records are not dialled, and progress. Two PostgreSQL workers never hand one
record to two agents."""

from __future__ import annotations

import io
import random
import threading
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from openpyxl import Workbook

from tests.backoffice.conftest import key, new_customer
from tests.fixtures.backoffice import ApiSession, BackofficeProcess

PASSWORD = "campaign-password-1"
ALL_DAY = [{"weekday": d, "start": "00:00", "end": "24:00"} for d in range(7)]


def new_user(bo: BackofficeProcess, role: str, team: str) -> tuple[dict[str, Any], ApiSession]:
    name = f"cp{role[:3]}{uuid.uuid4().hex[:8]}"
    body = {"username": name, "display_name": f"外呼 {name}", "role": role, "password": PASSWORD, "team": team}
    r = bo.session("admin").post("/users", json=body, headers=key())
    assert r.status_code == 201, r.text
    bo.credentials[name] = PASSWORD
    return r.json(), bo.session(name)


def number() -> str:
    return f"139{random.randrange(10**8):08d}"


def new_campaign(supervisor: ApiSession, **fields: Any) -> dict[str, Any]:
    now = datetime.now(timezone.utc)
    body = {
        "name": "新品回访",
        "script": "您好，我们有新的保健品试用装……",
        "starts_at": (now - timedelta(hours=1)).isoformat(),
        "deadline_at": (now + timedelta(days=7)).isoformat(),
        "windows": ALL_DAY,
        **fields,
    }
    r = supervisor.post("/campaigns", json=body, headers=key())
    assert r.status_code == 201, r.text
    return r.json()


def set_status(supervisor: ApiSession, campaign: dict[str, Any], status: str) -> dict[str, Any]:
    r = supervisor.patch(
        f"/campaigns/{campaign['id']}",
        json={"status": status},
        headers={**key(), "If-Match": f'"{campaign["version"]}"'},
    )
    assert r.status_code == 200, r.text
    return r.json()


def import_csv(supervisor: ApiSession, campaign_id: str, text: str, **params: Any) -> Any:
    query = {"phone": "电话", **params}
    return supervisor.post(
        f"/campaigns/{campaign_id}/records/import",
        params=query,
        data=text.encode(),
        headers={**key(), "Content-Type": "text/csv"},
    )


@pytest.fixture
def team(bo: BackofficeProcess) -> dict[str, Any]:
    """A team with its supervisor and two agents, and another team's supervisor and agent."""
    name, other = f"out-{uuid.uuid4().hex[:6]}", f"oth-{uuid.uuid4().hex[:6]}"
    (_, supervisor), (_, stranger) = new_user(bo, "supervisor", name), new_user(bo, "supervisor", other)
    (a, a_s), (b, b_s), (_, c_s) = (new_user(bo, "agent", tm) for tm in (name, name, other))
    return {
        "name": name,
        "supervisor": supervisor,
        "stranger": stranger,
        "agent": a_s,
        "agent_id": a["id"],
        "agent2": b_s,
        "foreign_agent": c_s,
    }


def test_supervisors_run_their_teams_campaigns_and_agents_only_work_them(
    bo: BackofficeProcess, team: dict[str, Any]
) -> None:
    campaign = new_campaign(team["supervisor"])
    assert campaign["teams"] == [team["name"]] and campaign["status"] == "draft"
    assert campaign["windows"][0] == {"weekday": 0, "start": "00:00", "end": "24:00"}
    path = f"/campaigns/{campaign['id']}"
    edit = {**key(), "If-Match": f'"{campaign["version"]}"'}
    assert team["stranger"].patch(path, json={"priority": 9}, headers=edit).status_code == 403
    assert team["agent"].patch(path, json={"priority": 9}, headers=edit).status_code == 403
    assert team["agent"].get(path).status_code == 200  # their team's: the script
    assert team["foreign_agent"].get(path).status_code == 403
    assert bo.session("logistics").get("/campaigns").status_code == 403
    assert import_csv(team["stranger"], campaign["id"], "电话\n13900000000\n").status_code == 403
    r = team["supervisor"].post(
        "/campaigns",
        json={**campaign_body(), "teams": ["somebody-else"]},
        headers=key(),
    )
    assert r.status_code == 403
    assert bo.session("admin").post("/campaigns", json=campaign_body(), headers=key()).status_code == 422
    assert team["agent"].post("/campaigns", json=campaign_body(), headers=key()).status_code == 403
    bad = team["supervisor"].post(
        "/campaigns",
        json={**campaign_body(), "windows": [{"weekday": 0, "start": "12:00", "end": "09:00"}]},
        headers=key(),
    )
    assert bad.status_code == 422
    running = set_status(team["supervisor"], campaign, "running")
    assert [c["id"] for c in team["agent"].get("/campaigns").json()] == [campaign["id"]]
    assert team["foreign_agent"].get("/campaigns").json() == []
    finished = set_status(team["supervisor"], running, "finished")
    again = team["supervisor"].patch(
        path, json={"status": "running"}, headers={**key(), "If-Match": f'"{finished["version"]}"'}
    )
    assert again.status_code == 409 and again.json()["code"] == "bad_transition"
    stale = team["supervisor"].patch(path, json={"priority": 2}, headers=edit)
    assert stale.status_code == 412
    emptied = team["supervisor"].patch(
        path, json={"name": None}, headers={**key(), "If-Match": f'"{finished["version"]}"'}
    )
    assert emptied.status_code == 422 and emptied.json()["detail"][0]["loc"] == ["body", "name"]


def campaign_body() -> dict[str, Any]:
    now = datetime.now(timezone.utc)
    return {"name": "x", "starts_at": now.isoformat(), "deadline_at": (now + timedelta(days=1)).isoformat()}


def test_an_import_keeps_the_good_rows_and_names_every_bad_one(bo: BackofficeProcess, team: dict[str, Any]) -> None:
    supervisor = team["supervisor"]
    other = set_status(supervisor, new_campaign(supervisor), "running")
    taken = number()
    assert import_csv(supervisor, other["id"], f"电话\n{taken}\n").json()["kept"] == 1
    on_dnc, blocked, good1, good2 = number(), number(), number(), number()
    assert supervisor.post("/dnc", json={"number": on_dnc, "source": "regulator"}, headers=key()).status_code == 201
    r = bo.session("admin").post("/blocklist", json={"number": blocked, "reason": "骚扰"}, headers=key())
    assert r.status_code == 201, r.text
    campaign = new_campaign(supervisor)
    text = (
        "姓名,电话,时区\n"
        f"张三,{good1},\n"  # row 2
        "李四,12345,\n"  # 3: not a number anyone can dial
        f"王五,{good1},\n"  # 4: the same as row 2
        f"赵六,{on_dnc},\n"  # 5
        f"钱七,{blocked},\n"  # 6
        "孙八,,\n"  # 7
        f"周九,{taken},\n"  # 8: a target of a running campaign
        f"吴十,{good2},Mars/Olympus\n"  # 9
        f"郑一,+12125550123,America/Chicago\n"  # 10: kept, its zone overridden
    )
    dry = import_csv(supervisor, campaign["id"], text, time_zone="时区", dry_run="true")
    assert dry.status_code == 200, dry.text
    assert dry.json()["dry_run"] and dry.json()["kept"] == 2
    assert supervisor.get(f"/campaigns/{campaign['id']}/records").json()["total"] == 0  # nothing written
    report = import_csv(supervisor, campaign["id"], text, time_zone="时区").json()
    assert (report["rows"], report["kept"]) == (9, 2)
    assert [(e["row"], e["problem"]) for e in report["rejected"]] == [
        (3, "invalid_number"),
        (4, "duplicate_in_list"),
        (5, "dnc"),
        (6, "blocklisted"),
        (7, "missing_number"),
        (8, "in_running_campaign"),
        (9, "bad_time_zone"),
    ]
    assert report["rejected"][1]["first_row"] == 2
    records = supervisor.get(f"/campaigns/{campaign['id']}/records").json()["items"]
    assert [(r["row_number"], r["time_zone"], r["zone_overridden"]) for r in records] == [
        (2, "Asia/Shanghai", False),
        (10, "America/Chicago", True),
    ]
    again = import_csv(supervisor, campaign["id"], text, time_zone="时区").json()
    assert again["kept"] == 0 and {e["problem"] for e in again["rejected"] if e["row"] in (2, 10)} == {
        "duplicate_in_campaign"
    }
    missing = import_csv(supervisor, campaign["id"], text, phone="手机")
    assert missing.status_code == 422 and missing.json()["detail"][0]["loc"] == ["query", "phone"]


def test_an_excel_list_maps_columns_by_letter(bo: BackofficeProcess, team: dict[str, Any]) -> None:
    campaign = new_campaign(team["supervisor"])
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    first, second = number(), number()
    sheet.append(["a", int(first)])  # a number cell, as Excel keeps long digit strings
    sheet.append(["b", second])
    sheet.append(["c", "not a phone"])
    data = io.BytesIO()
    book.save(data)
    r = team["supervisor"].post(
        f"/campaigns/{campaign['id']}/records/import",
        params={"phone": "B", "format": "xlsx", "header": "false"},
        data=data.getvalue(),
        headers=key(),
    )
    assert r.status_code == 200, r.text
    assert r.json()["kept"] == 2 and [(e["row"], e["problem"]) for e in r.json()["rejected"]] == [(3, "invalid_number")]
    broken = team["supervisor"].post(
        f"/campaigns/{campaign['id']}/records/import",
        params={"phone": "B", "format": "xlsx"},
        data=b"PK no",
        headers=key(),
    )
    assert broken.status_code == 422


def test_a_list_from_a_customer_search_uses_preference_flags(bo: BackofficeProcess, team: dict[str, Any]) -> None:
    supervisor = team["supervisor"]
    tag = f"tag{uuid.uuid4().hex[:6]}"
    wanted = [new_customer(supervisor, tags=[tag], preferences={"accepts_samples": True}) for _ in range(3)]
    new_customer(supervisor, tags=[tag])
    opted_out = wanted[2]
    supervisor.post("/dnc", json={"customer_id": opted_out["id"], "source": "customer_request"}, headers=key())
    campaign = new_campaign(supervisor)
    r = supervisor.post(
        f"/campaigns/{campaign['id']}/records/from-search",
        json={"search": {"tag": tag, "accepts_samples": True}},
        headers=key(),
    )
    assert r.status_code == 200, r.text
    assert r.json()["kept"] == 2 and [e["problem"] for e in r.json()["rejected"]] == ["dnc"]
    records = supervisor.get(f"/campaigns/{campaign['id']}/records").json()["items"]
    assert {x["customer_id"] for x in records} == {wanted[0]["id"], wanted[1]["id"]}
    bad = supervisor.post(
        f"/campaigns/{campaign['id']}/records/from-search", json={"search": {"vip_level": 9}}, headers=key()
    )
    assert bad.status_code == 422


def test_the_do_not_call_list_and_a_manual_dials_check(bo: BackofficeProcess, team: dict[str, Any]) -> None:
    agent, supervisor = team["agent"], team["supervisor"]
    target = number()
    assert agent.get("/dnc/check", params={"number": target}).json() == {"verdict": "allowed", "entries": []}
    r = agent.post("/dnc", json={"number": target, "source": "customer_request", "note": "客户要求"}, headers=key())
    assert r.status_code == 201, r.text
    entry = r.json()
    assert entry["number"] == "+86" + target and entry["created_at"].endswith("Z")
    check = agent.get("/dnc/check", params={"number": f"+86 {target[:3]} {target[3:]}"}).json()
    assert check["verdict"] == "warn" and check["entries"][0]["id"] == entry["id"]
    owner = new_customer(supervisor)
    supervisor.post("/dnc", json={"customer_id": owner["id"], "source": "complaint"}, headers=key())
    owned = owner["phones"][0]["number"]
    assert agent.get("/dnc/check", params={"number": owned}).json()["verdict"] == "warn"
    listed = supervisor.get("/dnc", params={"number": target}).json()
    assert listed["total"] == 1 and listed["items"][0]["source"] == "customer_request"
    assert agent.delete(f"/dnc/{entry['id']}", headers=key()).status_code == 403
    assert supervisor.delete(f"/dnc/{entry['id']}", headers=key()).status_code == 204
    assert agent.get("/dnc/check", params={"number": target}).json()["verdict"] == "allowed"
    campaign = set_status(supervisor, new_campaign(supervisor), "running")
    waiting = number()
    import_csv(supervisor, campaign["id"], f"电话\n{waiting}\n")
    agent.post("/dnc", json={"number": waiting, "source": "customer_request"}, headers=key())
    (record,) = supervisor.get(f"/campaigns/{campaign['id']}/records").json()["items"]
    assert record["state"] == "dnc"  # at once, in the entry's transaction
    (why,) = supervisor.get(f"/campaigns/{campaign['id']}/explain").json()["items"]
    assert why["reasons"] == ["dnc"] and why["local_time"].endswith("+08:00") and why["next_possible_at"] is None
    assert agent.post("/campaigns/claim-next", headers=key()).status_code == 204
    assert agent.get("/dnc/check", params={"number": "abc"}).status_code == 422
    assert agent.post("/dnc", json={"source": "other"}, headers=key()).status_code == 422


def test_claiming_reporting_and_the_reasons_a_record_waits(bo: BackofficeProcess, team: dict[str, Any]) -> None:
    supervisor, agent, agent2 = team["supervisor"], team["agent"], team["agent2"]
    campaign = new_campaign(supervisor, max_attempts=2, retry={"busy_s": 600})
    first, second, third = number(), number(), number()
    import_csv(supervisor, campaign["id"], f"电话\n{first}\n{second}\n{third}\n")
    assert agent.post("/campaigns/claim-next", headers=key()).status_code == 204  # still a draft
    set_status(supervisor, campaign, "running")
    claimed = agent.post("/campaigns/claim-next", headers=key())
    assert claimed.status_code == 200, claimed.text
    got = claimed.json()
    assert got["script"].startswith("您好") and got["mode"] == "preview" and got["record"]["phone"] == first
    assert got["record"]["number"] == "+86" + first  # what to dial
    assert agent2.post("/campaigns/claim-next", headers=key()).json()["record"]["phone"] == second
    record_id = got["record"]["id"]
    assert (
        team["foreign_agent"]
        .post(f"/campaigns/records/{record_id}/result", json={"result": "busy"}, headers=key())
        .status_code
        == 403
    )
    assert (
        agent2.post(f"/campaigns/records/{record_id}/result", json={"result": "busy"}, headers=key()).status_code == 409
    )
    once = key()
    busy = agent.post(f"/campaigns/records/{record_id}/result", json={"result": "busy", "sip_code": 486}, headers=once)
    assert busy.status_code == 200, busy.text
    after = busy.json()
    assert (after["state"], after["attempts"], after["last_result"]) == ("pending", 1, "busy")
    due = datetime.fromisoformat(after["next_due_at"].replace("Z", "+00:00"))
    assert timedelta(minutes=9) < due - datetime.now(timezone.utc) <= timedelta(minutes=10)
    replay = agent.post(
        f"/campaigns/records/{record_id}/result", json={"result": "busy", "sip_code": 486}, headers=once
    )
    assert replay.json() == after and replay.headers.get("Idempotent-Replay") == "true"
    nxt = agent.post("/campaigns/claim-next", headers=key()).json()["record"]
    assert nxt["phone"] == third  # the busy one waits for its retry
    invalid = agent.post(
        f"/campaigns/records/{nxt['id']}/result", json={"result": "invalid_number", "sip_code": 404}, headers=key()
    )
    assert invalid.json()["state"] == "invalid"
    assert agent.post("/campaigns/claim-next", headers=key()).status_code == 204
    reasons = supervisor.get(f"/campaigns/{campaign['id']}/explain").json()
    by_phone = {x["phone"]: x["reasons"] for x in reasons["items"]}
    assert by_phone == {first: ["retry_not_due"], second: ["claimed"], third: ["invalid_number"]}
    assert reasons["items"][0]["next_possible_at"] == after["next_due_at"]  # every window is open
    sale = agent2.post(
        f"/campaigns/records/{reasons['items'][1]['record_id']}/result",
        json={"result": "answered", "disposition": "sale"},
        headers=key(),
    )
    assert sale.json()["state"] == "done"
    assert agent.get(f"/campaigns/{campaign['id']}/explain").status_code == 403
    progress = supervisor.get(f"/campaigns/{campaign['id']}/progress").json()
    assert (progress["total"], progress["done"], progress["left"], progress["invalid"]) == (3, 1, 1, 1)
    assert progress["attempts"] == 3 and progress["contact_rate"] == pytest.approx(1 / 3)
    assert progress["conversion_rate"] == 1.0 and progress["agents_on_it"] == 2
    assert len(progress["agent_names"]) == 2 and all(n.startswith("外呼 ") for n in progress["agent_names"])
    assert progress["projected_finish_at"] is not None and progress["at_risk"] is False
    paced_to = datetime.fromisoformat(progress["paced_to_at"].replace("Z", "+00:00"))
    deadline = datetime.fromisoformat(progress["deadline_at"].replace("Z", "+00:00"))
    assert datetime.now(timezone.utc) < paced_to < deadline  # its retries' time before the deadline
    listing = supervisor.get("/campaigns/progress").json()["items"]
    assert [x["campaign_id"] for x in listing if x["campaign_id"] == campaign["id"]]
    assert team["stranger"].get(f"/campaigns/{campaign['id']}/progress").status_code == 403


def test_a_claim_is_renewed_by_its_holder_only_and_not_once_it_lapsed(
    bo: BackofficeProcess, team: dict[str, Any]
) -> None:
    supervisor, agent, agent2 = team["supervisor"], team["agent"], team["agent2"]
    campaign = new_campaign(supervisor)
    import_csv(supervisor, campaign["id"], f"电话\n{number()}\n")
    set_status(supervisor, campaign, "running")
    record = agent.post("/campaigns/claim-next", headers=key()).json()["record"]
    expires = datetime.fromisoformat(record["claim_expires_at"])
    assert timedelta(minutes=4) < expires - datetime.now(timezone.utc) <= timedelta(minutes=5)
    renewed = agent.post(f"/campaigns/records/{record['id']}/renew", headers=key())
    assert renewed.status_code == 200, renewed.text
    assert datetime.fromisoformat(renewed.json()["claim_expires_at"]) > expires
    assert agent.post(f"/campaigns/records/{record['id']}/renew").status_code == 200  # again: harmless
    refused = agent2.post(f"/campaigns/records/{record['id']}/renew", headers=key())
    assert (refused.status_code, refused.json()["code"]) == (409, "not_claimed")
    assert team["foreign_agent"].post(f"/campaigns/records/{record['id']}/renew").status_code == 409
    assert agent.post(f"/campaigns/records/{uuid.uuid4()}/renew").status_code == 404
    lapse(bo, record["id"])  # the holder went quiet for the claim's lifetime
    lapsed = agent.post(f"/campaigns/records/{record['id']}/renew", headers=key())
    assert (lapsed.status_code, lapsed.json()["code"]) == (409, "not_claimed")
    assert agent2.post("/campaigns/claim-next", headers=key()).json()["record"]["id"] == record["id"]


def test_a_record_given_back_undialled_goes_to_the_next_agent_at_once(
    bo: BackofficeProcess, team: dict[str, Any]
) -> None:
    supervisor, agent, agent2 = team["supervisor"], team["agent"], team["agent2"]
    campaign = new_campaign(supervisor)
    import_csv(supervisor, campaign["id"], f"电话\n{number()}\n")
    set_status(supervisor, campaign, "running")
    record = agent.post("/campaigns/claim-next", headers=key()).json()["record"]
    refused = agent2.post(f"/campaigns/records/{record['id']}/release", headers=key())
    assert (refused.status_code, refused.json()["code"]) == (409, "not_claimed")  # not theirs to give
    assert agent.post(f"/campaigns/records/{uuid.uuid4()}/release", headers=key()).status_code == 404
    released = agent.post(f"/campaigns/records/{record['id']}/release", headers=key())
    assert released.status_code == 200, released.text
    body = released.json()
    assert (body["state"], body["claimed_by"], body["next_due_at"], body["attempts"]) == ("pending", None, None, 0)
    assert agent.post(f"/campaigns/records/{record['id']}/release").status_code == 409  # given back already
    assert agent2.post("/campaigns/claim-next", headers=key()).json()["record"]["id"] == record["id"]


def lapse(bo: BackofficeProcess, record_id: str) -> None:
    """The claim on the record expired a second ago (the server's clock is the wall clock)."""
    from sqlalchemy import update

    from backoffice.campaigns.tables import campaign_records
    from backoffice.db import Database

    db = Database(bo.db_url)
    try:
        with db.write.begin() as conn:
            past = datetime.now(timezone.utc) - timedelta(seconds=1)
            conn.execute(
                update(campaign_records).where(campaign_records.c.id == record_id).values(claim_expires_at=past)
            )
    finally:
        db.dispose()


@pytest.mark.e2e
def test_two_postgresql_workers_never_give_one_record_to_two_agents(
    backoffice_factory: Any, postgres_cluster: Any
) -> None:
    bo: BackofficeProcess = backoffice_factory(
        seed_customers=0,
        db_url=postgres_cluster.create_database(f"claims{uuid.uuid4().hex[:6]}"),
        args=("--workers", "2"),
    )
    name = "claimers"
    _, supervisor = new_user(bo, "supervisor", name)
    agents = [new_user(bo, "agent", name)[0]["username"] for _ in range(6)]
    campaign = new_campaign(supervisor)
    records = 40
    import_csv(supervisor, campaign["id"], "电话\n" + "".join(f"13700{i:06d}\n" for i in range(records)))
    set_status(supervisor, campaign, "running")
    claimed: dict[str, list[str]] = {}
    lock = threading.Lock()

    def work(username: str) -> None:
        token = bo.login(username)
        while True:
            desk = ApiSession(bo.api, token)  # a new connection each time: either worker
            r = desk.post("/campaigns/claim-next", headers=key())
            if r.status_code == 204:
                desk.close()
                return
            assert r.status_code == 200, r.text
            record = r.json()["record"]["id"]
            with lock:
                claimed.setdefault(record, []).append(username)
            done = desk.post(
                f"/campaigns/records/{record}/result", json={"result": "answered", "disposition": "sale"}, headers=key()
            )
            assert done.status_code == 200, done.text
            desk.close()

    threads = [threading.Thread(target=work, args=(a,)) for a in agents]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(claimed) == records
    assert {r: who for r, who in claimed.items() if len(who) > 1} == {}
    assert len({who[0] for who in claimed.values()}) > 1  # the work was shared
