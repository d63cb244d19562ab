"""Reports over HTTP on SQLite and PostgreSQL: every figure equals the one worked out again in plain
Python over the same calls, presence history and orders (``report_reference``); who may see what;
bad input named; the calls behind a figure; the workbook read back (the CSV: ``test_report_csv``)."""

from __future__ import annotations

import io
import uuid
from datetime import datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from sqlalchemy import create_engine, update

from backoffice import tables as t
from tests.backoffice import report_reference as ref
from tests.backoffice.conftest import if_match, key, new_customer, new_order
from tests.fixtures.backoffice import ApiSession, BackofficeProcess

PASSWORD = "reports-password-1"
PERIOD = {"from": ref.day(0), "to": ref.day(3)}
_DATASETS: dict[str, dict[str, Any]] = {}


def new_user(bo: BackofficeProcess, role: str, team: str) -> tuple[dict[str, Any], ApiSession]:
    name = f"rp{role[:3]}{uuid.uuid4().hex[:8]}"
    body = {"username": name, "display_name": f"报表 {name}", "role": role, "password": PASSWORD, "team": team}
    r = bo.session("admin").post("/users", json=body, headers=key())
    assert r.status_code == 201, r.text
    bo.credentials[name] = PASSWORD
    return r.json(), bo.session(name)


SHEETS_EN = [
    "Report",
    "By interval",
    "By agent",
    "By team",
    "By dialled number",
    "By media source",
    "Not ready by reason",
    "Calls",
    "Definitions",
]
"""The workbook's sheets in English, in their order."""


@pytest.fixture(params=["sqlite", "postgresql"])
def bo(request: pytest.FixtureRequest) -> BackofficeProcess:
    """The reports' own back office per database engine (their data is written into the database
    directly, off the delta feed: not on the shared servers the feed and search tests compare)."""
    return request.getfixturevalue("reports_server" if request.param == "sqlite" else "reports_server_pg")


def two_teams(bo: BackofficeProcess, prefix: str) -> dict[str, Any]:
    """A team (``team``) of two agents (``a``, ``b``) and its supervisor (``sup``), an agent (``c``) and
    a supervisor of another team (``other``), with the sessions of ``a`` (``agent``), ``b``, ``c``,
    the supervisor and the other team's (``other_supervisor``)."""
    team, other = f"{prefix}t-{uuid.uuid4().hex[:6]}", f"{prefix}o-{uuid.uuid4().hex[:6]}"
    (a, a_s), (b, b_s), (c, c_s) = (new_user(bo, "agent", tm) for tm in (team, team, other))
    sup, sup_s = new_user(bo, "supervisor", team)
    _, other_sup_s = new_user(bo, "supervisor", other)
    return {
        "team": team,
        "other": other,
        "a": a,
        "b": b,
        "c": c,
        "agent": a_s,
        "sessions": {a["id"]: a_s, b["id"]: b_s, c["id"]: c_s},
        "supervisor": sup_s,
        "sup": sup,
        "other_supervisor": other_sup_s,
    }


@pytest.fixture
def centre(bo: BackofficeProcess) -> dict[str, Any]:
    """A team of two agents and its supervisor, an agent and a supervisor of another team, and the
    generated data of the three agents (built once per back office)."""
    if bo.db_url in _DATASETS:
        return _DATASETS[bo.db_url]
    people = two_teams(bo, "rp")
    team, other, a, b, c = (people[k] for k in ("team", "other", "a", "b", "c"))
    sessions = people["sessions"]

    def take_order(agent: str, customer: str, call_log_id: str | None, media: str | None) -> dict[str, Any]:
        body = {
            "customer_id": customer,
            "lines": [{"sku": "HK-2003", "quantity": 1 + len(customer) % 3}],
            "delivery_address": {"province": "浙江省", "city": "杭州市", "street": "文三路1号"},
            "call_log_id": call_log_id,
            "media_source_id": media,
        }
        r = sessions[agent].post("/orders", json=body, headers=key())
        assert r.status_code == 201, r.text
        return r.json()

    agents = {a["id"]: team, b["id"]: team, c["id"]: other}
    names = {a["id"]: a["display_name"], b["id"]: b["display_name"], c["id"]: c["display_name"]}
    data = ref.build(bo.db_url, team, agents, names, take_order)
    _DATASETS[bo.db_url] = out = {"data": data, **people}
    return out


