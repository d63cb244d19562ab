"""A campaign list file before it is imported: its bytes, its format, its columns and first rows (the
preview, each with its line of the file: the import's report names rows by that line), and a guess of
which column holds what from the header's names. The back office reads the
whole file again with the same reader (:mod:`crm.table_files`) and checks every row. No Qt."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from crm.table_files import TableFormat, column_letter, first_rows, format_of

logger = logging.getLogger(__name__)

PREVIEW_ROWS = 10
MAX_FILE_BYTES = 4 * 1024 * 1024
"""The back office takes a list import of at most 4 MiB (its bulk body limit)."""
TARGETS = ("phone", "customer_id", "time_zone", "name", "notes")
"""What the import endpoint maps: the number (needed), the customer's id, the callee's time zone, name and
notes (shown to the agent with the record)."""

_HINTS: dict[str, tuple[str, ...]] = {
    # lower-cased, without spaces, dashes and underscores; the first hint a header contains wins
    "phone": ("phone", "mobile", "tel", "number", "msisdn", "电话", "手机", "号码", "联系方式"),
    "customer_id": ("customerid", "customer", "clientid", "客户编号", "客户id", "客户号", "会员号", "客户"),
    "time_zone": ("timezone", "tz", "zone", "时区"),
    "name": ("name", "姓名", "名字", "名称", "联系人"),
    "notes": ("notes", "note", "remark", "comment", "备注", "说明", "留言"),
}
_NOT = {"customer_id": ("name", "姓名", "名称"), "phone": ("customer",)}
"""Headers a target never takes although a hint matches (客户姓名 is a name, not the customer's id)."""
_SQUASH = re.compile(r"[\s_\-./]+")


class FileTooLarge(ValueError):
    """The file is larger than the back office takes (:data:`MAX_FILE_BYTES`)."""


@dataclass(frozen=True)
class ListFile:
    """A list file read for its preview: ``columns`` are what the mapping sends (the header's names, or
    the column letters without a header row); ``rows`` the first data rows, ``lines`` their lines of the
    file (the header is line 1)."""

    name: str
    data: bytes
    format: TableFormat
    header: bool
    columns: list[str]
    rows: list[list[str]]
    lines: list[int]


def read_list(path: Path, header: bool) -> ListFile:
    """Read ``path`` (CSV or .xlsx) for its preview (blocks: run it off the GUI thread).

    :class:`FileTooLarge`, :class:`~crm.table_files.NotAWorkbook` or an ``OSError`` when it cannot be used."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise FileTooLarge(size)
    data = path.read_bytes()
    fmt = format_of(path.name)
    numbered = first_rows(data, fmt, PREVIEW_ROWS + (1 if header else 0))
    table = [cells for _line, cells in numbered]
    width = max((len(r) for r in table), default=0)
    if header and table:
        names = table[0] + [""] * (width - len(table[0]))
        columns = [name or column_letter(i) for i, name in enumerate(names)]
        numbered = numbered[1:]
    else:
        columns = [column_letter(i) for i in range(width)]
    rows, lines = [cells for _line, cells in numbered], [line for line, _cells in numbered]
    return ListFile(path.name, data, fmt, header, columns, rows, lines)


def guess_mapping(columns: list[str]) -> dict[str, str]:
    """Target → column by the header's names (``电话`` → phone, ``Customer ID`` → customer_id, …); each
    column is used once, the number first. Without a match, the number is the first column."""
    squashed = [_SQUASH.sub("", c.lower()) for c in columns]
    out: dict[str, str] = {}
    used: set[int] = set()
    for target in TARGETS:
        for hint in _HINTS[target]:
            found = next(
                (
                    i
                    for i, c in enumerate(squashed)
                    if i not in used and hint in c and not any(n in c for n in _NOT.get(target, ()))
                ),
                None,
            )
            if found is not None:
                out[target] = columns[found]
                used.add(found)
                break
    if "phone" not in out and columns:
        out["phone"] = columns[0]
    return out
