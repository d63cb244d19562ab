"""The "Sync conflicts" window: conflicts made by the real sync engine against a real back office are
listed with both values; "Keep mine" sends the agent's value again, "Keep the server's" keeps the
CRM's; an empty list says so; values are plain text. And its place in the CRM feature: Tools menu,
the status-bar indicator, reloads when the sync engine finds more."""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from agent_desktop.features.crm_link.api import CrmService
from agent_desktop.features.crm_link.conflicts_dialog import ConflictsDialog
from agent_desktop.features.crm_link.feature import CrmLink
from agent_desktop.features.crm_link.signals import CrmSyncSignals
from agent_desktop.shell.tasks import BackgroundTasks
from crm.store import Store
from crm.sync_events import ConflictsFound, SyncStatus
from tests.crm.helpers import client_for, customer_body, engine_for, make_user

RECORD, FIELD, MINE, THEIRS, BASE, DETAIL = range(6)


@pytest.fixture
def tasks(qapp):
    tasks = BackgroundTasks(max_workers=2)
    yield tasks
    tasks.shutdown()


@pytest.fixture
def backoffice(tmp_path):
    """The real back office in this process (SQLite), users agent1 and sup1, one product."""
    from backoffice.db import Database
    from backoffice.server import ThreadedServer

    db_url = f"sqlite:///{tmp_path / 'backoffice.db'}"
    Database(db_url).create_schema()
    for name, role in (("agent1", "agent"), ("sup1", "supervisor")):
        make_user(db_url, name, role)
    server = ThreadedServer(db_url)
    server.start()
    supervisor = client_for(server.url, "sup1")
    supervisor.create("products", {"sku": "MC-1002", "name": "颈椎按摩仪", "price_cents": 69900, "stock": 100})
    agent = engine_for(client_for(server.url, "agent1"), tmp_path / "agent1.db")
    yield SimpleNamespace(supervisor=supervisor, agent=agent, store=agent.store)
    agent.store.close()
    agent.client.close()
    supervisor.close()
    server.stop()


def both_edit_the_notes(bo, name: str, mine: str, theirs: str) -> str:
    """The supervisor and the agent change a customer's notes at the same time: the sync engine's 412
    merge keeps the agent's value as a conflict. Returns the customer id."""
    created = bo.supervisor.create("customers", customer_body("13900002222", name=name, notes="call any time"))
    bo.agent.run_once()
    bo.supervisor.update("customers", created.id, {"notes": theirs}, version=created.version)
    bo.store.update("customers", created.id, {"notes": mine})
    bo.agent.run_once()
    assert [c["field"] for c in bo.store.conflicts()] == ["notes"]
    return created.id


def open_dialog(qtbot, store, tasks, rows: int) -> ConflictsDialog:
    dialog = ConflictsDialog(store, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.summary.text() != "Loading…" and dialog.table.rowCount() == rows)
    return dialog


def cells(dialog: ConflictsDialog, row: int = 0) -> list[str]:
    return [dialog.table.item(row, column).text() for column in range(dialog.table.columnCount())]