def kpis(session: ApiSession, status: int = 200, **params: Any) -> dict[str, Any]:
    r = session.get("/reports/kpis", params={**PERIOD, **params})
    assert r.status_code == status, r.text
    return r.json()


def assert_figures(got: dict[str, Any], want: dict[str, Any], where: Any) -> None:
    for kpi, expected in want.items():
        actual = got[kpi]
        if isinstance(expected, dict):
            assert actual.keys() == expected.keys(), (where, kpi)
            for reason, seconds in expected.items():
                assert actual[reason] == pytest.approx(seconds, abs=1e-3), (where, kpi, reason)
        elif expected is None:
            assert actual is None, (where, kpi, actual)
        else:
            tolerance = 0.5 if kpi == "avg_order_value" else 1e-3
            assert actual == pytest.approx(expected, abs=tolerance), (where, kpi, actual, expected)
    left = set(got) - set(want)
    assert all(got[k] is None for k in left), {k: got[k] for k in left}  # n/a for this grouping


def assert_report(report: dict[str, Any], want: dict[tuple[str | None, str], dict[str, Any]]) -> None:
    got = {(row["bucket"], row["key"]): row["values"] for row in report["rows"]}
    assert set(got) == set(want)
    for cell, figures in want.items():
        assert_figures(got[cell], figures, cell)


@pytest.mark.parametrize(
    ("interval", "group_by"),
    [("hour", "agent"), ("day", "team"), ("15min", "dnis"), ("month", "media_source"), ("week", "none")],
)
def test_every_figure_equals_the_reference_computation(
    bo: BackofficeProcess, centre: dict[str, Any], interval: str, group_by: str
) -> None:
    admin = bo.session("admin")
    report = kpis(admin, interval=interval, group_by=group_by, team=centre["team"], short_abandon_s=5, fcr_days=7)
    want = ref.reference(centre["data"], interval, group_by)
    assert_report(report, want)
    assert report["settings"]["time_zone"] == "Asia/Shanghai" and report["from"] == ref.local(0, "00:00:00")
    total = ref.reference(centre["data"], "none", "none")[None, ""]
    if group_by in ("dnis", "media_source"):  # no presence or complaints by dialled number
        total = {k: v for k, v in total.items() if k not in ("calls_per_hour", "staffed_time", "occupancy")}
        total = {k: v for k, v in total.items() if "not_ready" not in k and "complaints" not in k}
    assert_figures(report["total"], total, "total")
    assert len(report["buckets"]) == {"hour": 72, "day": 3, "15min": 288, "month": 1, "week": 1}[interval]


def test_the_edges_land_where_the_dictionary_says(bo: BackofficeProcess, centre: dict[str, Any]) -> None:
    admin = bo.session("admin")
    rows = kpis(admin, interval="hour", group_by="agent", team=centre["team"])["rows"]
    a = centre["a"]["id"]
    nine = next(r["values"] for r in rows if r["bucket"] == ref.local(0, "09:00:00") and r["key"] == a)
    # 09:00:00.005 answered after 20.000 s: in target; 09:01 after 20.001 s: not; 09:02 gone after
    # 4.999 s: short; 09:03 after 5.000 s: abandoned; 09:59:59.999 answered at 10:00:09.999: still 09:00
    assert nine["short_abandoned"] >= 1 and nine["abandoned"] >= 1 and nine["answered"] >= 3
    days = kpis(admin, interval="day", group_by="none", team=centre["team"])["rows"]
    assert [r["bucket"] for r in days] == [ref.local(d, "00:00:00") for d in range(3)]


def test_service_level_divides_by_the_configured_denominator(bo: BackofficeProcess, centre: dict[str, Any]) -> None:
    admin = bo.session("admin")
    for variant in ("answered", "answered_and_abandoned", "without_short_abandons"):
        settings = ref.Settings(sl_variant=variant, sl_target_s=15, short_abandon_s=3)
        report = kpis(
            admin, interval="none", team=centre["team"], sl_variant=variant, sl_target_s=15, short_abandon_s=3
        )
        want = ref.reference(centre["data"], "none", "none", settings=settings)[None, ""]
        assert report["total"]["service_level"] == pytest.approx(want["service_level"], abs=1e-6)
        assert report["total"]["short_abandoned"] == want["short_abandoned"]
        assert report["settings"]["sl_variant"] == variant and report["settings"]["sl_target_s"] == 15


