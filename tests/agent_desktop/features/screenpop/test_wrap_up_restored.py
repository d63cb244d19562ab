"""A wrap-up the app closed on comes back at the next start as the form the agent was filling in: the
disposition, the notes and a ticked follow-up to-do with its time. The call's log is written at once;
submitting completes it (and creates the to-do), Discard (confirmed) leaves it as written; until one of
them, the wrap-up comes back at every start. Against the real back office over HTTP, the server ends up
with one call log carrying the submitted wrap-up, and its to-do."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.screenpop import feature as screenpop_feature
from agent_desktop.features.screenpop.quit_wrap import QUESTION_NAME
from agent_desktop.features.screenpop.wrap_draft import KIND
from agent_desktop.features.screenpop.wrap_restore import DISCARD_QUESTION
from agent_desktop.shell.agent_state import NOT_READY, READY, WRAP_UP
from agent_desktop.shell.keys import AGENT_STATE
from crm.client import ClientConfig, CrmClient
from crm.store import Store
from crm.store.drafts import DraftStore
from crm.sync import SyncConfig, SyncEngine
from tests.agent_desktop.features.screenpop.test_screenpop_feature import crm  # noqa: F401 - fixture
from tests.agent_desktop.features.screenpop.test_wrap_up_draft import restarted, wrapping_up
from tests.fixtures.processes import read_line
from tests.screenpop.test_record_source import ZHANG

ROOT = Path(__file__).resolve().parents[4]

DUE = datetime.now(timezone.utc).replace(second=0, microsecond=0) + timedelta(days=2)


def type_wrap_up(form: Any, qtbot: Any, notes: str) -> None:
    """The agent chooses a disposition, types notes and ticks a follow-up to-do due in two days."""
    form.disposition_combo.setCurrentIndex(form.disposition_combo.findData("follow_up"))
    qtbot.keyClicks(form.notes_edit, notes)
    qtbot.mouseClick(form.follow_up_check, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.title_edit, "ring back about the refund")
    form.due_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(DUE.timestamp())))


def saved_form(drafts: DraftStore) -> list[dict[str, Any]]:
    return [d.data["form"] for d in drafts.list(KIND)]


def crashed_while_typing(make_shell: Any, crm: Any, qtbot: Any) -> DraftStore:
    """A wrap-up typed (with a follow-up), its draft saved, then the process dies."""
    first = make_shell(overrides={"sip.local_port": 0})
    card = wrapping_up(first, crm, qtbot, 51)
    type_wrap_up(card.wrap_up, qtbot, "wants a refund")
    drafts = DraftStore(crm.store.db)
    qtbot.waitUntil(lambda: [f["title"] for f in saved_form(drafts)] == ["ring back about the refund"], timeout=5000)
    card.shutdown()  # killed: nothing more is written
    return drafts


def assert_form_as_typed(form: Any, notes: str) -> None:
    assert form.isVisible() and form.restored_label.isVisible()
    assert (form.disposition_combo.currentData(), form.notes_edit.toPlainText()) == ("follow_up", notes)
    assert form.follow_up_check.isChecked() and form.title_edit.isVisible()
    assert form.title_edit.text() == "ring back about the refund" and form.due_at() == DUE


CHILD = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from PySide6.QtCore import QDateTime
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from agent_desktop.features import catalogue
    from agent_desktop.features.crm_link.api import CRM, CrmService
    from agent_desktop.features.phone.api import PHONE
    from agent_desktop.features.screenpop import feature as screenpop_feature
    from agent_desktop.settings import SettingsManager, load_policy
    from agent_desktop.shell.app import RunOptions, Shell, make_context
    from agent_desktop.shell.paths import AppPaths
    from crm.client import ClientConfig, CrmClient
    from crm.store import Store
    from crm.store.drafts import DraftStore
    from crm.sync import SyncEngine
    from softphone.engine.events import CallState
    from tests.agent_desktop.features.screenpop.test_screenpop_feature import PhoneEvents, changed, ring
    from tests.screenpop.test_record_source import ZHANG, _customer

    def until(check, what):
        deadline = time.monotonic() + 30
        while not check():
            if time.monotonic() > deadline:
                sys.exit(what + " did not happen within 30 s")
            app.processEvents()
            time.sleep(0.02)

    paths = AppPaths.for_profile(Path({profile!r})).ensure()
    manager = SettingsManager(paths.settings_file, load_policy())
    manager.set_override("sip.local_port", 0)
    shell = Shell(make_context(app, manager, paths), RunOptions(features=False), catalogue())
    shell.start()
    store = Store(Path({path!r}))
    store.bulk_load("customers", [_customer(ZHANG, "张伟", "13800138000")], fresh=True)
    client = CrmClient(ClientConfig("http://127.0.0.1:9", connect_timeout_s=1, retries=0))
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, CrmService(client, store, SyncEngine(client, store), "", "agent"))
    shell.ctx.services.provide(PHONE, phone)
    card = screenpop_feature.install(shell.ctx, shell.window)
    ring(phone, 71, "13800138000")
    until(lambda: getattr(card.dock.current_card(), "call_id", "") == "71", "the pop")
    changed(phone, 71, CallState.ACTIVE)
    changed(phone, 71, CallState.DISCONNECTED)
    form = card.wrap_up
    form.disposition_combo.setCurrentIndex(form.disposition_combo.findData("follow_up"))
    form.notes_edit.setPlainText("wants a refund")
    form.follow_up_check.setChecked(True)
    form.title_edit.setText("ring back about the refund")
    form.due_edit.setDateTime(QDateTime.fromSecsSinceEpoch({due}))
    drafts = DraftStore(store.db)
    until(lambda: [d.data["form"]["title"] for d in drafts.list("wrapup")] == ["ring back about the refund"], "the save")
    print("SAVED", flush=True)
    while True:  # the agent still in the wrap-up when the process is killed
        app.processEvents()
        time.sleep(0.05)
""")


