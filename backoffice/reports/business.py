"""Orders and complaints of a report, per interval and group.

An order counts in the interval it was taken, for the agent who took it; by dialled number or media
source through the call it was taken on (else its own media source). Cancelled orders are left out.
Orders per call counts only the orders taken on the handled calls of its row, where those calls count
(:func:`call_order_sums`; the calls' roll-up keeps them with the calls' other sums, :func:`orders_on_calls`):
an order without a call, or on another row's call, never raises it.
A complaint counts as opened when recorded, for whoever recorded it, and as resolved when its status
was set to resolved (the audit trail's update), for whoever did that.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.sql.elements import ColumnElement

from backoffice import tables as t
from backoffice.reports.calls import scoped
from backoffice.reports.query import ReportQuery, group_key
from backoffice.reports.sql import EpochMs
from crm.kpis import GroupBy
from crm.schemas import OrderStatus

logger = logging.getLogger(__name__)

RESOLVED_CHANGE = '%"status": "resolved"%'
"""How an audit event's changes (JSON) say a complaint was set to resolved."""


def by_user(
    q: ReportQuery, table: Any, user_col: ColumnElement[Any], time_col: ColumnElement[Any]
) -> tuple[Any, ColumnElement[Any], ColumnElement[Any], list[ColumnElement[bool]]]:
    """(FROM, interval index, group key, filters) of rows attributed to the user in ``user_col``."""
    users = t.users
    source: Any = table
    if q.group_by is GroupBy.TEAM or q.team is not None:
        source = table.outerjoin(users, users.c.id == user_col)
    filters = [time_col >= q.frame.start, time_col < q.frame.end]
    if q.team is not None:
        filters.append(users.c.team == q.team)
    if q.agent_id is not None:
        filters.append(user_col == q.agent_id)
    key = group_key(q.group_by, agent=user_col, team=users.c.team)
    return source, q.frame.index(EpochMs(time_col)), key, filters


Scope = tuple[Any, Any, Any, list[ColumnElement[bool]]]
"""(FROM, interval index, group key, filters) of a report's orders (:func:`order_scope`, :func:`call_order_scope`)."""


def order_scope(q: ReportQuery) -> Scope:
    """The orders of the report, where each counts (cancelled ones left out)."""
    o = t.orders
    source, bucket, key, filters = by_user(q, o, o.c.agent_id, o.c.created_at)
    if q.group_by in (GroupBy.DNIS, GroupBy.MEDIA_SOURCE):
        calls, media = t.call_logs, t.media_sources
        source = source.outerjoin(calls, calls.c.id == o.c.call_log_id).outerjoin(
            media, media.c.id == o.c.media_source_id
        )
        key = group_key(
            q.group_by,
            agent=o.c.agent_id,
            dnis=func.coalesce(calls.c.dnis, media.c.dnis),
            media_source=func.coalesce(calls.c.media_source_id, o.c.media_source_id),
        )
    return source, bucket, key, [o.c.status != OrderStatus.CANCELLED.value, *filters]


def order_sums(q: ReportQuery) -> Select[Any]:
    """One row per (interval index, group key) with ``orders`` and ``order_value_cents``."""
    o = t.orders
    source, bucket, key, filters = order_scope(q)
    return (
        select(
            bucket.label("bucket"),
            key.label("key"),
            func.count().label("orders"),
            func.sum(o.c.total_cents).label("order_value_cents"),
        )
        .select_from(source)
        .where(*filters)
        .group_by(bucket, key)
    )


def call_order_scope(q: ReportQuery) -> Scope:
    """The orders taken on the report's handled calls, whenever they were taken (an order keyed in on an
    old call counts for it, as in the calls' roll-up), where those calls count (cancelled ones left out):
    the period's calls joined to their orders."""
    o, c = t.orders, t.call_logs
    source, key, filters = scoped(q, c)
    where = [
        o.c.status != OrderStatus.CANCELLED.value,
        c.c.ring_at >= q.frame.start,
        c.c.ring_at < q.frame.end,
        c.c.answer_at.is_not(None),
        *filters,
    ]
    return source.join(o, o.c.call_log_id == c.c.id), q.frame.index(EpochMs(c.c.ring_at)), key, where


def orders_on_calls(calls: Any, every: bool) -> tuple[Any, ColumnElement[Any]]:
    """(FROM, SQL count) of the orders (not cancelled) taken on each call of ``calls`` (an alias of
    ``call_logs``), whenever they were taken — what the calls' roll-up counts into ``call_orders``
    (:mod:`.call_rollup`): looked up call by call on ``ix_orders_call_log``, or (``every``: all the
    calls) counted per call at once and joined (a lookup per call made the first count of a million
    calls nearly twice as long)."""
    o = t.orders.c
    kept = o.status != OrderStatus.CANCELLED.value
    if not every:
        return calls, select(func.count()).where(o.call_log_id == calls.c.id, kept).scalar_subquery()
    per_call = (
        select(o.call_log_id, func.count().label("taken"))
        .where(o.call_log_id.is_not(None), kept)
        .group_by(o.call_log_id)
        .subquery("taken")
    )
    return calls.outerjoin(per_call, per_call.c.call_log_id == calls.c.id), func.coalesce(per_call.c.taken, 0)


def call_order_sums(q: ReportQuery) -> Select[Any]:
    """One row per (interval index, group key) of the calls with ``call_orders``: the orders taken on
    the handled calls counted in that row — orders per call's numerator."""
    source, bucket, key, filters = call_order_scope(q)
    return (
        select(bucket.label("bucket"), key.label("key"), func.count().label("call_orders"))
        .select_from(source)
        .where(*filters)
        .group_by(bucket, key)
    )


def complaint_sums(q: ReportQuery) -> list[Select[Any]]:
    """Rows of (interval index, group key, ``complaints_opened``) and of (..., ``complaints_resolved``)."""
    x = t.complaints
    source, bucket, key, filters = by_user(q, x, x.c.created_by, x.c.created_at)
    opened = (
        select(bucket.label("bucket"), key.label("key"), func.count().label("complaints_opened"))
        .select_from(source)
        .where(*filters)
        .group_by(bucket, key)
    )
    a = t.audit_events
    source, bucket, key, filters = by_user(q, a, a.c.actor_id, a.c.created_at)
    resolved = (
        select(bucket.label("bucket"), key.label("key"), func.count().label("complaints_resolved"))
        .select_from(source)
        .where(a.c.entity == "complaints", a.c.action == "update", a.c.changes.like(RESOLVED_CHANGE), *filters)
        .group_by(bucket, key)
    )
    return [opened, resolved]
