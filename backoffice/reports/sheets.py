"""A worksheet's XML written directly (openpyxl's own cell writer is too slow for 100,000 calls: see
:mod:`.export`), with the workbook's styles: real dates and times (Excel serial numbers on the centre's
clock) with a date format, shares as fractions with a % format, money and seconds as numbers with
theirs, so that Excel sorts, sums and charts them. The first row (the header) is bold and stays in view
(and a view's interval and group columns when scrolling across its figures); a total row is bold; each
column is wide enough for its header and for the values of the sheet's first rows (a date too wide for
its column reads ``###``), long texts wrap in theirs.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta, timezone, tzinfo
from enum import IntEnum
from typing import IO, Any, NamedTuple
from xml.sax.saxutils import escape

logger = logging.getLogger(__name__)


class Style(IntEnum):
    """A cell's format: its index in :data:`STYLES_XML`'s ``cellXfs``."""

    PLAIN = 0
    HEADER = 1
    DATETIME = 2
    """yyyy-mm-dd hh:mm:ss"""
    MINUTE = 3
    """yyyy-mm-dd hh:mm: an interval of 15 minutes or an hour"""
    DATE = 4
    MONTH = 5
    PERCENT = 6
    """0.0 % (the cell holds the fraction)"""
    MONEY = 7
    """#,##0.00"""
    COUNT = 8
    """#,##0"""
    SECONDS = 9
    """0.0"""
    RATE = 10
    """0.00"""
    WRAP = 11
    """text wrapped within its column (a definition)"""


_FORMATS = (  # numFmtId of each cellXfs entry, in Style's order
    0,
    0,
    164,
    165,
    166,
    167,
    168,
    4,
    3,
    169,
    2,
    0,
)
_WRAPPED = (Style.HEADER, Style.WRAP)
_BOLD = len(_FORMATS)
"""The cellXfs entry of a style in bold (a total row's): the style's own plus this."""
_CUSTOM = {
    164: "yyyy-mm-dd hh:mm:ss",
    165: "yyyy-mm-dd hh:mm",
    166: "yyyy-mm-dd",
    167: "yyyy-mm",
    168: "0.0%",
    169: "0.0",
}
_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'

STYLES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    f'<numFmts count="{len(_CUSTOM)}">'
    + "".join(f'<numFmt numFmtId="{i}" formatCode="{code}"/>' for i, code in _CUSTOM.items())
    + f'</numFmts><fonts count="2">{_FONT}{_FONT.replace("<font>", "<font><b/>")}</fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    f'<cellXfs count="{2 * _BOLD}">'
    + "".join(
        f'<xf numFmtId="{fmt}" fontId="{int(bold or style is Style.HEADER)}" fillId="0" borderId="0" xfId="0"'
        + (' applyNumberFormat="1"' if fmt else "")
        + (' applyFont="1"' if bold or style is Style.HEADER else "")
        + (' applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>' if style in _WRAPPED else "/>")
        for bold in (False, True)
        for style, fmt in zip(Style, _FORMATS)
    )
    + '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
)
"""The workbook's ``xl/styles.xml`` (in place of the one openpyxl writes)."""

_WIDTHS = {Style.DATETIME: 20, Style.MINUTE: 17, Style.DATE: 11, Style.MONTH: 9}
"""Columns of dates at least this wide (characters)."""
_EPOCH_ORDINAL = datetime(1899, 12, 30).toordinal()


def excel_serial(when: datetime | None, zone: tzinfo) -> float | None:
    """``when`` on ``zone``'s clock as an Excel serial number (days since 1899-12-30 and the time of day,
    written out: twice as fast as with a timedelta)."""
    if when is None:
        return None
    t = when.astimezone(zone)
    return t.toordinal() - _EPOCH_ORDINAL + (t.hour * 3600 + t.minute * 60 + t.second + t.microsecond / 1e6) / 86400


