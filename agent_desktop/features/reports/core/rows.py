"""A report's answer (``/reports/kpis`` JSON) as the rows a screen shows. No Qt.

A screen by interval has a row for every interval of the period, also those with nothing to count
(the back office leaves them out); a screen by group has the groups the back office gave, ranked by a
figure when asked (largest first, nothing-to-divide-by last, then by name).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from agent_desktop.features.reports.core.figures import bucket_label, chart_value, value_of
from crm.kpis import GroupBy, Interval

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Row:
    """One line of a screen's table (one bar or point of its chart)."""

    bucket: str | None
    """The interval's start as the report gave it (None: the whole period)."""
    key: str
    """The group's key ('' when the report is not grouped)."""
    label: str
    """The group's name (an agent, a media source)."""
    values: Mapping[str, Any] = field(default_factory=dict)

    def value(self, kpi_id: str) -> Any:
        return value_of(self.values, kpi_id)

    def chart(self, kpi_id: str) -> float | None:
        return chart_value(kpi_id, self.value(kpi_id))


@dataclass(frozen=True)
class Answer:
    """A report as the screens read it."""

    interval: Interval
    group_by: str
    rows: list[Row]
    """Every interval (by interval) or every group (grouped), in order."""
    total: Mapping[str, Any]
    settings: Mapping[str, Any]
    """The settings the figures were computed with (time zone, service-level target and denominator...)."""
    params: dict[str, str]
    """The query that produced it (for the calls behind a figure and the exports)."""
    team: str | None = None
    """The team whose figures the back office gave (a supervisor's own whatever was asked); None: every team's."""

    @property
    def sl_target_s(self) -> int:
        return int(self.settings.get("sl_target_s", 0))

    @property
    def one_day(self) -> bool:
        """Its intervals all fall on one day of the centre's clock."""
        days = {row.bucket[:10] for row in self.rows if row.bucket}
        return len(days) <= 1


def read_answer(report: Mapping[str, Any], params: dict[str, str]) -> Answer:
    """``report`` (a :class:`crm.schemas.reports.KpiReport` as JSON) as rows."""
    interval = Interval(report["interval"])
    given = [Row(r["bucket"], r["key"], r["label"], r["values"]) for r in report["rows"]]
    if report["group_by"] == "none" and interval is not Interval.NONE:
        by_bucket = {row.bucket: row for row in given}
        rows = [by_bucket.get(bucket) or Row(bucket, "", "") for bucket in report["buckets"]]
    else:
        rows = given
    settings = report.get("settings") or {}
    return Answer(interval, report["group_by"], rows, report["total"], settings, params, report.get("team") or None)


def row_place(answer: Answer, row: Row) -> str:
    """Where ``row`` is in ``answer``, as a drill-down's heading names it: its interval (with its day)
    and, in a grouped answer, its group ('' for the whole period without groups)."""
    where = bucket_label(row.bucket, answer.interval) if row.bucket else ""
    if answer.group_by != GroupBy.NONE.value:
        where = " · ".join(p for p in (where, row.label) if p)
    return where


def read_campaigns(report: Mapping[str, Any], params: dict[str, str]) -> Answer:
    """``report`` (a :class:`crm.schemas.reports.CampaignReport` as JSON) as a row per campaign over the
    whole period (its key the campaign's id, its label the campaign's name), in the report's order."""
    rows = [Row(None, item["campaign_id"], item["campaign"], item["values"]) for item in report["campaigns"]]
    return Answer(Interval.NONE, "campaign", rows, report["total"], report.get("settings") or {}, params)


def runs(rows: list[Row], kpi_id: str) -> list[list[tuple[int, float]]]:
    """The unbroken stretches of a line over ``rows``: (place, value) of consecutive rows with a figure.
    A row without one (an hour without calls: nothing to divide by) ends a stretch, so that the line
    stops there instead of joining its neighbours across it."""
    out: list[list[tuple[int, float]]] = []
    current: list[tuple[int, float]] = []
    for place, row in enumerate(rows):
        value = row.chart(kpi_id)
        if value is None:
            if current:
                out.append(current)
            current = []
        else:
            current.append((place, value))
    if current:
        out.append(current)
    return out


def with_figure(rows: list[Row], kpi_id: str) -> list[Row]:
    """``rows`` that have something to show for ``kpi_id``: a figure other than 0, or 0 with calls
    behind it (an agent who handled calls and took no order), in their order; an agent with nothing in
    the period is left out."""
    return [row for row in rows if row.chart(kpi_id) or (row.chart(kpi_id) == 0 and row.value("handled"))]


def ranked(rows: list[Row], kpi_id: str) -> list[Row]:
    """``rows`` by ``kpi_id``, largest first (rows without a figure last), then by name."""

    def order(row: Row) -> tuple[bool, float, str]:
        value = row.chart(kpi_id)
        return (value is None, -(value or 0.0), row.label)

    return sorted(rows, key=order)
