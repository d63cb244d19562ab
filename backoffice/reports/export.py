"""Reports as files: an .xlsx workbook (one sheet per view, the calls one row each, the definitions);
the calls' rows and the CSV are :mod:`.call_export`'s.

The workbook is built with openpyxl (write-only), its sheets empty: openpyxl's own cell writer (without
lxml) takes 25 s for 100,000 calls and 20 s for a month's per-hour, per-agent view, so every sheet's
rows are written by :func:`.sheets.sheet_xml` (numbers and booleans as such, text as inline strings,
each column's number format), streamed from the database's server-side cursor into a temporary file,
and put into the package openpyxl saved in place of the empty sheet it wrote, with the styles of
:data:`.sheets.STYLES_XML` in place of openpyxl's. Times in the workbook are dates and times on the
centre's clock (its zone is on the definitions sheet), shares fractions shown as %, money in CNY,
durations in seconds; the CSV gives ISO 8601 with the offset.
"""

from __future__ import annotations

import contextlib
import logging
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import IO, Any
from xml.etree import ElementTree

from sqlalchemy import select
from sqlalchemy.engine import Connection

from backoffice import tables as t
from backoffice.reports.call_export import CALL_COLUMNS, Tr, call_sheet_rows, call_values
from backoffice.reports.calls import call_rows
from backoffice.reports.campaign_sheet import ExtraSheet, campaign_sheet
from backoffice.reports.collector import few_collections
from backoffice.reports.query import ReportQuery
from backoffice.reports.reasons import reason_namer, sent_names
from backoffice.reports.report import build_report, collect, group_labels, regroup
from backoffice.reports.sheets import (
    BAD_XML,
    STYLES_XML,
    SerialClock,
    Style,
    Styled,
    excel_serial,
    excel_time,
    sheet_xml,
)
from backoffice.reports.timeframe import Timeframe
from crm.i18n import QT_TRANSLATE_NOOP, Msg
from crm.kpis import KPIS, SETTING_NAMES, SL_VARIANT_NAMES, GroupBy, Interval, Kpi, SlVariant, Unit
from crm.report_names import NONE_LABEL, interval_name
from crm.schemas.reports import ReportSettingsRead

logger = logging.getLogger(__name__)

MAX_ROWS = 1_000_000
"""Calls written to one workbook at most (a sheet holds 1,048,576 rows)."""

UNIT_SUFFIX: dict[Unit, Msg] = {
    Unit.COUNT: QT_TRANSLATE_NOOP("ReportExport", "count"),
    Unit.SECONDS: QT_TRANSLATE_NOOP("ReportExport", "s"),
    Unit.RATIO: QT_TRANSLATE_NOOP("ReportExport", "%"),
    Unit.CENTS: QT_TRANSLATE_NOOP("ReportExport", "CNY"),
    Unit.PER_HOUR: QT_TRANSLATE_NOOP("ReportExport", "per hour"),
    Unit.REASONS: QT_TRANSLATE_NOOP("ReportExport", "s"),
}

SHEET_CALLS = QT_TRANSLATE_NOOP("ReportExport", "Calls")
SHEET_DEFINITIONS = QT_TRANSLATE_NOOP("ReportExport", "Definitions")
SHEET_NOT_READY = QT_TRANSLATE_NOOP("ReportExport", "Not ready by reason")
TABLE_KPIS = [k for k in KPIS if k.unit is not Unit.REASONS]


# --------------------------------------------------------------------------------------------- Excel
def kpi_header(kpi: Kpi, tr: Tr) -> str:
    """A figure's column header: its name and its unit ("Offered (count)", "呼入量（个）")."""
    header = tr(QT_TRANSLATE_NOOP("ReportExport", "%1 (%2)"))
    return header.replace("%1", tr(kpi.name)).replace("%2", tr(UNIT_SUFFIX[kpi.unit]))


