"""The outbound campaigns' screen: a group of bars per campaign (attempts, contacts, sales) over the
period and the table of every campaign figure (:mod:`crm.campaign_kpis`). A double-click on a bar or a
figure lists the campaign attempts behind it."""

from __future__ import annotations

import logging

from PySide6.QtCharts import QBarSeries
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from agent_desktop.features.reports.chart_panel import ChartPanel
from agent_desktop.features.reports.core.query import CAMPAIGNS
from agent_desktop.features.reports.core.rows import Answer
from agent_desktop.features.reports.core.texts import CAMPAIGN

logger = logging.getLogger(__name__)

_LEFT, _BOTTOM = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


class CampaignsPanel(ChartPanel):
    """Attempts, contacts and sales of each campaign with attempts in the period, in the report's order
    (by name); the table adds the rates, the attempts by result and the records finished."""

    BARS = (("attempts", "offered"), ("contacts", "answered"), ("sales", "line"))
    """(figure, colour) of each campaign's bars: attempts ⊇ contacts ⊇ sales, side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CAMPAIGNS, CAMPAIGN, parent)

    def draw(self, answer: Answer) -> None:
        rows = self.bar_rows = answer.rows
        bars = QBarSeries()
        for kpi_id, colour in self.BARS:
            bars.append(self.bar_set(kpi_id, rows, colour))
        top = max((row.chart(k) or 0.0 for row in rows for k, _ in self.BARS), default=0.0)
        x = self.categories([self.model.row_label(row) for row in rows])
        counts = self.value_axis("attempts", top)
        self.attach(bars, (x, _BOTTOM), (counts, _LEFT))
        self.chart.setTitle(_tr("Attempts, contacts and sales by campaign"))

    def colour_of(self, kpi_id: str) -> str:
        return dict(self.BARS).get(kpi_id, "bar")

    def empty_text(self, answer: Answer) -> str:
        if answer.rows:
            return ""
        return _tr("No campaign calls in this period for these filters. Choose other days, another team or agent.")
