"""The outbound campaigns' report over HTTP on SQLite and PostgreSQL: every figure (attempts, contacts,
contact rate, sales, conversion, attempts by result, records finished) equals the one worked out again
in plain Python over the same generated attempts (preview skips among them, never counted), by interval, campaign, agent and team, with attempts
a millisecond either side of interval edges, of the centre's midnight and of the period; who may see
what; the attempts behind a figure; the workbook's *By campaign* sheet in both languages."""

from __future__ import annotations

import io
import random
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import create_engine, insert

from backoffice.campaigns.tables import campaign_attempts, campaign_records
from tests.backoffice import report_reference as ref
from tests.backoffice.conftest import key
from tests.backoffice.test_reports import two_teams
from tests.fixtures.backoffice import ApiSession, BackofficeProcess

PERIOD = {"from": ref.day(0), "to": ref.day(3)}
ALL_DAY = [{"weekday": d, "start": "00:00", "end": "24:00"} for d in range(7)]
RESULTS = ["answered"] * 4 + [
    "busy",
    "no_answer",
    "no_answer",
    "invalid_number",
    "rejected",
    "network_error",
    "machine",
]
DISPOSITIONS = ["sale", "sale", "call_back", "not_interested", "wrong_person", "machine", None]
STATES = ["pending", "claimed", "done", "invalid", "exhausted"]
FINAL = ("done", "invalid", "exhausted")
BY_RESULT = {
    "answered": "attempts_answered",
    "busy": "attempts_busy",
    "no_answer": "attempts_no_answer",
    "invalid_number": "attempts_invalid",
    "rejected": "attempts_rejected",
    "network_error": "attempts_network_error",
    "machine": "attempts_machine",
}
_MS = timedelta(milliseconds=1)


def edge_times() -> list[datetime]:
    """Instants a millisecond either side of the edges the rules hinge on (UTC)."""
    start, end = ref.START.astimezone(timezone.utc), ref.END.astimezone(timezone.utc)
    hour = start + timedelta(hours=10)  # 10:00 in Shanghai on the first day
    midnight = start + timedelta(days=1)  # the centre's midnight: 16:00 UTC
    quarter = start + timedelta(days=1, hours=9, minutes=15)
    return [
        start - _MS,  # before the period: never counted
        start,
        hour - _MS,
        hour,
        midnight - _MS,
        midnight,
        quarter - _MS,
        quarter,
        (start + timedelta(days=1)).replace(hour=16, minute=30),  # 16:30 UTC: the next day in Shanghai
        end - _MS,
        end,  # the period's end is not in it
    ]


@dataclass
class Data:
    campaigns: dict[str, str]
    """id → name."""
    agents: dict[str, str]
    """agent id → team."""
    attempts: list[dict[str, Any]] = field(default_factory=list)
    records: dict[str, dict[str, Any]] = field(default_factory=dict)


def build(bo: BackofficeProcess, campaigns: dict[str, str], agents: dict[str, str], seed: int = 11) -> Data:
    """Records and attempts of ``campaigns`` by ``agents``, written into the database."""
    rng = random.Random(seed)
    data = Data(campaigns, agents)
    start = ref.START.astimezone(timezone.utc)
    times = edge_times()
    stamp = datetime.now(timezone.utc)
    for n, campaign in enumerate(sorted(campaigns) * 30):
        record = str(uuid.uuid4())
        count = rng.randint(1, 4)
        choices = rng.sample(times, 2) + [
            start + timedelta(milliseconds=rng.randrange(3 * 86_400_000)) for _ in range(3)
        ]
        ats = sorted(rng.sample(choices, count))
        state = rng.choice(STATES)
        if rng.random() < 0.3:  # skipped in preview first: kept, but no attempt
            skip = {"id": str(uuid.uuid4()), "record_id": record, "campaign_id": campaign, "at": ats[0] - _MS}
            skip |= {"agent_id": rng.choice(list(agents)), "result": "skipped", "disposition": None}
            data.attempts.append(skip | {"sip_code": None, "notes": "号码无法拨打"})
        for at in ats:
            result = rng.choice(RESULTS)
            data.attempts.append(
                {
                    "id": str(uuid.uuid4()),
                    "record_id": record,
                    "campaign_id": campaign,
                    "agent_id": rng.choice(list(agents)),
                    "at": at,
                    "result": result,
                    "disposition": rng.choice(DISPOSITIONS) if result == "answered" else None,
                    "sip_code": {"busy": 486, "invalid_number": 404, "rejected": 603}.get(result),
                    "notes": "",
                }
            )
        data.records[record] = {
            "id": record,
            "version": 1,
            "campaign_id": campaign,
            "row_number": n,
            "phone": f"138{rng.randint(10000000, 99999999)}",
            "normalized": f"+86138{n:08d}",
            "time_zone": "Asia/Shanghai",
            "zone_overridden": False,
            "attempts": count,
            "state": state,
            "last_result": None,
            "last_attempt_at": ats[-1],
            "created_at": stamp,
            "updated_at": stamp,
        }
    with create_engine(bo.db_url).begin() as conn:
        conn.execute(insert(campaign_records), list(data.records.values()))
        conn.execute(insert(campaign_attempts), data.attempts)
    return data


