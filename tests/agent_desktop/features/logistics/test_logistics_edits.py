"""The logistics window as an agent drives it, against one real back office: Enter in the courier box,
couriers typed but not confirmed (refresh, another queue, closing: confirm / discard / cancel), the
selection following the orders, labels instead of codes, the export read back in English and Chinese
with phone and postal code, and the columns at 1280×720."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterator

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from agent_desktop.features.logistics.core.crm_calls import LogisticsCalls
from agent_desktop.features.logistics.core.export import COLUMNS
from agent_desktop.features.logistics.orders_table import COURIER, DELIVERY, NUMBER, RECIPIENT, STATUS, TRACKING
from agent_desktop.features.logistics.rules_dialog import CourierRulesDialog
from agent_desktop.features.logistics.view import LogisticsView
from agent_desktop.shell.panel_window import PanelWindow
from agent_desktop.shell.tasks import BackgroundTasks
from backoffice.seed import demo_id
from crm.client import ClientConfig, CrmClient
from tests.fixtures.backoffice import DEMO_CREDENTIALS, BackofficeProcess, _server

pytestmark = pytest.mark.e2e
KEYS = [k for k, _ in COLUMNS]
FISH_OIL = demo_id("order:zhangwei-fishoil")  # 张伟's demo order waiting for sorting


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackofficeProcess]:
    """One back office (demo data, no generated customers) for the module; tests add their orders."""
    workdir = tmp_path_factory.mktemp("logistics-bo")
    process = _server(workdir, f"sqlite:///{workdir / 'crm.db'}", 0)
    yield process
    process.stop()


@pytest.fixture
def view(qtbot, server) -> Iterator[LogisticsView]:
    """The view in its own window, as Tools → Logistics opens it, showing the sorting queue."""
    client = CrmClient(
        ClientConfig(server.url, retries=0), credentials=lambda: ("logistics", DEMO_CREDENTIALS["logistics"])
    )
    client.login("logistics", DEMO_CREDENTIALS["logistics"])
    tasks = BackgroundTasks()
    widget = LogisticsView(LogisticsCalls(client), tasks)
    host = PanelWindow(widget, "Logistics")
    qtbot.addWidget(host)
    host.resize(1100, 640)
    host.show()
    with qtbot.waitSignal(widget.sig_loaded, timeout=10000):
        widget.refresh()
    yield widget
    widget.table.discard_edits()  # nothing left to ask about when the window closes
    tasks.shutdown()
    client.close()


def new_orders(server: BackofficeProcess, count: int, **fields) -> list[dict]:
    """``count`` orders of a new customer (a mobile and a landline), waiting for sorting."""
    agent = server.session("agent")
    mobile = f"186{uuid.uuid4().int % 10**8:08d}"
    customer = agent.post(
        "/customers",
        json={
            "name": "物流测试",
            "phones": [{"number": mobile}, {"number": "0571-87650000"}],
            "address": {"province": "浙江省", "city": "杭州市", "street": "文三路1号", "postal_code": "310012"},
        },
    )
    assert customer.status_code == 201, customer.text
    out = []
    for i in range(count):
        body = {
            "customer_id": customer.json()["id"],
            "lines": [{"sku": "HK-2003", "quantity": i + 1}],
            "delivery_method": "express",
            "delivery_address": {
                "province": "浙江省",
                "city": "杭州市",
                "street": f"文三路{i}号",
                "postal_code": "310012",
            },
            "recipient_name": f"收件人{i}",
            **fields,
        }
        r = agent.post("/orders", json=body)
        assert r.status_code == 201, r.text
        out.append({**r.json(), "customer_mobile": mobile})
    return out


def reload(qtbot, view: LogisticsView) -> None:
    with qtbot.waitSignal(view.sig_loaded, timeout=10000):
        view.refresh()


def row_of(view: LogisticsView, order_id: str) -> int:
    return next(i for i, o in enumerate(view.orders) if o["id"] == order_id)


def cell_centre(view: LogisticsView, order_id: str, column: int) -> QPoint:
    index = view.table.model().index(row_of(view, order_id), column)
    view.table.scrollTo(index)
    return view.table.visualRect(index).center()


def select(view: LogisticsView, *order_ids: str) -> None:
    """Ctrl+click the orders."""
    view.table.clearSelection()
    for order_id in order_ids:
        point = cell_centre(view, order_id, NUMBER)
        QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, point)
    QTest.keyRelease(view.table, Qt.Key.Key_Control)  # and lets go of Ctrl


def selected(view: LogisticsView) -> set[str]:
    return {view.orders[i.row()]["id"] for i in view.table.selectionModel().selectedRows()}


def type_courier(qtbot, view: LogisticsView, order_id: str, courier: str) -> None:
    """Type a courier into the order's cell, as the agent does (double-click, type, Enter); QTest
    types ASCII only, hence the Latin courier names."""
    table = view.table
    view.window().activateWindow()
    QTest.qWaitForWindowActive(view.window(), 1000)
    point = cell_centre(view, order_id, COURIER)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    editor = table.focusWidget()
    QTest.keyClicks(editor, courier)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.courier_at(row_of(view, order_id)) == courier, timeout=2000)  # committed queued


def asking(view: LogisticsView) -> QMessageBox | None:
    """The question about unconfirmed changes, while it is shown."""
    return next((b for b in view.findChildren(QMessageBox, "unconfirmed_box") if b.isVisible()), None)


def question(qtbot, view: LogisticsView) -> QMessageBox:
    qtbot.waitUntil(lambda: asking(view) is not None, timeout=3000)
    return asking(view)


def answer(qtbot, view: LogisticsView, button: str) -> None:
    box = question(qtbot, view)
    QTest.mouseClick(box.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)


def server_order(server: BackofficeProcess, order_id: str) -> dict:
    return server.session("agent").get(f"/orders/{order_id}").json()


def test_enter_in_the_courier_box_gives_the_selection_that_courier_and_reloads_nothing(qtbot, server, view) -> None:
    first, second, third = new_orders(server, 3)
    reload(qtbot, view)
    select(view, first["id"], third["id"])
    box = view.courier_combo.lineEdit()
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, "DHL")
    with qtbot.assertNotEmitted(view.sig_loaded, wait=400):  # Enter does not press Refresh
        QTest.keyClick(box, Qt.Key.Key_Return)
    assert [view.courier_at(row_of(view, o["id"])) for o in (first, second, third)] == ["DHL", "", "DHL"]
    assert view.message_label.text() == "DHL chosen for 2 orders; confirm to keep it."
    assert selected(view) == {first["id"], third["id"]}
    assert asking(view) is None
    with qtbot.assertNotEmitted(view.sig_loaded, wait=300):
        QTest.keyClick(view.sort_date_edit, Qt.Key.Key_Enter)  # Enter elsewhere presses no button either
    assert asking(view) is None and view.courier_at(row_of(view, first["id"])) == "DHL"


def test_refresh_asks_before_unconfirmed_couriers_go(qtbot, server, view) -> None:
    (order,) = new_orders(server, 1)
    reload(qtbot, view)
    type_courier(qtbot, view, order["id"], "ZTO")
    assert view.unconfirmed() == [order["id"]]

    QTest.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    box = question(qtbot, view)
    assert "1 orders have a courier" in box.text()
    assert box.findChild(QPushButton, "confirm_button").text() == "Confirm sorting"
    with qtbot.assertNotEmitted(view.sig_loaded, wait=300):
        answer(qtbot, view, "cancel_button")
    assert view.courier_at(row_of(view, order["id"])) == "ZTO"  # kept, nothing reloaded

    QTest.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.sig_loaded, timeout=10000):
        answer(qtbot, view, "discard_button")
    assert view.courier_at(row_of(view, order["id"])) == "" and view.unconfirmed() == []
    assert server_order(server, order["id"])["status"] == "ordered"

    type_courier(qtbot, view, order["id"], "YTO")
    QTest.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.sig_loaded, timeout=10000):
        answer(qtbot, view, "confirm_button")
    assert view.message_label.text() == "1 orders sorted"
    assert order["id"] not in {o["id"] for o in view.orders}  # it left the sorting queue
    stored = server_order(server, order["id"])
    assert (stored["status"], stored["courier"]) == ("sorted", "YTO")


def test_another_queue_asks_and_cancel_keeps_the_queue(qtbot, server, view) -> None:
    (order,) = new_orders(server, 1)
    reload(qtbot, view)
    type_courier(qtbot, view, order["id"], "Yunda")
    ordered, sorted_queue = view.status_combo.findData("ordered"), view.status_combo.findData("sorted")

    view.status_combo.setCurrentIndex(sorted_queue)
    answer(qtbot, view, "cancel_button")
    assert view.status_combo.currentIndex() == ordered and view.status() == "ordered"
    assert view.courier_at(row_of(view, order["id"])) == "Yunda"

    view.status_combo.setCurrentIndex(sorted_queue)
    with qtbot.waitSignal(view.sig_loaded, timeout=10000):
        answer(qtbot, view, "discard_button")
    assert view.status() == "sorted" and all(o["status"] == "sorted" for o in view.orders)
    assert server_order(server, order["id"])["status"] == "ordered"


def test_closing_the_window_asks(qtbot, server, view) -> None:
    (order,) = new_orders(server, 1)
    reload(qtbot, view)
    host = view.window()
    type_courier(qtbot, view, order["id"], "EMS")

    host.close()
    answer(qtbot, view, "cancel_button")
    assert host.isVisible() and view.courier_at(row_of(view, order["id"])) == "EMS"

    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_Escape)  # a dialog's Escape would close it at once
    question(qtbot, view)
    assert host.isVisible()
    answer(qtbot, view, "confirm_button")
    qtbot.waitUntil(lambda: not host.isVisible(), timeout=10000)  # closed once sorted
    stored = server_order(server, order["id"])
    assert (stored["status"], stored["courier"]) == ("sorted", "EMS")


def test_the_selection_follows_the_orders_through_confirm_sorting_and_refresh(qtbot, server, view) -> None:
    orders = new_orders(server, 3)
    reload(qtbot, view)
    first, second, third = sorted(orders, key=lambda o: row_of(view, o["id"]))  # top to bottom
    type_courier(qtbot, view, first["id"], "SF Express")
    select(view, second["id"], third["id"])
    rows_before = sorted(row_of(view, o["id"]) for o in (second, third))

    with qtbot.waitSignal(view.sig_loaded, timeout=10000):
        QTest.mouseClick(view.sort_button, Qt.MouseButton.LeftButton)
    assert first["id"] not in {o["id"] for o in view.orders}
    assert selected(view) == {second["id"], third["id"]}  # the same orders, now on other rows
    assert sorted(row_of(view, o["id"]) for o in (second, third)) == [r - 1 for r in rows_before]

    new_orders(server, 1)  # someone adds an order meanwhile
    reload(qtbot, view)
    assert selected(view) == {second["id"], third["id"]}
    view.courier_combo.setCurrentText("京东物流")
    QTest.mouseClick(view.assign_button, Qt.MouseButton.LeftButton)
    assert {o["id"] for o in view.orders if view.courier_at(row_of(view, o["id"]))} == {second["id"], third["id"]}


def exported(qtbot, view: LogisticsView, path) -> dict[str, dict[str, str]]:
    """Export to ``path`` and read it back: the header row, then order number → column key → text."""
    view.export_to(path)
    qtbot.waitUntil(lambda: not view.progress_bar.isVisible(), timeout=10000)
    if path.suffix == ".xlsx":
        rows = [
            ["" if v is None else str(v) for v in r]
            for r in openpyxl.load_workbook(path).active.iter_rows(values_only=True)
        ]
    else:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
    return {"": dict(zip(KEYS, rows[0])), **{r[0]: dict(zip(KEYS, r)) for r in rows[1:]}}


def test_the_export_and_the_table_show_phone_postal_code_and_labels(qtbot, server, view, tmp_path, chinese) -> None:
    (mine,) = new_orders(server, 1)  # no recipient phone: the courier calls the customer's first phone
    chinese.set_language("en")
    qtbot.waitUntil(lambda: view.sort_button.text() == "Confirm s&orting")
    reload(qtbot, view)
    fish_oil = view.orders[row_of(view, FISH_OIL)]
    table = view.table
    assert table.item(row_of(view, FISH_OIL), DELIVERY).text() == "Standard courier"
    assert table.item(row_of(view, mine["id"]), DELIVERY).text() == "Express courier"
    assert {table.item(r, STATUS).text() for r in range(table.rowCount())} == {"Waiting for sorting"}

    english = exported(qtbot, view, tmp_path / "sorting.csv")
    assert english[""]["phone"] == "Phone" and english[""]["postal_code"] == "Postal code"
    demo = english[fish_oil["number"]]
    assert (demo["phone"], demo["postal_code"], demo["province"]) == ("13800138000", "100022", "北京市")
    assert (demo["delivery_method"], demo["status"]) == ("Standard courier", "Waiting for sorting")
    row = english[mine["number"]]
    assert (row["phone"], row["postal_code"]) == (mine["customer_mobile"], "310012")
    assert row["delivery_method"] == "Express courier"

    chinese.set_language("zh_CN")
    qtbot.waitUntil(lambda: table.item(row_of(view, FISH_OIL), DELIVERY).text() == "普通快递")
    assert table.item(row_of(view, FISH_OIL), STATUS).text() == "待分拣"
    assert table.horizontalHeaderItem(TRACKING).text() == "运单号"
    zh = exported(qtbot, view, tmp_path / "sorting.xlsx")
    assert (zh[""]["phone"], zh[""]["postal_code"], zh[""]["delivery_method"], zh[""]["status"]) == (
        "电话",
        "邮政编码",
        "配送方式",
        "状态",
    )
    demo = zh[fish_oil["number"]]
    assert (demo["phone"], demo["postal_code"], demo["delivery_method"], demo["status"]) == (
        "13800138000",
        "100022",
        "普通快递",
        "待分拣",
    )
    assert zh[mine["number"]]["delivery_method"] == "快递" and zh[mine["number"]]["phone"] == mine["customer_mobile"]
    assert view.message_label.text() == f"已导出 {len(view.orders)} 个订单"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_numbers_and_headers_are_whole_at_1280x720(qtbot, server, view, chinese, language) -> None:
    new_orders(server, 2, recipient_name="欧阳娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜")
    chinese.set_language(language)
    host = view.window()
    host.resize(1280, 720)
    qtbot.waitUntil(lambda: host.width() == 1280)
    reload(qtbot, view)
    table, header = view.table, view.table.horizontalHeader()
    qtbot.wait(50)  # the header resizes its sections on the next turn
    for column in range(table.columnCount()):
        if column == RECIPIENT:  # the recipient's name takes what is left and elides
            continue
        text = table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= header.sectionSizeHint(column) > 0, text
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), text
    assert sum(header.sectionSize(c) for c in range(table.columnCount())) <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()


def test_the_rules_dialog_names_delivery_methods_and_saves_their_codes(qtbot, server, view) -> None:
    rules = [{"delivery_method": "post", "courier": "EMS"}, {"courier": "中通快递"}]
    assert server.session("logistics").put("/logistics/rules", json={"rules": rules}).status_code == 200
    reload(qtbot, view)
    QTest.mouseClick(view.rules_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(CourierRulesDialog)
    qtbot.waitUntil(dialog.isVisible)
    first, second = dialog.table.cellWidget(0, 0), dialog.table.cellWidget(1, 0)
    assert [first.itemText(i) for i in range(first.count())] == [
        "Any",
        "Express courier",
        "Standard courier",
        "Post (China Post)",
        "Self-pickup",
    ]
    assert (first.currentText(), second.currentText()) == ("Post (China Post)", "Any")
    first.setCurrentIndex(first.findText("Standard courier"))
    with qtbot.waitSignal(dialog.sig_rules_saved, timeout=10000):
        QTest.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    saved = server.session("logistics").get("/logistics/rules").json()["rules"]
    assert [(r["delivery_method"], r["courier"]) for r in saved] == [("courier", "EMS"), (None, "中通快递")]


def test_quitting_the_app_asks_about_unconfirmed_couriers(qtbot, server, make_shell) -> None:
    """File > Quit with the logistics window holding a typed courier asks there first: Cancel keeps the
    app running and the courier, Discard lets it quit."""
    from agent_desktop.features.crm_link.api import CRM, CrmService
    from agent_desktop.features.logistics import feature as logistics_feature

    (order,) = new_orders(server, 1)
    client = CrmClient(
        ClientConfig(server.url, retries=0), credentials=lambda: ("logistics", DEMO_CREDENTIALS["logistics"])
    )
    client.login("logistics", DEMO_CREDENTIALS["logistics"])
    shell = make_shell()
    shell.ctx.services.provide(
        CRM, CrmService(client, None, None, server.url, "logistics")
    )  # the view needs the client
    feature = logistics_feature.install(shell.ctx, shell.window)
    view = feature.open_logistics()
    try:
        qtbot.waitUntil(lambda: any(o["id"] == order["id"] for o in view.orders), timeout=10000)
        type_courier(qtbot, view, order["id"], "SF")

        shell.window.act_quit.trigger()  # File > Quit
        answer(qtbot, view, "cancel_button")
        assert shell.window.isVisible() and view.window().isVisible() and not shell._quitting
        assert view.courier_at(row_of(view, order["id"])) == "SF"

        shell.window.close()  # the window's close button quits too, and asks the same
        answer(qtbot, view, "discard_button")
        qtbot.waitUntil(lambda: shell._quitting, timeout=3000)
        assert not shell.window.isVisible()
        assert server_order(server, order["id"])["courier"] != "SF"  # discarded, not sent
    finally:
        view.table.discard_edits()
        view.window().close()
        feature.shutdown()
        client.close()