def test_intervals_follow_the_centres_time_zone_setting(bo: BackofficeProcess, centre: dict[str, Any]) -> None:
    admin = bo.session("admin")
    before = admin.get("/reports/settings").json()
    assert bo.session("supervisor").put("/reports/settings", json={"time_zone": "UTC"}).status_code == 403
    bad = admin.put("/reports/settings", json={"time_zone": "Mars/Olympus"})
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "time_zone"]
    r = admin.put("/reports/settings", json={"time_zone": "UTC", "fcr_days": 7})
    assert r.status_code == 200 and r.json()["time_zone"] == "UTC", r.text
    try:
        report = kpis(admin, interval="day", group_by="agent", team=centre["team"])
        start = datetime.combine(ref.date_of(0), time(), timezone.utc)
        end = start + timedelta(days=3)
        want = ref.reference(centre["data"], "day", "agent", zone=ZoneInfo("UTC"), start=start, end=end)
        assert_report(report, want)
        assert report["buckets"][0] == f"{ref.day(0)}T00:00:00+00:00"
    finally:
        admin.put("/reports/settings", json={"time_zone": before["time_zone"]})


def test_agents_get_only_their_own_figures_and_supervisors_only_their_team(
    bo: BackofficeProcess, centre: dict[str, Any]
) -> None:
    a = centre["a"]["id"]
    mine = kpis(centre["agent"], interval="none", group_by="agent")
    assert [row["key"] for row in mine["rows"]] == [a] and mine["agent"] == a
    assert_figures(mine["total"], ref.reference(centre["data"], "none", "none", only_agent=a)[None, ""], "own")
    kpis(centre["agent"], 403, agent=centre["b"]["id"])
    kpis(centre["agent"], 403, team=centre["team"])
    team = kpis(centre["supervisor"], interval="none", group_by="agent")  # no team asked: their own
    assert {row["key"] for row in team["rows"]} == {a, centre["b"]["id"]} and team["team"] == centre["team"]
    kpis(centre["supervisor"], 403, team=centre["other"])
    kpis(centre["supervisor"], 403, agent=centre["c"]["id"])
    kpis(centre["other_supervisor"], 403, team=centre["team"])
    kpis(bo.session("logistics"), 403)
    r = centre["agent"].get("/reports/calls", params={**PERIOD, "agent": centre["b"]["id"]})
    assert r.status_code == 403
    assert centre["agent"].get("/reports/export.xlsx", params={**PERIOD, "team": centre["team"]}).status_code == 403


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"from": "10 March"}, "from"),
        ({"to": ref.day(-1)}, "to"),
        ({"from": "2023-01-01", "to": "2025-03-01"}, "to"),
        ({"interval": "fortnight"}, "interval"),
        ({"interval": "15min", "from": "2025-01-01", "to": "2025-12-01"}, "interval"),
        ({"group_by": "colour"}, "group_by"),
        ({"agent": "not-an-id"}, "agent"),
        ({"sl_target_s": "0"}, "sl_target_s"),
        ({"sl_variant": "offered"}, "sl_variant"),
    ],
)
def test_bad_input_is_refused_with_the_field_named(bo: BackofficeProcess, params: dict[str, str], field: str) -> None:
    r = bo.session("admin").get("/reports/kpis", params={**PERIOD, **params})
    assert r.status_code == 422, r.text
    assert r.json()["detail"][0]["loc"] == ["query", field]


