"""A KPI report: the sums of :mod:`.calls`, :mod:`.staffing` and :mod:`.business` per interval and
group, turned into figures by :func:`crm.kpis.derive` (the one place formulas live). Every sum adds
up, so the report's total is the sum of its rows' sums, not an average of their figures."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from pydantic_core import to_json
from sqlalchemy import select
from sqlalchemy.engine import Connection

from backoffice import tables as t
from backoffice.reports.business import call_order_sums, complaint_sums, order_sums
from backoffice.reports.call_rollup import slice_call_sums
from backoffice.reports.call_rollup import usable as calls_rolled_up
from backoffice.reports.calls import call_sums, fcr_sums
from backoffice.reports.cells import Sums, read_cells
from backoffice.reports.collector import few_collections
from backoffice.reports.query import ReportQuery
from backoffice.reports.rollup import aligned, slice_sums
from backoffice.reports.row_cache import RowCache, Rows, fingerprint
from backoffice.reports.slicing import for_big_read
from backoffice.reports.staffing import agents, earliest, presence_sums
from crm.kpis import GroupBy, Source, derive, sources_for
from crm.schemas.reports import ReportSettingsRead

logger = logging.getLogger(__name__)


def iso(when: datetime | None) -> str | None:
    return when.isoformat() if when is not None else None


def collect(conn: Connection, q: ReportQuery, slices: bool = False) -> dict[tuple[int, str], Sums]:
    """(interval index, group key) → raw sums, for every source the grouping has; ``slices``: the
    calls' (with the orders taken on them) and presence time's roll-ups where they serve
    (:mod:`.call_rollup`, :mod:`.rollup`, both refreshed just before)."""
    sources = sources_for(q.group_by)
    for_big_read(conn)  # a report reads much once: no JIT, sorts in memory
    rolled_calls = slices and calls_rolled_up(conn, q)
    if rolled_calls:  # the orders taken on the calls too
        statements: list[Any] = [slice_call_sums(q)]
    else:
        statements = [call_sums(q), fcr_sums(q)]
    if Source.PRESENCE in sources:
        rolled = slices and aligned(q.frame)
        chosen = agents(q, rolled=rolled)
        floor = earliest(conn, chosen)
        if rolled:
            statements += slice_sums(q)
        if floor is not None:
            statements.append(presence_sums(q, chosen, floor))
    if Source.ORDERS in sources:
        statements += [order_sums(q)] if rolled_calls else [order_sums(q), call_order_sums(q)]
    if Source.COMPLAINTS in sources:
        statements += complaint_sums(q)
    return read_cells(conn, statements)


def report_json(report: dict[str, Any]) -> bytes:
    """The report as UTF-8 JSON, by pydantic's encoder (Rust: a month by hour and agent is some 20 MB,
    which the standard library's encoder takes four times as long to write)."""
    return to_json(report)


def add_up(cells: Iterable[Sums]) -> Sums:
    """The sums of ``cells`` added up (a cell's missing sum counts as 0). Cells with the same sums in
    the same order (nearly all of a report's) are added up column by column."""
    columns: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    reasons: dict[str, int] | None = None
    for sums in cells:
        by_reason = sums.get("not_ready_by_reason")
        if by_reason is None:
            columns.setdefault(tuple(sums), []).append(tuple(sums.values()))
            continue
        names = tuple(name for name in sums if name != "not_ready_by_reason")
        columns.setdefault(names, []).append(tuple(sums[name] for name in names))
        if reasons is None:
            reasons = {}
        for reason, ms in by_reason.items():
            reasons[reason] = reasons.get(reason, 0) + ms
    total: Sums = {}
    for names, rows in columns.items():
        for name, column in zip(names, zip(*rows)):
            total[name] = total.get(name, 0) + sum(column)
    if reasons is not None:
        total["not_ready_by_reason"] = reasons
    return total


def group_labels(conn: Connection, group_by: GroupBy, keys: Sequence[str]) -> dict[str, str]:
    """The name of each group: the agent's display name, the media source's channel · programme · advert;
    a dialled number is itself, followed by the name of the media source on it when it has one; a team
    is its own name. A key without a name (a user or media source since removed) is not in the answer."""
    wanted = sorted({k for k in keys if k})
    if not wanted or group_by not in (GroupBy.AGENT, GroupBy.MEDIA_SOURCE, GroupBy.DNIS):
        return {k: k for k in wanted}
    if group_by is GroupBy.AGENT:
        u = t.users.c
        return {r.id: r.display_name for r in conn.execute(select(u.id, u.display_name).where(u.id.in_(wanted)))}
    m = t.media_sources.c
    column = m.id if group_by is GroupBy.MEDIA_SOURCE else m.dnis
    stmt = select(column.label("key"), m.channel, m.programme, m.advert).where(column.in_(wanted))
    names = {r.key: " · ".join(p for p in (r.channel, r.programme, r.advert) if p) for r in conn.execute(stmt)}
    if group_by is GroupBy.DNIS:
        return {number: " · ".join(p for p in (number, names.get(number)) if p) for number in wanted}
    return names


