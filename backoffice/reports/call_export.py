"""A report's calls as rows: as the API gives them (``CallRow``: codes and ISO 8601 times), as the CSV
and the workbook's calls sheet write them — the same columns, codes written as the report screens show
them (a call's direction and outcome, its disposition: :mod:`crm.code_labels`) in the reader's language
(``tr``: :func:`.labels.translator`). The CSV adds the raw codes at its end, for programs that read it
(docs/kpis.md, "Export"). The CSV writes its times as Excel reads a date (``yyyy-mm-dd hh:mm:ss`` on
the centre's clock, the zone named in their headers) and a yes or no in the reader's language."""

from __future__ import annotations

import csv
import io
import logging
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, tzinfo
from typing import Any

from backoffice.reports.report import iso
from backoffice.reports.timeframe import Timeframe
from crm.code_labels import call_label, code_label
from crm.i18n import QT_TRANSLATE_NOOP, Msg

logger = logging.getLogger(__name__)

Tr = Callable[[str], str]

CALL_COLUMNS: tuple[tuple[str, Msg], ...] = (
    ("id", QT_TRANSLATE_NOOP("ReportExport", "Call id")),
    ("ring_at", QT_TRANSLATE_NOOP("ReportExport", "Rang at")),
    ("answer_at", QT_TRANSLATE_NOOP("ReportExport", "Answered at")),
    ("end_at", QT_TRANSLATE_NOOP("ReportExport", "Ended at")),
    ("bucket", QT_TRANSLATE_NOOP("ReportExport", "Interval")),
    ("direction", QT_TRANSLATE_NOOP("ReportExport", "Direction")),
    ("outcome", QT_TRANSLATE_NOOP("ReportExport", "Outcome")),
    ("caller", QT_TRANSLATE_NOOP("ReportExport", "Caller")),
    ("callee", QT_TRANSLATE_NOOP("ReportExport", "Called")),
    ("dnis", QT_TRANSLATE_NOOP("ReportExport", "Dialled number")),
    ("media_source", QT_TRANSLATE_NOOP("ReportExport", "Media source")),
    ("agent", QT_TRANSLATE_NOOP("ReportExport", "Agent")),
    ("team", QT_TRANSLATE_NOOP("ReportExport", "Team")),
    ("customer_id", QT_TRANSLATE_NOOP("ReportExport", "Customer id")),
    ("wait_s", QT_TRANSLATE_NOOP("ReportExport", "Wait (s)")),
    ("talk_seconds", QT_TRANSLATE_NOOP("ReportExport", "Talk (s)")),
    ("hold_seconds", QT_TRANSLATE_NOOP("ReportExport", "Hold (s)")),
    ("wrapup_seconds", QT_TRANSLATE_NOOP("ReportExport", "Wrap-up (s)")),
    ("handling_s", QT_TRANSLATE_NOOP("ReportExport", "Handling (s)")),
    ("disposition", QT_TRANSLATE_NOOP("ReportExport", "Disposition")),
    ("repeat_within_days", QT_TRANSLATE_NOOP("ReportExport", "Called again within the FCR window")),
)
"""(key of :func:`call_record`, header) of the raw rows, in order."""

CODE_COLUMNS: tuple[tuple[str, Msg], ...] = (
    ("direction", QT_TRANSLATE_NOOP("ReportExport", "Direction code")),
    ("outcome", QT_TRANSLATE_NOOP("ReportExport", "Outcome code")),
    ("disposition", QT_TRANSLATE_NOOP("ReportExport", "Disposition code")),
)
"""(key of :func:`call_record`, header) of the raw codes the CSV adds after :data:`CALL_COLUMNS`."""

LABEL_OF: dict[str, Callable[[str], str]] = {"direction": call_label, "outcome": call_label, "disposition": code_label}
"""The columns written as labels, and each one's label of a code (a :class:`Msg`; a code without one as is)."""
TIME_KEYS = frozenset({"ring_at", "answer_at", "end_at", "bucket"})
"""The columns of :data:`CALL_COLUMNS` that hold a time."""
YES_NO = (QT_TRANSLATE_NOOP("ReportExport", "No"), QT_TRANSLATE_NOOP("ReportExport", "Yes"))
"""How the CSV writes a yes-or-no column (False, True)."""
_LABELS_KEPT = 10_000
"""Labels of codes a writer keeps looked up (dispositions are a centre's few words)."""

Clock = Callable[[datetime | None, tzinfo], Any]
"""How a record writes a time on the centre's clock."""

RECORD_KEYS = (
    "id",
    "ring_at",
    "answer_at",
    "end_at",
    "bucket",
    "direction",
    "outcome",
    "caller",
    "callee",
    "dnis",
    "media_source_id",
    "media_source",
    "agent_id",
    "agent",
    "team",
    "customer_id",
    "customer_name",
    "wait_s",
    "talk_seconds",
    "hold_seconds",
    "wrapup_seconds",
    "handling_s",
    "disposition",
    "repeat_within_days",
)
"""The keys of :func:`call_record`, in the order of :func:`call_values`."""


def _local(when: datetime | None, zone: tzinfo) -> str | None:
    return when.astimezone(zone).isoformat(timespec="milliseconds") if when is not None else None


