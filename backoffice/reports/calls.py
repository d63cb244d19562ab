"""The calls of a report: each call's class (answered, abandoned, short abandon, ...) as SQL, the sums
per interval and group, and the rows behind a figure.

Calls are read from the period plus the first-contact-resolution window after it, so that each
incoming call knows the next one of the same customer (``LEAD`` over the customer, or over the calling
number when the customer is unknown); calls outside the period are then left out of every figure.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, false, func, select, true
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import FromClause, Subquery

from backoffice import tables as t
from backoffice.reports.query import ReportQuery, group_key
from backoffice.reports.sql import EpochMs
from crm.kpis import REJECTED, GroupBy
from crm.schemas.reports import CallClass

logger = logging.getLogger(__name__)

DAY_MS = 86_400_000


def _who(c: Any) -> ColumnElement[Any]:
    """The caller as first-contact resolution knows them: the customer, else the calling number."""
    return func.coalesce(c.customer_id, c.caller_normalized)


def call_base(q: ReportQuery, *, with_next: bool = True) -> Subquery:
    """The calls of the period with times in milliseconds; ``with_next``: also the ring time of the
    same customer's next call in the same direction (``next_ms``), read up to the FCR window after
    the period."""
    c = t.call_logs.c
    columns = [
        c.id,
        c.agent_id,
        c.direction,
        c.caller,
        c.callee,
        c.dnis,
        c.media_source_id,
        c.customer_id,
        c.ring_at,
        c.answer_at,
        c.end_at,
        c.talk_seconds,
        c.hold_seconds,
        c.wrapup_seconds,
        c.disposition,
    ]
    if not with_next:
        return (
            select(
                *columns,
                EpochMs(c.ring_at).label("ring_ms"),
                EpochMs(c.answer_at).label("answer_ms"),
                EpochMs(c.end_at).label("end_ms"),
            )
            .where(c.ring_at >= q.frame.start, c.ring_at < q.frame.end)
            .subquery("calls")
        )
    who = _who(c)
    nxt = func.lead(c.ring_at).over(partition_by=(c.direction, who), order_by=(c.ring_at, c.id))
    inner = (
        select(*columns, who.label("who"), nxt.label("next_at"))
        .where(c.ring_at >= q.frame.start, c.ring_at < q.frame.end + q.fcr_window)
        .subquery("windowed")
    )
    w = inner.c
    return (
        select(
            *(col for col in inner.c if col.key != "next_at"),
            EpochMs(w.ring_at).label("ring_ms"),
            EpochMs(w.answer_at).label("answer_ms"),
            EpochMs(w.end_at).label("end_ms"),
            EpochMs(w.next_at).label("next_ms"),
        )
        .where(w.ring_at < q.frame.end)
        .subquery("calls")
    )


@dataclass(frozen=True)
class Flags:
    """Each call's class as SQL over the columns of :func:`call_base` (the KPI dictionary's rules)."""

    inbound: ColumnElement[bool]
    answered: ColumnElement[bool]
    handled: ColumnElement[bool]
    unanswered: ColumnElement[bool]
    """Incoming, not answered, not rejected: abandoned, short abandons included."""
    rejected: ColumnElement[bool]
    short: ColumnElement[bool]
    timed_abandon: ColumnElement[bool]
    """Abandoned (not short) with a known end: counted in the average abandon time."""
    in_target: ColumnElement[bool]
    outbound: ColumnElement[bool]
    fcr_eligible: ColumnElement[bool]
    repeated: ColumnElement[bool]
    wait_ms: ColumnElement[Any]
    ring_ms_len: ColumnElement[Any]

    @classmethod
    def of(cls, b: Any, q: ReportQuery) -> Flags:
        """The flags over ``b`` (FCR's need a :func:`call_base` ``with_next``)."""
        s = q.settings
        inbound = b.direction == "inbound"
        answered = b.answer_ms.is_not(None)
        unanswered_in = inbound & b.answer_ms.is_(None)
        ring_len = b.end_ms - b.ring_ms
        unanswered = unanswered_in & (b.disposition != REJECTED)
        short = unanswered & b.end_ms.is_not(None) & (ring_len < s.short_abandon_s * 1000)
        answered_in = inbound & answered
        wait = b.answer_ms - b.ring_ms
        with_next = "next_ms" in b
        eligible = answered_in & b.who.is_not(None) if with_next else false()
        repeated = b.next_ms.is_not(None) & (b.next_ms - b.ring_ms <= s.fcr_days * DAY_MS) if with_next else false()
        return cls(
            inbound=inbound,
            answered=answered_in,
            handled=answered,
            unanswered=unanswered,
            rejected=unanswered_in & (b.disposition == REJECTED),
            short=short,
            timed_abandon=unanswered & b.end_ms.is_not(None) & (ring_len >= s.short_abandon_s * 1000),
            in_target=answered_in & (wait <= s.sl_target_s * 1000),
            outbound=b.direction == "outbound",
            fcr_eligible=eligible,
            repeated=inbound & repeated,
            wait_ms=wait,
            ring_ms_len=ring_len,
        )

    def of_class(self, kind: CallClass) -> ColumnElement[bool]:
        """The calls behind a figure (drill-down)."""
        return {
            CallClass.ALL: true(),
            CallClass.OFFERED: self.inbound,
            CallClass.ANSWERED: self.answered,
            CallClass.ANSWERED_IN_TARGET: self.in_target,
            CallClass.ABANDONED: self.unanswered & ~self.short,
            CallClass.SHORT_ABANDONED: self.short,
            CallClass.REJECTED: self.rejected,
            CallClass.HANDLED: self.handled,
            CallClass.OUTBOUND: self.outbound,
            CallClass.FCR_RESOLVED: self.fcr_eligible & ~self.repeated,
            CallClass.FCR_REPEATED: self.fcr_eligible & self.repeated,
        }[kind]

    def outcome(self) -> ColumnElement[str]:
        return case(
            (self.answered, "answered"),
            (self.rejected, "rejected"),
            (self.short, "short_abandoned"),
            (self.inbound, "abandoned"),
            (self.handled, "connected"),
            else_="not_connected",
        )


def _count(cond: ColumnElement[bool]) -> ColumnElement[Any]:
    return func.sum(case((cond, 1), else_=0))


def _total(cond: ColumnElement[bool], value: ColumnElement[Any]) -> ColumnElement[Any]:
    return func.sum(case((cond, value), else_=0))


def scoped(q: ReportQuery, b: FromClause) -> tuple[Any, ColumnElement[Any], list[ColumnElement[bool]]]:
    """(FROM clause, group key, filters) of the calls ``b`` for ``q``'s grouping and team/agent."""
    users = t.users
    source: Any = b
    team = None
    if q.group_by is GroupBy.TEAM or q.team is not None:
        source = b.outerjoin(users, users.c.id == b.c.agent_id)
        team = users.c.team
    key = group_key(q.group_by, agent=b.c.agent_id, team=team, dnis=b.c.dnis, media_source=b.c.media_source_id)
    filters: list[ColumnElement[bool]] = []
    if q.team is not None:
        filters.append(users.c.team == q.team)
    if q.agent_id is not None:
        filters.append(b.c.agent_id == q.agent_id)
    return source, key, filters


def call_sums(q: ReportQuery) -> Select[Any]:
    """One row per (interval index, group key) with the raw sums :func:`crm.kpis.derive` takes, but
    first-contact resolution's (:func:`fcr_sums`)."""
    b = call_base(q, with_next=False)
    f = Flags.of(b.c, q)
    source, key, filters = scoped(q, b)
    bucket = q.frame.index(b.c.ring_ms)
    return (
        select(bucket.label("bucket"), key.label("key"), *sum_columns(f, b.c))
        .select_from(source)
        .where(*filters)
        .group_by(bucket, key)
    )


def sum_columns(f: Flags, b: Any) -> list[ColumnElement[Any]]:
    """The raw sums of the calls ``b`` (a :func:`call_base`), labelled; with first-contact resolution's
    when ``b`` has ``next_ms``, with the orders taken on the handled calls when it has ``call_orders``."""
    columns: list[ColumnElement[Any]] = [
        _count(f.inbound).label("offered"),
        _count(f.answered).label("answered"),
        _count(f.unanswered).label("unanswered"),
        _count(f.short).label("short_abandoned"),
        _count(f.rejected).label("rejected"),
        _count(f.in_target).label("answered_in_target"),
        _total(f.answered, f.wait_ms).label("wait_ms"),
        _total(f.timed_abandon, f.ring_ms_len).label("abandon_ms"),
        _count(f.timed_abandon).label("abandon_timed"),
        _count(f.handled).label("handled"),
        _count(f.outbound).label("outbound"),
        _total(f.handled, b.talk_seconds).label("talk_s"),
        _total(f.handled, b.hold_seconds).label("hold_s"),
        _total(f.handled, b.wrapup_seconds).label("wrapup_s"),
    ]
    if "next_ms" in b:
        columns.append(_count(f.fcr_eligible).label("fcr_eligible"))
        columns.append(_count(f.fcr_eligible & ~f.repeated).label("fcr_resolved"))
    if "call_orders" in b:  # the orders taken on each call (the roll-up's)
        columns.append(_total(f.handled, b.call_orders).label("call_orders"))
    return columns


def fcr_sums(q: ReportQuery) -> Select[Any]:
    """One row per (interval index, group key) with ``fcr_eligible`` (answered incoming calls of a
    known caller) and ``fcr_resolved`` (no incoming call of theirs followed within the window): the
    narrow rows of incoming calls only, ordered once by caller."""
    c = t.call_logs.c
    who = _who(c)
    inner = (
        select(
            c.agent_id,
            c.dnis,
            c.media_source_id,
            c.ring_at,
            c.answer_at,
            func.lead(c.ring_at).over(partition_by=who, order_by=(c.ring_at, c.id)).label("next_at"),
        )
        .where(
            c.direction == "inbound",
            who.is_not(None),
            c.ring_at >= q.frame.start,
            c.ring_at < q.frame.end + q.fcr_window,
        )
        .subquery("incoming")
    )
    ring = EpochMs(inner.c.ring_at)
    source, key, filters = scoped(q, inner)
    bucket = q.frame.index(ring)
    repeated = EpochMs(inner.c.next_at) - ring <= q.settings.fcr_days * DAY_MS
    return (
        select(
            bucket.label("bucket"),
            key.label("key"),
            func.count().label("fcr_eligible"),
            _count(inner.c.next_at.is_(None) | ~repeated).label("fcr_resolved"),
        )
        .select_from(source)
        .where(inner.c.answer_at.is_not(None), inner.c.ring_at < q.frame.end, *filters)
        .group_by(bucket, key)
    )


def call_rows(
    q: ReportQuery, *, bucket: int | None = None, key: str | None = None, kind: CallClass = CallClass.ALL
) -> tuple[Select[Any], Select[Any]]:
    """(the calls behind a figure in ring order, their count): in interval ``bucket``, group ``key``,
    of class ``kind``. Each row has the call's columns, its agent, team, media source and customer's name, ``bucket``
    (interval index), ``outcome``, ``wait_ms`` and ``repeated``, in the order :func:`.call_export.call_values`
    unpacks them."""
    b = call_base(q)
    f = Flags.of(b.c, q)
    users, media, customers = t.users, t.media_sources, t.customers
    index = q.frame.index(b.c.ring_ms)
    group = group_key(
        q.group_by, agent=b.c.agent_id, team=users.c.team, dnis=b.c.dnis, media_source=b.c.media_source_id
    )
    source = b.outerjoin(users, users.c.id == b.c.agent_id).outerjoin(media, media.c.id == b.c.media_source_id)
    source = source.outerjoin(customers, customers.c.id == b.c.customer_id)
    where: list[ColumnElement[bool]] = [f.of_class(kind)]
    if q.team is not None:
        where.append(users.c.team == q.team)
    if q.agent_id is not None:
        where.append(b.c.agent_id == q.agent_id)
    if bucket is not None:
        where.append(index == bucket)
    if key is not None:
        where.append(group == key)
    rows = (
        select(
            b.c.id,
            b.c.ring_at,
            b.c.answer_at,
            b.c.end_at,
            index.label("bucket"),
            b.c.direction,
            f.outcome().label("outcome"),
            b.c.caller,
            b.c.callee,
            b.c.dnis,
            b.c.media_source_id,
            media.c.channel,
            media.c.programme,
            media.c.advert,
            b.c.agent_id,
            users.c.display_name.label("agent"),
            users.c.team,
            b.c.customer_id,
            customers.c.name.label("customer_name"),
            case((f.handled, f.wait_ms), (b.c.end_ms.is_not(None), f.ring_ms_len), else_=None).label("wait_ms"),
            b.c.talk_seconds,
            b.c.hold_seconds,
            b.c.wrapup_seconds,
            b.c.disposition,
            case((f.fcr_eligible, f.repeated), else_=None).label("repeated"),
        )
        .select_from(source)
        .where(*where)
        .order_by(b.c.ring_at, b.c.id)
    )
    count = select(func.count()).select_from(source).where(*where)
    return rows, count
