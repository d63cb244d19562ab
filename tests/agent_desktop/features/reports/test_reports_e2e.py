"""The report window against the real back office over HTTP: the charts show the back office's figures
for the filters chosen; a bar double-clicked lists the calls behind it and a call opens its customer's
card; an agent gets only "My day"; the export saves a workbook openpyxl reads; bad filters and refusals
are shown translated with the filters kept; Cancel stops a query; the texts follow a language switch
and the chart the theme."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.reports import feature as reports_feature
from agent_desktop.features.reports import filter_bar as filter_bar_module
from agent_desktop.features.reports.api import REPORTS
from agent_desktop.features.reports.core.crm_calls import Person
from agent_desktop.features.reports.core.figures import chart_value
from agent_desktop.features.screenpop.api import SCREENPOP
from crm.client import ClientConfig, CrmClient
from crm.kpis import Interval, centre_zone
from tests.backoffice import report_reference as ref
from tests.backoffice.test_reports import PASSWORD
from tests.fixtures.backoffice import BackofficeProcess
from tests.fixtures.views import double_click_row

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[4]
DAY = ref.date_of(0)


class Card:
    """The card's api as the reports use it: which customers were opened."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    def open_customer(self, customer_id: str) -> str:
        self.opened.append(customer_id)
        return "pop"


def signed_in(server: BackofficeProcess, username: str) -> CrmClient:
    client = CrmClient(ClientConfig(server.url, timeout_s=20, retries=0))
    client.login(username, PASSWORD)
    return client


@pytest.fixture
def desk(make_shell, reports_server, centre):
    """``desk(user)``: the reports installed for ``user`` (a dict of the centre) with a recording card."""
    made: list[tuple[Any, CrmClient]] = []

    def make(user: dict[str, Any]):
        client = signed_in(reports_server, user["username"])
        shell = make_shell()
        shell.ctx.services.provide(CRM, CrmService(client, None, None, reports_server.url, user["username"]))  # type: ignore[arg-type]
        card = Card()
        shell.ctx.services.provide(SCREENPOP, card)  # type: ignore[arg-type]
        feature = reports_feature.install(shell.ctx, shell.window)
        made.append((feature, client))
        return shell, feature, card

    yield make
    for feature, client in made:
        feature.shutdown()
        client.close()