def call_values(
    row: Any, frame: Timeframe, starts: dict[int, Any], when: Callable[[datetime | None], Any], start_of: Clock
) -> tuple[Any, ...]:
    """A call of :func:`backoffice.reports.calls.call_rows` as the values of :data:`RECORD_KEYS`: its
    times as ``when`` writes them, its interval's start as ``start_of`` (cached in ``starts``)."""
    (
        call_id,
        ring_at,
        answer_at,
        end_at,
        index,
        direction,
        outcome,
        caller,
        callee,
        dnis,
        media_source_id,
        channel,
        programme,
        advert,
        agent_id,
        agent,
        team,
        customer_id,
        customer_name,
        wait_ms,
        talk,
        hold,
        wrapup,
        disposition,
        repeated,
    ) = row  # call_rows' columns, in order: unpacked once rather than read by name one by one
    bucket = starts.get(index)
    if bucket is None and index not in starts:
        bucket = starts[index] = start_of(frame.bucket_start(int(index)), frame.zone)
    return (
        call_id,
        when(ring_at),
        when(answer_at),
        when(end_at),
        bucket,
        direction,
        outcome,
        caller,
        callee,
        dnis,
        media_source_id,
        " · ".join(filter(None, (channel, programme, advert))),
        agent_id,
        agent or "",
        team or "",
        customer_id,
        customer_name or "",
        None if wait_ms is None else int(wait_ms) / 1000.0,
        talk,
        hold,
        wrapup,
        talk + hold + wrapup if answer_at is not None else 0,
        disposition,
        None if repeated is None else bool(repeated),
    )


def call_record(row: Any, frame: Timeframe, zone: tzinfo, starts: dict[int, Any]) -> dict[str, Any]:
    """A call of :func:`backoffice.reports.calls.call_rows` as the API gives it (``CallRow``), its times
    in ISO 8601 with the offset; ``starts`` caches each interval's start."""
    values = call_values(row, frame, starts, lambda when: _local(when, zone), lambda start, _zone: iso(start))
    return dict(zip(RECORD_KEYS, values))


class Labeller:
    """Writes the codes of a row of :data:`CALL_COLUMNS` (:data:`LABEL_OF`) as their labels in ``tr``'s
    language; each code is looked up once."""

    def __init__(self, tr: Tr) -> None:
        self._tr = tr
        self._places = [(i, LABEL_OF[key]) for i, (key, _) in enumerate(CALL_COLUMNS) if key in LABEL_OF]
        self._known: dict[tuple[int, Any], Any] = {}

    def __call__(self, row: Sequence[Any]) -> list[Any]:
        out = list(row)
        for place, label_of in self._places:
            code = out[place]
            text = self._known.get((place, code))
            if text is None:
                text = self.label(code, label_of)
                if len(self._known) < _LABELS_KEPT:
                    self._known[place, code] = text
            out[place] = text
        return out

    def label(self, code: Any, label_of: Callable[[str], str]) -> Any:
        if not code:
            return code
        label = label_of(str(code))
        return self._tr(label) if isinstance(label, Msg) else code  # the centre's own words as they are


# ---------------------------------------------------------------------------------------------- CSV
def csv_header(tr: Tr, zone: tzinfo) -> list[str]:
    """The CSV's header: the calls sheet's, each time's naming the centre's zone, then the raw codes'."""
    return [f"{tr(label)} ({zone})" if key in TIME_KEYS else tr(label) for key, label in (*CALL_COLUMNS, *CODE_COLUMNS)]


def csv_value(value: Any, time: bool, yes_no: tuple[str, str]) -> Any:
    """A value as the CSV writes it: an ISO 8601 time as ``yyyy-mm-dd hh:mm:ss`` (it is already on the
    centre's clock), a bool as ``yes_no``, nothing as an empty field."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no[value]
    if time:
        return f"{value[:10]} {value[11:19]}"
    return value


def csv_lines(records: Iterable[dict[str, Any]], tr: Tr, zone: tzinfo) -> Iterator[str]:
    """The calls as CSV text (UTF-8 with a BOM, so Excel reads Chinese right): the header, then each
    call; the columns of the calls sheet, then the raw codes (:data:`CODE_COLUMNS`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(csv_header(tr, zone))
    yield "\ufeff" + _drain(buffer)
    labelled = Labeller(tr)
    yes_no = (tr(YES_NO[0]), tr(YES_NO[1]))
    times = [key in TIME_KEYS for key, _ in (*CALL_COLUMNS, *CODE_COLUMNS)]
    for count, record in enumerate(records, 1):
        row = labelled([record[k] for k, _ in CALL_COLUMNS]) + [record[k] for k, _ in CODE_COLUMNS]
        writer.writerow([csv_value(value, time, yes_no) for value, time in zip(row, times)])
        if count % 500 == 0:
            yield _drain(buffer)
    yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


# -------------------------------------------------------------------------------------- calls sheet
def call_sheet_rows(calls: Iterable[Sequence[Any]], tr: Tr) -> Iterator[Sequence[Any]]:
    """The calls sheet: the header, then each call (of :func:`call_values`, its times Excel serial
    numbers, its codes as labels)."""
    yield [tr(label) for _, label in CALL_COLUMNS]
    pick = operator.itemgetter(*(RECORD_KEYS.index(k) for k, _ in CALL_COLUMNS))
    labelled = Labeller(tr)
    for values in calls:
        yield labelled(pick(values))
