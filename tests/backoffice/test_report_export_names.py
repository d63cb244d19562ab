"""The workbook names what the report screens and the wallboard name, in the language asked for (``lang``),
on SQLite and PostgreSQL: a not-ready reason the centre defined by the name its desktops sent (the
latest), a built-in one by its translated name; the interval, the agent and the groupings by their
names; a group without a name as "(none)"."""

from __future__ import annotations

import io
import uuid
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.backoffice import report_reference as ref
from tests.backoffice.test_reports import PERIOD, bo, centre, new_user  # noqa: F401  (fixtures)
from tests.fixtures.backoffice import BackofficeProcess

DAY = 8
"""The day (after the generated data's) of this test's agent's presence."""
NAMES = {
    "en": {
        "huddle": "班组例会",
        "break": "Break",
        "retired": "retired",
        "unspecified": "No reason given",
        "interval": "Hour",
        "whole": "Whole period",
        "none": "(none)",
        "agent": "Agent",
        "media": "Media source",
        "interval_header": "Interval",
    },
    "zh_CN": {
        "huddle": "班组例会",
        "break": "小休",
        "retired": "retired",
        "unspecified": "未给原因",
        "interval": "小时",
        "whole": "整个时段",
        "none": "（无）",
        "agent": "坐席",
        "media": "媒体来源",
        "interval_header": "时段",
    },
}
"""What a reader sees, written out here (the screens' and the wallboard's translations)."""


@pytest.fixture
def huddling(bo: BackofficeProcess) -> dict[str, Any]:
    """An agent of a team of their own whose desktop sent a day of not-ready reasons: the centre's own
    ``huddle`` under its old name, then renamed in Chinese; the built-in ``break`` under its English
    name; ``retired`` from an older desktop that sent no names; not ready without a reason."""
    agent, session = new_user(bo, "agent", f"rpn-{uuid.uuid4().hex[:6]}")
    steps = [
        ("09:00", "ready", None, None),
        ("09:10", "not_ready", "huddle", "Team huddle"),
        ("09:30", "ready", None, None),
        ("10:00", "not_ready", "huddle", "班组例会"),
        ("10:20", "ready", None, None),
        ("11:00", "not_ready", "break", "Break"),
        ("11:15", "not_ready", "retired", None),
        ("11:30", "not_ready", None, None),
        ("12:00", "logged_out", None, None),
    ]
    events: list[dict[str, Any]] = []
    for seq, (clock, state, reason, name) in enumerate(steps, 1):
        event: dict[str, Any] = {"seq": seq, "state": state, "at": ref.local(DAY, f"{clock}:00"), "reason": reason}
        events.append({**event, "reason_name": name} if name else event)
    r = session.post("/presence/events", json={"events": events})
    assert r.status_code == 200, r.text
    return agent


def sheet(book: Any, place: int) -> list[tuple[Any, ...]]:
    return list(book[book.sheetnames[place]].values)


def definitions(book: Any) -> dict[Any, Any]:
    return {row[0]: row[1] for row in sheet(book, -1) if row and row[0]}  # the last sheet


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_reasons_interval_and_agent_by_their_names(bo: BackofficeProcess, huddling: dict[str, Any], lang: str) -> None:
    params = {"from": ref.day(DAY), "to": ref.day(DAY + 1), "interval": "hour", "group_by": "agent"}
    r = bo.session("admin").get("/reports/export.xlsx", params={**params, "agent": huddling["id"], "lang": lang})
    assert r.status_code == 200, r.text
    book = load_workbook(io.BytesIO(r.content), read_only=True)
    names = NAMES[lang]
    reasons = sheet(book, -3)  # not ready by reason, before the calls and the definitions
    assert reasons[0][1] == names["agent"]  # the group column named by the grouping
    got: dict[tuple[str, str], float] = {}
    for _interval, group, reason, seconds in reasons[1:]:
        got[group, reason] = got.get((group, reason), 0) + seconds
    who = huddling["display_name"]
    assert got == {
        (who, names["huddle"]): 2400,  # 20 min at 9 and 10 o'clock: its latest name
        (who, names["break"]): 900,
        (who, names["retired"]): 900,  # never named: its id
        (who, names["unspecified"]): 1800,
    }
    assert definitions(book)[names["agent"]] == who  # not the agent's id
    assert definitions(book)[names["interval_header"]] == names["interval"]

    whole = bo.session("admin").get(
        "/reports/export.xlsx", params={**params, "interval": "none", "agent": huddling["id"], "lang": lang}
    )
    assert whole.status_code == 200, whole.text
    book = load_workbook(io.BytesIO(whole.content), read_only=True)
    assert definitions(book)[names["interval_header"]] == names["whole"]

    carried = {**params, "from": ref.local(DAY, "09:20:00"), "to": ref.local(DAY, "09:40:00")}
    r = bo.session("admin").get("/reports/export.xlsx", params={**carried, "agent": huddling["id"], "lang": lang})
    assert r.status_code == 200, r.text
    reasons = sheet(load_workbook(io.BytesIO(r.content), read_only=True), -3)
    assert [row[2:] for row in reasons[1:]] == [("Team huddle", 600)]  # its name when it began, before the period


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_groups_by_their_names(bo: BackofficeProcess, centre: dict[str, Any], lang: str) -> None:
    params = {**PERIOD, "interval": "hour", "group_by": "agent", "team": centre["team"], "lang": lang}
    r = bo.session("admin").get("/reports/export.xlsx", params=params)
    assert r.status_code == 200, r.text
    book = load_workbook(io.BytesIO(r.content), read_only=True)
    names = NAMES[lang]
    rows = sheet(book, 5)  # by media source
    assert rows[0][1] == names["media"]
    groups = [row[1] for row in rows[1:-1]]
    assert names["none"] in groups and "" not in groups and None not in groups  # calls of no media source
    by_agent = sheet(book, 2)
    assert by_agent[0][1] == names["agent"]
    assert {centre["a"]["display_name"], centre["b"]["display_name"]} <= {row[1] for row in by_agent[1:]}
