"""A dead phone must not look Ready: its SIP port held by another program makes the agent Not ready
(phone unavailable), Ready is refused, the status bar says how to pick another port, the phone is
started again and, once the port is free, the agent is back to Ready."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from agent_desktop.features.phone import feature as phone_feature
from agent_desktop.shell.agent_state import NOT_READY, READY
from tests.fixtures.ports import free_port

FAST_RETRY = {"sip.start_retry_s": 0.2, "sip.start_retry_max_s": 0.4}


@pytest.fixture
def taken_port():
    """A loopback port another program holds (UDP, as the phone's default transport)."""
    port = free_port()
    holder = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    holder.bind(("127.0.0.1", port))
    yield port, holder
    holder.close()


@pytest.mark.e2e
def test_a_taken_sip_port_makes_the_agent_not_ready_until_the_phone_starts_again(make_shell, qtbot, taken_port):
    port, holder = taken_port
    shell = make_shell(overrides={"sip.local_port": port, **FAST_RETRY})
    window, agent = shell.window, shell.agent_state
    assert agent.state == READY
    feature = phone_feature.install(shell.ctx, window)
    try:
        qtbot.waitUntil(lambda: agent.state == NOT_READY, timeout=10000)
        selector, sip = window.state_selector, window.status_indicator("sip")
        assert selector.currentText() == "Not ready (phone unavailable)"
        assert window.status_indicator("agent").text() == "Agent: Not ready (phone unavailable)"
        assert sip.level == "error" and "SIP port is in use" in sip.text()
        assert f"port {port}" in sip.toolTip()
        assert "Tools > Settings > SIP account > Local port" in sip.toolTip()
        assert "--set sip.local_port=N" in window.statusBar().currentMessage()

        # Ready is refused from the tool bar's selector (keyboard) and from the Call menu
        selector.setFocus()
        QTest.keyClick(selector, Qt.Key.Key_Home)  # Ready is the first entry
        assert agent.state == NOT_READY and selector.currentData() == NOT_READY
        assert window.statusBar().currentMessage().startswith("You cannot be Ready now: phone unavailable.")
        window.statusBar().clearMessage()
        window.state_actions[READY].trigger()
        assert agent.state == NOT_READY and window.state_actions[NOT_READY].isChecked()
        assert "You cannot be Ready now" in window.statusBar().currentMessage()

        # Help > demo call says why it cannot ring
        feature.actions["demo"].trigger()
        message = window.statusBar().currentMessage()
        assert message.startswith("No demo call: The phone could not start") and f"port {port}" in message
        assert feature._demo is None

        translations = shell.ctx.translations
        try:  # what to do follows a language switch
            translations.set_language("zh_CN")
            qtbot.waitUntil(lambda: "SIP 账户 > 本地端口" in sip.toolTip())
            assert selector.currentText() == "未就绪（电话不可用）"
        finally:
            translations.set_language("en")
        qtbot.waitUntil(lambda: "SIP account > Local port" in sip.toolTip())

        first = feature.engine
        qtbot.waitUntil(lambda: feature.engine is not first, timeout=5000)  # tried again, still taken
        assert agent.state == NOT_READY

        holder.close()  # the other program lets the port go
        qtbot.waitUntil(lambda: agent.state == READY, timeout=10000)
        assert feature.engine.local_port == port
        assert sip.text() == f"SIP: ready on port {port}" and sip.level == "ok"
        assert selector.currentText() == "Ready" and window.status_indicator("agent").text() == "Agent: Ready"
        assert feature.demo_call_refusal() == ""
    finally:
        feature.shutdown()


def test_trying_again_and_its_explanation_follow_a_language_switch(make_shell, qtbot) -> None:
    """ "SIP: trying again" and the tooltip saying what to do are shown in the language of the moment."""
    from agent_desktop.features.phone.availability import PhoneAvailability
    from softphone.engine.events import TRANSPORT_FAILED, EngineFailed

    shell = make_shell(overrides={"sip.start_retry_s": 0.05, "sip.start_retry_max_s": 60})
    restarts: list[bool] = []
    availability = PhoneAvailability(shell.ctx, shell.window, lambda: restarts.append(True))  # never starts
    sip = shell.window.status_indicator("sip")
    availability.failed(EngineFailed(TRANSPORT_FAILED, "pjsip: address in use"), 5070)
    qtbot.waitUntil(lambda: bool(restarts) and sip.text() == "SIP: trying again")
    assert "Local port" in sip.toolTip() and "pjsip: address in use" in sip.toolTip()
    translations = shell.ctx.translations
    try:
        translations.set_language("zh_CN")
        qtbot.waitUntil(lambda: sip.text() == "SIP：正在重试")
        assert "SIP 账户 > 本地端口" in sip.toolTip() and "5070" in sip.toolTip()
    finally:
        translations.set_language("en")
    qtbot.waitUntil(lambda: sip.text() == "SIP: trying again" and "SIP account > Local port" in sip.toolTip())
    availability.shutdown()