class SerialClock:
    """Aware UTC times (as the tables give them) as Excel serial numbers on ``zone``'s clock: the same
    numbers as :func:`excel_serial`, bit for bit, but the zone's offset is looked up once per UTC
    quarter-hour (where the offset is the same at both ends of it) rather than converted for each time."""

    _QUARTER = timedelta(minutes=15)

    def __init__(self, zone: tzinfo) -> None:
        self._zone = zone
        self._offsets: dict[int, int | None] = {}

    def __call__(self, when: datetime | None) -> float | None:
        if when is None:
            return None
        if when.tzinfo is not timezone.utc:
            return excel_serial(when, self._zone)
        hour, minute = when.hour, when.minute
        day = when.toordinal()
        key = day * 96 + hour * 4 + minute // 15
        offset = self._offsets[key] if key in self._offsets else self._offset(when, key)
        if offset is None:  # the zone's offset changes within this quarter-hour
            return excel_serial(when, self._zone)
        seconds = hour * 3600 + minute * 60 + when.second + offset
        return day - _EPOCH_ORDINAL + seconds // 86400 + (seconds % 86400 + when.microsecond / 1e6) / 86400

    def _offset(self, when: datetime, key: int) -> int | None:
        start = when.replace(minute=when.minute // 15 * 15, second=0, microsecond=0)
        first = start.astimezone(self._zone).utcoffset()
        last = (start + self._QUARTER - timedelta(microseconds=1)).astimezone(self._zone).utcoffset()
        same = first is not None and first == last and not first.microseconds
        offset = self._offsets[key] = int(first.total_seconds()) if same and first is not None else None
        return offset


def excel_time(text: str | None) -> float | None:
    """An ISO 8601 time with its offset as an Excel serial number on that offset's clock (the centre's:
    the definitions sheet names its zone): ``2026-01-05T09:00:00+08:00`` → 46027.375."""
    if not text:
        return None
    when = datetime.fromisoformat(text)
    return excel_serial(when, when.tzinfo or timezone.utc)


BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NEEDS_CARE = re.compile("[&<>\x00-\x1f\ufffe\uffff]|^\\s|\\s$")
"""Text that :func:`_xml_cell` must escape, clean or mark as keeping its spaces."""


class Styled(NamedTuple):
    """A cell in a format of its own, not its column's (a time among a sheet's texts and numbers)."""

    value: Any
    style: Style


def _xml_cell(value: Any, style: str = "") -> str:
    if isinstance(value, Styled):
        return _xml_cell(value.value, f' s="{value.style.value}"')
    if value is None or value == "":
        return "<c/>"
    if value is True or value is False:
        return f'<c t="b"{style}><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f"<c{style}><v>{value}</v></c>"
    text = escape(BAD_XML.sub("", str(value)))
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    return f'<c t="inlineStr"{style}><is><t{space}>{text}</t></is></c>'


_TEXTS_KEPT = 20_000
"""Distinct texts whose cells a sheet keeps written (agents, teams, outcomes, media sources repeat)."""


def _row_xml(number: int, row: Sequence[Any], styles: Sequence[str], texts: dict[str, str], extra: str = "") -> str:
    """One row: numbers (in their column's format) and booleans as such, text inline (:func:`_xml_cell`;
    the common cases here, without a call per cell; a text's cell taken from ``texts`` when written
    before; text in a column with a format of its own, as a definition's or a total's, in that format)."""
    cells = []
    for value, style in zip(row, styles):
        kind = type(value)
        if kind is str and not style:
            cell = texts.get(value)
            if cell is None:
                cell = (
                    _xml_cell(value) if _NEEDS_CARE.search(value) else f'<c t="inlineStr"><is><t>{value}</t></is></c>'
                )
                if len(texts) < _TEXTS_KEPT:
                    texts[value] = cell
            cells.append(cell)
        elif kind is int or kind is float:
            cells.append(f"<c{style}><v>{value}</v></c>")
        elif value is None:
            cells.append("<c/>")
        else:
            cells.append(_xml_cell(value, style))
    return f'<row r="{number}"{extra}>{"".join(cells)}</row>'


# ------------------------------------------------------------------------------------ sheet layout
_SAMPLE = 500
"""Rows a sheet's column widths are measured on (the first ones)."""
_HEADER_WIDE = 16
"""Characters of a header on one line; a longer header wraps (the header row grows)."""
_TEXT_WIDE = 50
"""The widest column (characters); a longer text is cut at the column's edge, a wrapped one wraps."""
_LINE_PT = 15
"""A line's height (points) at the workbook's font size."""
_NUMBER_TEXT = {
    Style.PERCENT: lambda v: f"{v * 100:.1f}%",
    Style.MONEY: lambda v: f"{v:,.2f}",
    Style.COUNT: lambda v: f"{v:,.0f}",
    Style.SECONDS: lambda v: f"{v:.1f}",
    Style.RATE: lambda v: f"{v:.2f}",
}
"""A number as its format shows it (its width)."""


def _text_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)  # a CJK character is two wide


_WORDS = re.compile(r"[\u2e80-\uffff]|[^\s\u2e80-\uffff]+")


def _lines(text: str, width: int) -> int:
    """How many lines ``text`` takes wrapped at ``width`` characters (at spaces, or between CJK characters)."""
    width = max(width, 1)
    lines, used = 1, 0
    for word in _WORDS.findall(text):
        wide = _text_width(word)
        gap = 1 if used and word.isascii() else 0
        if used + gap + wide <= width:
            used += gap + wide
            continue
        if used:
            lines += 1
        lines += (wide - 1) // width  # a word wider than the column takes lines of its own
        used = (wide - 1) % width + 1
    return lines