def _cell(kpi: Kpi, value: Any) -> Any:
    """A figure as the workbook holds it: money in CNY, else as the report gives it (a share as a
    fraction, which its column's format shows in %)."""
    if value is None:
        return None
    if kpi.unit is Unit.CENTS:
        return round(value / 100, 2)
    return value


UNIT_STYLE = {
    Unit.COUNT: Style.COUNT,
    Unit.RATIO: Style.PERCENT,
    Unit.CENTS: Style.MONEY,
    Unit.SECONDS: Style.SECONDS,
    Unit.PER_HOUR: Style.RATE,
}
INTERVAL_STYLE = {
    Interval.MIN15.value: Style.MINUTE,
    Interval.HOUR.value: Style.MINUTE,
    Interval.DAY.value: Style.DATE,
    Interval.WEEK.value: Style.DATE,
    Interval.MONTH.value: Style.MONTH,
}
"""How an interval's start reads, by the report's interval."""

GROUP_HEADERS: dict[str, Msg] = {
    GroupBy.AGENT.value: QT_TRANSLATE_NOOP("ReportExport", "Agent"),
    GroupBy.TEAM.value: QT_TRANSLATE_NOOP("ReportExport", "Team"),
    GroupBy.DNIS.value: QT_TRANSLATE_NOOP("ReportExport", "Dialled number"),
    GroupBy.MEDIA_SOURCE.value: QT_TRANSLATE_NOOP("ReportExport", "Media source"),
}
"""The group column's header, by the report's grouping ("Group" without one)."""


def group_header(report: dict[str, Any], tr: Tr) -> str:
    return tr(GROUP_HEADERS.get(report["group_by"], QT_TRANSLATE_NOOP("ReportExport", "Group")))


def group_name(report: dict[str, Any], tr: Tr) -> Callable[[str], str]:
    """``name(label)``: a row's group as the report screens name it: "(none)" for a group without a
    name (calls of no media source, of no agent) in a grouped report."""
    none = tr(NONE_LABEL) if report["group_by"] != GroupBy.NONE.value else ""
    return lambda label: label or none


def view_formats(report: dict[str, Any]) -> list[Style]:
    """The number formats of :func:`view_rows`' columns."""
    return [INTERVAL_STYLE.get(report["interval"], Style.PLAIN), Style.PLAIN, *(UNIT_STYLE[k.unit] for k in TABLE_KPIS)]


def empty_columns(report: dict[str, Any]) -> frozenset[int]:
    """The columns of a view (or of its not-ready reasons) a reader has no use for, hidden: the interval
    of a report without intervals, the group of a report without groups."""
    if report["group_by"] == GroupBy.NONE.value:
        return frozenset({1})
    return frozenset({0}) if report["interval"] == Interval.NONE.value else frozenset()


def interval_of(report: dict[str, Any], tr: Tr) -> Callable[[str | None], Any]:
    """``start(bucket)``: a row's interval as the workbook writes it: its start on the centre's clock, or
    "Whole period" in a report without intervals."""
    if report["interval"] == Interval.NONE.value:
        whole = tr(interval_name(Interval.NONE.value))
        return lambda bucket: whole
    return excel_time


def view_rows(report: dict[str, Any], tr: Tr) -> Iterator[list[Any]]:
    """A report as a table: interval, group, then one column per figure; the total last (named in the
    group column, or in the interval's of a report without groups)."""
    yield [
        tr(QT_TRANSLATE_NOOP("ReportExport", "Interval")),
        group_header(report, tr),
        *(kpi_header(k, tr) for k in TABLE_KPIS),
    ]
    group, start = group_name(report, tr), interval_of(report, tr)
    for row in report["rows"]:
        yield [start(row["bucket"]), group(row["label"]), *(_cell(k, row["values"][k.id]) for k in TABLE_KPIS)]
    total, name = report["total"], tr(QT_TRANSLATE_NOOP("ReportExport", "Total"))
    place = [name, None] if 1 in empty_columns(report) else [None, name]
    yield [*place, *(_cell(k, total[k.id]) for k in TABLE_KPIS)]


