"""The screens by interval: calls offered, answered and abandoned as bars with the abandon rate as a
line; the service level as a line against its target. A rate's line stops at an interval without calls
(nothing to divide by): an empty hour reads as empty, neither as 0 % nor as a stroke across it."""

from __future__ import annotations

import logging

from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from agent_desktop.features.reports.chart_panel import ChartPanel, series_colour
from agent_desktop.features.reports.core.query import SERVICE, VOLUME
from agent_desktop.features.reports.core.rows import Answer
from agent_desktop.features.reports.core.texts import INTERVAL

logger = logging.getLogger(__name__)

DEFAULT_TARGET_PCT = 80
"""The service-level target a supervisor sees until they set another (80 % within T seconds)."""
_LEFT, _RIGHT, _BOTTOM = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignBottom


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


class VolumePanel(ChartPanel):
    """Offered, answered and abandoned calls per interval (bars) and the abandon rate (a line, in %)."""

    BARS = (("offered", "offered"), ("answered", "answered"), ("abandoned", "abandoned"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(VOLUME, INTERVAL, parent)

    def draw(self, answer: Answer) -> None:
        rows = self.bar_rows = answer.rows
        labels = [self.model.row_label(row) for row in rows]
        bars = QBarSeries()
        for kpi_id, colour in self.BARS:
            bars.append(self.bar_set(kpi_id, rows, colour))
        top = max((row.chart(k) or 0.0 for row in rows for k, _ in self.BARS), default=0.0)
        x = self.categories(labels, thin=True)
        counts = self.value_axis("offered", top)  # no title: QtCharts cuts a rotated Chinese one to "…"
        self.attach(bars, (x, _BOTTOM), (counts, _LEFT))
        rate = self.line("abandon_rate", rows, "line")
        percent = self.value_axis("abandon_rate", 100.0)
        percent.setGridLineVisible(False)  # the calls' grid only: two grids out of step read as noise
        self.attach_line(rate, (x, _BOTTOM), (percent, _RIGHT))
        self.chart.setTitle(_tr("Calls and abandons by interval"))

    def colour_of(self, kpi_id: str) -> str:
        return "line" if kpi_id == "abandon_rate" else super().colour_of(kpi_id)


class ServicePanel(ChartPanel):
    """The service level per interval (a line, in %) against the target (a dashed line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(SERVICE, INTERVAL, parent)
        self.target_label = QLabel()
        self.target_spin = QSpinBox()
        self.target_spin.setRange(1, 100)
        self.target_spin.setSuffix("%")
        self.target_spin.setValue(DEFAULT_TARGET_PCT)
        self.target_label.setBuddy(self.target_spin)
        self.target_spin.valueChanged.connect(lambda _v: self.redraw())
        self.add_control(self.target_label, self.target_spin)

    def draw(self, answer: Answer) -> None:
        rows = self.bar_rows = answer.rows
        x = self.categories([self.model.row_label(row) for row in rows], thin=True)
        percent = self.value_axis("service_level", 100.0)
        self.attach_line(self.line("service_level", rows, "offered"), (x, _BOTTOM), (percent, _LEFT))
        target = self.target_spin.value()
        self.attach(self._target_line(len(rows), float(target)), (x, _BOTTOM), (percent, _LEFT))
        self.chart.setTitle(
            _tr("Service level (answered within %1 s) against the target of %2%")
            .replace("%1", str(answer.sl_target_s))
            .replace("%2", str(target))
        )

    def _target_line(self, points: int, value: float) -> QLineSeries:
        """The target: a dashed straight line across the chart."""
        series = QLineSeries()
        series.setName(_tr("Target"))
        series.append(QPointF(-0.5, value))
        series.append(QPointF(max(points, 1) - 0.5, value))
        pen = QPen(series_colour("target"))
        pen.setWidth(2)
        pen.setStyle(Qt.PenStyle.DashLine)
        series.setPen(pen)
        self.lines["target"] = [series]
        return series

    def colour_of(self, kpi_id: str) -> str:
        return {"service_level": "offered", "target": "target"}.get(kpi_id, super().colour_of(kpi_id))

    def retranslateUi(self) -> None:
        self.target_label.setText(_tr("&Target:"))
        self.target_spin.setToolTip(_tr("The share of calls to answer within the service-level time"))
        super().retranslateUi()
