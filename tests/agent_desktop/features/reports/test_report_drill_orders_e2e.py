"""The report window against the real back office over HTTP: an order figure double-clicked lists the
orders behind it (number, customer, agent, value, status), as the back office's ``/reports/orders``
gives them, and an order opens its customer's card; orders per call lists the orders taken on the
row's calls; the calls behind a figure name the other party's number (the number dialled for an
outgoing call) and the customer."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.agent_desktop.features.reports.test_reports_e2e import DAY, desk, run  # noqa: F401  (fixtures)
from tests.backoffice import report_reference as ref
from tests.backoffice.conftest import key, new_customer
from tests.fixtures.backoffice import BackofficeProcess
from tests.fixtures.views import double_click_row

pytestmark = pytest.mark.e2e


def back_office(server: BackofficeProcess, user: dict[str, Any], path: str, params: dict[str, str]) -> dict[str, Any]:
    r = server.session(user["username"]).get(path, params={**params, "limit": 1000})
    assert r.status_code == 200, r.text
    return r.json()


def test_an_order_figure_lists_its_orders_and_an_order_opens_the_card(qtbot, desk, reports_server, centre) -> None:
    sup = centre["sup"]
    _shell, feature, card = desk(sup)
    view = feature.open_reports()
    view.filter_bar.set_period(DAY, ref.date_of(2))
    run(qtbot, view)
    agents = view.panels["agents"]
    view.tabs.setCurrentWidget(agents)
    qtbot.waitExposed(agents.table)
    rows = agents.model.rows
    place = next(i for i, row in enumerate(rows) if (row.value("orders") or 0) >= 2)
    column = 1 + agents.model.columns.index("orders")
    double_click_row(qtbot, agents.table, place, column)
    qtbot.waitUntil(lambda: bool(view.drills), timeout=3000)
    dialog = view.drills[-1]
    qtbot.waitUntil(lambda: dialog.total is not None, timeout=10_000)
    want = back_office(reports_server, sup, "/reports/orders", dialog.drill.query())
    assert dialog.drill.key == rows[place].key and dialog.drill.orders.value == "all"
    assert dialog.total == want["total"] == rows[place].value("orders")  # the figure's orders, no other
    assert [o["id"] for o in dialog.model.calls] == [o["id"] for o in want["items"]]
    headers = [dialog.model.headerData(i, Qt.Orientation.Horizontal) for i in range(dialog.model.columnCount())]
    assert headers == ["Order number", "Taken at", "Customer", "Agent", "Amount", "Status"]
    first = want["items"][0]
    shown = [dialog.model.index(0, i).data() for i in range(len(headers))]
    assert shown[0] == first["number"] and shown[2] == first["customer"] != "" and shown[3] == rows[place].label
    assert shown[4] == f"¥{first['total_cents'] / 100:,.2f}" and shown[1] == first["created_at"][:19].replace("T", " ")
    assert f"{dialog.total} of {dialog.total} orders" == dialog.count_label.text()
    assert dialog.windowTitle() == "Orders behind a figure" and "Orders behind Orders" in dialog.heading_label.text()
    qtbot.waitExposed(dialog)
    double_click_row(qtbot, dialog.table, 0)
    assert card.opened == [first["customer_id"]]

    conversion = next(i for i, row in enumerate(rows) if row.value("conversion"))
    double_click_row(qtbot, agents.table, conversion, 1 + agents.model.columns.index("conversion"))
    qtbot.waitUntil(lambda: view.drills[-1] is not dialog, timeout=3000)
    on_calls = view.drills[-1]
    qtbot.waitUntil(lambda: on_calls.total is not None, timeout=10_000)
    row = rows[conversion]
    assert on_calls.drill.orders.value == "on_calls" and on_calls.total == round(
        row.value("conversion") * row.value("handled")
    )
    assert all(order["call_log_id"] for order in on_calls.model.calls)  # each taken on a call


def test_the_calls_name_the_number_called_and_the_customer(qtbot, desk, reports_server, centre) -> None:
    admin, a = reports_server.session("admin"), centre["a"]
    customer = new_customer(admin, name="外呼客户")
    body = {
        "direction": "outbound",
        "caller": a["username"],  # an outgoing call's caller is the agent's SIP user
        "callee": "13800138000",
        "ring_at": ref.local(7, "10:00:00"),
        "answer_at": ref.local(7, "10:00:09"),
        "end_at": ref.local(7, "10:02:00"),
        "talk_seconds": 111,
        "agent_id": a["id"],
        "customer_id": customer["id"],
        "disposition": "enquiry",
    }
    r = admin.post("/call_logs", json=body, headers=key())
    assert r.status_code == 201, r.text
    _shell, feature, _card = desk(centre["sup"])
    view = feature.open_reports()
    view.filter_bar.set_period(ref.date_of(7), ref.date_of(7))  # a day of its own: the others' figures stay
    run(qtbot, view)
    row = next(r for r in view.panels["agents"].model.rows if r.key == a["id"])
    dialog = view.drill("agents", row, "handled")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.total is not None, timeout=10_000)
    model = dialog.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    shown = dict(zip(headers, (model.index(0, i).data() for i in range(len(headers)))))
    assert dialog.total == 1 and shown["Direction"] == "Outgoing"
    assert shown["Number"] == "13800138000"  # the number called, not the agent
    assert shown["Customer"] == "外呼客户" and shown["Disposition"] == "Enquiry"
