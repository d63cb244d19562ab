"""One report screen: a chart (QtCharts) above the table of its figures, both drillable: a double-click
on a figure's cell, bar or point asks for the calls behind it (:attr:`ChartPanel.sig_drill`).

Colours come from the palette in use (light or dark) and follow a theme switch; every text follows a
language switch (:meth:`retranslateUi` draws the chart again with the texts of the new language).
A value axis has the ticks its range calls for (:mod:`.core.axis`: whole counts, 0–100 %, times as
m:ss), numbers grouped as the language groups them. The chart takes most of the height (the table
below it scrolls; the splitter between them moves) and a period without a call says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
)
from PySide6.QtCore import QCoreApplication, QMargins, QModelIndex, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.reports.core.axis import AxisTicks, kpi_ticks
from agent_desktop.features.reports.core.figures import KPI
from agent_desktop.features.reports.core.query import Screen
from agent_desktop.features.reports.core.rows import Answer, Row, runs
from agent_desktop.features.reports.figures_model import FiguresModel, locale_number
from agent_desktop.shell.i18n import translate_msg
from crm.i18n import Msg
from crm.kpis import Unit
from resources.colours import follow_theme, is_dark
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)

SERIES_COLOURS: dict[str, tuple[str, str]] = {  # (on light colours, on dark colours)
    "offered": ("#2563eb", "#60a5fa"),
    "answered": ("#059669", "#34d399"),
    "abandoned": ("#dc2626", "#f87171"),
    "line": ("#d97706", "#fbbf24"),
    "target": ("#7c3aed", "#c4b5fd"),
    "bar": ("#2563eb", "#60a5fa"),
}
"""A series' colour in each theme (the abandoned in the error's red, as elsewhere)."""

CHART_MIN_HEIGHT = 300
"""The chart's height at least (ticks, rotated interval labels and the legend need it at 1280×720)."""
TABLE_MIN_HEIGHT = 120
"""The table's height at least (its header and three rows)."""
NAMED_BARS = 48
"""Bars (intervals) a chart names each; more (a week by hour) are named every n-th."""
NAME_EVERY = (1, 2, 3, 4, 6, 8, 12, 24, 48, 96, 192, 384, 768)
"""How many bars apart the names may be: fractions and multiples of a day of hours or quarter hours."""
LABELS_ACROSS = 110
"""Characters of category labels that fit side by side under a chart about 1,100 pixels wide."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


def series_colour(name: str) -> QColor:
    return QColor(SERIES_COLOURS.get(name, SERIES_COLOURS["bar"])[is_dark()])


def kpi_unit(kpi_id: str, top: float = 0.0) -> str:
    """A figure's unit as its chart names it (%, m:ss or h:mm:ss for a time up to ``top`` seconds, ¥;
    nothing for a count)."""
    unit = KPI[kpi_id].unit
    if unit is Unit.SECONDS:
        return _tr("h:mm:ss") if top >= 3600 else _tr("m:ss")
    return {Unit.RATIO: "%", Unit.CENTS: "¥"}.get(unit, "")


def kpi_title(kpi_id: str, top: float = 0.0) -> str:
    """A figure's name with its unit (%, m:ss, ¥)."""
    name, unit = translate_msg(KPI[kpi_id].name), kpi_unit(kpi_id, top)
    return f"{name} ({unit})" if unit else name