def reasons_of(report: dict[str, Any]) -> set[str]:
    """The not-ready reasons ``report``'s rows have time of."""
    return {reason for row in report["rows"] for reason in row["values"].get("not_ready_by_reason") or ()}


def reason_rows(report: dict[str, Any], tr: Tr, names: dict[str, str]) -> Iterator[list[Any]]:
    """Not-ready time by interval, group and reason, each reason by its name (:func:`.reasons.reason_namer`
    over ``names``, the names the desktops sent)."""
    yield [
        tr(QT_TRANSLATE_NOOP("ReportExport", "Interval")),
        group_header(report, tr),
        tr(QT_TRANSLATE_NOOP("ReportExport", "Reason")),
        tr(QT_TRANSLATE_NOOP("ReportExport", "Not ready (s)")),
    ]
    group, reason_name, start = group_name(report, tr), reason_namer(names, tr), interval_of(report, tr)
    for row in report["rows"]:
        for reason, seconds in (row["values"].get("not_ready_by_reason") or {}).items():
            yield [start(row["bucket"]), group(row["label"]), reason_name(reason), seconds]


def _local_time(text: str, zone: str) -> list[Any]:
    """A time of the report (ISO 8601 with the centre's offset) as the definitions write it: a date and
    time on the centre's clock, then its zone and offset ("Asia/Shanghai (UTC+08:00)")."""
    when = datetime.fromisoformat(text)
    offset = when.utcoffset() or timedelta()
    sign, minutes = "-" if offset < timedelta() else "+", abs(int(offset.total_seconds())) // 60
    return [Styled(excel_time(text), Style.DATETIME), f"{zone} (UTC{sign}{minutes // 60:02d}:{minutes % 60:02d})"]


DEFINITION_FORMATS = (Style.PLAIN, Style.PLAIN, Style.WRAP, Style.PLAIN)
"""The formats of :func:`definition_rows`' columns: a definition wraps."""


def definition_rows(
    report: dict[str, Any], tr: Tr, notes: Sequence[str], agent: str | None = None, more: Sequence[Kpi] = ()
) -> Iterator[list[Any]]:
    """Every figure (and the figures ``more``: those of the campaign sheet), the settings, the period and
    the filters (``agent``: the agent's name, else the report's agent id; no filter: "All"), its times
    on the centre's clock with the zone beside them."""
    yield [
        tr(QT_TRANSLATE_NOOP("ReportExport", "Figure")),
        tr(QT_TRANSLATE_NOOP("ReportExport", "Unit")),
        tr(QT_TRANSLATE_NOOP("ReportExport", "Definition")),
        tr(QT_TRANSLATE_NOOP("ReportExport", "Id")),
    ]
    for kpi in (*KPIS, *more):
        yield [tr(kpi.name), tr(UNIT_SUFFIX[kpi.unit]), tr(kpi.formula), kpi.id]
    yield []
    settings = report["settings"]
    for key, name in SETTING_NAMES.items():
        value = settings[key]
        if key == "sl_variant":
            value = tr(SL_VARIANT_NAMES[SlVariant(value)])
        yield [tr(name), value]
    zone = settings["time_zone"]
    every = tr(QT_TRANSLATE_NOOP("ReportExport", "All"))
    yield [tr(QT_TRANSLATE_NOOP("ReportExport", "From")), *_local_time(report["from"], zone)]
    yield [tr(QT_TRANSLATE_NOOP("ReportExport", "To (not included)")), *_local_time(report["to"], zone)]
    yield [tr(QT_TRANSLATE_NOOP("ReportExport", "Interval")), tr(interval_name(report["interval"]))]
    grouping = GROUP_HEADERS.get(report["group_by"])
    yield [tr(QT_TRANSLATE_NOOP("ReportExport", "Grouped by")), tr(grouping) if grouping else tr(NONE_LABEL)]
    yield [tr(QT_TRANSLATE_NOOP("ReportExport", "Team")), report["team"] or every]
    yield [tr(QT_TRANSLATE_NOOP("ReportExport", "Agent")), agent or report["agent"] or every]
    yield [tr(QT_TRANSLATE_NOOP("ReportExport", "Generated at")), *_local_time(report["generated_at"], zone)]
    for note in notes:
        yield [note]


