"""Coaching between two real desktop clients (a supervisor's and an agent's, offscreen, one process)
signed in to one real back office over HTTP: the message shows on the agent's window at once while the
agent keeps typing into a form (the focus never moves), the read receipt and the reply reach the
supervisor; standard texts go into the call's notes or onto the clipboard; the dock in front reads
them at once; the notice follows a language switch."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from agent_desktop.features.coaching import feature as coaching
from agent_desktop.features.coaching.core.calls import CoachingCalls
from agent_desktop.features.coaching.core.recipients import Recipient
from agent_desktop.features.crm_link import feature as crm_link
from agent_desktop.features.crm_link.api import LIVE
from agent_desktop.features.screenpop.api import SCREENPOP
from agent_desktop.shell.credentials import crm_account
from crm.schemas.coaching import CoachingKind
from tests.crm.conftest import live_backoffice  # noqa: F401 - fixture
from tests.crm.helpers import PASSWORD, client_for

pytestmark = pytest.mark.e2e


@dataclass
class Desk:
    shell: Any
    link: Any
    coaching: coaching.CoachingFeature

    def close(self) -> None:
        self.coaching.shutdown()
        self.link.shutdown()


@pytest.fixture
def desks(make_shell, qtbot, live_backoffice):
    opened: list[Desk] = []

    def open_desk(user: str) -> Desk:
        url = live_backoffice.url
        shell = make_shell(profile=user, overrides={"crm.url": url, "crm.username": user})
        shell.ctx.credentials.keep(crm_account(user, url), PASSWORD)
        link = crm_link.install(shell.ctx, shell.window)
        feature = coaching.install(shell.ctx, shell.window)
        services = shell.ctx.services
        qtbot.waitUntil(lambda: LIVE in services and services.get(LIVE).connected, timeout=15_000)
        qtbot.waitUntil(lambda: feature.book is not None and not feature._reading, timeout=5000)
        desk = Desk(shell, link, feature)
        opened.append(desk)
        return desk

    yield open_desk
    for desk in reversed(opened):
        desk.close()


def typing_into_a_form(qtbot, desk: Desk) -> QLineEdit:
    """The agent's window is active and the cursor is in a form field (the order form, say)."""
    form = QLineEdit()
    desk.shell.window.set_dock_content("softphone", form)
    desk.shell.window.activateWindow()
    form.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form, timeout=3000)
    type_keys(desk, "13800")
    assert form.text() == "13800"
    return form


def type_keys(desk: Desk, text: str) -> None:
    """Keys typed on the keyboard: to whatever has the focus in the window."""
    QTest.keyClicks(QApplication.focusWidget(), text)