def test_keep_mine_applies_the_agents_value_again_and_sends_it(qtbot, backoffice, tasks):
    customer_id = both_edit_the_notes(backoffice, "王芳", "never call on Sunday", "call after 6pm")
    store = backoffice.store
    assert store.get("customers", customer_id)["notes"] == "call after 6pm"
    dialog = open_dialog(qtbot, store, tasks, rows=1)
    row = cells(dialog)
    assert row[RECORD] == "Customer: 王芳" and row[FIELD] == "Notes"
    assert (row[MINE], row[THEIRS], row[BASE]) == ("never call on Sunday", "call after 6pm", "call any time")
    assert re.match(
        r"1 change(\(s\))? could not be merged with the CRM", dialog.summary.text()
    )  # English plural or source
    assert dialog.keep_mine.isEnabled() and dialog.keep_server.isEnabled()

    qtbot.mouseClick(dialog.keep_mine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    assert store.conflicts() == []
    assert store.get("customers", customer_id)["notes"] == "never call on Sunday"
    assert store.outbox_counts() == (1, 0)  # a new edit waiting to be sent
    assert dialog.outcome.text() == ("Kept your value of Notes for Customer: 王芳; it will be sent to the CRM.")
    assert dialog.summary.text() == "Nothing to resolve"
    assert not dialog.keep_mine.isEnabled() and not dialog.keep_server.isEnabled()
    backoffice.agent.run_once()
    assert backoffice.supervisor.get("customers", customer_id).notes == "never call on Sunday"


def test_keep_the_servers_value_sends_nothing_and_values_show_as_plain_text(qtbot, backoffice, tasks):
    customer_id = both_edit_the_notes(backoffice, "<b>x</b>", "<i>mine</i>", "theirs & co")
    store = backoffice.store
    dialog = open_dialog(qtbot, store, tasks, rows=1)
    row = cells(dialog)
    assert (row[RECORD], row[MINE], row[THEIRS]) == ("Customer: <b>x</b>", "<i>mine</i>", "theirs & co")
    assert "&lt;i&gt;mine&lt;/i&gt;" in dialog.table.item(0, MINE).toolTip()  # rich tooltip, escaped

    qtbot.mouseClick(dialog.keep_server, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    assert store.conflicts() == []
    assert store.get("customers", customer_id)["notes"] == "theirs & co"
    assert store.outbox_counts() == (0, 0)
    assert dialog.outcome.textFormat() == Qt.TextFormat.PlainText
    assert dialog.outcome.text() == "Kept the server's value of Notes for Customer: <b>x</b>."
    assert dialog.summary.text() == "Nothing to resolve"


def test_a_refused_write_can_only_be_dismissed(qtbot, backoffice, tasks):
    bo, store = backoffice, backoffice.store
    customer = bo.supervisor.create("customers", customer_body("13900003333"))
    order = bo.supervisor.create(
        "orders",
        {
            "customer_id": customer.id,
            "lines": [{"sku": "MC-1002", "quantity": 1}],
            "requests": "周末送货",
            "delivery_address": {"province": "浙江省", "city": "杭州市", "street": "文一路 1 号"},
        },
    )
    bo.agent.run_once()
    bo.supervisor.action("orders", order.id, "sort", version=1)
    bo.supervisor.action("orders", order.id, "ship", {"courier": "顺丰", "tracking_number": "SF123456"}, version=2)
    store.update("orders", order.id, {"requests": "改地址"})  # made before the agent saw the shipment
    bo.agent.run_once()
    dialog = open_dialog(qtbot, store, tasks, rows=1)
    row = cells(dialog)
    assert row[RECORD] == f"Order: {order.number}" and row[FIELD] == "Whole change (refused by the CRM)"
    assert (row[MINE], row[THEIRS]) == ("Special requests: 改地址", "Special requests: 周末送货")
    assert row[DETAIL]
    assert not dialog.keep_mine.isEnabled() and dialog.keep_server.isEnabled()
    assert store.outbox_counts() == (0, 1)  # the status bar shows it as failed until dismissed
    qtbot.mouseClick(dialog.keep_server, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    assert store.conflicts() == [] and store.get("orders", order.id)["requests"] == "周末送货"
    assert store.outbox_counts() == (0, 0)  # dismissed: nothing left counted as failed


def test_nothing_to_resolve(qtbot, tmp_path, tasks):
    store = Store(tmp_path / "crm.db")
    try:
        dialog = open_dialog(qtbot, store, tasks, rows=0)
        assert dialog.summary.text() == "Nothing to resolve" and dialog.windowTitle() == "Sync conflicts"
        assert not dialog.keep_mine.isEnabled() and not dialog.keep_server.isEnabled()
        assert not dialog.isModal()
    finally:
        store.close()


def conflict_on_notes(store: Store, name: str) -> None:
    """A 412 on the agent's notes edit, handled by the store function the sync engine calls."""
    server = {
        "id": str(uuid.uuid4()),
        "version": 1,
        "name": name,
        "phones": [{"number": "13800138000"}],
        "notes": "before",
    }
    store.apply_changes("customers", [server], [], "c1")
    store.update("customers", server["id"], {"notes": "mine"})
    store.retarget(store.next_outbox_item(), {**server, "version": 2, "notes": "theirs"})


def test_the_crm_feature_opens_it_from_the_tools_menu_and_the_indicator(make_shell, qtbot, tmp_path):
    shell = make_shell()
    link = CrmLink(shell.ctx, shell.window)
    assert link.act_conflicts in shell.window.menu("tools").actions()
    assert not link.act_conflicts.isEnabled()  # no store before the CRM is ready
    store = Store(tmp_path / "crm.db")
    conflict_on_notes(store, "张伟")
    stub = SimpleNamespace(
        start=lambda: None, stop=lambda timeout=None: None, add_listener=lambda cb: None, close=lambda: None
    )
    link._on_ready(CrmService(stub, store, stub, "", "agent1", embedded=True))
    signals: CrmSyncSignals = link.service.signals
    assert link.act_conflicts.isEnabled()

    link.act_conflicts.trigger()
    dialog = link.conflicts_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.table.rowCount() == 1)
    conflict_on_notes(store, "李娜")  # the sync engine finds another one while the window is open
    signals.on_event(ConflictsFound("customers", "x", ("notes",), "changed on the server"))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert cells(dialog, 1)[RECORD] == "Customer: 李娜"
    dialog.close()

    indicator = shell.window.status_indicator("crm")
    signals.on_event(SyncStatus("online", conflicts=2))
    qtbot.waitUntil(lambda: "2 to resolve" in indicator.text())
    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.isVisible)
    assert link.conflicts_dialog is dialog

    link.shutdown()  # the store closes: the window and the menu entry go with it
    assert link.conflicts_dialog is None and not link.act_conflicts.isEnabled()
    assert link.act_conflicts not in shell.window.menu("tools").actions()


def test_the_window_follows_a_live_language_switch(qapp, qtbot, tmp_path, tasks):
    from agent_desktop.shell.i18n import TranslationManager

    store = Store(tmp_path / "crm.db")
    conflict_on_notes(store, "张伟")
    translations = TranslationManager(qapp)
    try:
        dialog = open_dialog(qtbot, store, tasks, rows=1)
        translations.set_language("zh_CN")
        qtbot.waitUntil(lambda: dialog.windowTitle() == "同步冲突")
        assert cells(dialog)[: FIELD + 1] == ["客户：张伟", "备注"]
        assert (dialog.keep_mine.text(), dialog.keep_server.text()) == ("保留我的", "保留服务器的")
        assert dialog.summary.text() == "1 处修改无法与 CRM 合并：请选择保留哪个值。"
    finally:
        translations.set_language("en")
        store.close()
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Sync conflicts")


def test_values_read_as_people_read_them(qtbot, tmp_path, tasks):
    """Phones as dialled (not their bookkeeping), times in local time to the minute."""
    store = Store(tmp_path / "crm.db")
    try:
        server = {
            "id": str(uuid.uuid4()),
            "version": 1,
            "name": "王芳",
            "phones": [{"number": "+8613800138000", "type": "mobile", "normalized": "+8613800138000"}],
        }
        store.apply_changes("customers", [server], [], "c1")
        store.update("customers", server["id"], {"phones": [{"number": "+8613900139000", "type": "mobile"}]})
        store.retarget(store.next_outbox_item(), {**server, "version": 2, "phones": []})
        dialog = open_dialog(qtbot, store, tasks, rows=1)
        assert cells(dialog)[MINE : BASE + 1] == ["139 0013 9000", "(empty)", "138 0013 8000"]
        moment = "2026-12-07T02:30:00Z"
        local = datetime.fromisoformat(moment).astimezone().strftime("%Y-%m-%d %H:%M")
        assert dialog._value(moment) == local and dialog._value({"title": "回访", "id": "x"}) == "Title: 回访"
    finally:
        store.close()
