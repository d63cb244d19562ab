"""The cells of a CSV file or of an Excel workbook's first sheet, row by row: how the back office reads a
campaign's imported list and how the desktop previews it before sending it. No Qt.

CSV is UTF-8 (with or without a byte order mark) or GB18030, as Excel in China saves it; a workbook
is read with openpyxl in read-only mode (values, not formulas), so a large file is streamed.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Literal

logger = logging.getLogger(__name__)

TableFormat = Literal["csv", "xlsx"]


class NotAWorkbook(ValueError):
    """The bytes are not an Excel workbook (.xlsx)."""


def format_of(name: str) -> TableFormat:
    """``"xlsx"`` for a file name ending in ``.xlsx`` (or ``.xlsm``), else ``"csv"``."""
    return "xlsx" if name.lower().endswith((".xlsx", ".xlsm")) else "csv"


def csv_text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def csv_table(data: bytes) -> Iterator[list[str]]:
    """The rows of a CSV file."""
    return csv.reader(io.StringIO(csv_text(data)))


@contextmanager
def xlsx_table(data: bytes) -> Iterator[Iterator[Sequence[Any]]]:
    """The rows of the first sheet of a workbook (cell values); :class:`NotAWorkbook` for other bytes."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a file that is not a workbook
        raise NotAWorkbook("not an Excel workbook (.xlsx)") from None
    try:
        yield book.worksheets[0].iter_rows(values_only=True)
    finally:
        book.close()


def cell_text(value: Any) -> str:
    """A cell as text (Excel keeps long digit strings as numbers: ``13800138000.0`` → ``13800138000``)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def column_letter(index: int) -> str:
    """0 → ``A``, 25 → ``Z``, 26 → ``AA``: how a column of a file without a header row is named."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def first_rows(data: bytes, fmt: TableFormat, count: int) -> list[tuple[int, list[str]]]:
    """The first ``count`` non-blank rows as text (a preview), each with its line of the file (1-based;
    blank lines count, as the import's report numbers them)."""
    out: list[tuple[int, list[str]]] = []

    def take(table: Iterator[Sequence[Any]]) -> None:
        for line, cells in enumerate(table, start=1):
            if len(out) >= count:
                break
            texts = [cell_text(c) for c in cells]
            if any(texts):
                out.append((line, texts))

    if fmt == "xlsx":
        with xlsx_table(data) as table:
            take(table)
    else:
        take(csv_table(data))
    return out
