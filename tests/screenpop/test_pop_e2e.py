"""End to end: a sipp caller rings the real SIP engine, the card pops from the local store (synced
from the real back office) while it rings; wrap-up delivers the call log; a harassment mark puts the
number on the server's blocklist and the next call from it is refused before ringing."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.crm_link.signals import CrmSyncSignals
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop import feature as screenpop_feature
from agent_desktop.shell.tasks import BackgroundTasks
from crm.client import ClientConfig, CrmClient
from crm.store import Store
from crm.sync import SyncConfig, SyncEngine
from screenpop.core.call_log import blocklist_body, call_log_body
from screenpop.core.crm_records import CrmRecords
from screenpop.core.record_source import RecordPopSource
from screenpop.core.session import PopHistory
from screenpop.pop_controller import PopController
from screenpop.widgets.card_dock import ScreenPopDock
from softphone.engine.config import EngineConfig
from softphone.engine.engine import SipEngine
from softphone.engine.events import CallChanged, CallState, IncomingCall
from softphone.qt.adapter import PhoneAdapter
from tests.fixtures.sip import Sipp

pytestmark = pytest.mark.e2e

ENTITIES = ("blocklist", "media_sources", "customers", "orders", "contacts", "complaints", "todos", "call_logs")


@pytest.fixture
def desk(tmp_path, qtbot, backoffice_server):
    """Back office + synced local store + pop controller + SIP engine whose pre-ring filter is the blocklist."""
    client = CrmClient(ClientConfig(backoffice_server.url, timeout_s=5, connect_timeout_s=1, retries=0))
    client.login("agent", backoffice_server.credentials["agent"])
    store = Store(tmp_path / "store.db")
    sync = SyncEngine(client, store, SyncConfig(entities=ENTITIES))
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
    events: list[object] = []
    refused: list[object] = []
    engine = SipEngine(EngineConfig(local_port=0, log_file=str(tmp_path / "pjsip.log")))
    phone = PhoneAdapter(engine)  # the softphone's Qt adapter: engine events as GUI-thread signals
    phone.set_pre_ring_filter(lambda number, headers: 603 if store.is_blocked(number) else None)
    phone.sig_incoming_call.connect(events.append)
    phone.sig_call_changed.connect(events.append)
    phone.sig_incoming_call.connect(lambda e: controller.incoming_call(str(e.call_id), e.headers, e.received_monotonic))
    phone.sig_call_changed.connect(
        lambda e: e.state == CallState.ACTIVE and controller.call_answered(str(e.call_id), e.connected_at)
    )
    phone.sig_call_changed.connect(
        lambda e: e.state == CallState.DISCONNECTED and controller.call_ended(str(e.call_id))
    )
    phone.sig_call_rejected_before_ringing.connect(refused.append)
    engine.start()
    assert engine.wait_started(10)
    yield dict(
        server=backoffice_server,
        store=store,
        sync=sync,
        dock=dock,
        controller=controller,
        engine=engine,
        events=events,
        refused=refused,
        target=f"127.0.0.1:{engine.local_port}",
    )
    assert engine.stop(15)
    tasks.shutdown()
    store.close()
    client.close()


def test_seeded_caller_pops_while_ringing_and_the_call_log_reaches_the_crm(desk, sipp, qtbot) -> None:
    number = f"137{random.randrange(10**8):08d}"
    api = desk["server"].session("agent")
    customer = api.post("/customers", json={"name": "周<script>alert(1)</script>", "phones": [{"number": number}]})
    assert customer.status_code == 201, customer.text
    cid = customer.json()["id"]
    assert (
        api.post(
            "/complaints", json={"customer_id": cid, "category": "quality", "summary": "Blender broke"}
        ).status_code
        == 201
    )
    assert (
        api.post(
            "/contacts",
            json={"customer_id": cid, "channel": "call", "summary": "Ordered a blender", "disposition": "order_placed"},
        ).status_code
        == 201
    )
    desk["sync"].run_once()
    dock = desk["dock"]
    caller = sipp("uac_caller_hangs_up.xml", desk["target"], keys={"caller": number})
    qtbot.waitUntil(lambda: dock.card_view.name_label.text() == "周<script>alert(1)</script>", timeout=10000)
    ring = next(e for e in desk["events"] if isinstance(e, IncomingCall))
    assert not any(isinstance(e, CallChanged) and e.state == CallState.ACTIVE for e in desk["events"])
    assert dock.status_label.text() == "Ringing"
    # the first paint names the caller; the customer's records follow from the background
    qtbot.waitUntil(lambda: bool(dock.current_card().open_complaints), timeout=5000)
    assert [c.summary for c in dock.current_card().open_complaints] == ["Blender broke"]
    assert any("Ordered a blender" in e.summary for e in dock.current_card().timeline)
    desk["engine"].answer(ring.call_id)
    qtbot.waitUntil(lambda: dock.history.get(str(ring.call_id)).ended, timeout=15000)
    assert caller.wait(15) == 0, caller.output()
    assert dock.card_view.name_label.text().startswith("周")  # still shown after hang-up
    session = dock.history.get(str(ring.call_id))
    body = call_log_body(session, disposition="enquiry", wrapup_seconds=4)
    desk["store"].create("call_logs", body)
    desk["sync"].run_once()
    logs = api.get("/call_logs", params={"customer_id": cid}).json()["items"]
    assert [(log["id"], log["talk_seconds"] >= 0, log["dnis"]) for log in logs] == [(body["id"], True, "+864008001234")]


def test_harassment_mark_blocks_the_next_call_before_it_rings(desk, sipp, qtbot) -> None:
    number = f"136{random.randrange(10**8):08d}"
    dock = desk["dock"]
    first = sipp("uac_caller_hangs_up.xml", desk["target"], keys={"caller": number})
    qtbot.waitUntil(lambda: dock.current_card() is not None, timeout=10000)
    ring = next(e for e in desk["events"] if isinstance(e, IncomingCall))
    desk["engine"].answer(ring.call_id)
    qtbot.waitUntil(lambda: dock.history.get(str(ring.call_id)).ended, timeout=15000)
    assert first.wait(15) == 0, first.output()
    assert dock.stack.currentWidget() is dock.new_caller_form  # an unknown caller
    with qtbot.waitSignal(dock.sig_mark_abnormal_requested):
        dock.call_actions.abnormal_menu.actions()[1].trigger()  # "Harassment"
    session = dock.history.get(str(ring.call_id))
    assert session.abnormal == "harassment"
    desk["store"].create("blocklist", blocklist_body(session, "harassment"))
    desk["sync"].run_once()
    entries = desk["server"].session("agent").get("/blocklist", params={"number": "+86" + number}).json()["items"]
    assert len(entries) == 1
    second = sipp("uac_refused_603.xml", desk["target"], keys={"caller": number})
    assert second.wait(15) == 0, second.output()  # sipp saw 603 and no 180
    qtbot.waitUntil(lambda: bool(desk["refused"]), timeout=5000)
    assert desk["refused"][0].code == 603
    assert len([e for e in desk["events"] if isinstance(e, IncomingCall)]) == 1


def test_two_customers_on_one_number_give_the_chooser_and_anonymous_gets_no_number(desk, sipp, qtbot) -> None:
    number = f"135{random.randrange(10**8):08d}"
    api = desk["server"].session("agent")
    for name, form in (("吴一", number), ("吴二", f"+86 {number[:3]} {number[3:7]} {number[7:]}")):
        assert api.post("/customers", json={"name": name, "phones": [{"number": form}]}).status_code == 201
    desk["sync"].run_once()
    dock = desk["dock"]
    caller = sipp("uac_caller_hangs_up.xml", desk["target"], keys={"caller": number})
    qtbot.waitUntil(lambda: dock.stack.currentWidget() is dock.chooser, timeout=10000)
    names = {dock.chooser.candidates_list.item(i).text().split("  ")[0] for i in range(2)}
    assert names == {"吴一", "吴二"}
    ring = next(e for e in desk["events"] if isinstance(e, IncomingCall))
    desk["engine"].answer(ring.call_id)
    qtbot.waitUntil(lambda: dock.history.get(str(ring.call_id)).ended, timeout=15000)
    assert caller.wait(15) == 0, caller.output()

    anonymous = sipp("uac_caller_hangs_up.xml", desk["target"], keys={"caller": "anonymous"})
    qtbot.waitUntil(lambda: dock.current_card() is not None and dock.current_card().identity.withheld, timeout=10000)
    assert dock.stack.currentWidget() is dock.new_caller_form
    assert dock.new_caller_form.heading_label.text() == "New caller: Withheld number"
    assert dock.new_caller_form.number_edit.text() == ""
    assert not dock.call_actions.block_button.isEnabled()
    second = [e for e in desk["events"] if isinstance(e, IncomingCall)][1]
    desk["engine"].answer(second.call_id)
    assert anonymous.wait(15) == 0, anonymous.output()


def test_the_installed_feature_with_the_real_phone_and_crm(shell, backoffice_server, sipp, tmp_path, qtbot) -> None:
    """Shell + the softphone's Qt adapter + the CRM service + the screen-pop feature, as the lead wires
    them: the seeded caller pops while ringing, the wrap-up's call log and a harassment mark reach the
    back office, and the next call from that number is refused before it rings."""
    number = f"134{random.randrange(10**8):08d}"
    api = backoffice_server.session("agent")
    customer = api.post("/customers", json={"name": "郑好", "phones": [{"number": number}]}).json()
    client = CrmClient(ClientConfig(backoffice_server.url, timeout_s=5, connect_timeout_s=1, retries=0))
    client.login("agent", backoffice_server.credentials["agent"])
    store = Store(tmp_path / "store.db")
    sync = SyncEngine(client, store, SyncConfig(entities=ENTITIES))
    sync.run_once()
    service = CrmService(client, store, sync, backoffice_server.url, "agent", signals=CrmSyncSignals())
    engine = SipEngine(EngineConfig(local_port=0, log_file=str(tmp_path / "pjsip-app.log")))
    phone = PhoneAdapter(engine)
    engine.start()
    assert engine.wait_started(10)
    shell.ctx.services.provide(CRM, service)
    shell.ctx.services.provide(PHONE, phone)
    feature = screenpop_feature.install(shell.ctx, shell.window)
    dock = feature.dock
    target = f"127.0.0.1:{engine.local_port}"
    try:
        caller = sipp("uac_caller_hangs_up.xml", target, keys={"caller": number})
        qtbot.waitUntil(lambda: dock.card_view.name_label.text() == "郑好", timeout=10000)
        assert dock.status_label.text() == "Ringing"
        phone.answer()
        qtbot.waitUntil(lambda: dock.wrap_up_area.isVisible(), timeout=15000)  # the caller hung up
        assert caller.wait(15) == 0, caller.output()
        dock.call_actions.abnormal_menu.actions()[1].trigger()  # harassment
        feature.wrap_up.disposition_combo.setCurrentIndex(1)
        qtbot.mouseClick(feature.wrap_up.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: len(store.related("call_logs", customer["id"])) == 1 and store.is_blocked(number), timeout=5000
        )
        sync.run_once()
        logs = api.get("/call_logs", params={"customer_id": customer["id"]}).json()["items"]
        assert [(log["disposition"], log["abnormal_reason"]) for log in logs] == [("order_placed", "harassment")]
        assert len(api.get("/blocklist", params={"number": "+86" + number}).json()["items"]) == 1
        refused = []
        phone.sig_call_rejected_before_ringing.connect(refused.append)
        second = sipp("uac_refused_603.xml", target, keys={"caller": number})
        assert second.wait(15) == 0, second.output()
        qtbot.waitUntil(lambda: bool(refused), timeout=5000)
        assert refused[0].code == 603
    finally:
        feature.shutdown()
        assert engine.stop(15)
        store.close()
        client.close()


def test_hostile_malformed_and_huge_headers_pop_safely(desk, tmp_path, qtbot) -> None:
    """An INVITE near what one UDP datagram carries (an INVITE cut at pjsip's 4,000-byte buffer is
    refused: tests/softphone/test_ghost_calls.py) with a script-laden display name, a garbage PAI and
    Diversion, a 600-character Remote-Party-ID name, an SQL-ish customer id and a 900-character X-
    header: the card pops, shows the number from Remote-Party-ID, and every text stays plain and short."""
    number = f"133{random.randrange(10**8):08d}"
    caller = _scenario_caller(tmp_path, desk["target"], "uac_hostile_headers.xml", caller=number)
    dock = desk["dock"]
    try:
        qtbot.waitUntil(lambda: dock.current_card() is not None, timeout=10000)
        card = dock.current_card()
        assert card.identity.number == "+86" + number and card.identity.source == "Remote-Party-ID"
        assert card.identity.customer_id == ""
        assert len(card.identity.display_name) <= 80 and len(card.identity.attached["x-note"]) <= 256
        form = dock.new_caller_form
        assert dock.stack.currentWidget() is form
        assert len(form.name_edit.text()) <= 80
        assert all(label.textFormat() == Qt.TextFormat.PlainText for label in dock.findChildren(QLabel))
        ring = next(e for e in desk["events"] if isinstance(e, IncomingCall))
        desk["engine"].answer(ring.call_id)
        assert caller.wait(15) == 0, caller.output()
    finally:
        caller.kill()


def _scenario_caller(tmp_path, target: str, scenario: str, **keys: str):
    """A sipp caller running one of the screen-pop's own scenarios (tests/screenpop/data)."""
    caller = Sipp("uac_caller_hangs_up.xml", tmp_path, target=target, keys=keys)
    caller.args[caller.args.index("-sf") + 1] = str(Path(__file__).with_name("data") / scenario)
    return caller.start()