def _value_width(value: Any, style: Style) -> int:
    if isinstance(value, Styled):
        return _value_width(value.value, value.style)
    if value is None:
        return 0
    if isinstance(value, str):
        return _text_width(value)
    if isinstance(value, bool):
        return 5
    if isinstance(value, (int, float)):
        if style in _WIDTHS:
            return _WIDTHS[style] - 2
        shown = _NUMBER_TEXT.get(style)
        return len(shown(value) if shown else repr(value))
    return len(str(value))


def _widths(header: Sequence[Any], sample: Sequence[Sequence[Any]], formats: Sequence[Style]) -> list[int]:
    """Each column's width: its header's (up to :data:`_HEADER_WIDE`, the rest wraps), its widest value
    among ``sample``'s, its dates'."""
    out = []
    for i, title in enumerate(header):
        style = formats[i] if i < len(formats) else Style.PLAIN
        values = max((_value_width(row[i], style) for row in sample if i < len(row)), default=0)
        header_wide = min(_text_width(str(title or "")), _HEADER_WIDE)
        out.append(min(max(header_wide + 2, values + 2, _WIDTHS.get(style, 0), 8), _TEXT_WIDE))
    return out


def _cols_xml(widths: Sequence[int], hidden: frozenset[int]) -> str:
    cols = [
        f'<col min="{i + 1}" max="{i + 1}" width="{width}" customWidth="1"' + (' hidden="1"/>' if i in hidden else "/>")
        for i, width in enumerate(widths)
    ]
    return f"<cols>{''.join(cols)}</cols>" if cols else ""


def _height(row: Sequence[Any], widths: Sequence[int], columns: Sequence[int]) -> str:
    """A row's height attribute when wrapped text in ``columns`` takes more than one line."""
    lines = max((_lines(str(row[i]), widths[i] - 1) for i in columns if i < len(row) and row[i]), default=1)
    return f' ht="{lines * _LINE_PT}" customHeight="1"' if lines > 1 else ""


def _header_xml(header: Sequence[Any], widths: Sequence[int]) -> str:
    cells = (
        f'<c t="inlineStr" s="{Style.HEADER.value}"><is><t>{escape(BAD_XML.sub("", str(title)))}</t></is></c>'
        if title not in (None, "")
        else "<c/>"
        for title in header
    )
    return f'<row r="1"{_height(header, widths, range(len(header)))}>{"".join(cells)}</row>'


def _view_xml(frozen_columns: int) -> bytes:
    """The sheet's view: the header row (and the first ``frozen_columns``) stay in view."""
    if frozen_columns:
        corner = f"{chr(ord('A') + frozen_columns)}2"
        pane = f'<pane xSplit="{frozen_columns}" ySplit="1" topLeftCell="{corner}" activePane="bottomRight" state="frozen"/>'
    else:
        pane = '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
    return f'<sheetViews><sheetView workbookViewId="0">{pane}</sheetView></sheetViews>'.encode()


def sheet_xml(
    rows: Iterable[Sequence[Any]],
    out: IO[bytes],
    formats: Sequence[Style] = (),
    *,
    frozen_columns: int = 0,
    hidden: Iterable[int] = (),
    total: bool = False,
) -> int:
    """Write a worksheet of ``rows`` (plain values or :class:`Styled`; the first is the header) to
    ``out``, the values of column ``i`` in ``formats[i]`` (default: none), the first ``frozen_columns``
    kept in view, the columns ``hidden`` hidden, the last row in bold when it is a ``total``; returns
    how many rows."""
    out.write(
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    )
    out.write(_view_xml(frozen_columns))
    rows = iter(rows)
    header = next(rows, None)
    if header is None:
        out.write(b"<sheetData/></worksheet>")
        return 0
    sample = list(itertools.islice(rows, _SAMPLE))
    widths = _widths(header, sample, formats)
    out.write(_cols_xml(widths, frozenset(hidden)).encode())
    out.write(b"<sheetData>")
    out.write(_header_xml(header, widths).encode())
    styles = [f' s="{style.value}"' if style else "" for style in formats]
    styles += [""] * (len(header) + 64)  # columns without a format, rows longer than the header
    wrapped = [i for i, style in enumerate(formats) if style is Style.WRAP]
    count = 1
    chunk: list[str] = []
    texts = {"": "<c/>"}
    body = itertools.chain(sample, rows)
    last = next(body, None) if total else None
    for count, row in enumerate(body, 2):
        if last is not None:
            row, last = last, row  # written one row behind: the last one is the total
        extra = _height(row, widths, wrapped) if wrapped else ""
        chunk.append(_row_xml(count, row, styles, texts, extra))
        if len(chunk) == 1000:
            out.write("".join(chunk).encode())
            chunk.clear()
    if last is not None:
        count += 1
        bold = [f' s="{(formats[i].value if i < len(formats) else 0) + _BOLD}"' for i in range(len(last))]
        chunk.append(_row_xml(count, last, bold, texts))
    out.write("".join(chunk).encode())
    out.write(b"</sheetData></worksheet>")
    return count
