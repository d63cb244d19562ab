"""The Call Back dock between two agents' desktops and the real back office; restart; what is queued."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from agent_desktop.features.callbacks.core.detector import MissedCallDetector
from agent_desktop.features.callbacks.feature import CallbackFeature
from agent_desktop.features.crm_link.api import CRM
from crm.client import ClientConfig, CrmClient
from crm.schemas.callbacks import AttemptOutcome, CallbackSource
from crm.store import Store
from crm.store.callbacks import MissedCall
from crm.sync import SyncConfig, SyncEngine
from softphone.engine.events import CallChanged, CallRejectedBeforeRinging, CallState, IncomingCall, Outcome
from tests.agent_desktop.features.todo.test_todo_feature import service_for
from tests.crm.conftest import live_backoffice  # noqa: F401 - fixture
from tests.crm.helpers import client_for, engine_for
from tests.crm.test_todos_sync import SYNCED


def numbers(feature: CallbackFeature) -> list[str]:
    return [e["number"] for e in feature.dock.entries]


class Dialer:
    """Stands in for the phone adapter's ``dial`` (the SIP side is proven in test_callback_sip)."""

    def __init__(self) -> None:
        self.dialled: list[str] = []

    def dial(self, number: str) -> int:
        self.dialled.append(number)
        return len(self.dialled)


@pytest.fixture
def desk(live_backoffice, make_shell, tmp_path, qtbot):
    made = []

    def make(username: str):
        shell = make_shell(username)
        engine = engine_for(client_for(live_backoffice.url, username), tmp_path / f"{username}.db", entities=SYNCED)
        shell.ctx.services.provide(CRM, service_for(engine, shell.window, username))
        feature = CallbackFeature(shell.window, shell.ctx.services, shell.ctx.tasks)
        feature.start()
        qtbot.waitUntil(lambda: feature.controller is not None, timeout=5000)  # the user is remembered
        feature.controller.phone = Dialer()
        made.append((feature, engine))
        return feature, engine

    yield make
    for feature, engine in made:
        feature.shutdown()
        engine.stop()
        engine.store.close()
        engine.client.close()


def test_two_agents_click_the_same_caller_one_dials_the_other_gets_409_and_moves_on(desk, qtbot):
    a, sync_a = desk("agent1")
    b, sync_b = desk("agent2")
    now = datetime.now(timezone.utc)
    a.controller.on_missed(MissedCall("13800138000", now - timedelta(minutes=7), CallbackSource.ABANDONED))
    a.controller.on_missed(MissedCall("13900139000", now - timedelta(minutes=1), CallbackSource.LINES_BUSY))
    qtbot.waitUntil(lambda: len(a.controller.entries()) == 2, timeout=5000)  # written in the background
    sync_a.run_once()
    sync_b.run_once()
    qtbot.waitUntil(lambda: numbers(b) == ["+8613800138000", "+8613900139000"], timeout=5000)  # read off the GUI thread
    # A's dock shows the synced copies (a version from the CRM), not a read made before its sync: a
    # claim of an entry the CRM has not seen yet is refused ("not in the CRM yet") and nothing is dialled
    qtbot.waitUntil(lambda: len(a.dock.entries) == 2 and all(e.get("version") for e in a.dock.entries), timeout=5000)
    a.dock.select(a.dock.entries[0]["id"])
    with qtbot.waitSignal(a.controller.sig_dialing, timeout=5000):
        a.dock.call_button.click()
    assert a.controller.phone.dialled == ["+8613800138000"]
    b.dock.select(b.dock.entries[0]["id"])  # B still sees the first caller as waiting
    with qtbot.waitSignal(b.controller.sig_claim_lost, timeout=5000) as lost:
        with qtbot.waitSignal(b.controller.sig_dialing, timeout=5000):
            b.dock.call_button.click()
    assert lost.args[0] == a.dock.entries[0]["id"]
    assert b.controller.phone.dialled == ["+8613900139000"]  # moved on to the next caller
    assert "Another agent" in b.dock.message.text()
    qtbot.waitUntil(
        lambda: numbers(b) == ["+8613900139000"] and b.dock.entries[0].get("claimed_by") is not None, timeout=5000
    )
    mine = b.dock.entries[0]
    b.dock.select(mine["id"])
    assert mine["claimed_by"] == b.dock.me_id and b.dock.outcome_buttons[AttemptOutcome.REACHED].isEnabled()


