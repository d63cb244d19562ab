"""Logistics view against the real back office: rules, automatic + manual couriers, sorting with
dates, shipment with tracking numbers; the sorting list exported and read back row by row."""

from __future__ import annotations

import csv
import time

import openpyxl
import pytest

from agent_desktop.features.logistics.core.crm_calls import LogisticsCalls
from agent_desktop.features.logistics.core.export import COLUMNS
from agent_desktop.features.logistics.view import TRACKING, LogisticsView
from agent_desktop.shell.tasks import BackgroundTasks
from crm.client import ClientConfig, CrmClient
from tests.fixtures.backoffice import DEMO_CREDENTIALS
from tests.forms.order_support import ZHANG

pytestmark = pytest.mark.e2e
PLACES = (("express", "广东省", "深圳市"), ("post", "浙江省", "杭州市"), ("express", "北京市", "北京市"))


@pytest.fixture
def server(backoffice_factory):
    return backoffice_factory(seed_customers=0)


@pytest.fixture
def view(qtbot, server):
    client = CrmClient(
        ClientConfig(server.url, retries=0), credentials=lambda: ("logistics", DEMO_CREDENTIALS["logistics"])
    )
    client.login("logistics", DEMO_CREDENTIALS["logistics"])
    tasks = BackgroundTasks()
    widget = LogisticsView(LogisticsCalls(client), tasks)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    tasks.shutdown()
    client.close()


def make_orders(server) -> list[str]:
    agent = server.session("agent")
    numbers = []
    for i, (method, province, city) in enumerate(PLACES):
        r = agent.post(
            "/orders",
            json={
                "customer_id": ZHANG,
                "lines": [{"sku": "HK-2003", "quantity": i + 1}],
                "delivery_method": method,
                "delivery_address": {"province": province, "city": city, "district": "某区", "street": f"测试路{i}号"},
                "recipient_name": f"收件人{i}",
                "recipient_phone": "13800138000",
            },
        )
        assert r.status_code == 201, r.text
        numbers.append(r.json()["number"])
    return numbers


def row_of(view: LogisticsView, number: str) -> int:
    return next(i for i, o in enumerate(view.orders) if o["number"] == number)


def loaded(qtbot, view: LogisticsView, status: str) -> None:
    with qtbot.waitSignal(view.sig_loaded, timeout=10000):
        if view.status() == status:
            view.refresh()
        else:
            view.status_combo.setCurrentIndex(view.status_combo.findData(status))
    assert view.orders and all(o["status"] == status for o in view.orders)


def act(qtbot, view: LogisticsView, button, outcome: str) -> None:
    """Click an action button; the view reloads its queue and still says what the action did."""
    with qtbot.waitSignal(view.sig_loaded, timeout=10000):
        button.click()
    assert outcome in view.message_label.text()