def reference(
    data: Data, interval: str, group_by: str, *, team: str | None = None, agent: str | None = None
) -> tuple[dict[tuple[str | None, str, str], dict[str, Any]], dict[str, Any]]:
    """((bucket, campaign id, group key) → figures, total), straight from the definitions."""
    cells: dict[tuple[str | None, str, str], Counter[str]] = {}
    total: Counter[str] = Counter()
    for a in data.attempts:
        if not ref.START <= a["at"] < ref.END or a["result"] == "skipped":
            continue
        if (team is not None and data.agents[a["agent_id"]] != team) or (agent is not None and a["agent_id"] != agent):
            continue
        group = {"agent": a["agent_id"], "team": data.agents[a["agent_id"]]}.get(group_by, "")
        place = (ref.local_bucket(a["at"], interval, ref.SHANGHAI), a["campaign_id"], group)
        record = data.records[a["record_id"]]
        counts = {
            "attempts": 1,
            BY_RESULT[a["result"]]: 1,
            "contacts": int(a["result"] == "answered" and a["disposition"] != "machine"),
            "sales": int(a["result"] == "answered" and a["disposition"] == "sale"),
            "records_finished": int(record["state"] in FINAL and record["last_attempt_at"] == a["at"]),
        }
        cells.setdefault(place, Counter()).update(counts)
        total.update(counts)
    return {place: figures(c) for place, c in cells.items()}, figures(total)


def figures(counts: Counter[str]) -> dict[str, Any]:
    out: dict[str, Any] = {
        k: counts[k] for k in ("attempts", "contacts", "sales", "records_finished", *BY_RESULT.values())
    }
    out["contact_rate"] = counts["contacts"] / counts["attempts"] if counts["attempts"] else None
    out["sales_conversion"] = counts["sales"] / counts["contacts"] if counts["contacts"] else None
    return out


def assert_values(got: dict[str, Any], want: dict[str, Any], where: Any) -> None:
    assert set(got) == set(want), where
    for name, value in want.items():
        if value is None:
            assert got[name] is None, (where, name)
        else:
            assert got[name] == pytest.approx(value, abs=1e-6), (where, name, got[name], value)


_DATA: dict[str, dict[str, Any]] = {}


@pytest.fixture(params=["sqlite", "postgresql"])
def bo(request: pytest.FixtureRequest) -> BackofficeProcess:
    return request.getfixturevalue("reports_server" if request.param == "sqlite" else "reports_server_pg")


@pytest.fixture
def outbound(bo: BackofficeProcess) -> dict[str, Any]:
    """Two campaigns of a team of two agents, worked also by an agent of another team, their attempts
    (built once per back office), the team's supervisor and another team's."""
    if bo.db_url in _DATA:
        return _DATA[bo.db_url]
    people = two_teams(bo, "cp")
    team, other, a, b, c = (people[k] for k in ("team", "other", "a", "b", "c"))
    data = build(bo, two_campaigns(bo, [team, other]), {a["id"]: team, b["id"]: team, c["id"]: other})
    _DATA[bo.db_url] = out = {"data": data, **people}
    return out


def two_campaigns(bo: BackofficeProcess, teams: list[str]) -> dict[str, str]:
    """Two new campaigns of ``teams`` over the data's period: id → name."""
    names = {}
    for name in ("保健品回访", "新品试用"):
        body: dict[str, Any] = {
            "name": f"{name}{uuid.uuid4().hex[:4]}",
            "script": "您好",
            "starts_at": (ref.START - timedelta(days=1)).isoformat(),
            "deadline_at": (ref.END + timedelta(days=1)).isoformat(),
            "windows": ALL_DAY,
            "teams": teams,
        }
        r = bo.session("admin").post("/campaigns", json=body, headers=key())
        assert r.status_code == 201, r.text
        names[r.json()["id"]] = r.json()["name"]
    return names


def campaigns(session: ApiSession, status: int = 200, **params: Any) -> dict[str, Any]:
    r = session.get("/reports/campaigns", params={**PERIOD, **params})
    assert r.status_code == status, r.text
    return r.json()


def assert_report(report: dict[str, Any], want: dict[tuple[str | None, str, str], dict[str, Any]]) -> None:
    got = {(row["bucket"], row["campaign_id"], row["key"]): row["values"] for row in report["rows"]}
    assert set(got) == set(want)
    for place, values in want.items():
        assert_values(got[place], values, place)