def test_the_calls_behind_a_figure_page_by_page(bo: BackofficeProcess, centre: dict[str, Any]) -> None:
    supervisor = centre["supervisor"]
    report = kpis(supervisor, interval="day", group_by="agent")
    row = max(report["rows"], key=lambda r: r["values"]["abandoned"])
    params = {**PERIOD, "interval": "day", "group_by": "agent", "bucket": row["bucket"], "key": row["key"]}
    seen: list[dict[str, Any]] = []
    while True:
        page = supervisor.get(
            "/reports/calls", params={**params, "calls": "abandoned", "limit": 3, "offset": len(seen)}
        )
        assert page.status_code == 200, page.text
        seen += page.json()["items"]
        if len(seen) >= page.json()["total"]:
            break
    assert len(seen) == row["values"]["abandoned"] and {c["outcome"] for c in seen} == {"abandoned"}
    zone = ZoneInfo("Asia/Shanghai")
    expected = sorted(
        (c for c in centre["data"].calls if c["agent_id"] == row["key"] and ref.START <= c["ring_at"] < ref.END),
        key=lambda c: (c["ring_at"], c["id"]),
    )
    expected = [c for c in expected if ref.local_bucket(c["ring_at"], "day", zone) == row["bucket"]]
    expected = [
        c
        for c in expected
        if c["direction"] == "inbound"
        and c["answer_at"] is None
        and c["disposition"] != "rejected"
        and (c["end_at"] is None or c["end_at"] - c["ring_at"] >= timedelta(seconds=5))
    ]
    assert [c["id"] for c in seen] == [c["id"] for c in expected]
    every = supervisor.get("/reports/calls", params={**params, "limit": 1}).json()["total"]
    assert every == row["values"]["offered"] + row["values"]["outbound"]
    wrong = supervisor.get("/reports/calls", params={**params, "bucket": ref.local(0, "09:30:00")})
    assert wrong.status_code == 422 and wrong.json()["detail"][0]["loc"] == ["query", "bucket"]


def test_the_workbook_has_a_sheet_per_view_the_calls_and_the_definitions(
    bo: BackofficeProcess, centre: dict[str, Any]
) -> None:
    r = bo.session("admin").get(
        "/reports/export.xlsx", params={**PERIOD, "interval": "hour", "group_by": "agent", "team": centre["team"]}
    )
    assert r.status_code == 200, r.text
    book = load_workbook(io.BytesIO(r.content), read_only=True)
    assert book.sheetnames == SHEETS_EN
    data = centre["data"]
    mine = [
        c for c in data.calls if data.agents[c["agent_id"]] == centre["team"] and ref.START <= c["ring_at"] < ref.END
    ]
    calls = list(book["Calls"].values)
    assert calls[0][:3] == ("Call id", "Rang at", "Answered at") and len(calls) == len(mine) + 1
    assert {row[0] for row in calls[1:]} == {c["id"] for c in mine}
    by_agent = {row[1]: row for row in book["By agent"].values}
    header = by_agent["Agent"]  # the group column named by the grouping
    want = ref.reference(data, "none", "agent")
    for agent in (centre["a"], centre["b"]):
        row = dict(zip(header, by_agent[agent["display_name"]]))
        assert row["Offered (count)"] == want[None, agent["id"]]["offered"]
        assert row["Service level (%)"] == pytest.approx(want[None, agent["id"]]["service_level"], abs=1e-4)
    by_team = {row[1]: dict(zip(header, row)) for row in book["By team"].values}  # added up from the asked view
    team = ref.reference(data, "none", "team")[None, centre["team"]]
    assert by_team[centre["team"]]["Offered (count)"] == team["offered"]
    assert by_team[centre["team"]]["Occupancy (%)"] == pytest.approx(team["occupancy"], abs=1e-4)
    assert by_team[centre["team"]]["Not-ready time (s)"] == pytest.approx(team["not_ready_time"], abs=1e-3)
    definitions = [row for row in book["Definitions"].values if row and row[0]]
    assert ("Time zone of the centre", "Asia/Shanghai") in [row[:2] for row in definitions]
    assert any(row[0] == "Abandon rate" and "short abandons" in row[2] for row in definitions)


def test_complaints_opened_and_resolved_count_for_who_did_it(bo: BackofficeProcess, centre: dict[str, Any]) -> None:
    customer = new_customer(centre["agent"])
    body = {"customer_id": customer["id"], "category": "quality", "severity": "low", "summary": "报表投诉"}
    complaint = centre["agent"].post("/complaints", json=body, headers=key()).json()
    r = centre["supervisor"].patch(
        f"/complaints/{complaint['id']}",
        json={"status": "resolved"},
        headers={**key(), "If-Match": f'"{complaint["version"]}"'},
    )
    assert r.status_code == 200, r.text
    today = {"from": None, "to": None}
    report = centre["supervisor"].get("/reports/kpis", params={**today, "interval": "none", "group_by": "agent"}).json()
    by_agent = {row["key"]: row["values"] for row in report["rows"]}
    assert by_agent[centre["a"]["id"]]["complaints_opened"] == 1
    assert by_agent[centre["sup"]["id"]]["complaints_resolved"] == 1
    assert report["total"]["complaints_opened"] == 1 and report["total"]["complaints_resolved"] == 1


