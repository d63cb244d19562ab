"""The report screens' Qt-free logic: the filters' query and checks, every interval of the period in a
by-interval screen, the ranking, how figures read (in the language's number format), the ticks of a
chart's value axis, and the calls behind each figure and how they read."""

from __future__ import annotations

from datetime import date

import pytest

from agent_desktop.features.reports.core.axis import kpi_ticks
from agent_desktop.features.reports.core.call_list import cell
from agent_desktop.features.reports.core.figures import bucket_label, calls_behind, chart_value, format_value
from agent_desktop.features.reports.core.query import AGENT_SCREENS, SUPERVISOR_SCREENS, Filters, views
from agent_desktop.features.reports.core.rows import ranked, read_answer
from crm.kpis import GroupBy, Interval
from crm.schemas.report_orders import OrderClass
from crm.schemas.reports import CallClass


def test_the_period_includes_its_last_day_and_bad_filters_are_named_before_asking() -> None:
    filters = Filters(date(2025, 3, 10), date(2025, 3, 12), Interval.HOUR, "north", "u1")
    assert filters.params(Interval.HOUR, GroupBy.AGENT) == {
        "from": "2025-03-10",
        "to": "2025-03-13",
        "interval": "hour",
        "group_by": "agent",
        "team": "north",
        "agent": "u1",
    }
    assert filters.problem() is None
    assert "before" in str(Filters(date(2025, 3, 12), date(2025, 3, 10)).problem())
    assert "732" in str(Filters(date(2023, 1, 1), date(2025, 3, 1), Interval.MONTH).problem())
    assert "intervals" in str(Filters(date(2025, 1, 1), date(2025, 5, 1), Interval.MIN15).problem())  # 11,616
    assert Filters(date(2025, 1, 1), date(2025, 4, 14), Interval.MIN15).problem() is None  # 104 days: 9,984


def test_each_report_is_asked_once_for_the_screens_that_share_it() -> None:
    filters = Filters(date(2025, 3, 10), date(2025, 3, 10), Interval.DAY)
    assert views(SUPERVISOR_SCREENS, filters) == [
        (Interval.DAY, GroupBy.NONE),
        (Interval.NONE, GroupBy.AGENT),
        (Interval.NONE, GroupBy.MEDIA_SOURCE),
    ]
    assert views(AGENT_SCREENS, filters) == [(Interval.DAY, GroupBy.NONE)]  # "My day" reads the total


def test_a_screen_by_interval_has_every_interval_and_a_ranking_puts_the_largest_first() -> None:
    buckets = [f"2025-03-10T0{h}:00:00+08:00" for h in range(3)]
    report = {
        "interval": "hour",
        "group_by": "none",
        "buckets": buckets,
        "rows": [{"bucket": buckets[1], "key": "", "label": "", "values": {"offered": 4, "abandon_rate": 0.25}}],
        "total": {"offered": 4},
        "settings": {"sl_target_s": 15},
    }
    answer = read_answer(report, {"from": "2025-03-10"})
    assert [row.bucket for row in answer.rows] == buckets and answer.one_day and answer.sl_target_s == 15
    assert [row.value("offered") for row in answer.rows] == [0, 4, 0]  # nothing rang: 0 calls
    assert [row.value("abandon_rate") for row in answer.rows] == [None, 0.25, None]  # nothing to divide by
    grouped = read_answer(
        {
            "interval": "none",
            "group_by": "media_source",
            "buckets": [None],
            "rows": [
                {"bucket": None, "key": k, "label": k, "values": {"orders": v}}
                for k, v in (("a", 2), ("b", 5), ("c", 5), ("d", 0))
            ],
            "total": {},
        },
        {},
    )
    assert [row.key for row in ranked(grouped.rows, "orders")] == ["b", "c", "a", "d"]


@pytest.mark.parametrize(
    ("kpi", "value", "text", "on_chart"),
    [
        ("offered", 12, "12", 12.0),
        ("abandon_rate", 0.3333, "33.3%", 33.33),
        ("aht", 3723.4, "1:02:03", 3723.4),
        ("asa", 65.4, "1:05", 65.4),
        ("order_value", 123456, "¥1,234.56", 1234.56),
        ("calls_per_hour", 7.256, "7.26", 7.256),
        ("service_level", None, "–", None),
    ],
)
def test_figures_read_in_their_units(kpi: str, value: object, text: str, on_chart: float | None) -> None:
    assert format_value(kpi, value) == text
    assert chart_value(kpi, value) == (pytest.approx(on_chart) if on_chart is not None else None)


