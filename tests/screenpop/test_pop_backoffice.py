"""The pop against the real back office over HTTP: refresh from the CRM, quick-create reaching the
server, and a pop while the CRM is down whose call log is delivered once after the restart."""

from __future__ import annotations

import random
import time

import pytest
from PySide6.QtCore import Qt

from agent_desktop.shell.tasks import BackgroundTasks
from crm.client import ClientConfig, CrmClient
from crm.client_errors import CrmUnavailable
from crm.phones import PhoneNormalizer
from crm.store import Store
from crm.sync import SyncConfig, SyncEngine
from screenpop.core.call_log import call_log_body
from screenpop.core.crm_records import CrmRecords
from screenpop.core.identity import extract_identity
from screenpop.core.lookup import assemble_pop
from screenpop.core.models import PopKind
from screenpop.core.record_source import RecordPopSource
from screenpop.core.session import PopHistory
from screenpop.pop_controller import PopController
from screenpop.widgets.card_dock import ScreenPopDock

pytestmark = pytest.mark.e2e

POP_ENTITIES = ("media_sources", "customers", "orders", "contacts", "complaints", "todos", "call_logs")
"""What a pop reads; the sync here pulls only these."""


def _mobile() -> str:
    return f"139{random.randrange(10**8):08d}"


def _client(server, user: str = "agent") -> CrmClient:
    client = CrmClient(ClientConfig(server.url, timeout_s=5, connect_timeout_s=1, retries=0))
    client.login(user, server.credentials[user])
    return client


def _seed_customer(server, name: str, phone: str) -> dict:
    api = server.session("agent")
    customer = api.post("/customers", json={"name": name, "phones": [{"number": phone}]})
    assert customer.status_code == 201, customer.text
    cid = customer.json()["id"]
    r = api.post("/complaints", json={"customer_id": cid, "category": "delivery", "summary": "Parcel late"})
    assert r.status_code == 201, r.text
    r = api.post(
        "/contacts",
        json={"customer_id": cid, "channel": "call", "summary": "Asked about the juicer", "disposition": "enquiry"},
    )
    assert r.status_code == 201, r.text
    return customer.json()


def test_card_from_the_crm_over_http_with_landline_and_plus86_forms(backoffice_server) -> None:
    landline = f"010-8{random.randrange(10**6):06d}1"
    seeded = _seed_customer(backoffice_server, "<b>赵敏</b>", landline)
    client = _client(backoffice_server)
    source = RecordPopSource(CrmRecords(client), PhoneNormalizer("CN"))
    national = landline.replace("-", "")
    ident = extract_identity({"P-Asserted-Identity": f"<tel:+86{national[1:]}>"})
    card = assemble_pop("c", ident, source, origin="crm")
    assert card.kind is PopKind.CUSTOMER and card.customer.id == seeded["id"]
    assert card.customer.name == "<b>赵敏</b>"
    assert [c.summary for c in card.open_complaints] == ["Parcel late"]
    assert any(e.summary == "Asked about the juicer" for e in card.timeline)
    by_id = assemble_pop("c", extract_identity({"X-Customer-ID": seeded["id"], "From": "<sip:1@x>"}), source)
    assert by_id.customer.id == seeded["id"]
    client.close()


def test_quick_created_caller_exists_in_the_back_office(backoffice_server, tmp_path, qtbot) -> None:
    dock = ScreenPopDock(PopHistory())
    qtbot.addWidget(dock)
    number = _mobile()
    client = _client(backoffice_server)
    store = Store(tmp_path / "store.db")
    engine = SyncEngine(client, store, SyncConfig(entities=POP_ENTITIES))
    card = assemble_pop(
        "c", extract_identity({"From": f"<sip:{number}@127.0.0.1>"}), RecordPopSource(store, store.phones)
    )
    dock.pop(card)
    form = dock.new_caller_form
    assert form.number_edit.text() == number
    form.name_edit.setText("钱多多")
    with qtbot.waitSignal(dock.sig_customer_create_requested) as blocker:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    data, _card = blocker.args
    store.create("customers", data)
    engine.run_once()
    server_copy = backoffice_server.session("agent").get(f"/customers/{data['id']}")
    assert server_copy.status_code == 200 and server_copy.json()["name"] == "钱多多"
    assert server_copy.json()["phones"][0]["normalized"] == "+86" + number
    store.close()
    client.close()


def test_crm_down_pops_offline_and_the_call_log_arrives_once_after_restart(backoffice_factory, tmp_path, qtbot) -> None:
    server = backoffice_factory(seed_customers=0)
    number = _mobile()
    seeded = _seed_customer(server, "孙丽", number)
    client = _client(server)
    store = Store(tmp_path / "store.db")
    engine = SyncEngine(client, store, SyncConfig(entities=POP_ENTITIES))
    engine.run_once()  # the local copy now has the customer
    server.kill()
    tasks = BackgroundTasks(max_workers=2)
    dock = ScreenPopDock(PopHistory())
    qtbot.addWidget(dock)
    dock.show()
    controller = PopController(
        dock,
        tasks,
        RecordPopSource(store, store.phones),
        refresh_source=RecordPopSource(CrmRecords(client), store.phones),
    )
    refreshed = []
    controller.sig_pop_refreshed.connect(lambda *a: refreshed.append(a))
    controller.incoming_call("c1", {"From": f"<sip:{number}@127.0.0.1>"}, time.monotonic())
    qtbot.waitUntil(lambda: bool(refreshed), timeout=15000)
    assert refreshed == [("c1", False)]
    assert dock.card_view.name_label.text() == "孙丽" and dock.offline_badge.isVisible()
    assert [c.summary for c in dock.current_card().open_complaints] == ["Parcel late"]
    controller.call_answered("c1")
    controller.call_ended("c1")
    body = call_log_body(dock.history.get("c1"), disposition="enquiry", wrapup_seconds=3)
    store.create("call_logs", body)
    with pytest.raises(CrmUnavailable):
        engine.run_once()
    server.start()
    engine.run_once()
    engine.run_once()
    logs = server.session("agent").get("/call_logs", params={"customer_id": seeded["id"]}).json()["items"]
    assert [log["id"] for log in logs] == [body["id"]]
    assert store.outbox_counts() == (0, 0)
    tasks.shutdown()
    store.close()
    client.close()
