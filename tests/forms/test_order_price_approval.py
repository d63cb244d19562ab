"""An agent's order at a deep discount: the CRM refuses it without a supervisor's approval, the order
stays on the form, the agent asks, a supervisor approves, and the accepted order shows who approved
its prices (real back office over HTTP, real local store and sync)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from crm.client import ClientConfig, CrmClient
from crm.store.orders import is_provisional
from crm.sync import SyncConfig, SyncEngine
from forms.order_form import OrderForm
from forms.order_lines_model import DISCOUNT
from tests.fixtures.backoffice import DEMO_CREDENTIALS
from tests.forms.order_support import ZHANG, demo_store, services_for

pytestmark = pytest.mark.e2e


@pytest.fixture
def store(tmp_path):
    store = demo_store(tmp_path / "agent.db")
    yield store  # closed after the form (set up before qtbot: torn down after it)
    store.close()


def test_a_deep_discount_waits_for_a_supervisor_and_the_order_shows_the_approval(
    store, qtbot, backoffice_server
) -> None:
    client = CrmClient(
        ClientConfig(backoffice_server.url, timeout_s=5, connect_timeout_s=0.5, retries=0),
        credentials=lambda: ("agent", DEMO_CREDENTIALS["agent"]),
    )
    engine = SyncEngine(client, store, SyncConfig(entities=("orders",), backoff_min_s=0.05, backoff_max_s=0.2))
    services = services_for(store)
    services.ask_approval, services.read_approval = client.ask_price_approval, client.price_approval
    form = OrderForm(services)
    qtbot.addWidget(form)
    form.show()
    panel = form.approval_panel
    panel.poll_timer.setInterval(50)
    form.start_new(ZHANG)
    form.add_product(services.search_products("HK-2003", 1)[0], 1)
    assert not panel.isVisible()  # the list price: nothing to approve
    form.lines_model.setData(form.lines_model.index(0, DISCOUNT), "20")
    assert panel.isVisible() and "HK-2003 at ¥367.20" in panel.label.text() and panel.ask_button.isVisible()

    assert form.submit()  # kept locally and queued: the agent may be offline
    order_id = form.order["id"]
    engine.run_once()
    book = services.book
    assert book.create_refused(order_id) and book.get(order_id) is not None  # refused, not lost
    form.refresh_order()  # what the orders feature does when the sync reports the refusal
    form.show_refusal(book.refusal(order_id) or "", fixable=book.create_refused(order_id))
    assert "ask a supervisor to approve the prices" in form.message_label.text()
    assert not form.is_read_only() and form.draft().lines[0].unit_price_cents() == 36720  # nothing lost

    qtbot.mouseClick(panel.ask_button, Qt.MouseButton.LeftButton)
    assert panel.approval is not None and panel.approval["status"] == "pending"
    assert "Waiting for a supervisor's approval" in panel.label.text() and not panel.ask_button.isVisible()
    supervisor = backoffice_server.session("supervisor")
    assert supervisor.post(f"/price-approvals/{panel.approval['id']}/approve").status_code == 200
    qtbot.waitUntil(lambda: "Prices approved by" in panel.label.text(), timeout=5000)

    assert form.submit()
    engine.run_once()
    placed = book.get(order_id)
    assert placed is not None and not is_provisional(placed["number"]) and not book.create_refused(order_id)
    assert placed["price_approval"]["approved_by_name"] and placed["total_cents"] == 36720
    form.refresh_order()
    name = placed["price_approval"]["approved_by_name"]
    assert f"Prices approved by {name} at" in panel.label.text() and panel.isVisible()
    assert form.message_label.isHidden()
