"""The orders feature in the shell: New order from the card (customer + media source prefilled),
number replaced after sync, a late edit refused by the CRM shown in the form, order lookup; and a
draft left by a SIGKILLed process offered back at the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.crm_link.signals import CrmSyncSignals
from agent_desktop.features.orders.feature import install
from agent_desktop.features.screenpop import feature as screenpop_feature
from backoffice.seed import demo_id
from crm.client import ClientConfig, CrmClient
from crm.store import Store
from crm.sync import SyncConfig, SyncEngine
from screenpop.core.identity import CallerIdentity
from screenpop.core.lookup import assemble_pop
from screenpop.core.models import CardModel, MediaSourceInfo, PopKind
from screenpop.core.record_source import RecordPopSource
from tests.fixtures.backoffice import DEMO_CREDENTIALS
from tests.fixtures.processes import read_line
from tests.forms.order_support import ZHANG, demo_store

ROOT = Path(__file__).resolve().parents[4]


def crm_service(url: str, store: Store) -> CrmService:
    client = CrmClient(
        ClientConfig(url or "http://127.0.0.1:9", timeout_s=5, retries=0),
        credentials=lambda: ("agent", DEMO_CREDENTIALS["agent"]),
    )
    engine = SyncEngine(client, store, SyncConfig(entities=("media_sources", "products", "orders")))
    service = CrmService(client, store, engine, url, "agent", signals=CrmSyncSignals())
    engine.add_listener(service.signals.on_event)
    return service


@pytest.fixture
def feature_for(make_shell, qtbot):
    made = []

    def make(service: CrmService, card_pop=None):
        """The orders feature on ``service``; with ``card_pop``, the real customer card shows it."""
        shell = make_shell()
        shell.ctx.services.provide(CRM, service)
        if card_pop is not None:
            card = screenpop_feature.install(shell.ctx, shell.window)
            card.dock.pop(card_pop)
            made.append((card, service))
        feature = install(shell.ctx, shell.window)
        made.append((feature, service))
        qtbot.waitUntil(feature.ready, timeout=10000)
        return feature

    yield make
    for feature, _service in reversed(made):
        feature.shutdown()
    for service in {id(s): s for _f, s in made}.values():
        service.client.close()
        service.store.close()


@pytest.mark.e2e
def test_new_order_from_card_syncs_and_a_late_edit_is_refused(feature_for, backoffice_server, tmp_path, qtbot) -> None:
    store = demo_store(tmp_path / "store.db")
    service = crm_service(backoffice_server.url, store)
    identity = CallerIdentity(number="+8613800138000", dnis="+864008108888", dnis_raw="4008108888")
    pop = assemble_pop("call-1", identity, RecordPopSource(store, store.phones))  # a call to 400-810-8888
    feature = feature_for(service, card_pop=pop)
    dock = feature.screenpop.dock  # the customer card
    assert feature.act_new.shortcut().toString() == "Ctrl+N"
    qtbot.waitUntil(lambda: feature.screenpop is not None)
    feature.act_new.trigger()  # File → New order while the card shows 张伟
    assert feature.open_forms()[0].customer_picker.customer()["id"] == ZHANG
    dock.findChild(QPushButton, "new_order_button").click()  # the card's own button
    form = feature.open_forms()[-1]
    assert len(feature.open_forms()) == 2
    assert form.customer_picker.customer()["name"] == "张伟"
    assert form.address_edit.street_edit.text() == "建国路88号3栋1201室"
    assert form.media_combo.currentData() == demo_id("media:400-810-8888")
    form.add_product(feature.catalog.by_sku("HM-5002"), 1)
    with qtbot.waitSignal(form.sig_order_submitted):
        assert form.submit()
    order_id, provisional = form.order["id"], form.order["number"]
    assert "provisional" in form.status_label.text()
    sku = f"NEW-{order_id[:6].upper()}"
    created = backoffice_server.session("supervisor").post(
        "/products", json={"sku": sku, "name": "负离子吹风机", "price_cents": 29900, "stock": 7}
    )
    assert created.status_code == 201, created.text
    service.engine.run_once()
    qtbot.waitUntil(lambda: form.order["number"].startswith("SO"))
    qtbot.waitUntil(lambda: feature.catalog.by_sku(sku) is not None)  # a new product is offered after sync
    assert sku in [h.sku for h in feature.catalog.search("flzcfj")]
    assert "provisional" not in form.status_label.text()

    lookup = feature.open_lookup()  # prefilled with the caller's number from the card
    assert lookup.search_edit.text() == "+8613800138000" and order_id in {o["id"] for o in lookup.results}
    lookup.search_edit.setText(form.order["number"])
    assert lookup.search() == 1
    lookup.search_edit.setText(provisional)  # the provisional number still finds it
    assert lookup.search() == 1
    lookup.open_row(0)  # already open: that window comes to the front, no second form
    assert feature.open_forms()[-1] is form and len(feature.open_forms()) == 2

    logistics = backoffice_server.session("logistics")
    current = logistics.get(f"/orders/{order_id}").json()
    r = logistics.post(
        "/logistics/sort", json={"items": [{"order_id": order_id, "version": current["version"], "courier": "EMS"}]}
    )
    version = r.json()["items"][0]["version"]
    assert (
        logistics.post(
            f"/orders/{order_id}/ship",
            headers={"If-Match": f'"{version}"'},
            json={"courier": "EMS", "tracking_number": "EMS0001"},
        ).status_code
        == 200
    )
    form.requests_edit.setPlainText("改成周末送")  # the agent still sees "ordered"
    with qtbot.waitSignal(form.sig_order_submitted):  # queued locally
        assert form.submit()
    service.engine.run_once()
    qtbot.waitUntil(form.is_read_only)
    assert "refused" in form.message_label.text() and "shipped" in form.message_label.text()
    assert "shipped" in form.status_label.text()


def test_new_order_from_a_call_gets_the_media_source_its_dnis_names(feature_for, tmp_path) -> None:
    store = demo_store(tmp_path / "store.db")
    feature = feature_for(crm_service("", store))  # CRM offline: the local store only
    hotline = demo_id("media:400-810-8888")
    identity = CallerIdentity(number="+8613800138000", dnis="+864008108888", dnis_raw="4008108888")
    pop = assemble_pop("call-1", identity, RecordPopSource(store, store.phones))
    assert pop.customer is not None and pop.customer.id == ZHANG
    no_media = replace(pop, media_source=None)  # the card found none (e.g. synced after the ring)
    form = feature.open_new_order_for_card(no_media)
    assert form.customer_picker.customer()["id"] == ZHANG and form.media_combo.currentData() == hotline
    stale = replace(pop, media_source=MediaSourceInfo(dnis="+864008108888", id="gone"))  # its dnis still names it
    assert feature.open_new_order_for_card(stale).media_combo.currentData() == hotline
    raw_only = CardModel("call-2", CallerIdentity(number=None, dnis_raw="4008108888"), PopKind.NEW_CALLER)
    assert feature.open_new_order_for_card(raw_only).media_combo.currentData() == hotline  # normalised
    unknown = CardModel("call-3", CallerIdentity(number=None, dnis="+861012345678"), PopKind.NEW_CALLER)
    assert feature.open_new_order_for_card(unknown).media_combo.currentData() == ""  # (none)


CHILD = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from forms.order_form import OrderForm
    from tests.forms.order_support import ZHANG, demo_store, services_for
    store = demo_store(Path({path!r}))
    services = services_for(store)
    form = OrderForm(services, autosave_ms=100)
    form.start_new(ZHANG)
    form.add_product(services.search_products("JW-6003", 1)[0], 2)
    form.invoice_title_edit.setText("杭州某某贸易有限公司")
    form.invoice_title_edit.textEdited.emit("杭州某某贸易有限公司")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        app.processEvents()
        draft = services.drafts.get(form.draft_id)
        if draft and draft.data["invoice_title"]:
            print("SAVED", form.draft_id, flush=True)
            break
        time.sleep(0.02)
    else:
        sys.exit("the draft was not saved within 20 s")
    while True:  # an agent still typing when the process is killed
        app.processEvents()
        time.sleep(0.05)
""")


