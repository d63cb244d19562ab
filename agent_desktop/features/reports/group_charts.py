"""The screens by group over the whole period: a bar per agent of the figure chosen (handling time,
calls, orders per call), and the media sources ranked by the figure chosen (horizontal bars, the
largest on top; the chart shows the first :data:`RANKED_BARS`, the table all). The chart's title names
the figure and its unit; the value axis has no title of its own."""

from __future__ import annotations

import logging

from PySide6.QtCharts import QBarSeries, QHorizontalBarSeries
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from agent_desktop.features.reports.chart_panel import ChartPanel, kpi_title
from agent_desktop.features.reports.core.query import AGENTS, MEDIA
from agent_desktop.features.reports.core.rows import Answer, Row, ranked, with_figure
from agent_desktop.features.reports.core.texts import AGENT, MEDIA_SOURCE

logger = logging.getLogger(__name__)

_LEFT, _BOTTOM = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom
RANKED_BARS = 10
"""Media sources on the ranking's chart at most (each name must fit beside its bar)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


class AgentsPanel(ChartPanel):
    """A bar per agent with a figure (:func:`.core.rows.with_figure`: no empty slot for an agent without
    calls), in the report's order: average handling time, calls handled or orders per call. The table
    below lists every agent."""

    choices = ("aht", "handled", "conversion")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(AGENTS, AGENT, parent)

    def draw(self, answer: Answer) -> None:
        kpi_id = self.chosen()
        rows = self.bar_rows = with_figure(answer.rows, kpi_id)
        bars = QBarSeries()
        bars.append(self.bar_set(kpi_id, rows, "bar"))
        top = max((row.chart(kpi_id) or 0.0 for row in rows), default=0.0)
        x = self.categories([self.model.row_label(row) for row in rows])
        values = self.value_axis(kpi_id, top)
        self.attach(bars, (x, _BOTTOM), (values, _LEFT))
        self.chart.setTitle(kpi_title(kpi_id, values.max()))  # the unit its ticks read in
        self.chart.legend().hide()


class RankingPanel(ChartPanel):
    """The media sources (TV programmes, adverts) ranked by calls offered, orders or order value."""

    choices = ("offered", "orders", "order_value")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(MEDIA, MEDIA_SOURCE, parent)

    def table_rows(self, answer: Answer) -> list[Row]:
        return ranked(answer.rows, self.chosen())

    def draw(self, answer: Answer) -> None:
        kpi_id = self.chosen()
        rows = self.bar_rows = list(reversed(ranked(answer.rows, kpi_id)[:RANKED_BARS]))  # filled upwards
        bars = QHorizontalBarSeries()
        bars.append(self.bar_set(kpi_id, rows, "bar"))
        top = max((row.chart(kpi_id) or 0.0 for row in rows), default=0.0)
        y = self.categories([self.model.row_label(row) for row in rows])
        y.setLabelsAngle(0)
        values = self.value_axis(kpi_id, top)
        self.attach(bars, (y, _LEFT), (values, _BOTTOM))
        self.chart.setTitle(self.ranking_title(kpi_id, values.max(), len(answer.rows)))
        self.chart.legend().hide()

    def ranking_title(self, kpi_id: str, top: float, sources: int) -> str:
        title = kpi_title(kpi_id, top)
        if sources <= RANKED_BARS:
            return title
        return (
            _tr("%1: the first %2 of %3 media sources")
            .replace("%1", title)
            .replace("%2", str(RANKED_BARS))
            .replace("%3", str(sources))
        )