def back_office(server: BackofficeProcess, user: dict[str, Any], **params: Any) -> dict[str, Any]:
    r = server.session(user["username"]).get("/reports/kpis", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def run(qtbot, view) -> None:
    with qtbot.waitSignal(view.sig_loaded, timeout=20_000):
        view.run()


def points_of(segments) -> list[QPointF]:
    """The points of a line drawn as segments (:meth:`ChartPanel.line`), in order."""
    return [point for segment in segments for point in segment.points()]


def bar_values(bar_set) -> list[float]:
    return [bar_set.at(i) for i in range(bar_set.count())]


def test_the_charts_show_the_back_offices_figures_for_the_filters(qtbot, desk, reports_server, centre) -> None:
    sup = centre["sup"]
    shell, feature, _card = desk(sup)
    assert shell.ctx.services.get(REPORTS) is feature
    assert feature.action.isVisible() and not feature.my_day_action.isVisible()
    view = feature.open_reports()
    assert view is not None and feature.host is not None and feature.host.isVisible()
    bar = view.filter_bar  # a supervisor with a team gets that team's figures only: the filter says so
    qtbot.waitUntil(lambda: bar.agent_combo.count() == 3, timeout=10_000)  # the two agents of their team
    assert [bar.team_combo.itemText(i) for i in range(bar.team_combo.count())] == [centre["team"]]
    assert not bar.team_combo.isEnabled() and "own team" in bar.team_combo.toolTip()
    view.filter_bar.set_period(DAY, ref.date_of(1))
    view.filter_bar.set_interval(Interval.HOUR)
    run(qtbot, view)
    assert view.status_label.text().endswith(f"; team {centre['team']}")  # as the back office applied it

    period = {"from": ref.day(0), "to": ref.day(2), "team": centre["team"]}
    hourly = back_office(reports_server, sup, interval="hour", **period)
    rows = {row["bucket"]: row["values"] for row in hourly["rows"]}
    volume = view.panels["volume"]
    assert volume.sets["offered"].count() == len(hourly["buckets"]) == 48
    for kpi in ("offered", "answered", "abandoned"):
        want = [rows.get(b, {}).get(kpi, 0) for b in hourly["buckets"]]
        assert bar_values(volume.sets[kpi]) == pytest.approx(want), kpi
    rate = [
        (i, chart_value("abandon_rate", rows[b]["abandon_rate"]))
        for i, b in enumerate(hourly["buckets"])
        if b in rows and rows[b]["abandon_rate"] is not None
    ]
    points = points_of(volume.lines["abandon_rate"])
    assert [p.x() for p in points] == [x for x, _ in rate]
    assert [p.y() for p in points] == pytest.approx([y for _, y in rate])
    service = view.panels["service"]
    levels = [
        chart_value("service_level", rows[b]["service_level"])
        for b in hourly["buckets"]
        if b in rows and rows[b]["service_level"] is not None
    ]
    assert [p.y() for p in points_of(service.lines["service_level"])] == pytest.approx(levels)
    assert {p.y() for p in points_of(service.lines["target"])} == {80.0}
    service.target_spin.setValue(90)
    assert {p.y() for p in points_of(service.lines["target"])} == {90.0}
    assert "20 s" in service.chart.title() and "90%" in service.chart.title()
    nine = volume.model.index(9, 0)  # the table beside the chart: 09:00 on the first day
    assert volume.model.data(nine) == f"{ref.date_of(0):%m-%d} 09:00"
    assert volume.model.data(volume.model.index(9, 1)) == str(rows[ref.local(0, "09:00:00")]["offered"])

    agents = back_office(reports_server, sup, interval="none", group_by="agent", **period)
    panel = view.panels["agents"]
    for i, kpi in enumerate(("aht", "handled", "conversion")):
        panel.figure_combo.setCurrentIndex(i)
        shown = [r for r in agents["rows"] if r["values"][kpi] or (r["values"][kpi] == 0 and r["values"]["handled"])]
        assert [r.key for r in panel.bar_rows] == [r["key"] for r in shown], kpi  # agents with a figure, in order
        want = [chart_value(kpi, r["values"][kpi]) for r in shown]
        assert bar_values(panel.sets[kpi]) == pytest.approx(want), kpi
    media = back_office(reports_server, sup, interval="none", group_by="media_source", **period)
    ranking = view.panels["media"]
    offered = sorted((r["values"]["offered"] for r in media["rows"]), reverse=True)
    assert bar_values(ranking.sets["offered"]) == pytest.approx(list(reversed(offered)))  # largest on top
    assert ranking.model.data(ranking.model.index(0, 1)) == str(offered[0])


def test_a_bar_double_clicked_lists_the_calls_behind_it_and_a_call_opens_the_card(
    qtbot, desk, reports_server, centre
) -> None:
    sup = centre["sup"]
    _shell, feature, card = desk(sup)
    view = feature.open_reports()
    view.filter_bar.set_period(DAY, DAY)
    run(qtbot, view)
    volume = view.panels["volume"]
    qtbot.waitExposed(volume.chart_view)
    view.tabs.setCurrentWidget(volume)
    answered_at_nine = volume.sets["answered"].at(9)
    assert answered_at_nine >= 3
    bars = volume.chart.series()[0]
    point = volume.chart.mapToPosition(QPointF(9, answered_at_nine / 2), bars)  # answered: the middle bar at 09:00
    at = volume.chart_view.mapFromScene(volume.chart.mapToScene(point))
    QTest.mouseDClick(volume.chart_view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: bool(view.drills), timeout=3000)
    dialog = view.drills[-1]
    qtbot.waitUntil(lambda: dialog.total is not None, timeout=10_000)
    r = reports_server.session(sup["username"]).get(
        "/reports/calls",
        params={**dialog.drill.query(), "limit": 1000},
    )
    want = r.json()
    assert dialog.drill.bucket == ref.local(0, "09:00:00")
    assert dialog.total == want["total"] and [c["id"] for c in dialog.model.calls] == [c["id"] for c in want["items"]]
    assert dialog.drill.calls.value == "answered" and dialog.total == answered_at_nine
    assert f"{dialog.total} of {dialog.total} calls" == dialog.count_label.text()

    with_customer = next(i for i, c in enumerate(dialog.model.calls) if c["customer_id"])
    qtbot.waitExposed(dialog)
    double_click_row(qtbot, dialog.table, with_customer)
    assert card.opened == [dialog.model.calls[with_customer]["customer_id"]]

    double_click_row(qtbot, volume.table, 9, 3)  # the table's cell: abandoned at 09:00
    qtbot.waitUntil(lambda: view.drills[-1] is not dialog, timeout=3000)
    abandoned = view.drills[-1]
    assert abandoned.drill.calls.value == "abandoned" and abandoned.drill.bucket == ref.local(0, "09:00:00")
    qtbot.waitUntil(lambda: abandoned.total is not None, timeout=10_000)
    assert abandoned.total == volume.sets["abandoned"].at(9) == len(abandoned.model.calls)


def test_an_agent_gets_only_my_day_with_their_own_figures(qtbot, desk, reports_server, centre) -> None:
    a = centre["a"]
    _shell, feature, _card = desk(a)
    assert feature.my_day_action.isVisible() and not feature.action.isVisible()
    view = feature.open_reports()
    assert feature.host.windowTitle() == "My day"
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "Volume and abandons",
        "Service level",
        "My figures",
    ]
    bar = view.filter_bar
    assert not bar.team_combo.isVisible() and not bar.agent_combo.isVisible() and not bar.to_edit.isVisible()
    bar.set_period(DAY, DAY)
    run(qtbot, view)
    mine = back_office(reports_server, a, interval="hour", **{"from": ref.day(0), "to": ref.day(1)})
    assert mine["agent"] == a["id"]
    admin_view = (
        reports_server.session("admin")
        .get("/reports/kpis", params={"from": ref.day(0), "to": ref.day(1), "interval": "hour", "agent": a["id"]})
        .json()
    )
    assert mine["total"] == admin_view["total"]  # only theirs
    panel = view.panels["mine"]
    model = panel.model
    figures = {panel.report_screen.columns[r]: model.data(model.index(r, 1)) for r in range(model.rowCount())}
    assert figures["offered"] == str(mine["total"]["offered"])
    assert figures["answered"] == str(mine["total"]["answered"])
    rows = {row["bucket"]: row["values"] for row in mine["rows"]}
    want = [rows.get(b, {}).get("offered", 0) for b in mine["buckets"]]
    assert bar_values(view.panels["volume"].sets["offered"]) == pytest.approx(want)