def unique_labels(labels: list[str]) -> list[str]:
    """Category names must differ: a second "王芳" becomes "王芳 (2)"."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


def label_angle(labels: list[str]) -> int:
    """How far to turn the category labels so that each reads whole: upright when they fit side by
    side, 45° when long (agents' names), 90° when many (the hours of a day)."""
    if len(labels) > 16:
        return -90
    width = sum(2 if ord(ch) > 0x2E80 else 1 for label in labels for ch in label)  # a CJK character: two
    return -45 if width > LABELS_ACROSS else 0


class ChartView(QChartView):
    """A chart view that asks for :data:`CHART_MIN_HEIGHT` (a plain one asks for its scene's size, which
    grows with the view: in a scrolled window it would keep growing) and takes any room it is given."""

    def sizeHint(self) -> QSize:
        return QSize(640, CHART_MIN_HEIGHT)


class ChartPanel(Retranslated, QWidget):
    """A chart and its table over one :class:`Screen`; subclasses draw the chart (:meth:`draw`)."""

    sig_drill = Signal(object, str)
    """A figure was double-clicked: the :class:`Row` and the KPI id."""

    choices: tuple[str, ...] = ()
    """KPI ids a box above the chart offers (the figure the bars show); none: no box."""

    def __init__(self, screen: Screen, first: Msg, parent: QWidget | None = None, transposed: bool = False) -> None:
        super().__init__(parent)
        self.report_screen = screen
        self.answer: Answer | None = None
        self.model = FiguresModel(first, screen.columns, self, transposed=transposed)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = ChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(CHART_MIN_HEIGHT)
        self.bar_rows: list[Row] = []
        """The row of each bar (or point) of the chart, in order."""
        self.sets: dict[str, QBarSet] = {}
        self.lines: dict[str, list[QLineSeries]] = {}
        """A line's segments by figure (:meth:`line`)."""

        self.figure_label = QLabel()
        self.figure_combo = QComboBox()
        self.figure_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # follows a language
        self.figure_label.setBuddy(self.figure_combo)
        for kpi_id in self.choices:
            self.figure_combo.addItem("", kpi_id)
        self.controls = QHBoxLayout()
        """The row above the chart (the figure box; subclasses add theirs with :meth:`add_control`)."""
        self.controls.setContentsMargins(0, 0, 0, 0)
        if self.choices:
            self.controls.addWidget(self.figure_label)
            self.controls.addWidget(self.figure_combo)
        else:
            self.figure_label.hide()
            self.figure_combo.hide()
        self.controls.addStretch(1)
        self.figure_combo.currentIndexChanged.connect(lambda _i: self.redraw())
        self.empty_label = QLabel()
        """Says that the period has nothing to show (shown with an empty chart)."""
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(TABLE_MIN_HEIGHT)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(70)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # a wide last column pushes its figures far from their name
        self.table.doubleClicked.connect(self._cell_double_clicked)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.chart_view)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 1)  # room beyond what each asks for, shared
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self.controls)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.splitter, 1)
        follow_theme(self, self.apply_theme)
        self.apply_theme()

    def add_control(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self.controls.insertWidget(self.controls.count() - 1, widget)

    # -- figures ---------------------------------------------------------------------------------
    def chosen(self) -> str:
        """The figure the bars show (the first of :attr:`choices` until another is chosen)."""
        data = self.figure_combo.currentData()
        return data if isinstance(data, str) else (self.choices[0] if self.choices else "")

    def show_answer(self, answer: Answer) -> None:
        self.answer = answer
        self.redraw()

    def table_rows(self, answer: Answer) -> list[Row]:
        return answer.rows

    def redraw(self) -> None:
        """Draw the chart and fill the table from :attr:`answer` (texts in the language in use)."""
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.sets, self.lines, self.bar_rows = {}, {}, []
        if self.answer is None:
            return
        self.model.set_rows(self.answer, self.table_rows(self.answer))
        self.table.resizeColumnsToContents()
        self.empty_label.setText(self.empty_text(self.answer))
        self.empty_label.setVisible(bool(self.empty_label.text()))
        self.draw(self.answer)
        self.apply_theme()

    def empty_text(self, answer: Answer) -> str:
        """What to tell when ``answer`` has nothing to show ("": it has)."""
        if any(row.chart(kpi_id) for row in answer.rows for kpi_id in self.report_screen.columns):
            return ""
        return _tr("No calls in this period for these filters. Choose other days, another team or agent.")

    def draw(self, answer: Answer) -> None:
        """Add the series and axes of ``answer`` (subclasses)."""

    # -- pieces for the subclasses ---------------------------------------------------------------
    def bar_set(self, kpi_id: str, rows: list[Row], colour: str) -> QBarSet:
        bar_set = QBarSet(translate_msg(KPI[kpi_id].name))
        for row in rows:
            bar_set.append(row.chart(kpi_id) or 0.0)
        bar_set.setColor(series_colour(colour))
        bar_set.setBorderColor(series_colour(colour))
        bar_set.doubleClicked.connect(lambda index, k=kpi_id: self._drill_index(index, k))
        self.sets[kpi_id] = bar_set
        return bar_set

    def line(self, kpi_id: str, rows: list[Row], colour: str, name: str | None = None) -> list[QLineSeries]:
        """A line over the rows (x is the row's place), broken where a row has no figure (an hour without
        calls: no point there, and no stroke across it from its neighbours): one series per unbroken
        stretch (:func:`.core.rows.runs`), the same colour, one entry in the legend (:meth:`attach_line`)."""
        stretches = runs(rows, kpi_id) or [[]]  # none: an empty line keeps its legend entry and its axis
        pen = QPen(series_colour(colour))
        pen.setWidth(2)
        segments = []
        for stretch in stretches:
            series = QLineSeries()
            series.setName(name or translate_msg(KPI[kpi_id].name))
            series.append([QPointF(x, value) for x, value in stretch])
            series.setPen(pen)
            series.setPointsVisible(True)  # a stretch of one hour is a point
            series.doubleClicked.connect(lambda point, k=kpi_id: self._drill_index(round(point.x()), k))
            segments.append(series)
        self.lines[kpi_id] = segments
        return segments

    def attach_line(self, segments: list[QLineSeries], *axes: tuple[QAbstractAxis, Qt.AlignmentFlag]) -> None:
        """Add a line's ``segments`` (:meth:`line`) on ``axes``; the legend names the line once."""
        for i, series in enumerate(segments):
            self.attach(series, *axes)
            if i:
                for marker in self.chart.legend().markers(series):
                    marker.setVisible(False)

    def categories(self, labels: list[str], thin: bool = False) -> QAbstractAxis:
        """The axis of the bars' (or points') names; ``thin`` (intervals, in order): beyond
        :data:`NAMED_BARS` every n-th is named (a week by hour: every 8 hours), each bar in its place."""
        if len(labels) <= NAMED_BARS or not thin:
            axis = QBarCategoryAxis()
            axis.append(unique_labels(labels))
            axis.setLabelsAngle(label_angle(labels))
            return axis
        needed = -(-len(labels) // (NAMED_BARS // 2))
        every = next((n for n in NAME_EVERY if n >= needed), needed)  # whole hours: 08:00, 16:00, not 07:00, 14:00
        spaced = QCategoryAxis()
        spaced.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        spaced.setStartValue(-0.5)
        spaced.setRange(-0.5, len(labels) - 0.5)
        for place in range(0, len(labels), every):
            spaced.append(labels[place], float(place))
        spaced.setLabelsAngle(-90)
        spaced.setGridLineVisible(False)
        return spaced

    def value_axis(self, kpi_id: str, top: float, title: str = "") -> QCategoryAxis:
        """An axis for ``kpi_id``'s values up to ``top``, with the ticks its range calls for."""
        return self.ticks_axis(kpi_ticks(kpi_id, top, locale_number), title)

    def ticks_axis(self, ticks: AxisTicks, title: str = "") -> QCategoryAxis:
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis.setStartValue(0.0)
        axis.setRange(0.0, ticks.top)
        for value, label in zip(ticks.ticks, ticks.labels):
            axis.append(label, value)
        axis.setTitleText(title)
        return axis

    def attach(self, series: QAbstractSeries, *axes: tuple[QAbstractAxis, Qt.AlignmentFlag]) -> None:
        """Add ``series`` to the chart on ``axes`` (each with its side; an axis already there is shared)."""
        self.chart.addSeries(series)
        for axis, side in axes:
            if axis not in self.chart.axes():
                self.chart.addAxis(axis, side)
            series.attachAxis(axis)

    # -- drill-down ------------------------------------------------------------------------------
    def _drill_index(self, index: int, kpi_id: str) -> None:
        if 0 <= index < len(self.bar_rows):
            self.sig_drill.emit(self.bar_rows[index], kpi_id)

    def _cell_double_clicked(self, index: QModelIndex) -> None:
        figure = self.model.figure_at(index)
        if figure is not None:
            self.sig_drill.emit(*figure)

    # -- look and texts --------------------------------------------------------------------------
    def apply_theme(self) -> None:
        """The chart in the theme's colours (a chart has colours of its own: they follow a switch here)."""
        pal = QGuiApplication.palette()
        text, base, grid = (
            pal.color(QPalette.ColorRole.WindowText),
            pal.color(QPalette.ColorRole.Base),
            pal.color(QPalette.ColorRole.Mid),
        )
        self.chart.setBackgroundBrush(base)
        self.chart.setTitleBrush(text)
        self.chart.legend().setLabelColor(text)
        self.chart_view.setBackgroundBrush(pal.color(QPalette.ColorRole.Window))
        for axis in self.chart.axes():
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)
        for name, bar_set in self.sets.items():
            colour = series_colour(self.colour_of(name))
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
        for name, segments in self.lines.items():
            for series in segments:
                pen = series.pen()
                pen.setColor(series_colour(self.colour_of(name)))
                series.setPen(pen)

    def colour_of(self, kpi_id: str) -> str:
        """The colour name (:data:`SERIES_COLOURS`) of a figure's series."""
        return kpi_id if kpi_id in SERIES_COLOURS else "bar"

    def retranslateUi(self) -> None:
        self.figure_label.setText(_tr("&Figure:"))
        self.figure_combo.setToolTip(_tr("The figure the chart shows"))
        for i in range(self.figure_combo.count()):
            self.figure_combo.setItemText(i, translate_msg(KPI[self.figure_combo.itemData(i)].name))
        self.model.retranslate()
        self.redraw()


OnDrill = Callable[[Row, str], None]
