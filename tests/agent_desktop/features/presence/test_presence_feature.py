"""The agent's presence as a supervisor sees it: a real sipp caller, the real softphone and card, the
real back office over HTTP. Ringing, On call and Wrap-up follow the call; the wrap-up's time limit makes
the agent Not ready; changes made while the back office is down arrive in order once it is back."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.phone import feature as phone_feature
from agent_desktop.features.presence import feature as presence_feature
from agent_desktop.features.screenpop import feature as screenpop_feature
from agent_desktop.shell.agent_state import NOT_READY, READY
from crm.client import ClientConfig, CrmClient
from crm.store import Store
from crm.sync import SyncEngine
from tests.agent_desktop.features.callbacks.test_callback_sip import caller  # noqa: F401 - fixture
from tests.fixtures.backoffice import BackofficeProcess
from tests.screenpop.test_record_source import ZHANG, _customer

pytestmark = pytest.mark.e2e


@pytest.fixture
def office(backoffice_factory: Any) -> BackofficeProcess:
    return backoffice_factory(seed_customers=0)


@pytest.fixture
def agent_crm(office: BackofficeProcess, tmp_path: Any) -> Any:
    """The agent's CRM link: signed in to the real back office, 张伟 in the local store."""
    store = Store(tmp_path / "store.db")
    store.bulk_load("customers", [_customer(ZHANG, "张伟", "13800138000")], fresh=True)
    password = office.credentials["agent"]
    client = CrmClient(ClientConfig(office.url), credentials=lambda: ("agent", password))
    client.login("agent", password)
    yield CrmService(client, store, SyncEngine(client, store), office.url, "agent")
    client.close()
    store.close()


@pytest.fixture
def desk(make_shell, agent_crm, qtbot):
    made = []

    def make(**overrides: Any) -> tuple[Any, Any, Any, Any]:
        shell = make_shell(overrides={"sip.local_port": 0, "sip.auto_answer": True, **overrides})
        shell.ctx.services.provide(CRM, agent_crm)
        phone = phone_feature.install(shell.ctx, shell.window)
        card = screenpop_feature.install(shell.ctx, shell.window)
        presence = presence_feature.install(shell.ctx, shell.window)
        made.append((presence, card, phone))
        qtbot.waitUntil(lambda: phone.engine.local_port > 0, timeout=10_000)
        return shell, phone, card, presence

    yield make
    for features in made:
        for feature in features:
            feature.shutdown()


def history(office: BackofficeProcess, crm: CrmService) -> list[tuple[str, str | None]]:
    assert crm.user is not None
    items = office.session("supervisor").get(f"/presence/history/{crm.user['id']}").json()["items"]
    return [(i["state"], i["reason"]) for i in items]


def board_line(office: BackofficeProcess, crm: CrmService) -> dict[str, Any]:
    assert crm.user is not None
    agents = office.session("supervisor").get("/presence/board").json()["agents"]
    return next(a for a in agents if a["user_id"] == crm.user["id"])


def test_a_call_is_seen_ringing_on_call_and_in_wrap_up_then_ready_again(desk, agent_crm, office, caller, qtbot) -> None:
    shell, phone, card, presence = desk()
    qtbot.waitUntil(lambda: history(office, agent_crm) == [("ready", None)], timeout=5000)
    agent = shell.window.status_indicator("agent")
    talk = caller("uac_caller_hangs_up.xml", f"127.0.0.1:{phone.engine.local_port}", "13800138000")
    # the agent's own indicator tells the truth too: On call, not the Ready they chose
    qtbot.waitUntil(lambda: agent.text() == "Agent: On call", timeout=10_000)
    assert shell.window.state_selector.currentText() == "On call"
    qtbot.waitUntil(lambda: ("on_call", None) in history(office, agent_crm), timeout=10_000)
    # the board names the customer as the CRM knows them once the card found them (the number before)
    qtbot.waitUntil(lambda: board_line(office, agent_crm)["customer_name"] == "张伟", timeout=5000)
    assert board_line(office, agent_crm)["call_direction"] == "inbound"
    assert talk.wait(15) == 0, talk.output()
    qtbot.waitUntil(lambda: board_line(office, agent_crm)["state"] == "wrap_up", timeout=5000)
    assert agent.text() == "Agent: Wrap-up"
    card.wrap_up.disposition_combo.setCurrentIndex(2)
    card.wrap_up.notes_edit.setPlainText("asked when the chair comes")
    qtbot.mouseClick(card.wrap_up.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board_line(office, agent_crm)["state"] == "ready", timeout=5000)
    states = [state for state, _ in history(office, agent_crm)]
    assert states[:1] == ["ready"] and states[-2:] == ["wrap_up", "ready"]
    assert states.index("on_call") < states.index("wrap_up")  # no Ready flicker between call and wrap-up
    assert "ready" not in states[states.index("on_call") : states.index("wrap_up")]


def test_a_wrap_up_that_runs_out_makes_the_agent_not_ready_and_counts_down_meanwhile(
    desk, agent_crm, office, caller, qtbot
) -> None:
    shell, phone, card, presence = desk(**{"wrapup.limit_s": 2, "wrapup.extend_s": 1, "wrapup.when_over": "not_ready"})
    talk = caller("uac_caller_hangs_up.xml", f"127.0.0.1:{phone.engine.local_port}", "13800138000")
    assert talk.wait(15) == 0, talk.output()
    indicator = shell.window.status_indicator("agent")  # the countdown is in the agent's own indicator
    qtbot.waitUntil(
        lambda: indicator.text() in ("Agent: Wrap-up (0:02 left)", "Agent: Wrap-up (0:01 left)"), timeout=5000
    )
    assert indicator.level == "error"  # the last seconds
    assert presence.act_extend.isEnabled()
    presence.act_extend.trigger()
    assert not presence.act_extend.isEnabled()  # once per wrap-up
    qtbot.waitUntil(lambda: shell.agent_state.state == NOT_READY, timeout=6000)
    assert indicator.text() == "Agent: Not ready (Wrap-up time ran out)"
    qtbot.waitUntil(lambda: history(office, agent_crm)[-1] == ("not_ready", "after_wrap_up"), timeout=5000)


def test_changes_made_while_the_back_office_is_down_arrive_in_order_with_their_times(
    desk, agent_crm, office, qtbot
) -> None:
    shell, phone, card, presence = desk()
    qtbot.waitUntil(lambda: history(office, agent_crm) == [("ready", None)], timeout=5000)
    office.kill()
    shell.agent_state.set_state(NOT_READY, "break")
    qtbot.wait(300)
    shell.agent_state.set_state(NOT_READY)
    qtbot.wait(300)
    shell.agent_state.set_state(READY)
    qtbot.wait(200)
    office.start()
    qtbot.waitUntil(lambda: not presence.send_loop.sending, timeout=10_000)  # the attempts while it was down are over
    presence.flush()  # what the next heartbeat would do
    want = [("ready", None), ("not_ready", "break"), ("not_ready", None), ("ready", None)]
    qtbot.waitUntil(lambda: history(office, agent_crm) == want, timeout=10_000)
    assert agent_crm.user is not None
    items = office.session("supervisor").get(f"/presence/history/{agent_crm.user['id']}").json()["items"]
    at = [datetime.fromisoformat(i["at"]) for i in items]
    received = [datetime.fromisoformat(i["received_at"]) for i in items]
    assert at == sorted(at) and (at[2] - at[1]).total_seconds() >= 0.25  # the times they happened
    assert received[1] > at[3]  # ... not when they arrived
