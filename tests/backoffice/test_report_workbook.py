"""The workbook as a supervisor reads it, in English and Chinese, on SQLite and PostgreSQL, for the
generated call log whose figures ``report_reference`` works out again: each view's rows named by its
own grouping (a dialled number by its number, with the media source on it; a media source, an agent
by their names; a team by its own), its figures the reference's, its total in bold; the definitions'
times real dates and times on the centre's clock with the zone beside them; headers that stay in view,
columns wide enough for what they hold, columns with nothing in them hidden, sheet names Excel takes."""

from __future__ import annotations

import io
import re
from datetime import datetime, timedelta
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from backoffice.reports.export import _sheet_title
from tests.backoffice import report_reference as ref
from tests.backoffice.test_reports import PERIOD, SHEETS_EN, bo, centre  # noqa: F401  (fixtures)
from tests.fixtures.backoffice import BackofficeProcess

TEXTS: dict[str, dict[str, Any]] = {
    "en": {
        "sheets": SHEETS_EN,
        "offered": "Offered (count)",
        "abandon_rate": "Abandon rate (%)",
        "avg_talk": "Average talk time (s)",
        "dnis": "Dialled number",
        "none": "(none)",
        "total": "Total",
        "from": "From",
        "to": "To (not included)",
        "generated": "Generated at",
        "grouped": "Grouped by",
        "agent": "Agent",
        "all": "All",
        "whole": "Whole period",
        "interval": "Interval",
    },
    "zh_CN": {
        "sheets": [
            "报表",
            "按时段",
            "按坐席",
            "按班组",
            "按拨入号码",
            "按媒体来源",
            "未就绪（按原因）",
            "通话明细",
            "指标定义",
        ],
        "offered": "呼入量（个）",
        "abandon_rate": "放弃率（%）",
        "avg_talk": "平均通话时长（秒）",
        "dnis": "拨入号码",
        "none": "（无）",
        "total": "合计",
        "from": "起",
        "to": "止（不含）",
        "generated": "生成时间",
        "grouped": "分组方式",
        "agent": "坐席",
        "all": "全部",
        "whole": "整个时段",
        "interval": "时段",
    },
}
"""What a reader sees, written out here."""
FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def workbook(bo: BackofficeProcess, **params: Any) -> Any:
    r = bo.session("admin").get("/reports/export.xlsx", params={**PERIOD, **params})
    assert r.status_code == 200, r.text
    return load_workbook(io.BytesIO(r.content))  # not read-only: widths, panes and fonts are read too


def table(sheet: Any) -> tuple[list[Any], list[dict[str, Any]]]:
    """The header and the rows (header → cell) of a sheet."""
    rows = list(sheet.iter_rows())
    header = [cell.value for cell in rows[0]]
    return header, [dict(zip(header, row)) for row in rows[1:]]


