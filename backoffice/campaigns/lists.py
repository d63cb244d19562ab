"""A campaign's target list: rows read from CSV or Excel through a column mapping, or from a customer
search; each row checked (number, duplicates in the list and across running campaigns, the do-not-call
list, the blocklist, the customer, the zone); the good rows kept in one insert of the caller's
transaction, the bad ones reported with their row number and reason."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from backoffice import tables as t
from backoffice.campaigns import dnc
from backoffice.campaigns.tables import campaign_records, campaigns
from backoffice.errors import field_error
from crm.phones import is_valid_phone, try_normalize_phone
from crm.schemas import new_id
from crm.schemas.campaigns import (
    CampaignStatus,
    ColumnMapping,
    RecordState,
    RowError,
    RowProblem,
    check_zone,
    zone_for_number,
)
from crm.table_files import NotAWorkbook, cell_text, csv_table, xlsx_table

logger = logging.getLogger(__name__)

MAX_ROWS = 100_000
_CHUNK = 500


@dataclass(frozen=True)
class Row:
    """One row of a list: its row number in the file and the mapped cells."""

    number: int
    phone: str
    customer_id: str = ""
    time_zone: str = ""


def _letter_index(name: str) -> int | None:
    name = name.strip().upper()
    if not name.isascii() or not name.isalpha() or len(name) > 3:
        return None
    index = 0
    for ch in name:
        index = index * 26 + (ord(ch) - 64)
    return index - 1


def _columns(header: Sequence[str] | None, mapping: ColumnMapping) -> dict[str, int]:
    """Field → column index; 422 naming the mapping's field for a column the file lacks."""
    out: dict[str, int] = {}
    for field, name in (
        ("phone", mapping.phone),
        ("customer_id", mapping.customer_id),
        ("time_zone", mapping.time_zone),
    ):
        if name is None:
            continue
        cells = [str(h or "").strip() for h in header] if header is not None else []
        index = cells.index(name) if name in cells else None
        if index is None and header is None:
            index = _letter_index(name)
        if index is None:
            raise field_error(("query", field), f"the file has no column {name!r}", "unknown_column")
        out[field] = index
    return out