def test_a_wrap_up_comes_back_after_a_real_kill_9(make_shell, tmp_path, qtbot) -> None:
    path, empty = tmp_path / "store.db", tmp_path / "empty-policy.toml"
    empty.write_text("")
    script = CHILD.format(root=str(ROOT), profile=str(tmp_path / "killed"), path=str(path), due=int(DUE.timestamp()))
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "AGENT_DESKTOP_POLICY": str(empty)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert child.stdout is not None and child.stderr is not None
    try:
        line = read_line(child.stdout, 90)  # the child prints SAVED or ends within its 30 s waits
        assert line.startswith("SAVED"), child.stderr.read() if child.poll() is not None else line
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait(10)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL

    store = Store(path)  # the next start
    assert store.count("call_logs") == 0
    client = CrmClient(ClientConfig("http://127.0.0.1:9", connect_timeout_s=1, retries=0))
    service = CrmService(client, store, SyncEngine(client, store), "", "agent")
    second, again = restarted(make_shell, service)
    qtbot.waitUntil(lambda: again.wrap_up.restored_label.isVisible(), timeout=10000)
    assert_form_as_typed(again.wrap_up, "wants a refund")
    assert again.dock.card_view.name_label.text() == "张伟"
    logs = [(log["disposition"], log["notes"], log["customer_id"]) for log in store.list("call_logs")]
    assert logs == [("follow_up", "wants a refund", ZHANG)]
    again.shutdown()
    second.ctx.tasks.finish_writes(5)
    client.close()
    store.close()


def test_the_follow_up_to_do_comes_back_ticked_and_is_created_on_submit(make_shell, crm, qtbot) -> None:
    drafts = crashed_while_typing(make_shell, crm, qtbot)
    _second, again = restarted(make_shell, crm)
    qtbot.waitUntil(lambda: again.wrap_up.isVisible() and again.wrap_up.restored_label.isVisible(), timeout=5000)
    assert_form_as_typed(again.wrap_up, "wants a refund")
    assert crm.store.count("todos") == 0 and crm.store.count("call_logs") == 1
    log_id = crm.store.list("call_logs")[0]["id"]
    qtbot.mouseClick(again.wrap_up.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: crm.store.count("todos") == 1 and drafts.list(KIND) == [], timeout=5000)
    todo = crm.store.list("todos")[0]
    assert (todo["title"], todo["call_log_id"], todo["customer_id"]) == (
        "ring back about the refund",
        log_id,
        crm.store.list("call_logs")[0]["customer_id"],
    )
    assert todo["due_at"].startswith(DUE.strftime("%Y-%m-%dT%H:%M"))
    assert crm.store.list("call_logs")[0]["disposition"] == "follow_up"
    again.shutdown()