def regroup(
    cells: dict[tuple[int, str], Sums], bucket_of: Callable[[int], int], key_of: Callable[[str], str]
) -> dict[tuple[int, str], Sums]:
    """The cells of a coarser view (every sum adds up): each cell moved to ``(bucket_of(index),
    key_of(key))`` and added to the others landing there."""
    moved: dict[tuple[int, str], list[Sums]] = {}
    for (index, key), sums in cells.items():
        moved.setdefault((bucket_of(index), key_of(key)), []).append(sums)
    return {place: add_up(parts) for place, parts in moved.items()}


def _layout(
    conn: Connection, q: ReportQuery, cells: dict[tuple[int, str], Sums]
) -> tuple[list[tuple[int, str, str]], dict[int, str | None]]:
    """The rows' order — (interval index, label, key), by interval then name — and each interval's start."""
    frame = q.frame
    labels = group_labels(conn, q.group_by, [key for _, key in cells])
    starts = {index: iso(frame.bucket_start(index)) for index in frame.indexes()}
    for key in {key for _, key in cells} - labels.keys():
        labels[key] = key
    order = sorted([(index, labels[key], key) for index, key in cells])
    for index in {index for index, _ in cells} - starts.keys():
        starts[index] = iso(frame.bucket_start(index))
    return order, starts


def _heading(
    q: ReportQuery,
    settings: ReportSettingsRead,
    starts: dict[int, str | None],
    total: dict[str, Any],
    generated_at: datetime,
) -> dict[str, Any]:
    """Everything of a report but its rows."""
    frame = q.frame
    zone = q.settings.zone()
    return {
        "from": frame.start.astimezone(zone).isoformat(),
        "to": frame.end.astimezone(zone).isoformat(),
        "interval": frame.interval.value,
        "group_by": q.group_by.value,
        "team": q.team,
        "agent": q.agent_id,
        "settings": settings.model_dump(mode="json"),
        "buckets": [starts[i] for i in frame.indexes()],
        "total": total,
        "generated_at": generated_at.astimezone(zone).isoformat(),
    }


def build_report(
    conn: Connection,
    q: ReportQuery,
    settings: ReportSettingsRead,
    *,
    generated_at: datetime,
    slices: bool = False,
    cells: dict[tuple[int, str], Sums] | None = None,
) -> dict[str, Any]:
    """The report as the API returns it (``crm.schemas.reports.KpiReport``); ``slices``: see
    :func:`collect`; ``cells``: its sums when already known (:func:`regroup`)."""
    cells = collect(conn, q, slices) if cells is None else cells
    order, starts = _layout(conn, q, cells)
    sources = sources_for(q.group_by)
    report = _heading(q, settings, starts, derive(add_up(cells.values()), q.settings, sources), generated_at)
    report["rows"] = [
        {"bucket": starts[index], "key": key, "label": label, "values": derive(cells[index, key], q.settings, sources)}
        for index, label, key in order
    ]
    return report


def report_body(
    conn: Connection,
    q: ReportQuery,
    settings: ReportSettingsRead,
    cache: RowCache,
    *,
    generated_at: datetime,
) -> bytes:
    """:func:`build_report` (from the roll-ups where they serve) as JSON, each row taken from ``cache``
    when its cell's sums are those it was encoded from (:mod:`.row_cache`), else derived and kept."""
    with few_collections():
        return _body(conn, q, settings, cache, generated_at)


def _body(
    conn: Connection, q: ReportQuery, settings: ReportSettingsRead, cache: RowCache, generated_at: datetime
) -> bytes:
    cells = collect(conn, q, slices=True)
    order, starts = _layout(conn, q, cells)
    sources = sources_for(q.group_by)
    shape = (q.settings, sources, q.group_by, q.frame.interval)
    kept = cache.rows(shape)
    rows: Rows = {}
    parts: list[bytes] = []
    for index, label, key in order:
        sums = cells[index, key]
        place = (starts[index], key)
        mark = fingerprint(sums)
        row = kept.get(place)
        if row is None or row[0] != mark or row[1] != label:
            values = derive(sums, q.settings, sources)
            row = (mark, label, to_json({"bucket": place[0], "key": key, "label": label, "values": values}))
        rows[place] = row
        parts.append(row[2])
    cache.keep(shape, rows)
    heading = to_json(_heading(q, settings, starts, derive(add_up(cells.values()), q.settings, sources), generated_at))
    return b"".join((heading[:-1], b',"rows":[', b",".join(parts), b"]}"))
