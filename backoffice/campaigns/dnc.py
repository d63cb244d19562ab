"""The do-not-call list: numbers (normalised) and customers (every number of theirs), with source and
date; looked up by imports, allocation and a manual dial's check."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from backoffice import tables as t
from backoffice.campaigns.tables import dnc_entries
from crm.schemas import new_id

logger = logging.getLogger(__name__)


def entry(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "number": row.number,
        "customer_id": row.customer_id,
        "source": row.source,
        "note": row.note,
        "created_at": row.created_at,
        "created_by": row.created_by,
    }


def add(
    conn: Connection, number: str | None, customer_id: str | None, source: str, note: str, by: str, now: datetime
) -> dict[str, Any]:
    """A new entry (an existing one for the same number and customer is returned as it is)."""
    same = select(dnc_entries).where(
        dnc_entries.c.number.is_(None) if number is None else dnc_entries.c.number == number,
        dnc_entries.c.customer_id.is_(None) if customer_id is None else dnc_entries.c.customer_id == customer_id,
    )
    row = conn.execute(same).first()
    if row is not None:
        return entry(row)
    values = {
        "id": new_id(),
        "number": number,
        "customer_id": customer_id,
        "source": source,
        "note": note,
        "created_at": now,
        "created_by": by,
    }
    conn.execute(insert(dnc_entries).values(**values))
    return values


def remove(conn: Connection, entry_id: str) -> bool:
    return bool(conn.execute(delete(dnc_entries).where(dnc_entries.c.id == entry_id)).rowcount)


def page(conn: Connection, number: str | None, customer_id: str | None, limit: int, offset: int) -> dict[str, Any]:
    query = select(dnc_entries)
    if number is not None:
        query = query.where(dnc_entries.c.number == number)
    if customer_id is not None:
        query = query.where(dnc_entries.c.customer_id == customer_id)
    total = conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    rows = conn.execute(
        query.order_by(dnc_entries.c.created_at.desc(), dnc_entries.c.id).limit(limit).offset(offset)
    ).all()
    return {"items": [entry(r) for r in rows], "total": total, "limit": limit, "offset": offset}


def customers_of(conn: Connection, numbers: Iterable[str]) -> dict[str, set[str]]:
    """Normalised number → the customers who have it."""
    wanted = list(set(numbers))
    out: dict[str, set[str]] = {}
    p = t.customer_phones.c
    for start in range(0, len(wanted), 500):
        rows = conn.execute(select(p.normalized, p.customer_id).where(p.normalized.in_(wanted[start : start + 500])))
        for number, customer in rows:
            out.setdefault(number, set()).add(customer)
    return out


def listed(conn: Connection, numbers: Iterable[str], customers: Iterable[str]) -> tuple[set[str], set[str]]:
    """(the numbers, the customers) of these that are on the list."""
    nums, custs = list(set(numbers)), list(set(customers))
    hit_numbers: set[str] = set()
    hit_customers: set[str] = set()
    c = dnc_entries.c
    for start in range(0, max(len(nums), len(custs)), 500):
        part_n, part_c = nums[start : start + 500], custs[start : start + 500]
        conds = []
        if part_n:
            conds.append(c.number.in_(part_n))
        if part_c:
            conds.append(c.customer_id.in_(part_c))
        if not conds:
            continue
        for number, customer in conn.execute(select(c.number, c.customer_id).where(or_(*conds))):
            if number in part_n:
                hit_numbers.add(number)
            if customer in part_c:
                hit_customers.add(customer)
    return hit_numbers, hit_customers


def entries_for(conn: Connection, number: str) -> list[dict[str, Any]]:
    """The entries that forbid calling ``number`` (a normalised number): its own, and those of the
    customers who have it."""
    owners = list(customers_of(conn, [number]).get(number, set()))
    cond = dnc_entries.c.number == number
    if owners:
        cond = or_(cond, dnc_entries.c.customer_id.in_(owners))
    return [entry(r) for r in conn.execute(select(dnc_entries).where(cond).order_by(dnc_entries.c.created_at))]


def blocklisted(conn: Connection, numbers: Iterable[str], now: datetime) -> set[str]:
    """The numbers with a live blocklist entry."""
    wanted = list(set(numbers))
    b = t.blocklist.c
    out: set[str] = set()
    for start in range(0, len(wanted), 500):
        rows = conn.execute(
            select(b.number).where(
                b.number.in_(wanted[start : start + 500]),
                b.deleted.is_(False),
                or_(b.expires_at.is_(None), b.expires_at > now),
            )
        )
        out.update(r[0] for r in rows)
    return out


def records_on_list(conn: Connection, records: Iterable[Any]) -> set[str]:
    """The ids of ``records`` (rows with ``id``, ``normalized``, ``customer_id``) whose number, customer,
    or a customer owning their number, is on the list."""
    rows = list(records)
    if not rows:
        return set()
    owners = customers_of(conn, [r.normalized for r in rows])
    stated = {r.customer_id for r in rows if r.customer_id}
    numbers, customers = listed(conn, [r.normalized for r in rows], stated | {c for cs in owners.values() for c in cs})
    return {
        r.id
        for r in rows
        if r.normalized in numbers or r.customer_id in customers or owners.get(r.normalized, set()) & customers
    }


def not_listed(normalized: Any, customer_id: Any) -> Any:
    """SQL: a record with these columns is not on the list (its number, its customer, or a customer who
    owns its number)."""
    c = dnc_entries.c
    phones = t.customer_phones
    owners = select(phones.c.customer_id).where(phones.c.normalized == normalized).correlate_except(phones)
    listed = select(c.id).where(or_(c.number == normalized, c.customer_id == customer_id, c.customer_id.in_(owners)))
    return ~listed.correlate_except(dnc_entries).exists()


def mark_records(conn: Connection, number: str | None, customer_id: str | None, now: datetime) -> int:
    """Waiting campaign records the new entry forbids become ``dnc`` (in the entry's transaction)."""
    from backoffice.campaigns.tables import campaign_records

    r = campaign_records.c
    conds = []
    if number is not None:
        conds.append(r.normalized == number)
    if customer_id is not None:
        conds.append(r.customer_id == customer_id)
        phones = select(t.customer_phones.c.normalized).where(t.customer_phones.c.customer_id == customer_id)
        conds.append(r.normalized.in_(phones))
    stmt = (
        update(campaign_records)
        .where(r.state == "pending", or_(*conds))
        .values(state="dnc", version=r.version + 1, updated_at=now)
    )
    return int(conn.execute(stmt).rowcount or 0)
