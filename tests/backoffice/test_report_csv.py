"""The calls as CSV over HTTP, on SQLite and PostgreSQL: headers and codes in the reader's language,
the raw codes for programs, times Excel reads as dates on the centre's clock (its zone in the header),
a yes or no in words; the same rows as the workbook's calls sheet."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import load_workbook

from tests.backoffice import report_reference as ref
from tests.backoffice.test_reports import PERIOD, bo, centre  # noqa: F401  (fixtures)
from tests.fixtures.backoffice import BackofficeProcess


def test_the_calls_as_csv_with_headers_in_the_readers_language(bo: BackofficeProcess, centre: dict[str, Any]) -> None:
    r = centre["agent"].get("/reports/calls.csv", params={**PERIOD, "calls": "answered", "lang": "zh_CN"})
    assert r.status_code == 200 and r.content.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    a = centre["a"]["id"]
    want = [
        c
        for c in centre["data"].calls
        if c["agent_id"] == a and ref.START <= c["ring_at"] < ref.END and c["direction"] == "inbound" and c["answer_at"]
    ]
    assert sorted(row["通话编号"] for row in rows) == sorted(c["id"] for c in want)  # Chinese headers: lang=zh_CN
    assert {row["结果"] for row in rows} == {"已接通"}  # as on screen
    assert {row["结果代码"] for row in rows} == {"answered"}  # and the code, for programs
    by_id = {c["id"]: c for c in want}
    for row in rows:  # times as Excel reads a date, on the centre's clock named in the header
        ring = by_id[row["通话编号"]]["ring_at"].astimezone(ZoneInfo("Asia/Shanghai"))
        assert row["振铃时间 (Asia/Shanghai)"] == f"{ring:%Y-%m-%d %H:%M:%S}"
    again = {row["首次解决观察期内再次来电"] for row in rows}
    assert {"是", "否"} <= again <= {"是", "否", ""}  # a yes or no in the reader's language (unknown caller: none)


def test_the_workbooks_calls_sheet_holds_the_csv_rows(bo: BackofficeProcess, centre: dict[str, Any]) -> None:
    admin = bo.session("admin")
    params = {**PERIOD, "interval": "hour", "group_by": "agent", "team": centre["team"]}
    r = admin.get("/reports/export.xlsx", params=params)
    assert r.status_code == 200, r.text
    sheet = list(load_workbook(io.BytesIO(r.content), read_only=True)["Calls"].values)
    text = admin.get("/reports/calls.csv", params=params).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    times = (1, 2, 3, 4)  # rang, answered, ended, interval: on the centre's clock (the CSV names its zone)
    header = [f"{title} (Asia/Shanghai)" if i in times else title for i, title in enumerate(sheet[0])]
    assert header == rows[0][: len(sheet[0])] and len(sheet) == len(rows) > 200  # then the CSV's codes
    yes_no = {True: "Yes", False: "No", None: ""}
    for got, whole in zip(sheet[1:], rows[1:]):
        want = whole[: len(got)]
        for i in times:
            if want[i]:
                local = datetime.strptime(want[i], "%Y-%m-%d %H:%M:%S")  # as Excel reads a date
                assert timedelta(0) <= got[i] - local < timedelta(seconds=1), (got[i], want[i])
            else:
                assert got[i] is None
        assert got[20] in (True, False, None) and want[20] == yes_no[got[20]]
        assert ["" if v is None else str(v) for i, v in enumerate(got) if i not in (*times, 20)] == [
            v for i, v in enumerate(want) if i not in (*times, 20)
        ]
        assert all(type(v) in (int, float) for v in got[14:19] if v is not None)  # wait, talk, hold, wrap-up, handling
