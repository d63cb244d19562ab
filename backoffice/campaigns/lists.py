"""A campaign's target list: rows read from CSV or Excel through a column mapping, or from a customer
search; each row checked (number, duplicates in the list, in this campaign and in running campaigns, the
do-not-call list, the blocklist, the customer, the zone); the good rows kept in one insert of the caller's
transaction, the bad ones reported with their line of the file and reason.

A kept row without a customer id gets the customer whose number it is, by the screen pop's lookup
(the normalised number in ``customer_phones``, indexed); a number several customers have gives none and
is reported (:class:`~crm.schemas.campaigns.SharedNumber`)."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Connection

from backoffice import tables as t
from backoffice.campaigns import dnc
from backoffice.campaigns.tables import campaign_records, campaigns
from backoffice.errors import field_error
from crm.phones import CheckedPhone, check_phone
from crm.schemas import new_id
from crm.schemas.campaigns import (
    CampaignStatus,
    ColumnMapping,
    RecordState,
    RowError,
    RowProblem,
    SharedNumber,
    check_zone,
    zone_for_number,
)
from crm.table_files import NotAWorkbook, cell_text, csv_table, xlsx_table

logger = logging.getLogger(__name__)

MAX_ROWS = 100_000
_CHUNK = 500
NAME_CHARS, NOTES_CHARS = 100, 1000
"""A record keeps at most this much of its name and notes cells."""


@dataclass(frozen=True)
class Row:
    """One row of a list: its line in the file (the header is line 1, blank lines count) and the mapped
    cells."""

    number: int
    phone: str
    customer_id: str = ""
    time_zone: str = ""
    name: str = ""
    notes: str = ""


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
        ("name", mapping.name),
        ("notes", mapping.notes),
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
                _cell(cells, cols.get("name"))[:NAME_CHARS],
                _cell(cells, cols.get("notes"))[:NOTES_CHARS],
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
    matched: int = 0
    """Kept rows given a customer by their number."""
    shared: list[SharedNumber] = dataclasses.field(default_factory=list)


def check(
    conn: Connection,
    campaign_id: str,
    rows: Sequence[Row],
    default_zone: str,
    now: datetime,
    replacing: bool = False,
) -> Checked:
    """Each row checked; the good ones as ``campaign_records`` rows (not written). ``replacing``: the
    campaign's own records do not count (the list replaces them)."""
    rejected: list[RowError] = []
    candidates: list[tuple[Row, str, str]] = []  # row, normalised number, zone
    seen: dict[str, int] = {}
    for row in rows:
        phone = check_phone(row.phone)  # one parse per row: the number's checks and its zone
        problem = _row_problem(row, phone, seen)
        if problem is not None:
            rejected.append(problem)
            continue
        normalized = phone.normalized or row.phone
        seen[normalized] = row.number
        zone = row.time_zone or zone_for_number(phone.parsed or normalized, default_zone)
        candidates.append((row, normalized, zone))
    numbers = [n for _, n, _ in candidates]
    taken = _in_campaigns(conn, campaign_id, numbers, replacing)
    owners = dnc.customers_of(conn, numbers)
    stated = {r.customer_id for r, _, _ in candidates if r.customer_id}
    known = _known_customers(conn, stated)
    all_customers = stated | {c for cs in owners.values() for c in cs}
    dnc_numbers, dnc_customers = dnc.listed(conn, numbers, all_customers)
    blocked = dnc.blocklisted(conn, numbers, now)
    out = Checked([], rejected)
    for row, normalized, zone in candidates:
        owned = owners.get(normalized, set())
        customers = owned | ({row.customer_id} if row.customer_id else set())
        if row.customer_id and row.customer_id not in known:
            rejected.append(RowError(row=row.number, problem=RowProblem.UNKNOWN_CUSTOMER, value=row.customer_id))
        elif normalized in taken:
            rejected.append(RowError(row=row.number, problem=taken[normalized], value=row.phone))
        elif normalized in dnc_numbers or customers & dnc_customers:
            rejected.append(RowError(row=row.number, problem=RowProblem.DNC, value=row.phone))
        elif normalized in blocked:
            rejected.append(RowError(row=row.number, problem=RowProblem.BLOCKLISTED, value=row.phone))
        else:
            customer = row.customer_id or (next(iter(owned)) if len(owned) == 1 else "")
            if len(owned) > 1 and not row.customer_id:
                out.shared.append(SharedNumber(row=row.number, value=row.phone, customers=len(owned)))
            out.matched += bool(customer and not row.customer_id)
            out.kept.append(_record(campaign_id, row, normalized, zone, customer, now))
    rejected.sort(key=lambda e: e.row)
    return out


def _row_problem(row: Row, phone: CheckedPhone, seen: dict[str, int]) -> RowError | None:
    if not row.phone:
        return RowError(row=row.number, problem=RowProblem.MISSING_NUMBER)
    normalized = phone.normalized
    if normalized is None or not phone.valid:
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


def _record(campaign_id: str, row: Row, normalized: str, zone: str, customer_id: str, now: datetime) -> dict[str, Any]:
    return {
        "id": new_id(),
        "version": 1,
        "campaign_id": campaign_id,
        "row_number": row.number,
        "phone": row.phone,
        "normalized": normalized,
        "customer_id": customer_id or None,
        "name": row.name,
        "notes": row.notes,
        "time_zone": zone,
        "zone_overridden": bool(row.time_zone),
        "attempts": 0,
        "state": RecordState.PENDING.value,
        "created_at": now,
        "updated_at": now,
    }


def _in_campaigns(conn: Connection, campaign_id: str, numbers: Sequence[str], replacing: bool) -> dict[str, RowProblem]:
    """The numbers already targets of this campaign (unless ``replacing``) or of another running one."""
    r, c = campaign_records.c, campaigns.c
    others = (r.campaign_id != campaign_id) & (c.status == CampaignStatus.RUNNING.value)
    wanted = others if replacing else (r.campaign_id == campaign_id) | others
    out: dict[str, RowProblem] = {}
    for start in range(0, len(numbers), _CHUNK):
        rows = conn.execute(
            select(r.normalized, r.campaign_id)
            .join(campaigns, campaigns.c.id == r.campaign_id)
            .where(
                r.normalized.in_(numbers[start : start + _CHUNK]),
                wanted,
            )
        )
        for number, campaign in rows:
            if campaign == campaign_id:
                out[number] = RowProblem.DUPLICATE_IN_CAMPAIGN
            else:
                out.setdefault(number, RowProblem.IN_RUNNING_CAMPAIGN)
    return out


def replace_records(conn: Connection, campaign_id: str, dry_run: bool) -> int:
    """Delete a draft's records, which its new list replaces (``dry_run``: only count them)."""
    r = campaign_records.c
    if dry_run:
        return int(conn.execute(select(func.count()).where(r.campaign_id == campaign_id)).scalar_one())
    return int(conn.execute(delete(campaign_records).where(r.campaign_id == campaign_id)).rowcount)


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
