"""A report asked again reuses the rows of cells whose sums did not change (``backoffice.reports.row_cache``):
what a supervisor sees must still be every change — a late call in an hour shown before, an agent's new
name, a threshold asked for this report only."""

from __future__ import annotations

import gc
import uuid
from datetime import datetime, timedelta
from typing import Any

import pytest

from backoffice.reports.collector import REPORT_THRESHOLD, few_collections
from backoffice.reports.report import add_up
from backoffice.reports.row_cache import RowCache, fingerprint
from tests.backoffice import report_reference as ref
from tests.backoffice.conftest import if_match, key
from tests.backoffice.test_reports import new_user
from tests.fixtures.backoffice import ApiSession, BackofficeProcess


@pytest.fixture(params=["sqlite", "postgresql"])
def bo(request: pytest.FixtureRequest) -> BackofficeProcess:
    return request.getfixturevalue("reports_server" if request.param == "sqlite" else "reports_server_pg")


def _call(admin: ApiSession, agent: str, ring: str, talk: int, wait: int = 12) -> None:
    at = datetime.fromisoformat(ring)
    body = {
        "direction": "inbound",
        "ring_at": ring,
        "answer_at": (at + timedelta(seconds=wait)).isoformat(),
        "end_at": (at + timedelta(seconds=wait + talk)).isoformat(),
        "talk_seconds": talk,
        "wrapup_seconds": 10,
        "dnis": "4001234567",
        "agent_id": agent,
    }
    r = admin.post("/call_logs", json=body, headers=key())
    assert r.status_code == 201, r.text


def _rows(admin: ApiSession, team: str, **extra: Any) -> dict[str, dict[str, Any]]:
    params = {"from": ref.day(1), "to": ref.day(2), "interval": "hour", "group_by": "agent", "team": team, **extra}
    r = admin.get("/reports/kpis", params=params)
    assert r.status_code == 200, r.text
    return {row["bucket"]: row for row in r.json()["rows"]}


def test_a_report_asked_again_shows_every_change_since(bo: BackofficeProcess) -> None:
    admin = bo.session("admin")
    team = f"rk-{uuid.uuid4().hex[:6]}"
    agent, _ = new_user(bo, "agent", team)
    nine, ten = ref.local(1, "09:00:00"), ref.local(1, "10:00:00")
    _call(admin, agent["id"], ref.local(1, "09:10:00"), talk=60)
    _call(admin, agent["id"], ref.local(1, "09:20:00"), talk=120)
    _call(admin, agent["id"], ref.local(1, "10:05:00"), talk=90, wait=30)

    first = _rows(admin, team)
    assert set(first) == {nine, ten}
    assert first[nine]["values"]["offered"] == 2 and first[nine]["values"]["avg_talk"] == 90.0
    assert first[ten]["values"]["service_level"] == 0.0  # answered after 30 s: outside the 20 s target
    assert _rows(admin, team) == first  # nothing changed: the same rows

    # the agent is renamed: the rows carry the new name, the figures are the same
    r = admin.patch(f"/users/{agent['id']}", json={"display_name": "改名 坐席"}, headers=if_match(agent))
    assert r.status_code == 200, r.text
    renamed = _rows(admin, team)
    assert {row["label"] for row in renamed.values()} == {"改名 坐席"}
    assert {b: row["values"] for b, row in renamed.items()} == {b: row["values"] for b, row in first.items()}

    # a call of 09:00 reaches the back office late: that hour changes, the other stays as it was
    _call(admin, agent["id"], ref.local(1, "09:40:00"), talk=30)
    late = _rows(admin, team)
    assert late[nine]["values"]["offered"] == 3 and late[nine]["values"]["avg_talk"] == 70.0
    assert late[ten] == renamed[ten]

    # a threshold for this report only, then the centre's again
    assert _rows(admin, team, sl_target_s=60)[ten]["values"]["service_level"] == 1.0
    assert _rows(admin, team)[ten]["values"]["service_level"] == 0.0


def _naive_add_up(cells: list[dict[str, Any]]) -> dict[str, Any]:
    total: dict[str, Any] = {}
    for sums in cells:
        for name, value in sums.items():
            if name == "not_ready_by_reason":
                reasons = total.setdefault(name, {})
                for reason, ms in value.items():
                    reasons[reason] = reasons.get(reason, 0) + ms
            else:
                total[name] = total.get(name, 0) + value
    return total


def test_the_total_adds_up_cells_of_any_sources() -> None:
    cells: list[dict[str, Any]] = [
        {"offered": 3, "answered": 2, "orders": 1},
        {"offered": 1, "answered": 1, "orders": 0},
        {"staffed_ms": 900_000, "not_ready_ms": 60_000, "not_ready_by_reason": {"break": 60_000}},
        {"orders": 2, "offered": 5, "answered": 4},  # the same sums in another order
        {"staffed_ms": 10, "not_ready_ms": 7, "not_ready_by_reason": {"break": 3, "meal": 4}},
        {"complaints_opened": 1},
    ]
    assert add_up(cells) == _naive_add_up(cells)
    assert add_up([]) == {}


def test_a_cells_fingerprint_changes_with_any_sum() -> None:
    sums = {"offered": 3, "answered": 2, "not_ready_by_reason": {"break": 5, "meal": 1}}
    assert fingerprint(sums) == fingerprint({**sums, "not_ready_by_reason": {"meal": 1, "break": 5}})
    assert fingerprint(sums) != fingerprint({**sums, "answered": 1})
    assert fingerprint(sums) != fingerprint({**sums, "not_ready_by_reason": {"break": 5, "meal": 2}})
    assert fingerprint({"orders": 1}) != fingerprint({"complaints_opened": 1})


def test_the_kept_rows_stay_under_their_limit_least_recently_used_first() -> None:
    cache = RowCache(max_rows=4)
    row = (0, "label", b"{}")
    cache.keep("a", {("09", "x"): row, ("10", "x"): row})
    cache.keep("b", {("09", "y"): row, ("10", "y"): row})
    assert cache.rows("a")  # "a" is now the most recently used
    cache.keep("c", {("09", "z"): row})
    assert cache.rows("b") == {} and len(cache.rows("a")) == 2 and len(cache.rows("c")) == 1
    cache.keep("a", {("11", "x"): row})  # added to "a"'s: 3 rows, "c" still fits
    assert len(cache.rows("a")) == 3 and len(cache.rows("c")) == 1
    cache.keep("d", {(str(h), "w"): row for h in range(5)})  # more than the limit: not kept
    assert cache.rows("d") == {}


def test_the_collector_is_held_back_only_while_reports_are_built() -> None:
    before = gc.get_threshold()
    with few_collections():
        assert gc.get_threshold()[0] == REPORT_THRESHOLD
        with few_collections():  # a second report built at the same time
            pass
        assert gc.get_threshold()[0] == REPORT_THRESHOLD  # the first is still being built
    assert gc.get_threshold() == before