def test_landline_in_plus86_form_matches_and_the_ivr_customer_id_wins(desk, tmp_path, qtbot) -> None:
    local = f"10{random.randrange(10**7):07d}1"  # a Beijing landline without its trunk 0
    api = desk["server"].session("agent")
    landline = api.post("/customers", json={"name": "冯京", "phones": [{"number": "0" + local}]}).json()
    other = api.post("/customers", json={"name": "陈平", "phones": [{"number": f"132{random.randrange(10**8):08d}"}]})
    desk["sync"].run_once()
    dock = desk["dock"]
    caller = _scenario_caller(tmp_path, desk["target"], "uac_with_customer_id.xml", caller=local, customer_id="none")
    try:
        qtbot.waitUntil(lambda: dock.card_view.name_label.text() == "冯京", timeout=10000)  # PAI +86 10…
        assert dock.current_card().customer.id == landline["id"]
        ring = [e for e in desk["events"] if isinstance(e, IncomingCall)][-1]
        desk["engine"].answer(ring.call_id)
        assert caller.wait(15) == 0, caller.output()
    finally:
        caller.kill()
    second = _scenario_caller(
        tmp_path, desk["target"], "uac_with_customer_id.xml", caller=local, customer_id=other.json()["id"]
    )
    try:
        qtbot.waitUntil(lambda: dock.card_view.name_label.text() == "陈平", timeout=10000)
        ring = [e for e in desk["events"] if isinstance(e, IncomingCall)][-1]
        desk["engine"].answer(ring.call_id)
        assert second.wait(15) == 0, second.output()
    finally:
        second.kill()