@pytest.mark.parametrize(
    ("interval", "group_by"),
    [("hour", "agent"), ("day", "none"), ("15min", "team"), ("none", "agent"), ("week", "none")],
)
def test_every_campaign_figure_equals_the_reference_computation(
    bo: BackofficeProcess, outbound: dict[str, Any], interval: str, group_by: str
) -> None:
    data = outbound["data"]
    names = {outbound[u]["id"]: outbound[u]["display_name"] for u in ("a", "b", "c")}
    report = campaigns(bo.session("admin"), interval=interval, group_by=group_by)
    mine = [row for row in report["rows"] if row["campaign_id"] in data.campaigns]  # other tests' campaigns
    want, _ = reference(data, interval, group_by)
    assert_report({"rows": mine}, want)
    for row in mine:
        assert row["campaign"] == data.campaigns[row["campaign_id"]]
        if group_by == "agent":
            assert row["label"] == names[row["key"]]
    for item in report["campaigns"]:
        if item["campaign_id"] in data.campaigns:
            per_campaign = [v for (_, c, _), v in want.items() if c == item["campaign_id"]]
            assert item["values"]["attempts"] == sum(v["attempts"] for v in per_campaign)
    assert report["settings"]["time_zone"] == "Asia/Shanghai" and report["from"] == ref.local(0, "00:00:00")
    expected_buckets = {"hour": 72, "day": 3, "15min": 288, "none": 1, "week": 1}[interval]
    assert len(report["buckets"]) == expected_buckets


def test_the_edges_land_where_the_dictionary_says(bo: BackofficeProcess, outbound: dict[str, Any]) -> None:
    """An attempt at 15:59:59.999 UTC is on the first day, at 16:00 UTC on the next; at 09:59:59.999 in
    the 09:00 hour; the period's end is left out, its start counted."""
    data = outbound["data"]
    team = outbound["team"]
    report = campaigns(bo.session("admin"), interval="day", team=team)
    days = {row["bucket"] for row in report["rows"]}
    assert days <= {ref.local(n, "00:00:00") for n in range(3)}
    want, total = reference(data, "day", "none", team=team)
    assert_report(report, want)
    assert_values(report["total"], total, "total")
    start = ref.START.astimezone(timezone.utc)
    before_midnight = [a for a in data.attempts if a["at"] == start + timedelta(days=1) - _MS]
    after_midnight = [a for a in data.attempts if a["at"] == start + timedelta(days=1)]
    assert before_midnight and after_midnight  # the data has both
    hourly = campaigns(bo.session("admin"), interval="hour", team=team)
    buckets = {row["bucket"] for row in hourly["rows"]}
    at_nine = [
        a for a in data.attempts if a["at"] == start + timedelta(hours=10) - _MS and data.agents[a["agent_id"]] == team
    ]
    if at_nine:
        assert ref.local(0, "09:00:00") in buckets


