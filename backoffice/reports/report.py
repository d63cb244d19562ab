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
from backoffice.reports.business import complaint_sums, order_sums
from backoffice.reports.call_rollup import slice_call_sums
from backoffice.reports.call_rollup import usable as calls_rolled_up
from backoffice.reports.calls import call_sums, fcr_sums
from backoffice.reports.cells import Sums, read_cells
from backoffice.reports.query import ReportQuery
from backoffice.reports.rollup import aligned, slice_sums
from backoffice.reports.staffing import agents, earliest, presence_sums
from crm.kpis import GroupBy, Source, derive, sources_for
from crm.schemas.reports import ReportSettingsRead

logger = logging.getLogger(__name__)


def iso(when: datetime | None) -> str | None:
    return when.isoformat() if when is not None else None


def collect(conn: Connection, q: ReportQuery, slices: bool = False) -> dict[tuple[int, str], Sums]:
    """(interval index, group key) → raw sums, for every source the grouping has; ``slices``: the
    calls' and presence time's roll-ups where they serve (:mod:`.call_rollup`, :mod:`.rollup`, both
    refreshed just before)."""
    sources = sources_for(q.group_by)
    if conn.dialect.name == "postgresql":  # a report reads much once: no JIT, sorts in memory
        conn.exec_driver_sql("SET LOCAL jit = off")
        conn.exec_driver_sql("SET LOCAL work_mem = '64MB'")
    if slices and calls_rolled_up(conn, q):
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
        statements.append(order_sums(q))
    if Source.COMPLAINTS in sources:
        statements += complaint_sums(q)
    return read_cells(conn, statements)


def report_json(report: dict[str, Any]) -> bytes:
    """The report as UTF-8 JSON, by pydantic's encoder (Rust: a month by hour and agent is some 20 MB,
    which the standard library's encoder takes four times as long to write)."""
    return to_json(report)


def add_up(cells: Iterable[Sums]) -> Sums:
    total: Sums = {}
    reasons: dict[str, int] | None = None
    get = total.get
    for sums in cells:
        for name, value in sums.items():
            if name == "not_ready_by_reason":
                if reasons is None:
                    reasons = total[name] = {}
                for reason, ms in value.items():
                    reasons[reason] = reasons.get(reason, 0) + ms
            else:
                total[name] = get(name, 0) + value
    return total


def group_labels(conn: Connection, group_by: GroupBy, keys: Sequence[str]) -> dict[str, str]:
    """The name of each group: the agent's display name, the media source's channel · programme · advert
    (by its id, or by the dialled number); a team is its own name."""
    wanted = sorted({k for k in keys if k})
    if not wanted or group_by not in (GroupBy.AGENT, GroupBy.MEDIA_SOURCE, GroupBy.DNIS):
        return {k: k for k in wanted}
    if group_by is GroupBy.AGENT:
        u = t.users.c
        return {r.id: r.display_name for r in conn.execute(select(u.id, u.display_name).where(u.id.in_(wanted)))}
    m = t.media_sources.c
    column = m.id if group_by is GroupBy.MEDIA_SOURCE else m.dnis
    stmt = select(column.label("key"), m.channel, m.programme, m.advert).where(column.in_(wanted))
    return {r.key: " · ".join(p for p in (r.channel, r.programme, r.advert) if p) for r in conn.execute(stmt)}


def regroup(
    cells: dict[tuple[int, str], Sums], bucket_of: Callable[[int], int], key_of: Callable[[str], str]
) -> dict[tuple[int, str], Sums]:
    """The cells of a coarser view (every sum adds up): each cell moved to ``(bucket_of(index),
    key_of(key))`` and added to the others landing there."""
    moved: dict[tuple[int, str], list[Sums]] = {}
    for (index, key), sums in cells.items():
        moved.setdefault((bucket_of(index), key_of(key)), []).append(sums)
    return {place: add_up(parts) for place, parts in moved.items()}


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
    frame = q.frame
    labels = group_labels(conn, q.group_by, [key for _, key in cells])
    sources = sources_for(q.group_by)
    starts = {index: iso(frame.bucket_start(index)) for index in frame.indexes()}
    for key in {key for _, key in cells} - labels.keys():
        labels[key] = key
    order = sorted([(index, labels[key], key) for index, key in cells])  # by interval, then name
    for index in {index for index, _ in cells} - starts.keys():
        starts[index] = iso(frame.bucket_start(index))
    rows = [
        {"bucket": starts[index], "key": key, "label": label, "values": derive(cells[index, key], q.settings, sources)}
        for index, label, key in order
    ]
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
        "rows": rows,
        "total": derive(add_up(cells.values()), q.settings, sources),
        "generated_at": generated_at.astimezone(zone).isoformat(),
    }
