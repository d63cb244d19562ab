"""An order taken from the card during a call: its window keeps out of the call banner (the caller's
name and talk time stay in sight) and opens where the agent left the last one; the call's wrap-up is
pre-set to "Order placed", a disposition the agent already chose is kept."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QPushButton

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.orders.feature import OrdersFeature, install
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop import feature as screenpop_feature
from forms.order_form import OrderForm
from softphone.engine.events import CallState
from tests.agent_desktop.features.orders.test_orders_feature import crm_service
from tests.agent_desktop.features.screenpop.test_screenpop_feature import PhoneEvents, changed, ring, shown
from tests.forms.order_support import demo_store


@dataclass
class Desk:
    phone: PhoneEvents
    card: screenpop_feature.ScreenPopFeature
    orders: OrdersFeature

    def call(self, qtbot, call_id: int) -> None:
        ring(self.phone, call_id, "13800138000")
        shown(qtbot, self.card.dock, call_id)
        changed(self.phone, call_id, CallState.ACTIVE)

    def new_order(self) -> OrderForm:
        self.card.dock.findChild(QPushButton, "new_order_button").click()
        return self.orders.open_forms()[-1]

    def place_order(self, qtbot) -> None:
        form = self.new_order()
        form.add_product(form.services.search_products("JW-6003", 1)[0], 1)
        with qtbot.waitSignal(form.sig_order_submitted):
            assert form.submit()


@pytest.fixture
def desk(make_shell, tmp_path, qtbot):
    shell = make_shell()
    service = crm_service("", demo_store(tmp_path / "store.db"))  # CRM offline: the local store
    phone = PhoneEvents()
    shell.ctx.services.provide(PHONE, phone)
    shell.ctx.services.provide(CRM, service)
    card = screenpop_feature.install(shell.ctx, shell.window)
    orders = install(shell.ctx, shell.window)
    qtbot.waitUntil(lambda: orders.ready() and orders.screenpop is not None, timeout=10000)
    yield Desk(phone, card, orders)
    orders.shutdown()
    card.shutdown()
    service.client.close()
    service.store.close()


def test_an_order_placed_during_the_call_pre_sets_its_wrap_up(desk, qtbot) -> None:
    combo = desk.card.wrap_up.disposition_combo
    desk.call(qtbot, 5)
    desk.place_order(qtbot)  # during the call
    changed(desk.phone, 5, CallState.DISCONNECTED)
    assert desk.card.wrap_up.call_id() == "5" and combo.currentText() == "Order placed"

    desk.call(qtbot, 6)
    assert desk.card.wrap_up.submit() is not None  # the first call's wrap-up is done
    changed(desk.phone, 6, CallState.DISCONNECTED)
    assert desk.card.wrap_up.call_id() == "6" and not combo.currentData()  # no order: nothing pre-set
    combo.setCurrentIndex(combo.findData("enquiry"))  # the agent chose first
    desk.place_order(qtbot)  # an order placed during the wrap-up
    assert combo.currentData() == "enquiry"


def test_the_order_window_keeps_out_of_the_call_banner_and_reopens_where_it_was_left(desk, qtbot) -> None:
    window = desk.card.dock.window()
    window.show()
    qtbot.waitExposed(window)
    desk.call(qtbot, 7)
    banner = desk.card.dock.banner
    qtbot.waitUntil(banner.isVisible)
    form = desk.new_order()
    host = form.window()
    qtbot.waitExposed(host)
    banner_area = QRect(banner.mapToGlobal(QPoint(0, 0)), banner.size())
    assert not host.frameGeometry().intersects(banner_area), (host.frameGeometry(), banner_area)
    assert host.height() >= 300  # still a usable form

    host.setGeometry(QRect(20, 40, 700, 500))  # the agent puts it elsewhere, then closes it
    form.request_cancel()
    qtbot.waitUntil(lambda: not desk.orders.open_forms())
    host = desk.new_order().window()
    qtbot.waitExposed(host)
    assert host.geometry() == QRect(20, 40, 700, 500)
