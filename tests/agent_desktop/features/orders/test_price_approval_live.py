"""The price approval over the live events: the agent asks from the order form, the supervisor's desktop
shows the request at once, the supervisor clicks Approve, and the agent's form says so at once (real back
office over HTTP, real event streams on both desktops)."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt

from agent_desktop.features.crm_link.api import CRM, LIVE, CrmService
from agent_desktop.features.crm_link.live import LiveEvents
from agent_desktop.features.crm_link.signals import CrmSyncSignals
from agent_desktop.features.orders.feature import install
from crm.client import ClientConfig, CrmClient
from crm.sync import SyncConfig, SyncEngine
from forms.order_lines_model import DISCOUNT
from tests.fixtures.backoffice import DEMO_CREDENTIALS
from tests.forms.order_support import ZHANG, demo_store

pytestmark = pytest.mark.e2e


def desk(make_shell, qtbot, url: str, username: str, path):
    """A shell signed in as ``username`` with its live events and the orders feature."""
    client = CrmClient(
        ClientConfig(url, timeout_s=5, retries=0), credentials=lambda: (username, DEMO_CREDENTIALS[username])
    )
    client.login(username, DEMO_CREDENTIALS[username])
    store = demo_store(path)
    engine = SyncEngine(client, store, SyncConfig(entities=("orders",)))
    service = CrmService(client, store, engine, url, username, signals=CrmSyncSignals())
    shell = make_shell()
    live = LiveEvents(client.sibling(), shell.window)
    shell.ctx.services.provide(CRM, service)
    shell.ctx.services.provide(LIVE, live)
    live.start()
    feature = install(shell.ctx, shell.window)
    qtbot.waitUntil(lambda: feature.ready() and live.connected, timeout=10000)
    return feature, live, service


def test_the_supervisor_approves_from_their_desk_and_the_agent_sees_it_at_once(
    make_shell, qtbot, tmp_path, backoffice_server
) -> None:
    agent, agent_live, agent_service = desk(make_shell, qtbot, backoffice_server.url, "agent", tmp_path / "a.db")
    earlier = backoffice_server.session("agent").post(
        "/price-approvals",
        json={"lines": [{"sku": "MC-1002", "unit_price_cents": 100}]},
        headers={"Idempotency-Key": str(uuid.uuid4())},
    )
    boss, boss_live, boss_service = desk(make_shell, qtbot, backoffice_server.url, "supervisor", tmp_path / "s.db")
    try:
        qtbot.waitUntil(lambda: earlier.json()["id"] in boss.requests, timeout=5000)  # asked while it was away
        qtbot.mouseClick(boss.requests[earlier.json()["id"]].decline_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: earlier.json()["id"] not in boss.requests, timeout=5000)

        form = agent.open_new_order(ZHANG)
        assert form is not None
        form.approval_panel.poll_timer.setInterval(60_000)  # only the live event can bring the answer in time
        form.add_product(agent.services.search_products("HK-2003", 1)[0], 2)
        qtbot.waitUntil(lambda: agent.services.max_discount_pct == 10, timeout=5000)  # the CRM's limit
        form.lines_model.setData(form.lines_model.index(0, DISCOUNT), "5")
        assert not form.approval_panel.isVisible()  # within the limit: the agent's own call
        form.lines_model.setData(form.lines_model.index(0, DISCOUNT), "25")
        assert form.approval_panel.ask_button.isVisible()
        qtbot.mouseClick(form.approval_panel.ask_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: (form.approval_panel.approval or {}).get("status") == "pending", timeout=5000)
        asked = form.approval_panel.approval["id"]

        qtbot.waitUntil(lambda: asked in boss.requests, timeout=5000)  # on the supervisor's screen at once
        dialog = boss.requests[asked]
        assert "HK-2003" in dialog.text.text() and "¥344.25 instead of ¥459.00 (-25.0 %)" in dialog.text.text()
        qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: asked not in boss.requests, timeout=5000)

        qtbot.waitUntil(lambda: "Prices approved by" in form.approval_panel.label.text(), timeout=5000)
        assert form.draft().price_approval_id == asked  # sent with the order
    finally:
        for feature, live, service in ((agent, agent_live, agent_service), (boss, boss_live, boss_service)):
            for form in feature.open_forms():
                form.sig_closed.emit()  # its window goes before the store it reads
            qtbot.waitUntil(lambda feature=feature: not feature.windows, timeout=5000)
            feature.shutdown()
            live.close()
            service.client.close()
            service.store.close()