def test_the_export_saves_a_workbook_and_the_calls(qtbot, desk, reports_server, centre, tmp_path) -> None:
    _shell, feature, _card = desk(centre["sup"])
    view = feature.open_reports()
    view.filter_bar.set_period(DAY, DAY)
    path = tmp_path / "report.xlsx"
    with qtbot.waitSignal(view.sig_exported, timeout=30_000):
        view.export_to(path)
    book = load_workbook(path, read_only=True)
    assert "Calls" in book.sheetnames and "Definitions" in book.sheetnames
    total = (
        reports_server.session(centre["sup"]["username"])
        .get("/reports/calls", params={"from": ref.day(0), "to": ref.day(1), "limit": 1})
        .json()["total"]
    )
    assert total > 10 and sum(1 for _ in book["Calls"].iter_rows()) == 1 + total  # a header, a row per call
    assert "Saved to" in view.status_label.text()
    csv_path = tmp_path / "calls.csv"
    with qtbot.waitSignal(view.sig_exported, timeout=30_000):
        view.export_to(csv_path)
    assert csv_path.read_text(encoding="utf-8-sig").splitlines()[0].startswith("Call id,")
    assert not list(tmp_path.glob("*.part"))


def test_bad_filters_and_refusals_are_shown_translated_and_the_filters_stay(qtbot, desk, centre, chinese) -> None:
    _shell, feature, _card = desk(centre["sup"])
    view = feature.open_reports()
    bar = view.filter_bar
    qtbot.waitUntil(lambda: view.tabs.tabText(0) == "话务量与放弃", timeout=3000)
    bar.set_period(ref.date_of(2), DAY)
    view.run()
    assert view.error_label.isVisible() and "最后一天" in view.error_label.text()
    assert bar.filters().first_day == ref.date_of(2)
    qtbot.waitUntil(lambda: bar.agent_combo.count() == 3, timeout=10_000)  # the two agents of their team
    c = centre["c"]  # an agent of another team: the back office refuses
    bar.set_people([*bar.people, Person(c["id"], c["display_name"], centre["team"])])
    bar.set_period(DAY, DAY)
    bar.set_agent(c["id"])
    with qtbot.waitSignal(view.loader.sig_failed, timeout=10_000):
        view.run()
    assert "无权" in view.error_label.text() or "角色" in view.error_label.text(), view.error_label.text()
    assert bar.filters().agent == c["id"] and not view.cancel_button.isVisible()


