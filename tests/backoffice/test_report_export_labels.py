"""The workbook's calls sheet, its not-ready sheet and the CSV write a call's direction, outcome and
disposition and a not-ready reason as the report screens and the card show them, in the language
asked for (``lang``), on SQLite and PostgreSQL; the CSV keeps the raw codes in columns of their own,
for programs that read it."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.backoffice.test_reports import PERIOD, bo, centre  # noqa: F401  (fixtures)
from tests.fixtures.backoffice import BackofficeProcess

LABELS = {
    "en": {
        "direction": {"inbound": "Incoming", "outbound": "Outgoing"},
        "outcome": {
            "answered": "Answered",
            "abandoned": "Abandoned",
            "short_abandoned": "Short abandon",
            "rejected": "Rejected",
            "connected": "Connected",
            "not_connected": "Not connected",
        },
        "disposition": {"missed": "missed", "rejected": "rejected", "no_answer": "no answer", "busy": "busy"},
        "reason": {
            "break": "Break",
            "meal": "Meal",
            "training": "Training",
            "meeting": "Meeting",
            "unspecified": "No reason given",
        },
    },
    "zh_CN": {
        "direction": {"inbound": "呼入", "outbound": "外呼"},
        "outcome": {
            "answered": "已接通",
            "abandoned": "放弃",
            "short_abandoned": "短时放弃",
            "rejected": "拒接",
            "connected": "已接通",
            "not_connected": "未接通",
        },
        "disposition": {"missed": "未接听", "rejected": "被拒接", "no_answer": "无人接听", "busy": "忙线"},
        "reason": {"break": "小休", "meal": "用餐", "training": "培训", "meeting": "开会", "unspecified": "未给原因"},
    },
}
"""What a reader sees for each code, written out here (the screens' and the card's translations)."""
HEADERS = {
    "en": {"id": "Call id", "direction": "Direction", "outcome": "Outcome", "disposition": "Disposition"},
    "zh_CN": {"id": "通话编号", "direction": "方向", "outcome": "结果", "disposition": "处理结果"},
}


def raw_calls(bo: BackofficeProcess, params: dict[str, str]) -> dict[str, dict[str, Any]]:
    """The calls of ``params`` as the API gives them (raw codes), by id."""
    out: dict[str, dict[str, Any]] = {}
    for offset in range(0, 20_000, 1000):
        r = bo.session("admin").get("/reports/calls", params={**params, "limit": 1000, "offset": offset})
        assert r.status_code == 200, r.text
        out |= {call["id"]: call for call in r.json()["items"]}
        if offset + 1000 >= r.json()["total"]:
            return out
    raise AssertionError("more calls than the test expects")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_calls_sheet_and_the_csv_write_codes_as_the_screens_show_them(
    bo: BackofficeProcess, centre: dict[str, Any], lang: str
) -> None:
    params = {**PERIOD, "interval": "hour", "group_by": "agent", "team": centre["team"]}
    calls = raw_calls(bo, params)
    r = bo.session("admin").get("/reports/export.xlsx", params={**params, "lang": lang})
    assert r.status_code == 200, r.text
    book = load_workbook(io.BytesIO(r.content), read_only=True)
    sheet = list(book[book.sheetnames[-2]].values)  # the calls, before the definitions
    header, head = list(sheet[0]), HEADERS[lang]
    place = {key: header.index(head[key]) for key in head}
    labels = LABELS[lang]
    seen: dict[str, set[str]] = {"direction": set(), "outcome": set(), "disposition": set()}
    for row in sheet[1:]:
        call = calls[row[place["id"]]]
        for key in seen:
            code = call[key]
            want = labels[key].get(code, code) if code else None  # a centre's own words stay as they are
            assert row[place[key]] == want, (key, code, row[place[key]])
            seen[key].add(code)
    assert len(sheet) - 1 == len(calls) > 200
    assert seen["direction"] == {"inbound", "outbound"}  # every code the data has was checked
    assert {"answered", "abandoned", "rejected"} <= seen["outcome"]
    assert {"missed", "rejected", "no_answer"} <= seen["disposition"]

    report = bo.session("admin").get("/reports/kpis", params=params).json()
    codes = [reason for row in report["rows"] for reason in (row["values"]["not_ready_by_reason"] or {})]
    reasons = [row[2] for row in list(book[book.sheetnames[-3]].values)[1:]]  # not ready by reason
    assert reasons == [labels["reason"].get(code, code) for code in codes]  # in the report's order, each named
    assert set(codes) >= {"training", "meeting", "unspecified"}

    text = bo.session("admin").get("/reports/calls.csv", params={**params, "lang": lang}).content
    rows = list(csv.reader(io.StringIO(text.decode("utf-8-sig"))))
    width = len(header)
    zoned = [f"{title} (Asia/Shanghai)" if i in (1, 2, 3, 4) else title for i, title in enumerate(header)]
    assert rows[0][:width] == zoned and len(rows) == len(sheet)  # times: the sheet's headers naming the zone
    codes = {key: width + i for i, key in enumerate(("direction", "outcome", "disposition"))}
    for row in rows[1:]:
        call = calls[row[place["id"]]]
        for key in seen:
            code = call[key] or ""
            assert row[place[key]] == (labels[key].get(code, code) if code else "")  # the sheet's label
            assert row[codes[key]] == code  # and the raw code, for programs
