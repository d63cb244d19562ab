"""Each agent's calls of the day for the wallboard: handled calls, talk, hold and wrap-up seconds.

Counted by the reports' own SQL (:func:`backoffice.reports.calls.call_sums`, grouped by agent over
one interval) so the board and a report of the same day agree: the day is the centre's local day in
its configured time zone (the report settings' ``time_zone``, :func:`crm.kpis.centre_zone`), from
local midnight to the next. A zone the server does not know counts in UTC (and says so in the log).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, time, timedelta, timezone, tzinfo

from sqlalchemy import select
from sqlalchemy.engine import Connection

from backoffice import tables as t
from backoffice.reports.calls import call_sums
from backoffice.reports.query import ReportQuery
from backoffice.reports.settings import read_settings
from backoffice.reports.timeframe import Timeframe
from crm.kpis import GroupBy, Interval, centre_zone
from crm.schemas.presence import AgentDay
from crm.schemas.reports import ReportSettingsRead

logger = logging.getLogger(__name__)

CALL_LOG_AGENTS = "call_log_agents"
""":attr:`backoffice.db.WriteContext.notes` key: the agents whose calls a write logged or changed."""


def day_of(now: datetime, zone: tzinfo) -> tuple[datetime, datetime]:
    """``[start, end)`` in UTC of the local day holding ``now``."""
    local = now.astimezone(zone).date()
    start = datetime.combine(local, time(), zone)
    end = datetime.combine(local + timedelta(days=1), time(), zone)
    return start.astimezone(timezone.utc), end.astimezone(timezone.utc)


def _centre(conn: Connection) -> tuple[ReportSettingsRead, tzinfo]:
    settings = read_settings(conn)
    try:
        return settings, centre_zone(settings.time_zone)
    except ValueError:
        logger.warning("the centre's time zone %r is unknown here: the board's day is UTC", settings.time_zone)
        return settings, timezone.utc


def day_start(conn: Connection, now: datetime) -> datetime:
    """When the centre's local day holding ``now`` began (UTC)."""
    return day_of(now, _centre(conn)[1])[0]


def read_days(
    conn: Connection, now: datetime, *, team: str | None = None, agent_id: str | None = None
) -> list[AgentDay]:
    """Today's figures of every agent with a call today (of ``team``, or only ``agent_id``, when given)."""
    settings, zone = _centre(conn)
    start, end = day_of(now, zone)
    query = ReportQuery(
        Timeframe(start, end, Interval.NONE, zone), GroupBy.AGENT, settings.settings(), now, team, agent_id
    )
    date = now.astimezone(zone).date().isoformat()
    return [
        AgentDay(
            user_id=row.key,
            date=date,
            handled=int(row.handled or 0),
            talk_s=int(row.talk_s or 0),
            hold_s=int(row.hold_s or 0),
            wrapup_s=int(row.wrapup_s or 0),
            at=now,
        )
        for row in conn.execute(call_sums(query))
        if row.key  # not the calls logged without an agent
    ]


def read_agent_days(conn: Connection, now: datetime, agent_ids: Iterable[str]) -> list[tuple[AgentDay, str]]:
    """(today's figures, team) of each of ``agent_ids`` that exists (zeros for one without a call today)."""
    users = t.users.c
    query = select(users.id, users.team).where(users.id.in_(sorted(set(agent_ids))))
    out = []
    for row in conn.execute(query).all():
        found = read_days(conn, now, agent_id=row.id)
        if not found:
            _, zone = _centre(conn)
            found = [AgentDay(user_id=row.id, date=now.astimezone(zone).date().isoformat(), at=now)]
        out.append((found[0], row.team or ""))
    return out