def test_interval_labels_stay_on_the_centres_clock_and_figures_know_their_calls() -> None:
    assert bucket_label("2025-03-10T23:00:00+08:00", Interval.HOUR, one_day=True) == "23:00"
    assert bucket_label("2025-03-10T23:15:00+08:00", Interval.MIN15) == "03-10 23:15"
    assert bucket_label("2025-03-01T00:00:00+08:00", Interval.MONTH) == "2025-03"
    assert calls_behind("service_level") is CallClass.ANSWERED_IN_TARGET
    assert calls_behind("abandon_rate") is CallClass.ABANDONED
    assert calls_behind("occupancy") is None  # presence time: nothing to list
    assert calls_behind("order_value") is OrderClass.ALL and calls_behind("orders") is OrderClass.ALL
    assert calls_behind("conversion") is OrderClass.ON_CALLS  # the orders taken on the row's calls


@pytest.mark.parametrize(
    ("kpi", "top", "ticks"),
    [
        ("offered", 2.0, ["0", "1", "2"]),  # small counts: whole ticks, each once
        ("offered", 0.0, ["0", "1"]),  # nothing: 0 and 1, not 0, 0, 0
        ("offered", 7.0, ["0", "2", "4", "6", "8"]),
        ("offered", 568.0, ["0", "200", "400", "600"]),
        ("offered", 12_345.0, ["0", "5,000", "10,000", "15,000"]),
        ("abandon_rate", 12.5, ["0%", "20%", "40%", "60%", "80%", "100%"]),  # a share: 0–100 % whatever its top
        ("aht", 263.0, ["0:00", "1:00", "2:00", "3:00", "4:00", "5:00"]),  # a time as the tables write it
        ("asa", 18.4, ["0:00", "0:05", "0:10", "0:15", "0:20"]),
        ("avg_talk", 7_300.0, ["0:00:00", "0:30:00", "1:00:00", "1:30:00", "2:00:00", "2:30:00"]),
        ("order_value", 3_400.0, ["0", "1,000", "2,000", "3,000", "4,000"]),
        ("calls_per_hour", 0.7, ["0.0", "0.2", "0.4", "0.6", "0.8"]),
    ],
)
def test_a_value_axis_has_the_ticks_its_range_calls_for(kpi: str, top: float, ticks: list[str]) -> None:
    axis = kpi_ticks(kpi, top)
    assert list(axis.labels) == ticks
    assert axis.ticks[0] == 0 and axis.top == axis.ticks[-1] >= top


def test_a_figure_is_written_with_the_number_format_of_the_language_in_use() -> None:
    def german(value: float, decimals: int) -> str:  # 1.234,56
        return f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",").replace(" ", ".")

    assert format_value("order_value", 123456789, german) == "¥1.234.567,89"
    assert format_value("offered", 12345, german) == "12.345"
    assert format_value("abandon_rate", 0.1234, german) == "12,3%"
    assert format_value("aht", 59.6) == "1:00" and format_value("aht", 3600) == "1:00:00"


def test_the_calls_behind_a_figure_read_their_codes_and_times_as_elsewhere() -> None:
    call = {"disposition": "not_interested", "wait_s": 12.4, "handling_s": 3723, "direction": "inbound"}
    assert str(cell(call, "disposition")) == "not interested"  # the card's label, translated by the screen
    assert cell(call, "wait_s") == "0:12" and cell(call, "handling_s") == "1:02:03"  # one format for times
    assert str(cell(call, "direction")) == "Incoming"
    assert cell({"disposition": "已下单"}, "disposition") == "已下单"  # the centre's own words stay
    assert str(cell({"disposition": "enquiry"}, "disposition")) == "Enquiry"  # as the wrap-up form offers it
    dialled = {"direction": "outbound", "caller": "agent", "callee": "13800138000"}
    assert cell(dialled, "number") == "13800138000"  # the other party: the number dialled, not the agent
    assert cell({"direction": "inbound", "caller": "13900139000", "callee": "4008108888"}, "number") == "13900139000"