def test_a_message_shows_at_once_without_taking_the_focus_and_the_receipt_and_reply_come_back(desks, qtbot) -> None:
    supervisor, agent = desks("sup1"), desks("agent1")
    assert supervisor.coaching.action.isVisible() and not agent.coaching.action.isVisible()
    panel = supervisor.coaching.open_compose()
    assert panel is not None
    qtbot.waitUntil(lambda: panel.to_combo.count() == 2, timeout=5000)  # agent1 and agent2, no team
    assert panel.choose(agent.coaching.book.me.id)
    form = typing_into_a_form(qtbot, agent)

    panel.body_edit.setPlainText("客户情绪激动时先道歉，再核对订单号。")
    with qtbot.waitSignal(agent.coaching.sig_shown, timeout=3000):  # how fast: benchmarks/coaching_latency.py
        panel.send_button.click()  # on the supervisor's PC
    notice = agent.coaching.notice
    assert notice.isVisible() and notice.body.text() == "客户情绪激动时先道歉，再核对订单号。"
    assert "sup1" in notice.heading.text()
    assert QApplication.focusWidget() is form and agent.shell.window.isActiveWindow()
    type_keys(agent, "138000")  # the agent goes on typing: into the form, not the notice
    assert form.text() == "13800138000"
    qtbot.waitUntil(lambda: panel.body_edit.toPlainText() == "", timeout=3000)  # sent: the text goes
    assert panel.recipient() is not None and "Not read yet" in panel.history.texts()[-1]  # the recipient stays

    qtbot.mouseClick(notice.seen_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible() and QApplication.focusWidget() is form
    qtbot.waitUntil(lambda: "Read " in panel.history.texts()[-1], timeout=3000)  # the receipt, live

    dock = agent.coaching.dock
    dock.reply_edit.setText("好的，马上处理")
    qtbot.mouseClick(dock.reply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("好的，马上处理" in t for t in panel.history.texts()), timeout=3000)
    qtbot.waitUntil(supervisor.coaching.notice.isVisible, timeout=3000)  # the reply shows for the supervisor
    assert supervisor.coaching.notice.body.text() == "好的，马上处理"
    qtbot.waitUntil(lambda: dock.reply_edit.text() == "", timeout=3000)  # sent: the reply box is empty again
    texts = agent.coaching.dock.list.texts()
    assert len(texts) == 2 and "You to sup1" in texts[1]


class Notes:
    """Stands in for the card's wrap-up notes (SCREENPOP's add_to_notes)."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.open = True

    def add_to_notes(self, text: str) -> bool:
        if self.open:
            self.texts.append(text)
        return self.open


def test_standard_texts_go_into_the_notes_or_onto_the_clipboard_and_the_dock_in_front_reads_at_once(
    desks, qtbot, live_backoffice
) -> None:
    agent = desks("agent1")
    notes = Notes()
    agent.shell.ctx.services.provide(SCREENPOP, notes)
    form = typing_into_a_form(qtbot, agent)
    sender = client_for(live_backoffice.url, "sup1")
    calls = CoachingCalls(sender)
    to_agent = Recipient(agent.coaching.book.me.id, "agent1", "agent1")
    notice = agent.coaching.notice
    try:
        policy = "签收后7天内无理由退货，运费由公司承担。"
        with qtbot.waitSignal(agent.coaching.sig_shown, timeout=3000):
            first = calls.send(policy, to=to_agent, kind=CoachingKind.STANDARD_TEXT, title="退货政策")
        assert notice.insert_button.isVisible() and notice.copy_button.isVisible()
        assert "退货政策" in notice.heading.text()
        qtbot.mouseClick(notice.insert_button, Qt.MouseButton.LeftButton)
        assert notes.texts == [policy] and QApplication.focusWidget() is form
        qtbot.waitUntil(lambda: calls.message(first.id).read_at is not None, timeout=3000)  # inserted: read

        notes.open = False  # no call and no wrap-up: copied instead
        fees = "满299元包邮，不满收取10元运费。"
        with qtbot.waitSignal(agent.coaching.sig_shown, timeout=3000):
            calls.send(fees, to=to_agent, kind=CoachingKind.STANDARD_TEXT, title="运费")
        qtbot.mouseClick(notice.insert_button, Qt.MouseButton.LeftButton)
        assert QApplication.clipboard().text() == fees and notes.texts == [policy]
        assert "copied" in agent.shell.window.statusBar().currentMessage()

        agent.coaching.dock.standard_only.setChecked(True)
        shown = agent.coaching.dock.list.texts()
        assert [t.split("\n")[1] for t in shown] == ["Standard text: 运费", "Standard text: 退货政策"]

        dock = agent.shell.window.dock("coaching")  # the agent brings the coaching tab forward
        dock.show()
        dock.raise_()
        qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty(), timeout=3000)
        with qtbot.waitSignal(agent.coaching.sig_shown, timeout=3000):
            third = calls.send("午休前把待办处理完", to=to_agent)
        assert not notice.isVisible()  # it is in the dock in front of the agent: seen there
        qtbot.waitUntil(lambda: calls.message(third.id).read_at is not None, timeout=3000)
    finally:
        sender.close()


def test_the_notice_follows_a_language_switch_and_unread_messages_wait_for_a_new_sign_in(
    desks, qtbot, live_backoffice
) -> None:
    sender = client_for(live_backoffice.url, "sup1")
    calls = CoachingCalls(sender)
    try:
        to_agent2 = calls.recipients(sender.user["id"])
        agent2 = next(r for r in to_agent2 if r.username == "agent2")
        calls.send("上线后先看一下公告", to=agent2)  # before agent2 signs in
        agent = desks("agent2")
        notice = agent.coaching.notice
        qtbot.waitUntil(notice.isVisible, timeout=5000)  # read at sign-in, shown at once
        assert notice.body.text() == "上线后先看一下公告" and notice.seen_button.text() == "Got it"
        agent.shell.ctx.translations.set_language("zh_CN")
        qtbot.waitUntil(lambda: notice.seen_button.text() == "知道了", timeout=3000)
        assert "消息" in notice.heading.text()
    finally:
        sender.close()


def test_the_compose_window_checks_and_confirms_in_chinese(desks, qtbot) -> None:
    """A supervisor working in Chinese reads why a message cannot go, and that it went, in Chinese
    (these texts are marked in the Qt-free checks, not with a widget's tr())."""
    supervisor, agent = desks("sup1"), desks("agent1")
    panel = supervisor.coaching.open_compose()
    assert panel is not None
    qtbot.waitUntil(lambda: panel.to_combo.count() == 2, timeout=5000)
    panel.send_button.click()  # nobody chosen, nothing written
    assert panel.errors["body"].text() == "Write the message first."
    translations = supervisor.shell.ctx.translations
    translations.set_language("zh_CN")  # Settings > Appearance > Language, while it shows
    try:
        qtbot.waitUntil(lambda: panel.errors["body"].text() == "请先填写消息内容。", timeout=3000)
        assert panel.errors["to"].text() == "请从列表中选择一位坐席或一个班组。"
        assert panel.choose(agent.coaching.book.me.id)
        panel.standard_radio.setChecked(True)
        panel.body_edit.setPlainText("您好，退货请在七天内办理。")
        panel.send_button.click()
        assert panel.errors["title"].text() == "请给标准话术起一个标题，例如：退货政策。"
        panel.title_edit.setText("退货政策")
        with qtbot.waitSignal(agent.coaching.sig_shown, timeout=3000):
            panel.send_button.click()
        qtbot.waitUntil(lambda: panel.status_label.text() == "已发送。", timeout=3000)
        assert not any(label.isVisible() for label in panel.errors.values())
    finally:
        translations.set_language("en")


def test_a_standard_text_is_picked_from_the_library_and_an_old_sent_is_gone_when_the_window_opens_again(
    desks, qtbot
) -> None:
    """Trial findings: "Standard text" had no library to pick the return policy or the delivery fee from,
    and the "已发送。" of the last message still showed when the window was opened again."""
    supervisor, agent = desks("sup1"), desks("agent1")
    supervisor.shell.ctx.settings_manager.update(  # IT's (or the supervisor's) own text beside the built-in ones
        {
            "coaching.standard_texts": [
                {"id": "delivery_fee"},
                {"id": "vip_line", "title": "VIP line", "body": "Members call 400-800-1234, 8:00-22:00."},
            ]
        }
    )
    panel = supervisor.coaching.open_compose()
    assert panel is not None
    qtbot.waitUntil(lambda: panel.to_combo.count() == 2, timeout=5000)
    assert panel.choose(agent.coaching.book.me.id)
    assert not panel.library_combo.isVisibleTo(panel)  # a plain message: no library
    panel.standard_radio.setChecked(True)
    assert panel.library_combo.isVisibleTo(panel)
    assert panel.library_titles() == ["Delivery fee", "VIP line"]
    assert panel.pick_text("Delivery fee")
    assert panel.title_edit.text() == "Delivery fee" and "299 yuan" in panel.body_edit.toPlainText()
    with qtbot.waitSignal(agent.coaching.sig_shown, timeout=3000):
        panel.send_button.click()
    notice = agent.coaching.notice
    assert "299 yuan" in notice.body.text()
    qtbot.waitUntil(lambda: panel.status_label.text() == "Sent.", timeout=3000)
    assert panel.library_combo.currentIndex() == 0  # ready for the next pick

    supervisor.coaching.compose_window.close()
    translations = supervisor.shell.ctx.translations
    translations.set_language("zh_CN")
    try:
        again = supervisor.coaching.open_compose()
        assert again is panel and panel.status_label.text() == ""  # no stale "已发送。"
        qtbot.waitUntil(lambda: panel.library_titles() == ["运费", "VIP line"], timeout=3000)
        assert panel.pick_text("运费")
        assert "299" in panel.body_edit.toPlainText() and "包邮" in panel.body_edit.toPlainText()
    finally:
        translations.set_language("en")