def test_an_order_taken_or_changed_after_a_report_counts_in_the_next(
    bo: BackofficeProcess, centre: dict[str, Any]
) -> None:
    agent, supervisor, me = centre["agent"], centre["supervisor"], centre["a"]["id"]
    today = {"from": None, "to": None, "interval": "none", "group_by": "agent"}

    def mine() -> tuple[int, int]:
        report = supervisor.get("/reports/kpis", params=today).json()
        values: dict[str, Any] = next((row["values"] for row in report["rows"] if row["key"] == me), {})
        return values.get("orders") or 0, values.get("order_value") or 0

    orders, value = mine()  # the roll-ups brought up to now
    order = new_order(agent, new_customer(agent)["id"])
    assert mine() == (orders + 1, value + order["total_cents"])
    r = agent.patch(
        f"/orders/{order['id']}", json={"lines": [{"sku": "HK-2003", "quantity": 3}]}, headers=if_match(order)
    )
    assert r.status_code == 200, r.text
    order = r.json()
    assert mine() == (orders + 1, value + order["total_cents"])
    r = agent.post(f"/orders/{order['id']}/cancel", headers=if_match(order))
    assert r.status_code == 200 and r.json()["status"] == "cancelled"
    assert mine() == (orders, value)  # cancelled orders are left out


def test_a_period_off_the_quarter_hours_and_changes_that_arrive_late(
    bo: BackofficeProcess, centre: dict[str, Any]
) -> None:
    admin, data = bo.session("admin"), centre["data"]
    params = {"interval": "hour", "group_by": "agent", "team": centre["team"]}
    odd = {"from": ref.local(0, "09:07:30"), "to": ref.local(2, "17:53:00")}
    report = admin.get("/reports/kpis", params={**params, **odd}).json()
    start, end = datetime.fromisoformat(odd["from"]), datetime.fromisoformat(odd["to"])
    assert_report(report, ref.reference(data, "hour", "agent", start=start, end=end))
    kpis(admin, **params)  # rolls presence up to each agent's latest change
    # agent a's desktop was offline on the 11th: its queued changes arrive now, in the rolled-up past
    late = [
        {"seq": 100, "state": "not_ready", "reason": "late", "at": ref.local(1, "11:00:00")},
        {"seq": 101, "state": "ready", "at": ref.local(1, "11:40:00")},
    ]
    r = centre["agent"].post("/presence/events", json={"events": late})
    assert r.status_code == 200, r.text
    for event in late:
        data.events.append(
            {
                **event,
                "user_id": centre["a"]["id"],
                "reason": event.get("reason"),
                "at": datetime.fromisoformat(event["at"]),
            }
        )
    report = kpis(admin, **params)
    assert_report(report, ref.reference(data, "hour", "agent"))
    eleven = next(
        r["values"] for r in report["rows"] if r["bucket"] == ref.local(1, "11:00:00") and r["key"] == centre["a"]["id"]
    )
    assert eleven["not_ready_by_reason"] == {"late": 2400.0}


def _as_reference(call: dict[str, Any]) -> dict[str, Any]:
    """A call log as the API returns it, in the reference's terms (times as datetimes)."""
    times = ("ring_at", "answer_at", "end_at")
    return {**call, **{k: datetime.fromisoformat(call[k]) if call[k] else None for k in times}}


