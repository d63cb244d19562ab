"""What a report asks for: its timeframe, grouping, the settings in force and whose figures."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, literal
from sqlalchemy.sql.elements import ColumnElement

from backoffice.reports.timeframe import Timeframe
from crm.kpis import GroupBy, ReportSettings

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReportQuery:
    frame: Timeframe
    group_by: GroupBy
    settings: ReportSettings
    now: datetime
    team: str | None = None
    """Only the agents of this team (their team as it is now)."""
    agent_id: str | None = None
    """Only this agent."""

    @property
    def fcr_window(self) -> timedelta:
        return timedelta(days=self.settings.fcr_days)


def group_key(
    group_by: GroupBy,
    *,
    agent: ColumnElement[Any],
    team: ColumnElement[Any] | None = None,
    dnis: ColumnElement[Any] | None = None,
    media_source: ColumnElement[Any] | None = None,
) -> ColumnElement[Any]:
    """The SQL of a row's group ('' when it has none): the agent's id, their team, the dialled number
    or the media source's id."""
    column = {
        GroupBy.AGENT: agent,
        GroupBy.TEAM: team,
        GroupBy.DNIS: dnis,
        GroupBy.MEDIA_SOURCE: media_source,
    }.get(group_by)
    if column is None:
        return literal("")
    return func.coalesce(column, "")
