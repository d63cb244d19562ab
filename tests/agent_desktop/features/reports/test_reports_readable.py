"""The report screens as a manager reads them, against the real back office over HTTP, in English and
Chinese at 1280 × 720: value axes with whole counts, 0–100 % and times as m:ss; the chart tall enough
and every text whole; a period without calls says so; the calls behind a figure with their codes
translated and times as the tables write them; the export offered in Documents under the report's
days, then in the folder used last."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QCategoryAxis, QValueAxis
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFileDialog, QScrollArea

from agent_desktop.features.reports.chart_panel import CHART_MIN_HEIGHT
from agent_desktop.features.reports.core.call_list import COLUMNS
from crm.kpis import Interval
from tests.agent_desktop.features.reports.test_reports_e2e import DAY, desk, run  # noqa: F401  (desk: a fixture)
from tests.backoffice import report_reference as ref
from tests.screens.clipping import clipped_texts

pytestmark = pytest.mark.e2e

TIME = re.compile(r"^(\d+:)?\d{1,2}:\d\d$")


def axis_labels(axis: QValueAxis) -> list[str]:
    """The labels a value axis draws."""
    if isinstance(axis, QCategoryAxis):
        return list(axis.categoriesLabels())
    n, low, high = axis.tickCount(), axis.min(), axis.max()
    return [axis.labelFormat() % (low + i * (high - low) / (n - 1)) for i in range(n)]


def value_axes(panel: Any, side: Qt.AlignmentFlag | None = None) -> list[QValueAxis]:
    """The value axes of a chart of upright bars (its y axes)."""
    axes = [a for a in panel.chart.axes(Qt.Orientation.Vertical) if isinstance(a, QValueAxis)]
    return [a for a in axes if side is None or a.alignment() == side]


def test_value_axes_read_whole_counts_percentages_and_times(qtbot, desk, centre) -> None:
    _shell, feature, _card = desk(centre["sup"])
    view = feature.open_reports()
    bar = view.filter_bar
    qtbot.waitUntil(lambda: bar.agent_combo.count() > 2, timeout=10_000)
    bar.set_period(DAY, DAY)
    bar.set_interval(Interval.MIN15)
    bar.set_agent(centre["b"]["id"])  # one agent by quarter hour: a few calls at most
    run(qtbot, view)
    volume = view.panels["volume"]
    bars = volume.sets["offered"].count()
    top = max(volume.sets[k].at(i) for k in ("offered", "answered", "abandoned") for i in range(bars))
    assert bars == 96 and 1 <= top <= 4  # a small count: the labels were 0, 0, 1, 2, 2, 2
    (calls,) = value_axes(volume, Qt.AlignmentFlag.AlignLeft)
    counts = axis_labels(calls)
    assert len(set(counts)) == len(counts) and all(label.isdigit() for label in counts), counts
    assert [int(label) for label in counts] == sorted(int(label) for label in counts)
    assert int(counts[0]) == 0 and calls.max() >= top and int(counts[-1]) == calls.max()
    (rate,) = value_axes(volume, Qt.AlignmentFlag.AlignRight)
    assert axis_labels(rate)[0] == "0%" and axis_labels(rate)[-1] == "100%" and rate.max() == 100
    (level,) = value_axes(view.panels["service"])
    assert axis_labels(level)[0] == "0%" and axis_labels(level)[-1] == "100%" and level.max() == 100

    agents = view.panels["agents"]
    agents.figure_combo.setCurrentIndex(agents.figure_combo.findData("aht"))
    (times,) = value_axes(agents)
    assert all(TIME.match(label) for label in axis_labels(times)), axis_labels(times)
    assert times.max() >= max(agents.sets["aht"].at(i) for i in range(agents.sets["aht"].count()))
    assert agents.chart.title() == "Average handling time (m:ss)" and times.titleText() == ""
    agents.figure_combo.setCurrentIndex(agents.figure_combo.findData("handled"))
    (handled,) = value_axes(agents)
    assert all(label.isdigit() for label in axis_labels(handled)), axis_labels(handled)


def test_at_1280_by_720_the_chart_has_room_and_every_text_is_whole_in_both_languages(
    qtbot, desk, centre, chinese
) -> None:
    _shell, feature, _card = desk(centre["sup"])
    view = feature.open_reports()
    host = feature.host
    host.resize(1280, 720 - 32)  # the screen less a title bar
    view.filter_bar.set_period(DAY, ref.date_of(1))
    run(qtbot, view)
    qtbot.waitExposed(host)
    scroll = host.findChild(QScrollArea)
    for language in ("zh_CN", "en"):
        chinese.set_language(language)
        qtbot.waitUntil(lambda language=language: view.show_button.text().startswith("显示") == (language != "en"))
        for screen_id in ("volume", "service", "agents", "media"):
            panel = view.panels[screen_id]
            view.tabs.setCurrentWidget(panel)
            qtbot.wait(50)  # laid out
            where = (language, screen_id)
            assert not scroll.verticalScrollBar().isVisible(), where  # the window fits: nothing below the fold
            assert panel.chart_view.height() >= CHART_MIN_HEIGHT, (where, panel.chart_view.height())
            assert panel.table.viewport().height() >= 3 * panel.table.verticalHeader().defaultSectionSize(), where
            assert [str(c) for c in clipped_texts(view)] == [], where
            vertical = [axis.titleText() for axis in panel.chart.axes(Qt.Orientation.Vertical)]
            assert not any(vertical), (where, vertical)  # names and units in the chart's title: turned, they were cut
            title = QFontMetrics(panel.chart.titleFont()).horizontalAdvance(panel.chart.title())
            assert title <= panel.chart.size().width() - 20, (where, panel.chart.title())
        header = view.panels["agents"].table.horizontalHeader()
        assert all(header.sectionSize(i) >= header.sectionSizeHint(i) for i in range(header.count())), language


def test_a_period_without_calls_says_so_and_one_with_calls_does_not(qtbot, desk, centre) -> None:
    _shell, feature, _card = desk(centre["sup"])
    view = feature.open_reports()
    before = ref.date_of(-10)  # before the generated calls
    view.filter_bar.set_period(before, before)
    run(qtbot, view)
    (calls,) = value_axes(view.panels["volume"], Qt.AlignmentFlag.AlignLeft)
    assert axis_labels(calls) == ["0", "1"]  # not 0, 0, 1, 2
    for screen_id in ("volume", "service", "agents", "media"):
        panel = view.panels[screen_id]
        view.tabs.setCurrentWidget(panel)
        assert panel.empty_label.isVisible() and "No calls in this period" in panel.empty_label.text(), screen_id
    view.filter_bar.set_period(DAY, DAY)
    run(qtbot, view)
    assert not any(view.panels[s].empty_label.isVisible() for s in ("volume", "service", "agents", "media"))


def test_the_calls_behind_a_figure_read_translated_with_times_as_the_tables_write_them(
    qtbot, desk, centre, chinese
) -> None:
    _shell, feature, _card = desk(centre["sup"])
    view = feature.open_reports()
    view.filter_bar.set_period(DAY, DAY)
    run(qtbot, view)
    volume = view.panels["volume"]
    dialog = view.drill("volume", volume.bar_rows[9], "abandoned")  # 09:00: missed calls, some not timed
    qtbot.waitUntil(lambda: dialog.total is not None and dialog.total > 0, timeout=10_000)
    model = dialog.model
    column = {key: i for i, (key, _header) in enumerate(COLUMNS)}
    dispositions = {model.data(model.index(r, column["disposition"])) for r in range(model.rowCount())}
    assert "未接听" in dispositions and "missed" not in dispositions, dispositions  # the card's label
    waits = [model.data(model.index(r, column["wait_s"])) for r in range(model.rowCount())]
    assert all(TIME.match(w) for w in waits if w), waits  # m:ss like the handling time, not "5.0"
    assert model.headerData(column["wait_s"], Qt.Orientation.Horizontal) == "等待时长"
    handled = [model.data(model.index(r, column["handling_s"])) for r in range(model.rowCount())]
    assert all(TIME.match(h) for h in handled if h), handled


def test_the_export_is_offered_in_documents_under_the_reports_days_then_in_the_folder_used_last(
    qtbot, desk, centre, tmp_path, monkeypatch, documents_folder
) -> None:
    shell, feature, _card = desk(centre["sup"])
    view = feature.open_reports()
    view.filter_bar.set_period(DAY, ref.date_of(1))
    offered: list[str] = []
    target = tmp_path / "exports" / "week.xlsx"
    target.parent.mkdir()

    def save_as(_parent: Any, _title: str, suggested: str, _filters: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    with qtbot.waitSignal(view.sig_exported, timeout=30_000):
        view.ask_export()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(offered[0]) == Path(documents) / f"report_{DAY.isoformat()}_{ref.date_of(1).isoformat()}.xlsx"
    assert target.is_file()
    feature._close()  # the window closed and opened again: the folder is remembered (the window state file)
    view = feature.open_reports()
    view.filter_bar.set_period(DAY, DAY)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    with qtbot.waitSignal(view.sig_exported, timeout=30_000):
        view.ask_export()
    assert Path(offered[1]) == target.parent / f"report_{DAY.isoformat()}.xlsx"
    assert shell.ctx.paths.window_state_file.is_file()


def test_three_days_by_hour_name_every_third_hour_so_that_each_name_reads_whole(qtbot, desk, centre) -> None:
    _shell, feature, _card = desk(centre["sup"])
    view = feature.open_reports()
    view.filter_bar.set_period(DAY, ref.date_of(2))
    run(qtbot, view)
    for screen_id in ("volume", "service"):
        panel = view.panels[screen_id]
        (hours,) = panel.chart.axes(Qt.Orientation.Horizontal)
        rows = [panel.model.row_label(row) for row in panel.bar_rows]
        assert len(rows) == 72 and isinstance(hours, QCategoryAxis), screen_id  # 72 names side by side: "…" each
        assert list(hours.categoriesLabels()) == rows[::3] and rows[3] == f"{DAY:%m-%d} 03:00"
        assert [hours.endValue(name) for name in rows[:7:3]] == [0, 3, 6]  # each name under its own bar