def test_the_calls_roll_up_stays_exact_when_call_logs_arrive_late_or_are_edited(
    bo: BackofficeProcess, centre: dict[str, Any]
) -> None:
    admin, data = bo.session("admin"), centre["data"]
    a, b = centre["a"]["id"], centre["b"]["id"]
    views = (("hour", "agent"), ("15min", "media_source"), ("day", "dnis"))

    written: list[str] = []

    def check() -> None:
        for interval, group_by in views:
            report = kpis(admin, interval=interval, group_by=group_by, team=centre["team"])
            assert_report(report, ref.reference(data, interval, group_by))
        # time passes: the next roll-up no longer looks at these call logs again for being recent
        engine = create_engine(bo.db_url)
        with engine.begin() as conn:
            c = t.call_logs.c
            conn.execute(
                update(t.call_logs)
                .where(c.id.in_(written))
                .values(updated_at=datetime.now(timezone.utc) - timedelta(hours=1))
            )
        engine.dispose()

    def log(agent: str, ring: str, customer: str, **extra: Any) -> dict[str, Any]:
        at = datetime.fromisoformat(ring)
        body = {
            "direction": "inbound",
            "ring_at": ring,
            "answer_at": (at + timedelta(seconds=12)).isoformat(),
            "end_at": (at + timedelta(seconds=100)).isoformat(),
            "talk_seconds": 80,
            "wrapup_seconds": 9,
            "dnis": "4001234567",
            "agent_id": agent,
            "customer_id": customer,
            **extra,
        }
        r = admin.post("/call_logs", json=body, headers=key())
        assert r.status_code == 201, r.text
        data.calls.append(_as_reference(r.json()))
        written.append(r.json()["id"])
        return r.json()

    check()  # rolled up as they are
    first, second = new_customer(admin), new_customer(admin)
    # b's call of the 11th arrives; then, out of order, a's earlier call of the same customer (which
    # repeats now) and a's call of the 12th, after which b's call is no longer first-contact resolved
    called = log(b, ref.local(1, "10:00:00.250"), first["id"])
    check()
    log(a, ref.local(1, "09:30:00"), first["id"])
    again = log(a, ref.local(2, "15:07:00"), first["id"])
    fcr_of_b = [r["values"]["fcr"] for r in kpis(admin, interval="none", group_by="agent")["rows"] if r["key"] == b]
    check()
    # the call of the 12th was the other customer's, from another advert: b's call is resolved again
    media = next(iter(data.media))
    r = admin.patch(
        f"/call_logs/{again['id']}",
        json={"customer_id": second["id"], "media_source_id": media, "wrapup_seconds": 30},
        headers={**key(), "If-Match": f'"{again["version"]}"'},
    )
    assert r.status_code == 200, r.text
    data.calls[:] = [_as_reference(r.json()) if c["id"] == again["id"] else c for c in data.calls]
    check()
    after = [r["values"]["fcr"] for r in kpis(admin, interval="none", group_by="agent")["rows"] if r["key"] == b]
    assert after[0] > fcr_of_b[0] and called["customer_id"] == first["id"]
    # a new threshold counts every call again
    assert admin.put("/reports/settings", json={"short_abandon_s": 3}).status_code == 200
    try:
        report = kpis(admin, interval="hour", group_by="agent", team=centre["team"])
        want = ref.reference(data, "hour", "agent", settings=ref.Settings(short_abandon_s=3))
        assert_report(report, want)
    finally:
        admin.put("/reports/settings", json={"short_abandon_s": 5})


def test_the_workbook_holds_dates_shares_and_money_excel_can_sort_and_chart(
    bo: BackofficeProcess, centre: dict[str, Any]
) -> None:
    r = bo.session("admin").get(
        "/reports/export.xlsx", params={**PERIOD, "interval": "day", "group_by": "none", "team": centre["team"]}
    )
    assert r.status_code == 200, r.text
    book = load_workbook(io.BytesIO(r.content), read_only=True)
    by_interval = list(book["By interval"].iter_rows())
    header = [cell.value for cell in by_interval[0]]
    first = dict(zip(header, by_interval[1]))
    assert first["Interval"].value == datetime.combine(ref.date_of(0), time())  # a date, not text
    assert first["Interval"].number_format == "yyyy-mm-dd"
    want = ref.reference(centre["data"], "day", "team")[ref.local(0, "00:00:00"), centre["team"]]
    assert first["Abandon rate (%)"].value == pytest.approx(want["abandon_rate"], abs=1e-4)  # a fraction shown in %
    assert first["Abandon rate (%)"].number_format == "0.0%"
    assert first["Order value (CNY)"].value == pytest.approx(want["order_value"] / 100, abs=0.01)
    assert first["Order value (CNY)"].number_format == "#,##0.00"
    talk = first["Average talk time (s)"]
    assert talk.value == pytest.approx(want["avg_talk"], abs=1e-3) and talk.number_format == "0.0"  # seconds
    calls = list(book["Calls"].iter_rows(max_row=2))
    rang = dict(zip([cell.value for cell in calls[0]], calls[1]))["Rang at"]
    assert isinstance(rang.value, datetime) and rang.number_format == "yyyy-mm-dd hh:mm:ss"
    assert ref.START.astimezone(ref.SHANGHAI).replace(tzinfo=None) <= rang.value