def _cell(cells: Sequence[Any], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cell_text(cells[index])


def _rows(table: Iterable[Sequence[Any]], mapping: ColumnMapping, header: bool) -> list[Row]:
    iterator = iter(table)
    first = 1
    head: Sequence[str] | None = None
    if header:
        head = [str(c or "") for c in next(iterator, [])]
        first = 2
    cols = _columns(head, mapping)
    out: list[Row] = []
    for number, cells in enumerate(iterator, start=first):
        if not any(str(c or "").strip() for c in cells):
            continue  # blank line
        if len(out) >= MAX_ROWS:
            raise field_error(("body",), f"a list holds at most {MAX_ROWS} rows", "too_many_rows")
        out.append(
            Row(
                number,
                _cell(cells, cols["phone"]),
                _cell(cells, cols.get("customer_id")),
                _cell(cells, cols.get("time_zone")),
            )
        )
    return out


def read_csv(data: bytes, mapping: ColumnMapping, header: bool = True) -> list[Row]:
    """The rows of a CSV file (UTF-8, with or without BOM, or GB18030 as Excel in China writes it)."""
    return _rows(csv_table(data), mapping, header)


def read_xlsx(data: bytes, mapping: ColumnMapping, header: bool = True) -> list[Row]:
    """The rows of the first sheet of an Excel workbook."""
    try:
        with xlsx_table(data) as table:
            return _rows(table, mapping, header)
    except NotAWorkbook:
        raise field_error(("body",), "not an Excel workbook (.xlsx)", "bad_file") from None


@dataclass
class Checked:
    kept: list[dict[str, Any]]
    rejected: list[RowError]


def check(conn: Connection, campaign_id: str, rows: Sequence[Row], default_zone: str, now: datetime) -> Checked:
    """Each row checked; the good ones as ``campaign_records`` rows (not written)."""
    rejected: list[RowError] = []
    candidates: list[tuple[Row, str, str]] = []  # row, normalised number, zone
    seen: dict[str, int] = {}
    for row in rows:
        problem = _row_problem(row, seen)
        if problem is not None:
            rejected.append(problem)
            continue
        normalized = try_normalize_phone(row.phone) or row.phone
        seen[normalized] = row.number
        zone = row.time_zone or zone_for_number(normalized, default_zone)
        candidates.append((row, normalized, zone))
    numbers = [n for _, n, _ in candidates]
    taken = _in_campaigns(conn, campaign_id, numbers)
    owners = dnc.customers_of(conn, numbers)
    stated = {r.customer_id for r, _, _ in candidates if r.customer_id}
    known = _known_customers(conn, stated)
    all_customers = stated | {c for cs in owners.values() for c in cs}
    dnc_numbers, dnc_customers = dnc.listed(conn, numbers, all_customers)
    blocked = dnc.blocklisted(conn, numbers, now)
    kept = []
    for row, normalized, zone in candidates:
        customers = owners.get(normalized, set()) | ({row.customer_id} if row.customer_id else set())
        if row.customer_id and row.customer_id not in known:
            rejected.append(RowError(row=row.number, problem=RowProblem.UNKNOWN_CUSTOMER, value=row.customer_id))
        elif normalized in taken:
            rejected.append(RowError(row=row.number, problem=RowProblem.DUPLICATE_IN_CAMPAIGN, value=row.phone))
        elif normalized in dnc_numbers or customers & dnc_customers:
            rejected.append(RowError(row=row.number, problem=RowProblem.DNC, value=row.phone))
        elif normalized in blocked:
            rejected.append(RowError(row=row.number, problem=RowProblem.BLOCKLISTED, value=row.phone))
        else:
            kept.append(_record(campaign_id, row, normalized, zone, now))
    rejected.sort(key=lambda e: e.row)
    return Checked(kept, rejected)


def _row_problem(row: Row, seen: dict[str, int]) -> RowError | None:
    if not row.phone:
        return RowError(row=row.number, problem=RowProblem.MISSING_NUMBER)
    normalized = try_normalize_phone(row.phone)
    if normalized is None or not is_valid_phone(row.phone):
        return RowError(row=row.number, problem=RowProblem.INVALID_NUMBER, value=row.phone)
    if normalized in seen:
        return RowError(
            row=row.number,
            problem=RowProblem.DUPLICATE_IN_LIST,
            value=row.phone,
            first_row=seen[normalized],
        )
    if row.time_zone:
        try:
            check_zone(row.time_zone)
        except ValueError:
            return RowError(row=row.number, problem=RowProblem.BAD_TIME_ZONE, value=row.time_zone)
    return None


def _record(campaign_id: str, row: Row, normalized: str, zone: str, now: datetime) -> dict[str, Any]:
    return {
        "id": new_id(),
        "version": 1,
        "campaign_id": campaign_id,
        "row_number": row.number,
        "phone": row.phone,
        "normalized": normalized,
        "customer_id": row.customer_id or None,
        "time_zone": zone,
        "zone_overridden": bool(row.time_zone),
        "attempts": 0,
        "state": RecordState.PENDING.value,
        "created_at": now,
        "updated_at": now,
    }


def _in_campaigns(conn: Connection, campaign_id: str, numbers: Sequence[str]) -> set[str]:
    """The numbers already targets of this campaign or of a running one."""
    r, c = campaign_records.c, campaigns.c
    out: set[str] = set()
    for start in range(0, len(numbers), _CHUNK):
        rows = conn.execute(
            select(r.normalized)
            .join(campaigns, campaigns.c.id == r.campaign_id)
            .where(
                r.normalized.in_(numbers[start : start + _CHUNK]),
                (r.campaign_id == campaign_id) | (c.status == CampaignStatus.RUNNING.value),
            )
        )
        out.update(x[0] for x in rows)
    return out


def _known_customers(conn: Connection, ids: set[str]) -> set[str]:
    wanted = list(ids)
    out: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        rows = conn.execute(select(t.customers.c.id).where(t.customers.c.id.in_(wanted[start : start + _CHUNK])))
        out.update(x[0] for x in rows)
    return out


def insert_records(conn: Connection, records: Sequence[dict[str, Any]]) -> None:
    """The kept rows, in the caller's transaction (an import is all or nothing)."""
    for start in range(0, len(records), _CHUNK):
        conn.execute(insert(campaign_records), list(records[start : start + _CHUNK]))


def rows_from_customers(customers: Sequence[Any], phones: dict[str, list[str]]) -> list[Row]:
    """A search's customers as rows (their first number; ``number`` counts from 1 in result order)."""
    out = []
    for index, customer in enumerate(customers, start=1):
        numbers = phones.get(customer.id) or []
        out.append(Row(index, numbers[0] if numbers else "", customer.id))
    return out


def first_phones(conn: Connection, customer_ids: Sequence[str]) -> dict[str, list[str]]:
    p = t.customer_phones.c
    out: dict[str, list[str]] = {}
    for start in range(0, len(customer_ids), _CHUNK):
        rows = conn.execute(
            select(p.customer_id, p.normalized)
            .where(p.customer_id.in_(customer_ids[start : start + _CHUNK]))
            .order_by(p.customer_id, p.position)
        )
        for customer, number in rows:
            out.setdefault(customer, []).append(number)
    return out