def test_sort_by_rules_and_by_hand_then_ship(qtbot, server, view, tmp_path) -> None:
    numbers = make_orders(server)
    rules = [
        {"delivery_method": "express", "region": "广东", "courier": "顺丰速运"},
        {"delivery_method": "post", "courier": "EMS"},
    ]
    assert server.session("logistics").put("/logistics/rules", json={"rules": rules}).status_code == 200
    loaded(qtbot, view, "ordered")
    assert view.apply_rules() >= 2
    assert view.courier_at(row_of(view, numbers[0])) == "顺丰速运"
    assert view.courier_at(row_of(view, numbers[1])) == "EMS"
    assert view.courier_at(row_of(view, numbers[2])) == ""  # Beijing express: no rule, chosen by hand
    view.table.selectRow(row_of(view, numbers[2]))
    view.courier_combo.setCurrentText("京东物流")
    view.assign_button.click()
    assert view.courier_at(row_of(view, numbers[2])) == "京东物流"
    act(qtbot, view, view.sort_button, "sorted")

    loaded(qtbot, view, "sorted")
    mine = {o["number"]: o for o in view.orders}
    assert {n: mine[n]["courier"] for n in numbers} == {
        numbers[0]: "顺丰速运",
        numbers[1]: "EMS",
        numbers[2]: "京东物流",
    }
    sort_date, handover = view._dates()
    assert all(
        mine[n]["sort_date"] == sort_date.isoformat() and mine[n]["handover_date"] == handover.isoformat()
        for n in numbers
    )

    for fmt in ("xlsx", "csv", "tsv"):
        path = tmp_path / f"sorting.{fmt}"
        view.export_to(path)
        qtbot.waitUntil(
            lambda: "exported" in view.message_label.text() and not view.progress_bar.isVisible(), timeout=10000
        )
        assert view.progress_bar.value() == view.progress_bar.maximum() == len(view.orders)
        view.message_label.clear()
        if fmt == "xlsx":
            rows = [
                [("" if v is None else str(v)) for v in r]
                for r in openpyxl.load_workbook(path).active.iter_rows(values_only=True)
            ]
        else:
            with open(path, encoding="utf-8-sig", newline="") as fh:
                rows = list(csv.reader(fh, delimiter="\t" if fmt == "tsv" else ","))
        assert rows[0] == [str(text) for _key, text in COLUMNS]
        assert len(rows) == len(view.orders) + 1
        keys = [k for k, _ in COLUMNS]
        for order, row in zip(view.orders, rows[1:]):
            got = dict(zip(keys, row))
            assert got["number"] == order["number"] and got["courier"] == order["courier"]
            assert got["province"] == order["delivery_address"]["province"]
            assert got["handover_date"] == order["handover_date"] and got["status"] == "Sorted"
            assert float(got["total"]) == order["total_cents"] / 100
            assert got["items"].startswith(order["lines"][0]["sku"])

    for i, number in enumerate(numbers):
        view.table.item(row_of(view, number), TRACKING).setText(f"SF00000000{i}")
    act(qtbot, view, view.ship_button, "shipped")
    shipped = server.session("agent").get("/orders", params={"status": "shipped", "customer_id": ZHANG}).json()["items"]
    tracking = {o["number"]: (o["courier"], o["tracking_number"]) for o in shipped}
    assert tracking[numbers[0]] == ("顺丰速运", "SF000000000") and tracking[numbers[2]] == ("京东物流", "SF000000002")
    assert not set(numbers) & {o["number"] for o in view.orders}  # they left the "sorted" queue

    loaded(qtbot, view, "shipped")
    view.table.selectRow(row_of(view, numbers[0]))
    act(qtbot, view, view.delivered_button, "updated")
    assert numbers[0] not in {o["number"] for o in view.orders}
    view.table.clearSelection()
    view.table.selectRow(row_of(view, numbers[1]))
    act(qtbot, view, view.returned_button, "updated")
    states = {
        o["number"]: o["status"]
        for o in server.session("agent").get("/orders", params={"customer_id": ZHANG, "limit": 50}).json()["items"]
    }
    assert (states[numbers[0]], states[numbers[1]], states[numbers[2]]) == ("delivered", "returned", "shipped")


def test_a_late_answer_for_an_older_queue_does_not_overwrite_the_newer_one(qtbot, server, view) -> None:
    make_orders(server)
    real_orders = view.api.orders

    def slow_for_ordered(status: str):
        if status == "ordered":
            time.sleep(0.6)  # a slow answer for the queue the agent just left
        return real_orders(status)

    shipped = {o["number"] for o in real_orders("shipped")}
    view.api.orders = slow_for_ordered
    busy: list[bool] = []  # True when a load starts, False when its answer has been handed over
    view.sig_busy_changed.connect(busy.append)
    view.status_combo.setCurrentIndex(view.status_combo.findData("ordered"))
    view.refresh()
    with qtbot.waitSignal(view.sig_loaded, timeout=10000):
        view.status_combo.setCurrentIndex(view.status_combo.findData("shipped"))
    # every load answered, the slow "ordered" one too, however long it took
    qtbot.waitUntil(lambda: busy.count(True) >= 2 and busy.count(False) == busy.count(True), timeout=10000)
    assert {o["number"] for o in view.orders} == shipped
    assert all(o["status"] == "shipped" for o in view.orders) and view.table.rowCount() == len(shipped)
    assert view.message_label.text() == f"{len(shipped)} orders"
