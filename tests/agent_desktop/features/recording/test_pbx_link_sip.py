"""A PBX that records names each recording by the call's SIP Call-ID: a sipp caller rings the real
softphone, the agent answers, hangs up and wraps up; the call log the real back office receives
carries the Call-ID of the caller's INVITE, and the customer's recordings offer the PBX address made
from it (``recording.pbx_url_template`` with ``{call_id}``, the README's example)."""

from __future__ import annotations

import re
import uuid
from typing import Any
from urllib.parse import quote

import pytest

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.phone import feature as phone_feature
from agent_desktop.features.recording import feature as recording_feature
from agent_desktop.features.screenpop import feature as screenpop_feature
from tests.agent_desktop.features.callbacks.test_callback_sip import caller  # noqa: F401 - fixture
from tests.agent_desktop.features.recording.test_recording_feature import agent_crm  # noqa: F401 - fixture

pytestmark = pytest.mark.e2e

TEMPLATE = "https://pbx.example.com/rec/{call_id}.wav"


def test_the_call_log_carries_the_invites_call_id_and_the_card_offers_the_pbx_recording(
    make_shell, agent_crm, caller, qtbot
) -> None:
    _customer_id, service = agent_crm
    # a number no other test's customer has on the shared back office, so the pop finds this customer alone
    number = f"139{uuid.uuid4().int % 10**8:08d}"
    customer = service.client.create_raw(
        "customers", {"name": "张伟", "phones": [{"number": number}]}, key=str(uuid.uuid4())
    )
    service.store.bulk_load("customers", [customer])
    customer_id = customer["id"]
    shell = make_shell(overrides={"sip.local_port": 0, "sip.auto_answer": True, "recording.pbx_url_template": TEMPLATE})
    shell.ctx.services.provide(CRM, service)
    phone = phone_feature.install(shell.ctx, shell.window)
    card = screenpop_feature.install(shell.ctx, shell.window)
    feature = recording_feature.install(shell.ctx, shell.window)
    try:
        qtbot.waitUntil(lambda: phone.engine.local_port > 0, timeout=10_000)
        calling = caller("uac_agent_hangs_up.xml", f"127.0.0.1:{phone.engine.local_port}", number)
        qtbot.waitUntil(lambda: bool(card.talking_calls()), timeout=10_000)  # answered at once
        phone.phone.hangup()
        qtbot.waitUntil(card.wrap_up.isVisible, timeout=10_000)
        card.wrap_up.disposition_combo.setCurrentIndex(2)
        card.wrap_up.submit_button.click()
        assert calling.wait(15) == 0, calling.output()
        invite = calling.messages().split("INVITE sip:", 1)[1]
        found = re.search(r"^\s*Call-ID:\s*(\S+)\s*$", invite, re.MULTILINE)
        assert found, calling.messages()
        sip_call_id = found[1]

        def logged() -> list[dict[str, Any]]:
            service.engine.run_once()
            params = {"customer_id": customer_id}  # this test's customer: the back office is shared
            return service.client.request("GET", "/call_logs", params=params).json()["items"]

        qtbot.waitUntil(lambda: len(logged()) == 1, timeout=15_000)
        log = logged()[0]
        assert log["customer_id"] == customer_id
        assert log["sip_call_id"] == sip_call_id

        # the customer's recordings: the PBX's, at the address made from the INVITE's Call-ID
        feature.show_recordings(customer_id)
        panel = feature.panel
        assert panel is not None
        expected = f"https://pbx.example.com/rec/{quote(sip_call_id, safe='@+-._~')}.wav"
        qtbot.waitUntil(lambda: any(row.url == expected for row in panel.rows), timeout=10_000)
        row = next(row for row in panel.rows if row.url == expected)
        assert row.call_log_id == log["id"] and row.inbound
    finally:
        feature.shutdown()
        card.shutdown()
        phone.shutdown()
