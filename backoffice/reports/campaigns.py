"""The outbound campaigns' report: the figures of :mod:`crm.campaign_kpis` per interval, campaign and
group (none, agent, team), counted by SQL aggregates over ``campaign_attempts`` (the same statement on
SQLite and PostgreSQL, read by the index of revision 0019 on the attempts' time) or read from their
roll-up (:mod:`.campaign_rollup`), and the attempts behind a figure (drill-down).

An attempt counts in the interval of the centre's clock in which its result was recorded (``at``), for
the agent who reported it (their team as it is now); a report of a team or an agent counts only their
attempts, as the other reports do. A record counts as finished by the attempt that ended it: its last,
when the record is now done, invalid or exhausted.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import datetime
from operator import add, itemgetter
from typing import Any

from sqlalchemy import Select, func, literal, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from backoffice import tables as t
from backoffice.campaigns.tables import campaign_attempts, campaign_records, campaigns
from backoffice.reports import campaign_rollup
from backoffice.reports.business import by_user
from backoffice.reports.campaign_counts import SKIPPED, attempt_counts, contact, ended, finished, sale
from backoffice.reports.query import ReportQuery
from backoffice.reports.report import group_labels, iso
from backoffice.reports.slicing import for_big_read
from crm.campaign_kpis import SUMS, derive_campaign
from crm.schemas.reports import AttemptClass, ReportSettingsRead

logger = logging.getLogger(__name__)

_A = campaign_attempts.c
_R = campaign_records.c


def _class_filter(kind: AttemptClass) -> ColumnElement[bool] | None:
    """The attempts of class ``kind`` (None: all)."""
    if kind is AttemptClass.ALL:
        return None
    special = {AttemptClass.CONTACTS: contact, AttemptClass.SALES: sale, AttemptClass.FINISHED: finished}
    if kind in special:
        return special[kind]()
    result: ColumnElement[bool] = _A.result == kind.value
    return result


def _source(q: ReportQuery, campaign_id: str | None) -> tuple[Any, Any, Any, list[ColumnElement[bool]]]:
    """(FROM, interval index, group key, filters) of the period's attempts (of ``campaign_id`` when
    given)."""
    source, bucket, key, filters = by_user(q, campaign_attempts, _A.agent_id, _A.at)
    filters.append(_A.result != SKIPPED)
    if campaign_id is not None:
        filters.append(_A.campaign_id == campaign_id)
    return source, bucket, key, filters


def campaign_sums(q: ReportQuery, campaign_id: str | None = None) -> list[Select[Any]]:
    """Rows of (interval index, campaign, group key) with the raw sums :data:`crm.campaign_kpis.SUMS`:
    one statement counts the attempts (read from the index of their time alone), another the records
    they finished (from the records whose last attempt is in the period, by their own index: looking up
    every attempt's record would take most of the time)."""
    source, bucket, key, filters = _source(q, campaign_id)
    attempts = (
        select(bucket.label("bucket"), _A.campaign_id.label("campaign_id"), key.label("key"), *attempt_counts())
        .select_from(source)
        .where(*filters)
        .group_by(bucket, _A.campaign_id, key)
    )
    period = [_R.last_attempt_at >= q.frame.start, _R.last_attempt_at < q.frame.end]
    finished = (
        select(
            bucket.label("bucket"),
            _A.campaign_id.label("campaign_id"),
            key.label("key"),
            func.count().label("records_finished"),
        )
        .select_from(source.join(campaign_records, ended()))
        .where(*filters, *period)
        .group_by(bucket, _A.campaign_id, key)
    )
    return [attempts, finished]


Cell = tuple[int, str, str]
"""(interval index, campaign id, group key)."""


def read_sums(conn: Connection, q: ReportQuery, campaign_id: str | None = None) -> dict[Cell, dict[str, int]]:
    """(interval index, campaign id, group key) → the raw sums of :func:`campaign_sums` (a cell whose
    attempts finished no record has ``records_finished`` 0): from the roll-up when it can answer ``q``
    (brought up to date before the report: :func:`.campaign_rollup.refresh`), else from the attempts."""
    for_big_read(conn)
    if campaign_rollup.usable(conn, q):
        result = conn.execute(campaign_rollup.slice_sums(q, campaign_id))
        names = list(result.keys())[3:]  # integers already
        return {(int(bucket), campaign, key): dict(zip(names, sums)) for bucket, campaign, key, *sums in result}
    attempts, ends = campaign_sums(q, campaign_id)
    result = conn.execute(attempts)
    names = list(result.keys())[3:]
    out: dict[Cell, dict[str, int]] = {}
    for bucket, campaign, key, *sums in result.all():
        out[int(bucket), campaign, key] = dict(zip(names, map(int, sums)), records_finished=0)
    for bucket, campaign, key, count in conn.execute(ends).all():
        out[int(bucket), campaign, key]["records_finished"] = int(count)  # its attempt is counted above
    return out


def campaign_names(conn: Connection, ids: Sequence[str]) -> dict[str, str]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    c = campaigns.c
    return {campaign: name for campaign, name in conn.execute(select(c.id, c.name).where(c.id.in_(wanted)))}


_SUMS_OF = itemgetter(*SUMS)


def _per_campaign(cells: dict[Cell, dict[str, int]]) -> dict[str, dict[str, int]]:
    """Each campaign's sums over its cells (one pass: a month by hour and agent has 800,000 cells)."""
    added: dict[str, list[int]] = {}
    for (_, campaign, _), sums in cells.items():
        values = _SUMS_OF(sums)
        before = added.get(campaign)
        added[campaign] = list(values) if before is None else list(map(add, before, values))
    return {campaign: dict(zip(SUMS, values)) for campaign, values in added.items()}


def _added(parts: Iterable[dict[str, int]]) -> dict[str, int]:
    return {name: sum(part[name] for part in parts) for name in SUMS}


def campaign_report(
    conn: Connection,
    q: ReportQuery,
    settings: ReportSettingsRead,
    *,
    generated_at: datetime,
    campaign_id: str | None = None,
) -> dict[str, Any]:
    """:class:`crm.schemas.reports.CampaignReport` as JSON data: a row per interval, campaign and group
    with anything in it (by interval, then campaign name, then group name), each campaign's figures over
    the whole period, and the total, every figure derived from summed counts."""
    frame, zone = q.frame, q.frame.zone
    cells = read_sums(conn, q, campaign_id)
    names = campaign_names(conn, [c for _, c, _ in cells])
    labels = group_labels(conn, q.group_by, [k for _, _, k in cells])
    starts = {index: iso(frame.bucket_start(index)) for index in {i for i, _, _ in cells} | set(frame.indexes())}
    order = sorted(cells, key=lambda c: (c[0], names.get(c[1], c[1]), c[1], labels.get(c[2], c[2]), c[2]))
    rows = [
        {
            "bucket": starts[index],
            "campaign_id": campaign,
            "campaign": names.get(campaign, campaign),
            "key": key,
            "label": labels.get(key, key),
            "values": derive_campaign(cells[index, campaign, key]),
        }
        for index, campaign, key in order
    ]
    per_campaign = _per_campaign(cells)
    by_campaign = [
        {"campaign_id": c, "campaign": names.get(c, c), "values": derive_campaign(sums)}
        for c, sums in sorted(per_campaign.items(), key=lambda item: (names.get(item[0], item[0]), item[0]))
    ]
    return {
        "from": frame.start.astimezone(zone).isoformat(),
        "to": frame.end.astimezone(zone).isoformat(),
        "interval": frame.interval.value,
        "group_by": q.group_by.value,
        "team": q.team,
        "agent": q.agent_id,
        "campaign": campaign_id,
        "settings": settings.model_dump(mode="json"),
        "buckets": [starts[i] for i in frame.indexes()],
        "rows": rows,
        "campaigns": by_campaign,
        "total": derive_campaign(_added(list(per_campaign.values()))),
        "generated_at": generated_at.astimezone(zone).isoformat(),
    }


def attempt_rows(
    q: ReportQuery,
    *,
    bucket: int | None = None,
    campaign_id: str | None = None,
    key: str | None = None,
    kind: AttemptClass = AttemptClass.ALL,
) -> tuple[Select[Any], Select[Any]]:
    """(the attempts behind a figure, by time then id; their count): the report's filters, plus an
    interval, a campaign, a group and a class of attempt."""
    source, bucket_sql, key_sql, filters = _source(q, campaign_id)
    source = source.outerjoin(campaign_records, ended())  # the attempt that ended its record: `finished`
    where = _class_filter(kind)
    if where is not None:
        filters.append(where)
    if bucket is not None:
        filters.append(bucket_sql == bucket)
    if key is not None:
        filters.append(key_sql == key)
    r2 = campaign_records.alias("record")
    c, u = campaigns.c, t.users.alias("attempt_agent")
    source = source.join(campaigns, c.id == _A.campaign_id).join(r2, r2.c.id == _A.record_id)
    source = source.outerjoin(u, u.c.id == _A.agent_id)
    rows = (
        select(
            _A.id,
            _A.at,
            bucket_sql.label("bucket"),
            _A.campaign_id,
            c.name.label("campaign"),
            _A.agent_id,
            func.coalesce(u.c.display_name, literal("")).label("agent"),
            r2.c.phone,
            r2.c.customer_id,
            _A.result,
            _A.disposition,
            _A.sip_code,
            finished().label("finished"),
        )
        .select_from(source)
        .where(*filters)
        .order_by(_A.at, _A.id)
    )
    count = select(func.count()).select_from(source).where(*filters)
    return rows, count


def attempt_record(row: Any, q: ReportQuery, starts: dict[int, str | None]) -> dict[str, Any]:
    """An attempt of :func:`attempt_rows` as the API gives it (:class:`crm.schemas.reports.AttemptRow`)."""
    index = int(row.bucket)
    if index not in starts:
        starts[index] = iso(q.frame.bucket_start(index))
    return {
        "id": row.id,
        "at": row.at.astimezone(q.frame.zone).isoformat(),
        "bucket": starts[index],
        "campaign_id": row.campaign_id,
        "campaign": row.campaign,
        "agent_id": row.agent_id,
        "agent": row.agent,
        "phone": row.phone,
        "customer_id": row.customer_id,
        "result": row.result,
        "disposition": row.disposition,
        "sip_code": row.sip_code,
        "finished": bool(row.finished),
    }


def has_attempts(conn: Connection, q: ReportQuery) -> bool:
    """The report's period (and filters) holds campaign attempts."""
    source, _, _, filters = _source(q, None)
    return conn.execute(select(literal(1)).select_from(source).where(*filters).limit(1)).first() is not None
