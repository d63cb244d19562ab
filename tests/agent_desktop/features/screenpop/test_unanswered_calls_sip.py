"""Calls nobody answered, from real sipp callers to the real softphone and card: a call the agent
rejects and one whose caller hangs up while it rings are logged at once and ask for no wrap-up (unless
IT's policy says so); while a call rings, its line button names the customer the CRM knows, an
unknown caller keeps the name the phone sent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.phone import feature as phone_feature
from agent_desktop.features.screenpop import feature as screenpop_feature
from agent_desktop.shell.agent_state import READY
from tests.agent_desktop.features.callbacks.test_callback_sip import caller  # noqa: F401 - fixture
from tests.agent_desktop.features.screenpop.test_screenpop_feature import crm  # noqa: F401 - fixture

pytestmark = pytest.mark.e2e


@pytest.fixture
def desk(make_shell, crm, qtbot):
    """``desk(overrides)`` -> (shell, phone feature, card feature): the real softphone and card."""
    made = []

    def make(**overrides):
        shell = make_shell(overrides={"sip.local_port": 0, **overrides})
        shell.ctx.services.provide(CRM, crm)
        phone = phone_feature.install(shell.ctx, shell.window)
        card = screenpop_feature.install(shell.ctx, shell.window)
        made.append((card, phone))
        qtbot.waitUntil(lambda: phone.engine.local_port > 0, timeout=10_000)
        return shell, phone, card

    yield make
    for card, phone in made:
        card.shutdown()
        phone.shutdown()


def logs(service) -> list[dict]:
    return service.store.list("call_logs")


def test_a_rejected_call_and_a_missed_call_are_logged_without_a_wrap_up(desk, crm, caller, qtbot) -> None:
    shell, phone, card = desk()
    target = f"127.0.0.1:{phone.engine.local_port}"
    line = phone.dock.lines.buttons[0]

    # a known customer rings: the line names them as the CRM does ("Wang Fang" is only the SIP name)
    ringing = caller("uac_ring_busy.xml", target, "13800138000")  # expects 180, then a 486 refusal
    qtbot.waitUntil(lambda: "张伟" in line.text(), timeout=10_000)
    assert "Wang Fang" not in line.text() and card.dock.card_view.name_label.text() == "张伟"
    qtbot.mouseClick(phone.dock.controls.reject, Qt.MouseButton.LeftButton)
    assert ringing.wait(15) == 0, ringing.output()
    qtbot.waitUntil(lambda: len(logs(crm)) == 1, timeout=5000)
    assert logs(crm)[0]["disposition"] == "rejected" and logs(crm)[0]["customer_id"]
    assert not card.dock.wrap_up_area.isVisible() and card.history.pending_wrap_up() == []
    assert shell.agent_state.state == READY
    assert card.dock.status_label.text() == "Not answered: rejected"

    # an unknown caller hangs up while it rings: their line keeps the name their phone sent
    missed = caller("uac_cancel_after_1000ms.xml", target, "13700000000")
    qtbot.waitUntil(lambda: "Caller" in line.text(), timeout=10_000)
    assert missed.wait(15) == 0, missed.output()
    qtbot.waitUntil(lambda: len(logs(crm)) == 2, timeout=5000)
    assert {log["disposition"] for log in logs(crm)} == {"rejected", "missed"}
    assert not card.dock.wrap_up_area.isVisible() and card.history.pending_wrap_up() == []
    assert shell.agent_state.state == READY


def test_the_policy_can_ask_for_a_wrap_up_after_a_missed_call(
    desk,
    crm,
    caller,
    qtbot,
    no_system_policy,
) -> None:
    no_system_policy.write_text('[wrapup]\nafter_unanswered = true\nlocked = ["after_unanswered"]\n')
    shell, phone, card = desk()
    assert shell.ctx.settings_manager.source("wrapup.after_unanswered") == "policy"
    missed = caller("uac_cancel_after_1000ms.xml", f"127.0.0.1:{phone.engine.local_port}", "13800138000")
    assert missed.wait(15) == 0, missed.output()
    qtbot.waitUntil(lambda: card.dock.wrap_up_area.isVisible(), timeout=5000)
    assert card.wrap_up.call_id() == card.history.sessions()[0].call_id and card.wrap_up.isEnabled()
    assert logs(crm) == [] and shell.agent_state.state == READY  # logged with the wrap-up; never answered