def test_agents_get_only_their_own_figures_and_supervisors_only_their_team(
    bo: BackofficeProcess, outbound: dict[str, Any]
) -> None:
    data = outbound["data"]
    a = outbound["a"]["id"]
    mine = campaigns(outbound["agent"], interval="none", group_by="agent")
    assert {row["key"] for row in mine["rows"]} == {a} and mine["agent"] == a
    assert_values(mine["total"], reference(data, "none", "none", agent=a)[1], "own")
    campaigns(outbound["agent"], 403, agent=outbound["b"]["id"])
    campaigns(outbound["agent"], 403, team=outbound["team"])
    team = campaigns(outbound["supervisor"], interval="none", group_by="agent")  # no team asked: their own
    assert {row["key"] for row in team["rows"]} == {a, outbound["b"]["id"]} and team["team"] == outbound["team"]
    assert_values(team["total"], reference(data, "none", "none", team=outbound["team"])[1], "team")
    campaigns(outbound["supervisor"], 403, team=outbound["other"])
    campaigns(outbound["supervisor"], 403, agent=outbound["c"]["id"])
    campaigns(outbound["other_supervisor"], 403, team=outbound["team"])
    campaigns(bo.session("logistics"), 403)
    r = outbound["agent"].get("/reports/campaigns/attempts", params={**PERIOD, "agent": outbound["b"]["id"]})
    assert r.status_code == 403
    assert campaigns(bo.session("admin"), 422, group_by="dnis")  # a campaign has no dialled number
    r = bo.session("admin").get("/reports/campaigns", params={**PERIOD, "campaign": "nope"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "campaign"]


def test_the_attempts_behind_a_figure(bo: BackofficeProcess, outbound: dict[str, Any]) -> None:
    data = outbound["data"]
    supervisor = outbound["supervisor"]
    report = campaigns(supervisor, interval="day", group_by="agent")
    row = max(report["rows"], key=lambda r: r["values"]["contacts"])
    params = {
        **PERIOD,
        "interval": "day",
        "group_by": "agent",
        "bucket": row["bucket"],
        "key": row["key"],
        "campaign": row["campaign_id"],
    }
    seen: list[dict[str, Any]] = []
    for _ in range(100):
        page = supervisor.get(
            "/reports/campaigns/attempts", params={**params, "attempts": "contacts", "limit": 2, "offset": len(seen)}
        )
        assert page.status_code == 200, page.text
        seen += page.json()["items"]
        if len(seen) >= page.json()["total"]:
            break
    assert len(seen) == row["values"]["contacts"] > 0
    expected = sorted(
        (
            a
            for a in data.attempts
            if a["agent_id"] == row["key"]
            and a["campaign_id"] == row["campaign_id"]
            and ref.START <= a["at"] < ref.END
            and ref.local_bucket(a["at"], "day", ref.SHANGHAI) == row["bucket"]
            and a["result"] == "answered"
            and a["disposition"] != "machine"
        ),
        key=lambda a: (a["at"], a["id"]),
    )
    assert [a["id"] for a in seen] == [a["id"] for a in expected]
    assert all(s["campaign"] == row["campaign"] and s["agent"] == row["label"] for s in seen)
    assert {s["phone"] for s in seen} == {data.records[a["record_id"]]["phone"] for a in expected}
    finished = supervisor.get("/reports/campaigns/attempts", params={**params, "attempts": "finished"}).json()
    assert finished["total"] == row["values"]["records_finished"] and all(i["finished"] for i in finished["items"])
    every = supervisor.get("/reports/campaigns/attempts", params={**params, "limit": 1}).json()["total"]
    assert every == row["values"]["attempts"]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_workbook_has_a_by_campaign_sheet_and_the_campaign_definitions(
    bo: BackofficeProcess, outbound: dict[str, Any], lang: str
) -> None:
    data = outbound["data"]
    team = outbound["team"]
    params = {**PERIOD, "interval": "day", "team": team, **({"lang": lang} if lang != "en" else {})}
    r = bo.session("admin").get("/reports/export.xlsx", params=params)
    assert r.status_code == 200, r.text
    book = load_workbook(io.BytesIO(r.content), read_only=True)
    title = {"en": "By campaign", "zh_CN": "按外呼活动"}[lang]
    assert title in book.sheetnames and book.sheetnames.index(title) < book.sheetnames.index(book.sheetnames[-1])
    rows = [row for row in book[title].values if any(v is not None for v in row)]
    header = rows[0]
    headers = {
        "en": (
            "Campaign",
            "Attempts (count)",
            "Contacts (count)",
            "Contact rate (%)",
            "Sales (count)",
            "Conversion (%)",
        ),
        "zh_CN": (
            "外呼活动",
            "外呼次数（个）",
            "有效接通数（个）",
            "有效接通率（%）",
            "成交数（个）",
            "成交转化率（%）",
        ),
    }[lang]
    assert header[: len(headers)] == headers
    want, total = reference(data, "none", "none", team=team)
    by_name = {row[0]: row for row in rows[1:-1]}
    for (_, campaign, _), figures_ in want.items():
        got = by_name[data.campaigns[campaign]]
        assert got[1] == figures_["attempts"] and got[2] == figures_["contacts"]
        assert got[3] == pytest.approx(figures_["contact_rate"], abs=1e-6)
        assert got[4] == figures_["sales"] and got[5] == pytest.approx(figures_["sales_conversion"], abs=1e-6)
    assert rows[-1][1] == total["attempts"] and rows[-1][4] == total["sales"]
    definitions = [row for row in book[book.sheetnames[-1]].values if row and row[0]]
    names = {
        "en": ("Contacts", "Contact rate", "Records finished"),
        "zh_CN": ("有效接通数", "有效接通率", "完成名单数"),
    }[lang]
    assert all(any(row[0] == name for row in definitions) for name in names)
    assert any(row[-1] == "contacts" for row in definitions)


def test_the_definitions_list_the_campaign_figures(bo: BackofficeProcess) -> None:
    r = bo.session("admin").get("/reports/definitions")
    assert r.status_code == 200, r.text
    by_id = {k["id"]: k for k in r.json()["kpis"]}
    assert by_id["contact_rate"]["source"] == "campaigns" and by_id["contact_rate"]["unit"] == "ratio"
    assert by_id["contacts"]["groupings"] == ["none", "agent", "team"]
    assert "machine" in by_id["contacts"]["formula"] and by_id["conversion"]["source"] == "orders"  # both kept