def media_name(media: dict[str, Any]) -> str:
    return " · ".join(p for p in (media["channel"], media["programme"], media["advert"]) if p)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_each_view_names_its_rows_by_its_own_grouping_with_the_reference_figures(
    bo: BackofficeProcess, centre: dict[str, Any], lang: str
) -> None:
    texts, data = TEXTS[lang], centre["data"]
    book = workbook(bo, interval="hour", group_by="dnis", team=centre["team"], lang=lang)
    assert book.sheetnames == texts["sheets"]

    by_number = {m["dnis"]: media_name(m) for m in data.media.values()}
    header, rows = table(book[texts["sheets"][4]])
    assert header[1] == texts["dnis"]
    want = ref.reference(data, "none", "dnis")
    got = {row[texts["dnis"]].value: row for row in rows[:-1]}
    names = {}
    for (_, number), figures in want.items():
        name = texts["none"] if not number else f"{number} · {by_number[number]}" if number in by_number else number
        names[number] = name
        assert got[name][texts["offered"]].value == figures["offered"], name
        assert got[name][texts["abandon_rate"]].value == pytest.approx(figures["abandon_rate"], abs=1e-4)
    assert set(got) == set(names.values()) and len(got) == len(names)  # no row but the reference's
    assert set(by_number) <= set(names) and any(n not in by_number for n in names if n)  # with and without

    header, rows = table(book[texts["sheets"][5]])  # by media source: by the source's name
    want = ref.reference(data, "none", "media_source")
    got = {row[header[1]].value: row[texts["offered"]].value for row in rows[:-1]}
    assert got == {
        (media_name(data.media[key]) if key else texts["none"]): figures["offered"]
        for (_, key), figures in want.items()
    }
    header, rows = table(book[texts["sheets"][3]])  # by team: the team's own name
    assert [row[header[1]].value for row in rows] == [centre["team"], texts["total"]]
    header, rows = table(book[texts["sheets"][2]])  # by agent: the agents' names
    agents = {centre["a"]["display_name"], centre["b"]["display_name"]}
    assert {row[header[1]].value for row in rows[:-1]} == agents

    total = rows[-1]  # the total: named, in bold, the reference's
    assert total[header[1]].value == texts["total"] and total[header[1]].font.b
    everything = ref.reference(data, "none", "none")[None, ""]
    assert total[texts["offered"]].value == everything["offered"] and total[texts["offered"]].font.b
    assert total[texts["avg_talk"]].value == pytest.approx(everything["avg_talk"], abs=1e-3)
    assert not rows[0][texts["offered"]].font.b

    # not-ready time is the agents', not a dialled number's: by interval, each reason's hours there
    header, rows = table(book[texts["sheets"][6]])
    assert header[1] != texts["dnis"] and book[texts["sheets"][6]].column_dimensions["B"].hidden
    seconds: dict[str, float] = {}
    for row in rows:
        assert isinstance(row[header[0]].value, datetime)  # the hour, as a date and time
        bucket = row[header[0]].value.strftime("%Y-%m-%dT%H:%M:%S+08:00")
        seconds[bucket] = seconds.get(bucket, 0) + row[header[3]].value
    by_hour = ref.reference(data, "hour", "none")
    want_seconds = {
        bucket: sum(figures["not_ready_by_reason"].values())
        for (bucket, _), figures in by_hour.items()
        if figures.get("not_ready_by_reason")
    }
    assert seconds == pytest.approx(want_seconds, abs=1e-3) and len(seconds) >= 3


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_definitions_write_times_as_dates_on_the_centres_clock_and_name_the_zone(
    bo: BackofficeProcess, centre: dict[str, Any], lang: str
) -> None:
    texts = TEXTS[lang]
    before = datetime.now(ref.SHANGHAI).replace(tzinfo=None)
    book = workbook(bo, interval="day", group_by="agent", team=centre["team"], lang=lang)
    after = datetime.now(ref.SHANGHAI).replace(tzinfo=None)
    rows = {row[0].value: row for row in book[texts["sheets"][-1]].iter_rows() if row[0].value}
    starts = {
        texts["from"]: datetime.combine(ref.date_of(0), datetime.min.time()),
        texts["to"]: datetime.combine(ref.date_of(3), datetime.min.time()),
    }
    for name, when in starts.items():
        cell, zone = rows[name][1], rows[name][2]
        assert cell.value == when and cell.number_format == "yyyy-mm-dd hh:mm:ss", name  # not ISO text
        assert zone.value == "Asia/Shanghai (UTC+08:00)"
    generated = rows[texts["generated"]][1]
    assert isinstance(generated.value, datetime) and generated.number_format == "yyyy-mm-dd hh:mm:ss"
    assert before - timedelta(seconds=1) <= generated.value <= after + timedelta(seconds=1)  # the centre's clock
    assert rows[texts["generated"]][2].value == "Asia/Shanghai (UTC+08:00)"
    assert rows[texts["grouped"]][1].value == texts["agent"]
    assert rows[texts["agent"]][1].value == texts["all"]  # no agent filter: all of them, not a blank
    definition = rows[next(iter(rows))][2]  # the first figure's
    assert definition.alignment.wrap_text


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_sheet_reads_at_a_glance(bo: BackofficeProcess, centre: dict[str, Any], lang: str) -> None:
    texts = TEXTS[lang]
    book = workbook(bo, interval="hour", group_by="agent", team=centre["team"], lang=lang)
    for sheet in book.worksheets:
        title = sheet.title
        assert len(title) <= 31 and not FORBIDDEN.search(title) and title.strip("'") == title
        header = next(sheet.iter_rows(max_row=1))
        assert all(cell.font.b for cell in header if cell.value), title  # the header in bold
        views = texts["sheets"][:7]
        assert sheet.freeze_panes == ("C2" if title in views else "A2"), title  # names stay in view
        sample = list(sheet.iter_rows(min_row=2, max_row=50, values_only=True))
        for i, cell in enumerate(header):
            dimension = sheet.column_dimensions[get_column_letter(i + 1)]
            texts_in = [v for row in sample for v in row[i : i + 1] if isinstance(v, str)]
            wide = max((sum(2 if ord(ch) > 0x2E80 else 1 for ch in v) for v in texts_in), default=0)
            assert dimension.width >= min(wide, 48) or dimension.hidden, (title, cell.value, dimension.width)
    header, rows = table(book[texts["sheets"][1]])  # by interval: no groups
    by_interval = book[texts["sheets"][1]]
    assert by_interval.column_dimensions["B"].hidden and not by_interval.column_dimensions["A"].hidden
    assert rows[-1][header[0]].value == texts["total"] and rows[-1][header[0]].font.b
    assert rows[0][texts["abandon_rate"]].number_format == "0.0%"
    by_agent = book[texts["sheets"][2]]  # the whole period: no intervals
    assert by_agent.column_dimensions["A"].hidden and not by_agent.column_dimensions["B"].hidden
    calls = book[texts["sheets"][7]]
    assert calls.column_dimensions["A"].width >= 36  # a call's id, whole
    header_row = calls.row_dimensions[1]
    assert header_row.height and header_row.height >= 30  # the long headers wrap onto lines of their own


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_report_of_the_whole_period_without_groups(bo: BackofficeProcess, centre: dict[str, Any], lang: str) -> None:
    texts = TEXTS[lang]
    book = workbook(bo, interval="none", group_by="none", team=centre["team"], lang=lang)
    report = book[texts["sheets"][0]]
    header, rows = table(report)
    assert [row[header[0]].value for row in rows] == [texts["whole"], texts["total"]]  # no blank interval
    assert report.column_dimensions["B"].hidden  # no groups: the group column hidden
    everything = ref.reference(centre["data"], "none", "none")[None, ""]
    assert [row[texts["offered"]].value for row in rows] == [everything["offered"]] * 2
    calls = book[texts["sheets"][7]]
    header = [cell.value for cell in next(calls.iter_rows(max_row=1))]
    interval = get_column_letter(header.index(texts["interval"]) + 1)
    assert calls.column_dimensions[interval].hidden  # the calls' interval: none to show


def test_sheet_names_excel_takes() -> None:
    taken: set[str] = set()
    assert _sheet_title("By agent", taken) == "By agent"
    assert _sheet_title("BY AGENT", taken) == "BY AGENT 2"  # Excel's names ignore case
    assert _sheet_title("'Q1: sales/returns?'", taken) == "Q1  sales returns"
    assert len(_sheet_title("按" * 40, taken)) == 31
    assert _sheet_title("按" * 40, taken) == "按" * 28 + " 2"
    assert _sheet_title("''", taken) == "Sheet"