def test_cancel_stops_the_query_and_keeps_the_figures(qtbot, desk, centre) -> None:
    _shell, feature, _card = desk(centre["sup"])
    view = feature.open_reports()
    view.filter_bar.set_period(DAY, DAY)
    run(qtbot, view)
    before = bar_values(view.panels["volume"].sets["offered"])
    view.filter_bar.set_period(DAY, ref.date_of(2))
    view.filter_bar.set_interval(Interval.MIN15)
    view.run()
    assert view.cancel_button.isVisible() and view.progress_bar.isVisible() and not view.show_button.isEnabled()
    view.cancel_button.click()
    assert not view.cancel_button.isVisible() and view.status_label.text() == "Cancelled."
    QTest.qWait(300)
    assert bar_values(view.panels["volume"].sets["offered"]) == before


def test_texts_follow_a_language_switch_and_the_chart_the_theme(qtbot, desk, centre) -> None:
    from agent_desktop.shell.theme import palette

    shell, feature, _card = desk(centre["sup"])
    view = feature.open_reports()
    view.filter_bar.set_period(DAY, DAY)
    run(qtbot, view)
    volume = view.panels["volume"]
    assert volume.sets["offered"].label() == "Offered" and feature.host.windowTitle() == "Reports"
    translations = shell.ctx.translations
    try:
        translations.set_language("zh_CN")
        qtbot.waitUntil(lambda: view.show_button.text().startswith("显示"), timeout=3000)
        assert feature.host.windowTitle() == "报表"
        assert volume.sets["offered"].label() != "Offered" and "按时段" in volume.chart.title()
        assert volume.model.headerData(1, Qt.Orientation.Horizontal) == volume.sets["offered"].label()
        assert view.filter_bar.team_combo.itemText(0) == centre["team"] and "班组" in view.status_label.text()
    finally:
        translations.set_language("en")
    qtbot.waitUntil(lambda: volume.sets["offered"].label() == "Offered", timeout=3000)
    app = QApplication.instance()
    light = volume.chart.backgroundBrush().color()
    try:
        app.setPalette(palette(True))
        qtbot.waitUntil(lambda: volume.chart.backgroundBrush().color() != light, timeout=3000)
        assert volume.chart.backgroundBrush().color().lightness() < 80
    finally:
        app.setPalette(palette(False))


def test_qtcharts_is_loaded_only_when_the_window_opens() -> None:
    code = (
        "import sys; import agent_desktop.features.reports.feature as f; "
        "assert 'PySide6.QtCharts' not in sys.modules, 'QtCharts at install'; "
        "import agent_desktop.features.reports.view; assert 'PySide6.QtCharts' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)


def test_the_first_report_is_of_the_centres_today_whatever_this_computers_clock_says(
    qtbot, desk, reports_server, centre, monkeypatch
) -> None:
    zone = reports_server.session(centre["sup"]["username"]).get("/reports/settings").json()["time_zone"]
    centre_today = datetime.now(centre_zone(zone)).date()

    class ElsewhereDate(date):
        """This computer's calendar: two days behind the centre's (another zone, or a wrong clock)."""

        @classmethod
        def today(cls) -> date:
            return centre_today - timedelta(days=2)

    monkeypatch.setattr(filter_bar_module, "date", ElsewhereDate)
    _shell, feature, _card = desk(centre["sup"])
    view = feature.open_reports()
    assert view is not None
    qtbot.waitUntil(lambda: bool(view.answers), timeout=20_000)
    assert {answer.params["from"] for answer in view.answers.values()} == {centre_today.isoformat()}
    assert view.filter_bar.filters().first_day == centre_today
    assert centre_today.isoformat() in view.status_label.text()  # "… on the centre's clock (zone)"
