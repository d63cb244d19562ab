"""The installed screen-pop feature logs each pop of a real INVITE (a sipp caller with P-Asserted-Identity,
Diversion and X- headers, rung into the real SIP engine) at INFO: the headers used, the numbers masked to
``crm.log_number_digits`` trailing digits, and what the card became."""

from __future__ import annotations

import logging

import pytest

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop import feature as screenpop_feature
from crm.client import ClientConfig, CrmClient
from crm.store import Store
from crm.sync import SyncEngine
from softphone.engine.config import EngineConfig
from softphone.engine.engine import SipEngine
from softphone.engine.events import CallRejectedBeforeRinging
from softphone.qt.adapter import PhoneAdapter
from tests.fixtures.backoffice import free_port
from tests.screenpop.test_pop_e2e import _scenario_caller
from tests.screenpop.test_record_source import LI, ZHANG, _customer

pytestmark = pytest.mark.e2e


def test_a_real_invite_pops_and_its_identity_and_result_are_logged_masked(make_shell, tmp_path, qtbot, caplog) -> None:
    shell = make_shell(overrides={"sip.local_port": 0, "crm.log_number_digits": 2})
    store = Store(tmp_path / "store.db")
    store.bulk_load("customers", [_customer(ZHANG, "张伟", "13800138000"), _customer(LI, "李娜", "13900139000")])
    client = CrmClient(ClientConfig(f"http://127.0.0.1:{free_port()}", connect_timeout_s=1, retries=0))
    engine = SipEngine(EngineConfig(local_port=0, log_file=str(tmp_path / "pjsip.log")))
    phone = PhoneAdapter(engine)
    engine.start()
    assert engine.wait_started(10)
    shell.ctx.services.provide(CRM, CrmService(client, store, SyncEngine(client, store), client.config.base_url, "a"))
    shell.ctx.services.provide(PHONE, phone)
    feature = screenpop_feature.install(shell.ctx, shell.window)
    caller = None
    try:
        with caplog.at_level(logging.INFO):
            caller = _scenario_caller(
                tmp_path,
                f"127.0.0.1:{engine.local_port}",
                "uac_with_customer_id.xml",
                caller="13800138000",
                customer_id=LI,
            )
            qtbot.waitUntil(lambda: feature.dock.card_view.name_label.text() == "李娜", timeout=10000)
            phone.answer()
            assert caller.wait(15) == 0, caller.output()
            phone.sig_call_rejected_before_ringing.emit(CallRejectedBeforeRinging("+8613800138000", 603, {}))
        pops = [r for r in caplog.records if r.name == "screenpop.core.pop_log"]
        assert len(pops) == 1 and pops[0].levelno == logging.INFO
        assert pops[0].getMessage() == (
            f"screen-pop of call {feature.history.sessions()[0].call_id}: "
            "caller …00 from P-Asserted-Identity; DNIS …34 from Diversion; "
            f"X-Customer-ID={LI}; other X- headers: x-campaign -> customer {LI} found by X-Customer-ID (local store)"
        )
        refused = [r.getMessage() for r in caplog.records if r.name == "agent_desktop.features.screenpop.feature"]
        assert "refused a call from …00 with 603 before it rang" in refused
        ours = " ".join(r.getMessage() for r in caplog.records if r.name.startswith(("screenpop", "agent_desktop")))
        assert "13800138000" not in ours and "4008001234" not in ours  # no number in the clear
    finally:
        if caller is not None:
            caller.kill()
        feature.shutdown()
        assert engine.stop(15)
        client.close()
        store.close()