_CALL_STYLES = {"ring_at": Style.DATETIME, "answer_at": Style.DATETIME, "end_at": Style.DATETIME}
_CALL_STYLES |= {"bucket": Style.MINUTE, "wait_s": Style.SECONDS}


def call_formats(interval: str) -> list[Style]:
    """The number formats of :func:`call_sheet_rows`' columns (the interval's as the report's ``interval``)."""
    styles = dict(_CALL_STYLES, bucket=INTERVAL_STYLE.get(interval, Style.MINUTE))
    return [styles.get(key, Style.PLAIN) for key, _ in CALL_COLUMNS]


def _sheet_paths(package: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → its part's path in the package."""
    ns = {
        "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "p": "http://schemas.openxmlformats.org/package/2006/relationships",
    }
    rels = ElementTree.fromstring(package.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.findall("p:Relationship", ns)}
    book = ElementTree.fromstring(package.read("xl/workbook.xml"))
    out = {}
    for sheet in book.findall("m:sheets/m:sheet", ns):
        target = targets.get(sheet.get(f"{{{ns['r']}}}id"), "")
        out[sheet.get("name", "")] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return out


def _sheet_title(text: str, taken: set[str]) -> str:
    """``text`` as a sheet's name Excel takes: without the characters it refuses (``[]:*?/\\``, an
    apostrophe at either end), at most 31 characters, unlike the names in ``taken`` (Excel ignores case)."""
    title = re.sub(r"[\[\]:*?/\\]", " ", text).strip("'")[:31].strip("' ") or "Sheet"
    base, n = title, 2
    while title.casefold() in taken:
        title = f"{base[:28]} {n}"
        n += 1
    taken.add(title.casefold())
    return title


def _clean(row: Sequence[Any]) -> list[Any]:
    """``row`` without the characters a worksheet cannot hold (control characters in a team's or an
    agent's name, or a filter as typed), which openpyxl refuses with an exception."""
    return [BAD_XML.sub("", value) if isinstance(value, str) else value for value in row]


def write_workbook(
    out: IO[bytes],
    views: Sequence[tuple[str, dict[str, Any]]],
    main: dict[str, Any],
    calls: Iterable[Sequence[Any]],
    tr: Tr,
    max_calls: int = MAX_ROWS,
    *,
    reason_names: dict[str, str] | None = None,
    agent: str | None = None,
    reasons: dict[str, Any] | None = None,
    extra: Sequence[ExtraSheet] = (),
) -> int:
    """The workbook: one sheet per view (title, report), the sheets ``extra`` (by campaign), the not-ready
    reasons of ``reasons`` (default: ``main``; named by ``reason_names``: :func:`.reasons.sent_names`),
    the calls (at most ``max_calls``), the definitions of ``main`` and of the extra sheets' figures
    (``agent``: the name of the report's agent); returns how many calls were written."""
    reasons = main if reasons is None else reasons
    from openpyxl import Workbook  # on the first export: openpyxl (and numpy, which it loads) is ≈ 18 MiB

    wb = Workbook(write_only=True)
    taken: set[str] = set()
    titles = [_sheet_title(title, taken) for title, _ in views]
    extra_titles = [_sheet_title(more.title, taken) for more in extra]
    titles.append(_sheet_title(tr(SHEET_NOT_READY), taken))
    calls_title = _sheet_title(tr(SHEET_CALLS), taken)
    definitions_title = _sheet_title(tr(SHEET_DEFINITIONS), taken)
    for title in [*titles[:-1], *extra_titles, titles[-1], calls_title, definitions_title]:
        wb.create_sheet(title)  # empty: each sheet's rows are written below and put in its place
    limited = _Limited(calls, max_calls)
    with contextlib.ExitStack() as stack:
        parts: dict[str, IO[bytes]] = {}

        def sheet(title: str, rows: Iterable[Sequence[Any]], formats: Sequence[Style] = (), **layout: Any) -> int:
            part = parts[title] = stack.enter_context(tempfile.TemporaryFile())
            return sheet_xml(rows, part, formats, **layout)

        for title, (_, report) in zip(titles, views):
            layout = {"frozen_columns": 2, "hidden": empty_columns(report), "total": True}
            sheet(title, view_rows(report, tr), view_formats(report), **layout)
        for title, more in zip(extra_titles, extra):
            sheet(title, more.rows, more.formats, frozen_columns=more.frozen_columns, total=True)
        reason_formats = [INTERVAL_STYLE.get(reasons["interval"], Style.PLAIN), Style.PLAIN, Style.PLAIN, Style.SECONDS]
        layout = {"frozen_columns": 2, "hidden": empty_columns(reasons)}
        sheet(titles[-1], reason_rows(reasons, tr, reason_names or {}), reason_formats, **layout)
        no_intervals = [i for i, (key, _) in enumerate(CALL_COLUMNS) if key == "bucket"]
        no_intervals = no_intervals if main["interval"] == Interval.NONE.value else []
        calls_rows = call_sheet_rows(limited, tr)
        written = sheet(calls_title, calls_rows, call_formats(main["interval"]), hidden=no_intervals) - 1
        notes = []
        if limited.truncated:
            note = tr(QT_TRANSLATE_NOOP("ReportExport", "Only the first %1 calls are on the calls sheet."))
            notes.append(note.replace("%1", f"{max_calls:,}"))
        more_kpis = [kpi for more in extra for kpi in more.kpis]
        sheet(definitions_title, definition_rows(main, tr, notes, agent, more_kpis), DEFINITION_FORMATS)
        book_file = stack.enter_context(tempfile.TemporaryFile())
        wb.save(book_file)
        book_file.seek(0)
        with zipfile.ZipFile(book_file) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            paths = {path: parts[title] for title, path in _sheet_paths(src).items()}
            for item in src.infolist():
                rows_file = paths.get(item.filename)
                if item.filename == "xl/styles.xml":
                    dst.writestr(item, STYLES_XML)
                    continue
                if rows_file is None:
                    dst.writestr(item, src.read(item.filename))
                    continue
                rows_file.seek(0)
                info = zipfile.ZipInfo(item.filename, item.date_time)
                info.compress_type = zipfile.ZIP_DEFLATED
                with dst.open(info, "w", force_zip64=True) as target:
                    shutil.copyfileobj(rows_file, target, 1 << 20)
    return written


class _Limited:
    """The first ``limit`` of ``records``; ``truncated`` tells whether there were more."""

    def __init__(self, records: Iterable[Sequence[Any]], limit: int) -> None:
        self._records = records
        self._limit = limit
        self.truncated = False

    def __iter__(self) -> Iterator[Sequence[Any]]:
        for count, record in enumerate(self._records):
            if count >= self._limit:
                self.truncated = True
                return
            yield record


VIEWS = (
    (QT_TRANSLATE_NOOP("ReportExport", "By interval"), None, GroupBy.NONE),
    (QT_TRANSLATE_NOOP("ReportExport", "By agent"), Interval.NONE, GroupBy.AGENT),
    (QT_TRANSLATE_NOOP("ReportExport", "By team"), Interval.NONE, GroupBy.TEAM),
    (QT_TRANSLATE_NOOP("ReportExport", "By dialled number"), Interval.NONE, GroupBy.DNIS),
    (QT_TRANSLATE_NOOP("ReportExport", "By media source"), Interval.NONE, GroupBy.MEDIA_SOURCE),
)
"""The workbook's standard views: (title, interval (None: the report's, a day if it has none), grouping)."""
MAIN_VIEW = QT_TRANSLATE_NOOP("ReportExport", "Report")


def export_workbook(
    conn: Connection,
    q: ReportQuery,
    settings: ReportSettingsRead,
    tr: Tr,
    out: IO[bytes],
    max_calls: int = MAX_ROWS,
) -> int:
    """Write the workbook of ``q`` to ``out``: the asked view, the standard views, the not-ready reasons,
    the calls (at most ``max_calls``) and the definitions; returns how many calls were written.
    The roll-ups must have been refreshed just before (:func:`.call_rollup.refresh`, :func:`.rollup.refresh`)."""
    with few_collections():
        return _write_workbook(conn, q, settings, tr, out, max_calls)


def _write_workbook(
    conn: Connection, q: ReportQuery, settings: ReportSettingsRead, tr: Tr, out: IO[bytes], max_calls: int
) -> int:
    cells = collect(conn, q, slices=True)
    main = build_report(conn, q, settings, generated_at=q.now, cells=cells)
    teams: dict[str, str] | None = None
    views: list[tuple[str, dict[str, Any]]] = []
    for title, interval, group_by in VIEWS:
        interval = interval or (q.frame.interval if q.frame.interval is not Interval.NONE else Interval.DAY)
        if (interval, group_by) == (q.frame.interval, q.group_by):
            views.append((tr(title), main))
            continue
        view_q = replace(q, frame=Timeframe(q.frame.start, q.frame.end, interval, q.frame.zone), group_by=group_by)
        coarser = interval in (q.frame.interval, Interval.NONE) and group_by in _BY_AGENT
        if q.group_by is GroupBy.AGENT and coarser:  # summed from the asked view, not read again
            if group_by is GroupBy.TEAM and teams is None:
                teams = dict(conn.execute(select(t.users.c.id, t.users.c.team)).tuples().all())
            key_of = _key_of(group_by, teams or {})
            bucket_of = (lambda index: index) if interval is q.frame.interval else (lambda index: 0)
            view = build_report(conn, view_q, settings, generated_at=q.now, cells=regroup(cells, bucket_of, key_of))
        else:
            view = build_report(conn, view_q, settings, generated_at=q.now, slices=True)
        views.append((tr(title), view))
    if not any(view is main for _, view in views):
        views.insert(0, (tr(MAIN_VIEW), main))
    reasons = main  # not-ready time is the agents': by dialled number or media source, by interval only
    if GroupBy(main["group_by"]) not in _BY_AGENT:
        reasons = next(view for _, view in views if view["group_by"] == GroupBy.NONE.value)
    reason_names = sent_names(conn, reasons_of(reasons), q.frame.start, q.frame.end)
    agent = group_labels(conn, GroupBy.AGENT, [q.agent_id]).get(q.agent_id) if q.agent_id else None
    by_campaign = campaign_sheet(conn, q, settings, tr, UNIT_STYLE, kpi_header, _cell)  # before the calls' cursor
    rows, _count = call_rows(q)
    starts: dict[int, Any] = {}
    result = conn.execution_options(stream_results=True, yield_per=2000).execute(rows.limit(max_calls + 1))
    serial = SerialClock(q.frame.zone)
    calls = (call_values(row, q.frame, starts, serial, excel_serial) for row in result)
    return write_workbook(
        out,
        views,
        main,
        calls,
        tr,
        max_calls,
        reason_names=reason_names,
        agent=agent,
        reasons=reasons,
        extra=[by_campaign] if by_campaign is not None else [],
    )


_BY_AGENT = frozenset({GroupBy.NONE, GroupBy.AGENT, GroupBy.TEAM})
"""The groupings a per-agent view adds up to."""


def _key_of(group_by: GroupBy, teams: dict[str, str]) -> Callable[[str], str]:
    if group_by is GroupBy.TEAM:
        return lambda agent: teams.get(agent, "")
    if group_by is GroupBy.NONE:
        return lambda agent: ""
    return lambda agent: agent