def test_a_restored_wrap_up_comes_back_again_until_it_is_submitted(make_shell, crm, qtbot) -> None:
    drafts = crashed_while_typing(make_shell, crm, qtbot)
    _second, again = restarted(make_shell, crm)
    form = again.wrap_up
    qtbot.waitUntil(lambda: form.isVisible() and form.restored_label.isVisible(), timeout=5000)
    qtbot.keyClicks(form.notes_edit, "; by bank transfer")
    typed = ["wants a refund; by bank transfer"]
    qtbot.waitUntil(lambda: [f["notes"] for f in saved_form(drafts)] == typed, timeout=5000)
    again.shutdown()  # killed again before submitting

    third = make_shell(profile="third", overrides={"sip.local_port": 0})
    third.ctx.services.provide(CRM, crm)
    once_more = screenpop_feature.install(third.ctx, third.window)
    qtbot.waitUntil(lambda: once_more.wrap_up.restored_label.isVisible(), timeout=5000)
    assert_form_as_typed(once_more.wrap_up, "wants a refund; by bank transfer")
    qtbot.waitUntil(lambda: [log["notes"] for log in crm.store.list("call_logs")] == typed, timeout=5000)
    assert crm.store.count("call_logs") == 1  # one call, one log
    once_more.shutdown()


def discard_question(window: Any, qtbot: Any) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, DISCARD_QUESTION) is not None, timeout=5000)
    box = window.findChild(QMessageBox, DISCARD_QUESTION)
    qtbot.waitUntil(box.isVisible, timeout=5000)
    return box


