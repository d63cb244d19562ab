"""The workbook's *By campaign* sheet: each outbound campaign's figures over the report's period
(:mod:`crm.campaign_kpis`, counted by :mod:`.campaigns` with the report's team and agent), a row per
campaign by name and the total last; there only when the period has campaign attempts."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.engine import Connection

from backoffice.reports.call_export import Tr
from backoffice.reports.campaigns import campaign_report, has_attempts
from backoffice.reports.query import ReportQuery
from backoffice.reports.sheets import Style
from backoffice.reports.timeframe import Timeframe
from crm.campaign_kpis import CAMPAIGN_KPIS
from crm.i18n import QT_TRANSLATE_NOOP
from crm.kpis import GroupBy, Interval, Kpi, Unit
from crm.schemas.reports import ReportSettingsRead

logger = logging.getLogger(__name__)

SHEET_CAMPAIGNS = QT_TRANSLATE_NOOP("ReportExport", "By campaign")
CAMPAIGN = QT_TRANSLATE_NOOP("ReportExport", "Campaign")
TOTAL = QT_TRANSLATE_NOOP("ReportExport", "Total")


@dataclass(frozen=True)
class ExtraSheet:
    """A sheet the workbook writes after its views: its title, rows (the header first, a total last),
    each column's format, and the figures its columns hold (listed on the definitions sheet)."""

    title: str
    rows: list[list[Any]]
    formats: list[Style]
    kpis: tuple[Kpi, ...]
    frozen_columns: int = 1


Header = Callable[[Kpi, Tr], str]
Cell = Callable[[Kpi, Any], Any]


def campaign_rows(report: dict[str, Any], tr: Tr, header: Header, cell: Cell) -> Iterator[list[Any]]:
    """A campaign report (whole period, not grouped) as a table: the campaign's name, then a column per
    figure (``header(kpi, tr)``, ``cell(kpi, value)``: as the views write theirs); the total last."""
    yield [tr(CAMPAIGN), *(header(k, tr) for k in CAMPAIGN_KPIS)]
    for item in report["campaigns"]:
        yield [item["campaign"], *(cell(k, item["values"][k.id]) for k in CAMPAIGN_KPIS)]
    yield [tr(TOTAL), *(cell(k, report["total"][k.id]) for k in CAMPAIGN_KPIS)]


def campaign_sheet(
    conn: Connection,
    q: ReportQuery,
    settings: ReportSettingsRead,
    tr: Tr,
    formats: Mapping[Unit, Style],
    header: Header,
    cell: Cell,
) -> ExtraSheet | None:
    """The *By campaign* sheet of the report ``q`` (its period, team and agent), None when the period has
    no campaign attempts; ``formats`` (unit → style), ``header`` and ``cell`` are the views' own."""
    whole = replace(q, frame=Timeframe(q.frame.start, q.frame.end, Interval.NONE, q.frame.zone), group_by=GroupBy.NONE)
    if not has_attempts(conn, whole):
        return None
    report = campaign_report(conn, whole, settings, generated_at=q.now)
    styles: Sequence[Style] = [Style.PLAIN, *(formats[k.unit] for k in CAMPAIGN_KPIS)]
    return ExtraSheet(tr(SHEET_CAMPAIGNS), list(campaign_rows(report, tr, header, cell)), list(styles), CAMPAIGN_KPIS)