def test_the_queue_and_a_claimed_entry_survive_a_restart_and_its_outcome_syncs_later(
    make_shell, qtbot, tmp_path, live_backoffice
):
    path = tmp_path / "agent1.db"
    sync = engine_for(client_for(live_backoffice.url, "agent1"), path, entities=SYNCED)
    shell = make_shell("first")
    shell.ctx.services.provide(CRM, service_for(sync, shell.window))
    feature = CallbackFeature(shell.window, shell.ctx.services, shell.ctx.tasks)
    feature.start()
    qtbot.waitUntil(lambda: feature.controller is not None, timeout=5000)
    feature.controller.phone = Dialer()
    now = datetime.now(timezone.utc)
    feature.controller.on_missed(MissedCall("13800138000", now, CallbackSource.UNANSWERED))
    qtbot.waitUntil(lambda: len(feature.controller.entries()) == 1, timeout=5000)
    sync.run_once()
    qtbot.waitUntil(
        lambda: numbers(feature) == ["+8613800138000"] and feature.dock.entries[0].get("version"), timeout=5000
    )  # the synced copy is listed
    with qtbot.waitSignal(feature.controller.sig_dialing, timeout=5000):
        feature.dock.call_button.click()
    feature.shutdown()
    sync.store.close()
    sync.client.close()
    live_backoffice.stop()  # restart while the CRM is down
    store = Store(path)
    offline = SyncEngine(
        CrmClient(ClientConfig(live_backoffice.url, retries=0, connect_timeout_s=0.2)), store, SyncConfig()
    )
    shell2 = make_shell("second")
    shell2.ctx.services.provide(CRM, service_for(offline, shell2.window))
    again = CallbackFeature(shell2.window, shell2.ctx.services, None)
    again.start()
    assert [e["number"] for e in again.dock.entries] == ["+8613800138000"]
    again.dock.select(again.dock.entries[0]["id"])
    assert again.dock.outcome_buttons[AttemptOutcome.BUSY].isEnabled()  # still claimed by me
    again.dock.outcome_buttons[AttemptOutcome.BUSY].click()
    assert again.dock.entries == [] and store.outbox_counts() == (1, 0)
    live_backoffice.start()
    online = SyncEngine(client_for(live_backoffice.url, "agent1"), store, SyncConfig())
    online.run_once()
    record = store.get("callbacks", feature_entry_id(store))
    assert record["status"] == "pending" and record["last_outcome"] == "busy" and record["due_at"]
    again.shutdown()
    online.client.close()
    store.close()


def feature_entry_id(store: Store) -> str:
    return store.list("callbacks")[0]["id"]


def test_which_calls_are_queued_for_a_call_back():
    found: list[MissedCall] = []
    t = datetime(2026, 11, 22, 3, 0, tzinfo=timezone.utc)
    detector = MissedCallDetector(found.append, blocked_code=603, clock=lambda: t)
    headers = {"To": ["<sip:4008001234@127.0.0.1>"]}

    def ring(call_id: int, number: str) -> None:
        detector.feed(IncomingCall(call_id, "sip:x@h", "", number, headers, 0.0))

    def end(call_id: int, outcome: Outcome, code: int) -> None:
        detector.feed(CallChanged(call_id, CallState.DISCONNECTED, "in", "sip:x@h", "", code, "", outcome))

    ring(1, "+8613800000001")
    end(1, Outcome.MISSED, 487)  # caller hung up while ringing
    ring(2, "+8613800000002")
    end(2, Outcome.MISSED, 408)  # rang out, nobody answered
    ring(3, "+8613800000003")
    detector.feed(CallChanged(3, CallState.ACTIVE, "in", "sip:x@h", "", 200))
    end(3, Outcome.ANSWERED, 200)  # answered: nothing to do
    ring(4, "+8613800000004")
    end(4, Outcome.REJECTED, 603)  # the agent declined it on purpose
    for number, code in (("+8613800000005", 486), ("+8613800000006", 480), ("+8613800000007", 603)):
        detector.feed(CallRejectedBeforeRinging(number, code, headers))
    ring(8, "")
    end(8, Outcome.MISSED, 487)  # withheld number: nobody to call back
    assert [(m.number, m.source.value) for m in found] == [
        ("+8613800000001", "abandoned"),
        ("+8613800000002", "unanswered"),
        ("+8613800000005", "lines_busy"),
        ("+8613800000006", "not_ready"),
    ]
    assert all(m.dnis.endswith("4008001234") and m.at == t for m in found)
