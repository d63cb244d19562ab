"""Search and complaints features in the shell: menu entries, search → open on the card, the card's
"Edit customer"/"New complaint" open the forms, the supervisors' complaints list."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QApplication

from agent_desktop.features.complaints import feature as complaints_feature
from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.crm_link.signals import CrmSyncSignals
from agent_desktop.features.screenpop import feature as screenpop_feature
from agent_desktop.features.search import feature as search_feature
from agent_desktop.features.search.api import SEARCH
from agent_desktop.shell.shortcuts_dialog import plain
from backoffice.seed import demo_id
from crm.client import ClientConfig, CrmClient
from crm.store import Store
from crm.sync import SyncConfig, SyncEngine
from forms.complaint_form import ComplaintForm
from forms.complaint_status import ComplaintStatusDialog
from forms.customer_form import CustomerForm
from screenpop.core.identity import CallerIdentity
from screenpop.core.models import CardModel, CustomerInfo, PopKind
from tests.fixtures.views import double_click_row


def signed_in(backoffice_server, tmp_path, user: str):
    client = CrmClient(ClientConfig(backoffice_server.url, timeout_s=10, retries=0))
    client.login(user, backoffice_server.credentials[user])
    store = Store(tmp_path / f"{user}.db")
    engine = SyncEngine(client, store, SyncConfig(entities=("products", "customers", "orders", "complaints")))
    engine.run_once()
    service = CrmService(client, store, engine, backoffice_server.url, user, signals=CrmSyncSignals())
    yield service
    client.close()
    store.close()


@pytest.fixture
def service(backoffice_server, tmp_path):
    yield from signed_in(backoffice_server, tmp_path, "supervisor")


@pytest.fixture
def agent_service(backoffice_server, tmp_path):
    yield from signed_in(backoffice_server, tmp_path, "agent")


def test_an_agent_is_offered_neither_the_complaints_list_nor_its_shortcut(make_shell, qtbot, agent_service):
    shell = make_shell()
    complaints = complaints_feature.install(shell.ctx, shell.window)
    try:
        assert not complaints.action.isVisible()  # nobody signed in yet
        shell.ctx.services.provide(CRM, agent_service)
        qtbot.waitUntil(lambda: complaints.service is agent_service, timeout=5000)
        assert not complaints.action.isVisible()
        tools = [plain(a.text()) for a in shell.window.menu("tools").actions() if a.isVisible()]
        assert "Complaints" not in tools
        assert not [row for row in shell.open_shortcuts().rows() if row[1] == "Complaints"]
    finally:
        complaints.shutdown()


def test_search_and_complaints_features_in_the_shell(make_shell, qtbot, service, caplog):
    shell = make_shell()
    shell.ctx.services.provide(CRM, service)
    card_feature = screenpop_feature.install(shell.ctx, shell.window)  # the real customer card
    dock = card_feature.dock
    search = search_feature.install(shell.ctx, shell.window)
    complaints = complaints_feature.install(shell.ctx, shell.window)
    try:
        qtbot.waitUntil(lambda: search.local is not None and complaints.action.isEnabled(), timeout=10000)
        assert shell.ctx.services.get(SEARCH) is search
        assert complaints.action.isVisible() and ("Ctrl+Shift+M", "Complaints") in shell.open_shortcuts().rows()
        assert search.act_search.shortcut().toString() == "Ctrl+Shift+C"
        assert search.act_search in shell.window.menu("tools").actions()
        search.act_search.trigger()
        panel = search.search_window.widget
        assert search.search_window.isVisible()
        name = panel.conditions.texts["name"]  # the agent types at once: the cursor is in the first condition
        qtbot.waitUntil(lambda: QApplication.focusWidget() is name, timeout=3000)
        panel.conditions.texts["phone"].setText("138 0013 8000")
        panel.run_search()
        zhang = demo_id("customer:zhangwei")
        # the demo's 张伟, and whoever else earlier tests on this shared back office gave the number
        holders = {c["id"] for c in service.store.customers_by_phone("13800138000")}
        assert zhang in holders

        def found() -> set[str]:
            return {panel.model.customer_id(row) for row in range(panel.model.rowCount())}

        qtbot.waitUntil(lambda: found() == holders and not panel.model.busy, timeout=5000)
        asked: list[str] = []
        search.sig_customer_open_requested.connect(asked.append)
        with qtbot.waitSignal(search.sig_customer_open_requested) as opened:
            row = next(r for r in range(panel.model.rowCount()) if panel.model.customer_id(r) == zhang)
            double_click_row(qtbot, panel.view, row)  # a real double-click: one request, not two
        assert opened.args == [zhang]
        qtbot.wait(100)
        assert asked == [zhang]

        qtbot.waitUntil(lambda: dock.card_view.name_label.text() == "张伟", timeout=5000)  # shown on the card
        dock.card_view.new_complaint_button.click()  # a complaint on a card opened without a call
        no_call = search.windows[-1]
        assert isinstance(no_call, ComplaintForm) and no_call.call_id is None
        no_call.summary.setText("Asks how long the warranty runs")
        with caplog.at_level(logging.INFO, logger="forms.complaint_form"):
            no_call.save()
            qtbot.waitUntil(lambda: no_call not in search.windows, timeout=5000)
        logged = [r.getMessage() for r in caplog.records if r.name == "forms.complaint_form"]
        assert len(logged) == 1 and logged[0].startswith("complaint ") and logged[0].endswith(" logged"), logged
        card = CardModel(
            "call-1",
            CallerIdentity(number="+8613800138000"),
            PopKind.CUSTOMER,
            customer=CustomerInfo(zhang, "张伟", ("+8613800138000",)),
        )
        dock.sig_edit_customer_requested.emit(card)
        dock.sig_new_complaint_requested.emit(card)
        forms = {type(w): w for w in search.windows}
        assert forms[CustomerForm].name.text() == "张伟"
        assert forms[ComplaintForm].customer_id == zhang and forms[ComplaintForm].call_id == "call-1"
        unknown = CardModel("c2", CallerIdentity(number="+8613700009999"), PopKind.NEW_CALLER)
        dock.sig_edit_customer_requested.emit(unknown)
        assert search.windows[-1].phones.rows[0].number.text() == "+8613700009999"

        complaints.action.trigger()
        listing = complaints.listing
        qtbot.waitUntil(lambda: listing.model.rowCount() > 0, timeout=5000)
        mine = [r for r in listing.model.records if r["customer_id"] == zhang and r["status"] == "open"]
        assert mine and mine[0]["customer_name"] == "张伟"
        before = list(search.windows)
        double_click_row(qtbot, listing.view, listing.model.records.index(mine[0]))
        qtbot.wait(100)
        opened_windows = [w for w in search.windows if w not in before]
        assert [type(w) for w in opened_windows] == [ComplaintStatusDialog]  # one window, not two
    finally:
        complaints.shutdown()
        search.shutdown()
        card_feature.shutdown()
