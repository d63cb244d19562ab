"""Quitting before the wrap-up is submitted (trial finding: Ctrl+Q lost the notes and the call log):
File > Quit asks Finish the wrap-up / Quit anyway / Cancel; Cancel and Finish keep the app and what was
typed; Quit anyway keeps the call's log (times, notes typed, "not wrapped up") in the store's outbox,
and the real back office has it once the outbox is sent (now or at the next start). A clean quit sends
the presence log-out before the app exits, so the wallboard does not show a stranded Wrap-up. File >
Sign out asks the same, worded for signing out (trial finding: it said Quit anyway), in both languages."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from agent_desktop.features.accounts import feature as accounts_feature
from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.presence import feature as presence_feature
from agent_desktop.features.screenpop import feature as screenpop_feature
from agent_desktop.features.screenpop.quit_wrap import QUESTION_NAME
from agent_desktop.shell.agent_state import WRAP_UP
from softphone.engine.events import CallState
from tests.agent_desktop.features.presence.test_presence_feature import agent_crm, history, office  # noqa: F401
from tests.agent_desktop.features.screenpop.test_screenpop_feature import PhoneEvents, changed, ring, shown

pytestmark = pytest.mark.e2e


def question(qtbot: Any, shell: Any) -> QMessageBox:
    qtbot.waitUntil(lambda: shell.window.findChild(QMessageBox, QUESTION_NAME) is not None, timeout=3000)
    box = shell.window.findChild(QMessageBox, QUESTION_NAME)
    qtbot.waitUntil(box.isVisible, timeout=3000)
    return box


def answer(qtbot: Any, shell: Any, name: str) -> None:
    box = question(qtbot, shell)
    button = box.findChild(QAbstractButton, name)
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.window.findChild(QMessageBox, QUESTION_NAME) is None, timeout=3000)


def test_quit_during_wrap_up_asks_and_quit_anyway_keeps_the_call_log(shell, agent_crm, office, qtbot) -> None:
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, agent_crm)
    shell.ctx.services.provide(PHONE, phone)
    card = screenpop_feature.install(shell.ctx, shell.window)
    ring(phone, 31, "13700000000")  # a new caller: the log names no customer
    shown(qtbot, card.dock, 31)
    changed(phone, 31, CallState.ACTIVE)
    changed(phone, 31, CallState.DISCONNECTED)
    assert shell.agent_state.state == WRAP_UP
    qtbot.keyClicks(card.wrap_up.notes_edit, "wants the blue chair")

    shell.window.act_quit.trigger()  # Ctrl+Q
    box = question(qtbot, shell)
    assert box.text() == "The wrap-up of the last call is not finished."
    assert sorted(b.text() for b in box.buttons()) == ["Cancel", "Finish the wrap-up", "Quit anyway"]
    answer(qtbot, shell, "wrap_up_quit_cancel")
    assert not shell._quitting and shell.window.isVisible()
    assert card.wrap_up.notes_edit.toPlainText() == "wants the blue chair"

    shell.window.act_quit.trigger()
    answer(qtbot, shell, "wrap_up_quit_finish")  # back to the form, nothing lost
    assert not shell._quitting and card.dock.wrap_up_area.isVisible() and card.wrap_up.call_id() == "31"
    assert card.wrap_up.notes_edit.toPlainText() == "wants the blue chair"
    assert agent_crm.store.count("call_logs") == 0

    shell.window.act_quit.trigger()
    answer(qtbot, shell, "wrap_up_quit_anyway")
    assert shell._quitting and not shell.window.isVisible()
    card.shutdown()  # the features stop; the CRM link finishes the writes before the store closes
    assert shell.ctx.tasks.finish_writes(5)
    logs = agent_crm.store.list("call_logs")
    assert [(log["disposition"], log["notes"]) for log in logs] == [("not_wrapped_up", "wants the blue chair")]
    assert logs[0]["answer_at"] and logs[0]["end_at"]
    agent_crm.engine.push()  # what the sync does now, or at the next start
    session = office.session("supervisor")
    sent = session.get(f"/call_logs/{logs[0]['id']}").json()
    assert (sent["disposition"], sent["notes"]) == ("not_wrapped_up", "wants the blue chair")
    assert sent["answer_at"] is not None and sent["end_at"] is not None


SIGN_OUT_WORDS = {
    "en": ("Sign out", ["Cancel", "Finish the wrap-up", "Sign out anyway"], "Sign out anyway saves"),
    "zh_CN": ("退出登录", ["仍然退出登录", "取消", "完成话后处理"], "仍然退出登录"),
}


@pytest.mark.parametrize("language", sorted(SIGN_OUT_WORDS))
def test_sign_out_during_wrap_up_asks_to_sign_out_anyway(shell, agent_crm, office, qtbot, language) -> None:
    title, buttons, detail = SIGN_OUT_WORDS[language]
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, agent_crm)
    shell.ctx.services.provide(PHONE, phone)
    card = screenpop_feature.install(shell.ctx, shell.window)
    accounts = accounts_feature.install(shell.ctx, shell.window)
    shell.ctx.translations.set_language(language)
    ring(phone, 32, "13700000001")
    shown(qtbot, card.dock, 32)
    changed(phone, 32, CallState.ACTIVE)
    changed(phone, 32, CallState.DISCONNECTED)
    assert accounts.sign_out_action.isVisible()

    accounts.sign_out_action.trigger()  # File > Sign out
    box = question(qtbot, shell)
    assert box.windowTitle() == title
    assert sorted(b.text() for b in box.buttons()) == buttons
    assert detail in box.informativeText() and "Quit" not in box.informativeText()
    answer(qtbot, shell, "wrap_up_quit_cancel")
    assert not shell.restart_requested and shell.window.isVisible()

    shell.window.act_quit.trigger()  # quitting afterwards still speaks of quitting
    box = question(qtbot, shell)
    assert "Sign out" not in box.buttons()[0].text() + box.buttons()[1].text() + box.informativeText()
    answer(qtbot, shell, "wrap_up_quit_cancel")
    accounts.shutdown()
    card.shutdown()


def test_a_clean_quit_sends_the_log_out_before_exiting(shell, agent_crm, office, qtbot) -> None:
    shell.ctx.services.provide(CRM, agent_crm)
    presence = presence_feature.install(shell.ctx, shell.window)
    qtbot.waitUntil(lambda: history(office, agent_crm) == [("ready", None)], timeout=5000)
    presence.shutdown()  # what quitting does; no event-loop turn after it
    assert history(office, agent_crm)[-1] == ("logged_out", None)