def test_draft_survives_sigkill_and_is_offered_back(feature_for, tmp_path, qtbot) -> None:
    path = tmp_path / "store.db"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(root=str(ROOT), path=str(path))],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        line = read_line(child.stdout, 60)  # the child prints SAVED or ends within its 20 s
        assert line.startswith("SAVED"), child.stderr.read() if child.poll() is not None else line
        draft_id = line.split()[1]
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait(10)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL

    feature = feature_for(crm_service("", Store(path)))  # the next start (CRM offline)
    qtbot.waitUntil(lambda: feature.restore_box is not None and feature.restore_box.isVisible(), timeout=10000)
    box = feature.restore_box
    assert "张伟" in box.text()
    restore = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    restore.click()
    qtbot.waitUntil(lambda: len(feature.open_forms()) == 1, timeout=10000)
    form = feature.open_forms()[0]
    assert form.draft_id == draft_id and form.customer_picker.customer()["id"] == ZHANG
    assert [(ln.sku, ln.quantity) for ln in form.lines_model.lines()] == [("JW-6003", 2)]
    assert form.invoice_title_edit.text() == "杭州某某贸易有限公司"
    assert form.is_dirty()


def test_the_order_window_title_follows_a_language_switch_both_ways(feature_for, tmp_path, qtbot, chinese) -> None:
    """Opened in Chinese, switched to English and back, saved in between: the window says what the
    form is, in the language of the moment, with the order's status as a label, not its code."""
    store = demo_store(tmp_path / "store.db")
    feature = feature_for(crm_service("", store))  # CRM offline: the local store only
    form = feature.open_new_order(ZHANG)
    host = form.window()
    qtbot.waitExposed(host)
    assert host.windowTitle() == "新建订单"
    chinese.set_language("en")
    qtbot.waitUntil(lambda: host.windowTitle() == "New order")
    form.add_product(form.services.search_products("JW-6003", 1)[0], 1)
    with qtbot.waitSignal(form.sig_order_submitted):
        assert form.submit()
    number = str(form.order["number"])
    english = f"Order {number} (provisional number, not yet confirmed by the CRM) · status: ordered"
    qtbot.waitUntil(lambda: host.windowTitle() == english)
    chinese.set_language("zh_CN")
    qtbot.waitUntil(lambda: host.windowTitle().startswith(f"订单 {number}"))
    assert host.windowTitle().endswith("状态：已下单")
    chinese.set_language("en")
    qtbot.waitUntil(lambda: host.windowTitle() == english)
    qtbot.wait(100)  # and it stays so once every window had its LanguageChange
    assert host.windowTitle() == english