def test_discarding_a_restored_wrap_up_asks_first_and_keeps_the_call_log(make_shell, crm, qtbot) -> None:
    drafts = crashed_while_typing(make_shell, crm, qtbot)
    second, again = restarted(make_shell, crm)
    form, dock = again.wrap_up, again.dock
    qtbot.waitUntil(lambda: form.isVisible() and form.discard_button.isVisible(), timeout=5000)
    qtbot.mouseClick(form.discard_button, Qt.MouseButton.LeftButton)
    box = discard_question(second.window, qtbot)
    assert box.text() == "Discard this wrap-up?"
    qtbot.mouseClick(box.findChild(QPushButton, "wrap_up_keep"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: second.window.findChild(QMessageBox, DISCARD_QUESTION) is None, timeout=5000)
    assert form.isVisible() and form.notes_edit.toPlainText() == "wants a refund"  # nothing changed
    assert len(drafts.list(KIND)) == 1

    qtbot.mouseClick(form.discard_button, Qt.MouseButton.LeftButton)
    box = discard_question(second.window, qtbot)
    qtbot.mouseClick(box.findChild(QPushButton, "wrap_up_discard"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dock.wrap_up_area.isVisible(), timeout=5000)
    assert dock.stack.currentWidget() is dock.idle_page and again.history.pending_wrap_up() == []
    assert second.ctx.tasks.finish_writes(5)
    assert drafts.list(KIND) == [] and crm.store.count("todos") == 0
    logs = [(log["disposition"], log["notes"]) for log in crm.store.list("call_logs")]
    assert logs == [("follow_up", "wants a refund")]  # the log as written at the start stays
    again.shutdown()

    third = make_shell(profile="third", overrides={"sip.local_port": 0})
    third.ctx.services.provide(CRM, crm)
    once_more = screenpop_feature.install(third.ctx, third.window)
    qtbot.wait(500)  # the drafts are read in the background: nothing comes back
    assert not once_more.dock.wrap_up_area.isVisible() and once_more.history.pending_wrap_up() == []
    once_more.shutdown()


@pytest.mark.e2e
def test_the_back_office_gets_one_call_log_with_the_restored_wrap_up(backoffice_server, make_shell, tmp_path, qtbot):
    api = backoffice_server.session("agent")
    number = "139" + datetime.now().strftime("%H%M%S%f")[:8]
    made = api.post("/customers", json={"name": "周杰", "phones": [{"number": number}]})
    assert made.status_code == 201, made.text
    client = CrmClient(ClientConfig(backoffice_server.url, timeout_s=5, connect_timeout_s=1, retries=0))
    client.login("agent", backoffice_server.credentials["agent"])
    store = Store(tmp_path / "store.db")
    engine = SyncEngine(client, store, SyncConfig(entities=("customers",)))
    engine.run_once()  # the local copy has the customer
    service = CrmService(client, store, engine, backoffice_server.url, "agent")
    first = make_shell(overrides={"sip.local_port": 0})
    card = wrapping_up(first, service, qtbot, 61, number)
    type_wrap_up(card.wrap_up, qtbot, "wants a refund")
    drafts = DraftStore(store.db)
    qtbot.waitUntil(lambda: [f["title"] for f in saved_form(drafts)] == ["ring back about the refund"], timeout=5000)
    card.shutdown()  # killed

    second, again = restarted(make_shell, service)
    qtbot.waitUntil(lambda: store.count("call_logs") == 1, timeout=5000)
    engine.run_once()  # the log reaches the back office before the wrap-up is finished
    log_id = store.list("call_logs")[0]["id"]
    on_server = api.get(f"/call_logs/{log_id}").json()
    assert (on_server["disposition"], on_server["notes"]) == ("follow_up", "wants a refund")
    assert on_server["customer_id"] == made.json()["id"]
    qtbot.waitUntil(lambda: again.wrap_up.restored_label.isVisible(), timeout=5000)
    assert again.dock.card_view.name_label.text() == "周杰"
    form = again.wrap_up
    form.disposition_combo.setCurrentIndex(form.disposition_combo.findData("enquiry"))
    qtbot.keyClicks(form.notes_edit, ", done")
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert second.ctx.tasks.finish_writes(5)
    engine.run_once()
    on_server = api.get(f"/call_logs/{log_id}").json()
    assert (on_server["disposition"], on_server["notes"]) == ("enquiry", "wants a refund, done")
    logs = api.get("/call_logs", params={"customer_id": made.json()["id"]}).json()["items"]
    assert [log["id"] for log in logs] == [log_id]
    todos = api.get("/todos", params={"customer_id": made.json()["id"]}).json()["items"]
    assert [(t["title"], t["call_log_id"]) for t in todos] == [("ring back about the refund", log_id)]
    again.shutdown()
    store.close()
    client.close()


def test_quitting_keeps_a_restored_wrap_up_as_typed_without_asking(make_shell, crm, qtbot) -> None:
    drafts = crashed_while_typing(make_shell, crm, qtbot)
    second, again = restarted(make_shell, crm)
    form = again.wrap_up
    qtbot.waitUntil(lambda: form.restored_label.isVisible(), timeout=5000)
    qtbot.keyClicks(form.notes_edit, " today")
    second.window.act_quit.trigger()  # at once: before the second after the last key
    assert second._quitting and second.window.findChild(QMessageBox, QUESTION_NAME) is None  # its log is saved
    assert second.ctx.tasks.finish_writes(5)
    assert [f["notes"] for f in saved_form(drafts)] == ["wants a refund today"]
    assert [log["disposition"] for log in crm.store.list("call_logs")] == ["follow_up"]
    again.shutdown()


@pytest.mark.parametrize("finish", ["submit", "discard"])
def test_the_agent_is_in_wrap_up_while_a_restored_wrap_up_is_open(make_shell, crm, qtbot, finish) -> None:
    """Before the crash the agent was in after-call work: back at the start they are in Wrap-up again (no
    new call rings over the restored form), and Submit or Discard makes them Ready, as after a hang-up."""
    crashed_while_typing(make_shell, crm, qtbot)
    second, again = restarted(make_shell, crm)
    state = second.ctx.services.get(AGENT_STATE)
    form = again.wrap_up
    qtbot.waitUntil(lambda: form.isVisible() and form.restored_label.isVisible(), timeout=5000)
    assert state.state == WRAP_UP and not again.gate.accepting  # a call is refused before it rings
    if finish == "submit":
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(form.discard_button, Qt.MouseButton.LeftButton)
        box = discard_question(second.window, qtbot)
        qtbot.mouseClick(box.findChild(QPushButton, "wrap_up_discard"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state.state == READY, timeout=5000)
    assert again.gate.accepting
    again.shutdown()


def test_a_state_chosen_by_hand_stays_when_a_wrap_up_is_restored(make_shell, crm, qtbot) -> None:
    """An agent who chose Not ready before the drafts were read stays Not ready, through the Submit too."""
    crashed_while_typing(make_shell, crm, qtbot)
    second = make_shell(profile="restarted", overrides={"sip.local_port": 0})
    state = second.ctx.services.get(AGENT_STATE)
    state.set_state(NOT_READY)
    second.ctx.services.provide(CRM, crm)
    again = screenpop_feature.install(second.ctx, second.window)
    form = again.wrap_up
    qtbot.waitUntil(lambda: form.isVisible() and form.restored_label.isVisible(), timeout=5000)
    assert state.state == NOT_READY
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.history.pending_wrap_up() == [], timeout=5000)
    assert state.state == NOT_READY
    again.shutdown()
