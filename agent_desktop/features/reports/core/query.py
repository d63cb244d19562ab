"""What a report asks the back office: the period, interval, team and agent chosen in the filters, the
screens of each window and the requests they need; bad filters are named before anything is sent. No Qt.

The period is whole days, both ends included (the back office's ``to`` is the day after the last);
a day means the centre's day (the back office reads a date on the centre's clock, never the client's).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from crm.i18n import QT_TRANSLATE_NOOP, Msg
from crm.kpis import GroupBy, Interval
from crm.report_names import INTERVALS as INTERVALS  # the intervals the filters offer, with their names

logger = logging.getLogger(__name__)

MAX_DAYS = 732
"""The longest period the back office reports on (``backoffice.reports.timeframe.MAX_DAYS``)."""
MAX_BUCKETS = 10_000
"""The most intervals of one report (``backoffice.reports.timeframe.MAX_BUCKETS``)."""
_PER_DAY = {Interval.MIN15: 96, Interval.HOUR: 24, Interval.DAY: 1}


@dataclass(frozen=True)
class Filters:
    """The filters of a report window."""

    first_day: date
    last_day: date
    """Included."""
    interval: Interval = Interval.HOUR
    team: str | None = None
    agent: str | None = None
    """An agent's user id."""

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    def problem(self) -> Msg | None:
        """Why the back office would refuse these filters (None: it will not)."""
        if self.last_day < self.first_day:
            return QT_TRANSLATE_NOOP("Reports", "The last day is before the first day.")
        if self.days > MAX_DAYS:
            return QT_TRANSLATE_NOOP("Reports", "A report covers at most 732 days: choose a shorter period.")
        if self.days * _PER_DAY.get(self.interval, 0) > MAX_BUCKETS:
            return QT_TRANSLATE_NOOP(
                "Reports", "Too many intervals for this period: choose a longer interval or a shorter period."
            )
        return None

    def params(self, interval: Interval, group_by: GroupBy = GroupBy.NONE) -> dict[str, str]:
        """The query of ``/reports/kpis`` (and of its drill-down and exports) for one view."""
        out = {
            "from": self.first_day.isoformat(),
            "to": (self.last_day + timedelta(days=1)).isoformat(),
            "interval": interval.value,
            "group_by": group_by.value,
        }
        if self.team:
            out["team"] = self.team
        if self.agent:
            out["agent"] = self.agent
        return out


@dataclass(frozen=True)
class Screen:
    """One tab of a report window: the view it needs and the figures of its table."""

    id: str
    group_by: GroupBy
    by_interval: bool
    """Its rows are the intervals of the period (else the groups over the whole period)."""
    columns: tuple[str, ...]
    """KPI ids of its table, in order."""
    campaigns: bool = False
    """Its figures are the outbound campaigns' (``/reports/campaigns``: a row per campaign over the
    period), not a view of ``/reports/kpis``."""

    def view(self, filters: Filters) -> tuple[Interval, GroupBy]:
        """The (interval, grouping) of the report this screen shows."""
        return (filters.interval if self.by_interval else Interval.NONE), self.group_by


VOLUME = Screen(
    "volume",
    GroupBy.NONE,
    True,
    ("offered", "answered", "abandoned", "short_abandoned", "abandon_rate", "avg_abandon_time"),
)
SERVICE = Screen("service", GroupBy.NONE, True, ("service_level", "offered", "answered", "abandoned", "asa"))
AGENTS = Screen(
    "agents",
    GroupBy.AGENT,
    False,
    ("handled", "aht", "avg_talk", "avg_hold", "avg_wrapup", "orders", "conversion", "order_value", "occupancy"),
)
MEDIA = Screen(
    "media", GroupBy.MEDIA_SOURCE, False, ("offered", "answered", "abandon_rate", "orders", "conversion", "order_value")
)
MINE = Screen(
    "mine",
    GroupBy.NONE,
    True,
    (
        "offered",
        "answered",
        "abandoned",
        "service_level",
        "asa",
        "handled",
        "outbound",
        "aht",
        "avg_talk",
        "avg_hold",
        "avg_wrapup",
        "calls_per_hour",
        "occupancy",
        "not_ready_time",
        "orders",
        "conversion",
        "order_value",
        "complaints_opened",
    ),
)
"""An agent's own figures over the period (the report's total)."""

CAMPAIGNS = Screen(
    "campaigns",
    GroupBy.NONE,
    False,
    (
        "attempts",
        "contacts",
        "contact_rate",
        "sales",
        "sales_conversion",
        "attempts_answered",
        "attempts_busy",
        "attempts_no_answer",
        "attempts_invalid",
        "attempts_rejected",
        "attempts_network_error",
        "attempts_machine",
        "records_finished",
    ),
    campaigns=True,
)
"""Each outbound campaign over the period (:mod:`crm.campaign_kpis`)."""

SUPERVISOR_SCREENS = (VOLUME, SERVICE, AGENTS, MEDIA, CAMPAIGNS)
AGENT_SCREENS = (VOLUME, SERVICE, MINE)


def views(screens: tuple[Screen, ...], filters: Filters) -> list[tuple[Interval, GroupBy]]:
    """The reports of ``/reports/kpis`` ``screens`` need, each once, in the order of the screens."""
    return list(dict.fromkeys(screen.view(filters) for screen in screens if not screen.campaigns))
