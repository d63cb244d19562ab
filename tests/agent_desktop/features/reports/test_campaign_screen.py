"""The report window's Campaigns screen against the real back office over HTTP: a supervisor sees each
campaign of their team's attempts with the bars and the table of ``/reports/campaigns``; a figure
double-clicked lists the campaign calls behind it; the texts in Chinese; which attempts are behind each
campaign figure and how they read."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from agent_desktop.features.reports.core.call_list import attempt_cell
from agent_desktop.features.reports.core.figures import calls_behind
from agent_desktop.features.reports.core.query import CAMPAIGNS
from agent_desktop.features.reports.core.rows import read_campaigns
from crm.schemas.report_orders import OrderClass
from crm.schemas.reports import AttemptClass
from tests.agent_desktop.features.reports.test_reports_e2e import bar_values, desk, run  # noqa: F401  (desk: a fixture)
from tests.backoffice import report_reference as ref
from tests.backoffice.test_reports_campaigns import outbound  # noqa: F401  (a fixture over ``bo``)
from tests.fixtures.backoffice import BackofficeProcess
from tests.fixtures.views import double_click_row

pytestmark = pytest.mark.e2e

PERIOD = {"from": ref.day(0), "to": ref.day(3)}


def campaign_report(server: BackofficeProcess, user: dict[str, Any]) -> dict[str, Any]:
    r = server.session(user["username"]).get("/reports/campaigns", params={**PERIOD, "interval": "none"})
    assert r.status_code == 200, r.text
    return r.json()


def test_the_campaigns_screen_shows_the_back_offices_figures_and_the_calls_behind_them(
    qtbot, desk, reports_server, outbound
) -> None:
    sup = outbound["sup"]
    _shell, feature, _card = desk(sup)
    view = feature.open_reports()
    view.filter_bar.set_period(ref.date_of(0), ref.date_of(2))
    run(qtbot, view)
    want = campaign_report(reports_server, sup)  # their team's attempts, each campaign over the period
    assert want["team"] == outbound["team"] and len(want["campaigns"]) == 2
    panel = view.panels["campaigns"]
    assert view.tabs.tabText(view.tabs.indexOf(panel)) == "Campaigns"
    for kpi in ("attempts", "contacts", "sales"):
        assert bar_values(panel.sets[kpi]) == pytest.approx([c["values"][kpi] for c in want["campaigns"]]), kpi
    model = panel.model
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [
        c["campaign"] for c in want["campaigns"]
    ]
    rate = CAMPAIGNS.columns.index("contact_rate") + 1
    first = want["campaigns"][0]["values"]
    assert model.data(model.index(0, rate)) == f"{first['contact_rate'] * 100:.1f}%"
    assert model.data(model.index(0, 1)) == f"{first['attempts']:,}"
    assert not panel.empty_label.isVisible()

    contacts = CAMPAIGNS.columns.index("contacts") + 1
    qtbot.waitExposed(panel.table)
    view.tabs.setCurrentWidget(panel)
    double_click_row(qtbot, panel.table, 0, contacts)
    qtbot.waitUntil(lambda: bool(view.drills), timeout=3000)
    dialog = view.drills[-1]
    qtbot.waitUntil(lambda: dialog.total is not None, timeout=10_000)
    assert dialog.total == first["contacts"] == len(dialog.model.calls)
    behind = (
        reports_server.session(sup["username"])
        .get("/reports/campaigns/attempts", params={**dialog.drill.query(), "limit": 1000})
        .json()
    )
    assert [a["id"] for a in dialog.model.calls] == [a["id"] for a in behind["items"]]
    assert {a["campaign"] for a in dialog.model.calls} == {want["campaigns"][0]["campaign"]}
    assert want["campaigns"][0]["campaign"] in dialog.heading_label.text()
    assert dialog.model.data(dialog.model.index(0, 4)) == "Answered"  # the result, as the card writes it


def test_the_campaigns_screen_reads_in_chinese(qtbot, desk, outbound, chinese) -> None:
    _shell, feature, _card = desk(outbound["sup"])
    view = feature.open_reports()
    view.filter_bar.set_period(ref.date_of(0), ref.date_of(2))
    run(qtbot, view)
    panel = view.panels["campaigns"]
    assert view.tabs.tabText(view.tabs.indexOf(panel)) == "外呼活动"
    headers = [panel.model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)]
    assert headers == ["外呼活动", "外呼次数", "有效接通数"]
    assert panel.chart.title() == "各外呼活动的外呼、有效接通与成交"


def test_a_campaign_figure_drills_to_its_attempts_and_they_read_as_the_card_writes_codes() -> None:
    assert (
        calls_behind("contact_rate") is AttemptClass.CONTACTS and calls_behind("sales_conversion") is AttemptClass.SALES
    )
    assert (
        calls_behind("records_finished") is AttemptClass.FINISHED and calls_behind("conversion") is OrderClass.ON_CALLS
    )
    attempt = {"at": "2026-03-02T09:15:00.123+08:00", "result": "busy", "disposition": None, "sip_code": 486}
    assert attempt_cell(attempt, "at") == "2026-03-02 09:15:00"
    assert str(attempt_cell(attempt, "result")) == "busy" and attempt_cell(attempt, "disposition") == ""
    assert str(attempt_cell({"result": "answered"}, "result")) == "Answered"
    assert str(attempt_cell({"disposition": "sale"}, "disposition")) == "sale"
    answer = read_campaigns(
        {"campaigns": [{"campaign_id": "c1", "campaign": "新品", "values": {"attempts": 3}}], "total": {"attempts": 3}},
        {"from": "2026-03-02"},
    )
    assert [(r.key, r.label, r.value("attempts"), r.value("contact_rate")) for r in answer.rows] == [
        ("c1", "新品", 3, None)
    ]
