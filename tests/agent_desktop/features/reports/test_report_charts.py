"""The report charts as a supervisor reads them: a rate's line stops at an interval without calls
(nothing there: neither 0 % nor a stroke across it from its neighbours), still one entry in the legend
in one colour, against the real back office over HTTP; the per-agent chart has one bar per agent with
a figure, side by side in the report's order, and none for an agent without calls."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCharts import QBarCategoryAxis

from agent_desktop.features.reports.core.rows import read_answer
from agent_desktop.features.reports.group_charts import AgentsPanel
from crm.kpis import Interval
from tests.agent_desktop.features.reports.test_reports_e2e import DAY, back_office, desk, run  # noqa: F401
from tests.backoffice import report_reference as ref


def stretches(places: list[int]) -> list[list[int]]:
    """``places`` cut where one does not follow the one before."""
    out: list[list[int]] = []
    for place in places:
        if out and place == out[-1][-1] + 1:
            out[-1].append(place)
        else:
            out.append([place])
    return out


@pytest.mark.e2e
def test_a_rates_line_stops_at_an_interval_without_calls(qtbot, desk, reports_server, centre) -> None:
    sup, b = centre["sup"], centre["b"]
    _shell, feature, _card = desk(sup)
    view = feature.open_reports()
    bar = view.filter_bar
    qtbot.waitUntil(lambda: bar.agent_combo.count() > 2, timeout=10_000)
    bar.set_period(DAY, DAY)
    bar.set_interval(Interval.MIN15)
    bar.set_agent(b["id"])  # one agent by quarter hour: most quarters have no call
    run(qtbot, view)
    report = back_office(reports_server, sup, interval="15min", agent=b["id"], **{"from": ref.day(0), "to": ref.day(1)})
    rows = {row["bucket"]: row["values"] for row in report["rows"]}
    values = [rows.get(bucket, {}) for bucket in report["buckets"]]
    for panel_id, kpi in (("volume", "abandon_rate"), ("service", "service_level")):
        panel = view.panels[panel_id]
        view.tabs.setCurrentWidget(panel)
        qtbot.waitExposed(panel.chart_view)
        first = panel.chart.legend().markers(panel.lines[kpi][0])[0]
        qtbot.waitUntil(first.isVisible, timeout=3000)  # a legend's markers are visible once laid out
        with_figure = [i for i, v in enumerate(values) if v.get(kpi) is not None]
        want = stretches(with_figure)
        segments = panel.lines[kpi]
        got = [[round(p.x()) for p in s.points()] for s in segments]
        assert got == want and len(got) >= 2, (kpi, got, want)
        for segment, places in zip(segments, got):
            assert [p.y() for p in segment.points()] == pytest.approx([values[i][kpi] * 100 for i in places])
        assert len({s.pen().color().name() for s in segments}) == 1, kpi  # one line, one colour
        named = [m for s in segments for m in panel.chart.legend().markers(s) if m.isVisible()]
        assert [m.label() for m in named] == [segments[0].name()], kpi  # named once in the legend
        assert segments[0].pointsVisible(), kpi  # a stretch of one quarter is a point
    rated = stretches([i for i, v in enumerate(values) if v.get("abandon_rate") is not None])
    gaps = [range(before[-1] + 1, after[0]) for before, after in zip(rated, rated[1:])]
    assert any(all(not values[i].get("offered") for i in gap) for gap in gaps)  # a break at quarters without calls
    offered = view.panels["volume"].sets["offered"]
    quiet = {i for i, v in enumerate(values) if not v.get("offered")}
    drawn = {round(p.x()) for s in view.panels["volume"].lines["abandon_rate"] for p in s.points()}
    assert quiet and not drawn & quiet and all(offered.at(i) == 0 for i in quiet)  # empty: no point, not 0 %


def agents_report(rows: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """A report by agent as the back office gives it: its rows in its order (by name)."""
    return {
        "interval": "none",
        "group_by": "agent",
        "buckets": [None],
        "rows": [{"bucket": None, "key": name, "label": name, "values": values} for name, values in rows],
        "total": {},
        "settings": {},
    }


def test_the_agents_chart_has_a_bar_per_agent_with_a_figure_and_no_empty_slot(qtbot) -> None:
    panel = AgentsPanel()
    qtbot.addWidget(panel)
    nothing = {"offered": 0, "handled": 0, "aht": None, "conversion": None, "staffed_time": 3600}
    report = agents_report(
        [
            ("Ann", {"offered": 5, "handled": 4, "aht": 200.0, "conversion": 0.5}),
            ("Bo", nothing),  # logged in, no call: no bar
            ("Cai", {"offered": 2, "handled": 2, "aht": 90.0, "conversion": 0.0}),  # calls, no order: a figure of 0
            ("Dan", {"offered": 1, "handled": 0, "aht": None, "conversion": None}),  # rang, nobody answered
            ("Eve", {"offered": 3, "handled": 3, "aht": 310.0, "conversion": 1 / 3}),
        ]
    )
    panel.show_answer(read_answer(report, {}))
    bars = panel.sets["aht"]
    assert [row.label for row in panel.bar_rows] == ["Ann", "Cai", "Eve"]  # in the report's order, no gap
    assert [bars.at(i) for i in range(bars.count())] == [200.0, 90.0, 310.0]
    (names,) = [axis for axis in panel.chart.axes() if isinstance(axis, QBarCategoryAxis)]
    assert list(names.categories()) == ["Ann", "Cai", "Eve"]
    assert panel.model.rowCount() == 5  # the table below lists every agent
    for kpi, want in (("handled", ["Ann", "Cai", "Eve"]), ("conversion", ["Ann", "Cai", "Eve"])):
        panel.figure_combo.setCurrentIndex(panel.figure_combo.findData(kpi))
        assert [row.label for row in panel.bar_rows] == want, kpi
        assert panel.sets[kpi].count() == len(want), kpi
    with qtbot.waitSignal(panel.sig_drill) as drilled:
        panel.sets["conversion"].doubleClicked.emit(1)  # the second bar: Cai's
    assert drilled.args[0].label == "Cai" and drilled.args[1] == "conversion"
