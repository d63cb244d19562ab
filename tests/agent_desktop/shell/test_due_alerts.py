"""A due to-do or call back is noticed wherever the agent looks: the real to-do and call back features in
the real shell over a real store. The tray message, the tab's badge, the sound (a setting) and the
taskbar's call for attention; clicking the message brings the window and the item forward."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from agent_desktop.features.callbacks.core.due import came_due
from agent_desktop.features.callbacks.feature import CallbackFeature
from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.crm_link.signals import CrmSyncSignals
from agent_desktop.features.todo.feature import TodoFeature
from agent_desktop.settings import LockedKeyError
from agent_desktop.shell.app import Shell
from agent_desktop.shell.keys import DUE_ALERTS, TRAY
from agent_desktop.shell.tray import Tray
from crm.store import Store
from tests.agent_desktop.features.todo.test_todo_feature import Clock

ME = "00000000-0000-4000-8000-00000000aaaa"


class Client:
    """The signed-in agent (nothing here talks to a back office)."""

    user = {"id": ME, "username": "agent1"}
    signed_in = False


@dataclass
class Desk:
    shell: Shell
    todos: TodoFeature
    callbacks: CallbackFeature
    store: Store
    tray: Tray
    messages: list[tuple[str, str]] = field(default_factory=list)
    """What the tray showed (title, message)."""
    sounds: list[int] = field(default_factory=list)
    """One entry per alert sound played."""
    attention: list[QWidget] = field(default_factory=list)
    """Windows whose taskbar entry asked for attention."""
    clock: Clock = field(default_factory=Clock)
    """The call backs' clock: real time, moved on by the test."""

    def tab(self, dock: str) -> str:
        """The text of dock ``dock``'s tab (To-do and Callbacks share the bottom area as tabs)."""
        title = self.shell.window.dock(dock).windowTitle()
        texts = [bar.tabText(i) for bar in self.shell.window.findChildren(QTabBar) for i in range(bar.count())]
        assert title in texts, f"{title!r} not on a tab: {texts}"
        return title

    def in_front(self) -> str:
        bars = [bar for bar in self.shell.window.findChildren(QTabBar) if bar.count() and bar.isVisible()]
        return bars[0].tabText(bars[0].currentIndex())


@pytest.fixture
def desk(make_shell, qtbot, tmp_path, monkeypatch):
    """A shown shell with a tray (its messages recorded), the alert sound and the taskbar alert
    recorded, and both features on one store; the agent works the Call Back tab (To-do behind it)."""
    made: list[Desk] = []

    def make() -> Desk:
        shell = make_shell("agent1")
        window = shell.window
        window.dock("callbacks").raise_()
        tray = Tray(window)
        store = Store(tmp_path / "agent1.db")
        d = Desk(shell, None, None, store, tray)  # type: ignore[arg-type]  # the features follow
        tray.icon.showMessage = lambda title, message, *_rest: d.messages.append((title, message))
        alerts = shell.ctx.services.get(DUE_ALERTS)
        alerts.sound = lambda: d.sounds.append(1)
        monkeypatch.setattr(QApplication, "alert", lambda widget, _ms=0: d.attention.append(widget))
        shell.ctx.services.provide(TRAY, tray)
        service = CrmService(Client(), store, None, "", "agent1")
        service.signals = CrmSyncSignals(window)
        shell.ctx.services.provide(CRM, service)
        d.todos = TodoFeature(window, shell.ctx.services, shell.ctx.tasks)
        d.callbacks = CallbackFeature(window, shell.ctx.services, shell.ctx.tasks, clock=d.clock)
        with qtbot.waitSignals([d.todos.sig_ready, d.callbacks.sig_refreshed], timeout=5000):
            d.todos.start()
            d.callbacks.start()
        made.append(d)
        return d

    yield make
    for d in made:
        d.callbacks.shutdown()
        d.todos.shutdown()
        d.shell.ctx.tasks.shutdown(wait=True)
        d.tray.shutdown()
        d.store.close()


def add_todo(d: Desk, qtbot, title: str, due_at: datetime, customer_id: str | None = None) -> None:
    with qtbot.waitSignal(d.todos.sig_written, timeout=5000):  # the agent's write, off the GUI thread
        d.todos._write(lambda b: b.create(title, due_at=due_at, customer_id=customer_id))


def test_a_due_todo_behind_the_call_back_tab_badges_the_tab_alerts_in_the_tray_and_sounds(desk, qtbot):
    d = desk()
    now = datetime.now(timezone.utc)
    assert d.in_front().startswith("Callbacks") and d.tab("todo") == "To-do"
    add_todo(d, qtbot, "明天回访", now + timedelta(days=1))  # not due: no alert
    add_todo(d, qtbot, "回电王女士确认地址", now - timedelta(minutes=1))  # due already
    qtbot.waitUntil(lambda: d.tab("todo") == "To-do ●1", timeout=3000)
    assert d.messages == [("To-do due", "回电王女士确认地址")] and d.sounds == [1]
    add_todo(d, qtbot, "寄发票", datetime.now(timezone.utc) + timedelta(milliseconds=300))  # due in a moment
    qtbot.waitUntil(lambda: d.tab("todo") == "To-do ●2", timeout=3000)  # due ones, not the 3 listed
    assert d.messages[-1] == ("To-do due", "寄发票") and d.sounds == [1, 1]
    assert len(d.todos.model.items) == 3 and d.in_front().startswith("Callbacks")  # nothing was raised
    d.shell.ctx.translations.set_language("zh_CN")  # the badge stays through a language switch
    qtbot.waitUntil(lambda: d.tab("todo") == "待办 ●2", timeout=3000)
    d.shell.window.dock("todo").raise_()  # the agent looks at the To-do tab
    qtbot.waitUntil(lambda: d.tab("todo") == "待办", timeout=3000)
    assert d.shell.ctx.services.get(DUE_ALERTS).badge("todo") == 0


def test_a_call_back_whose_time_comes_badges_its_tab_and_alerts_and_the_click_shows_it(desk, qtbot):
    d = desk()
    window = d.shell.window
    window.dock("todo").raise_()  # this time the agent works the To-do tab...
    other = QWidget()  # ...and then another application comes to the front
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=3000)
    customer = d.store.create("customers", {"name": "韩梅梅", "phones": [{"number": "13800138000"}]})
    promised = d.callbacks.add_manual(
        "+8613800138000", customer["id"], due_at=d.clock() + timedelta(hours=1)
    )  # not due before it is written and read back, however slow the machine
    qtbot.waitUntil(lambda: d.callbacks.retry_timer.isActive(), timeout=5000)  # armed for its time
    assert d.tab("callbacks") == "Callbacks" and not d.messages  # not due yet
    d.clock.offset = timedelta(hours=1) - timedelta(milliseconds=400)  # most of the hour passes
    with qtbot.waitSignal(d.callbacks.sig_refreshed, timeout=5000):
        d.callbacks.refresh()  # read again: armed for the 400 ms left
    qtbot.waitUntil(lambda: d.tab("callbacks") == "Callbacks (1) ●1", timeout=5000)  # its time came
    assert d.messages == [("Call back due", "+8613800138000 韩梅梅")] and d.sounds == [1]
    assert d.attention == [window] and d.in_front() == "To-do"  # the taskbar asks; nothing was raised
    with qtbot.waitSignal(d.callbacks.sig_refreshed, timeout=3000):
        d.callbacks.refresh()  # a later read: the same call back does not alert again
    assert len(d.messages) == 1 and d.sounds == [1]
    opened: list[str] = []
    d.callbacks.sig_open_customer.connect(opened.append)
    d.tray.icon.messageClicked.emit()  # the agent clicks the notification
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=3000)
    assert d.in_front().startswith("Callbacks") and d.tab("callbacks") == "Callbacks (1)"  # seen: no badge
    assert d.callbacks.dock.selected_id() == promised["id"] and opened == [customer["id"]]


def test_no_sound_when_the_setting_is_off_the_rest_still_comes(desk, qtbot):
    d = desk()
    d.shell.ctx.settings_manager.update({"audio.alert_sound": False})  # Settings → Audio devices
    add_todo(d, qtbot, "回电张先生", datetime.now(timezone.utc) - timedelta(minutes=1))
    qtbot.waitUntil(lambda: d.tab("todo") == "To-do ●1", timeout=3000)
    assert d.messages == [("To-do due", "回电张先生")] and d.sounds == []
    d.shell.ctx.settings_manager.update({"audio.alert_sound": True})
    add_todo(d, qtbot, "寄样品", datetime.now(timezone.utc) - timedelta(minutes=1))
    qtbot.waitUntil(lambda: d.tab("todo") == "To-do ●2", timeout=3000)
    assert d.sounds == [1]


def test_it_can_lock_the_alert_sound_off(make_shell, qtbot, no_system_policy: Path):
    no_system_policy.write_text('[audio]\nalert_sound = false\nlocked = ["alert_sound"]\n')
    shell = make_shell()
    assert shell.ctx.settings.audio.alert_sound is False
    with pytest.raises(LockedKeyError):
        shell.ctx.settings_manager.update({"audio.alert_sound": True})
    dialog = shell.open_settings()
    qtbot.addWidget(dialog)
    box = dialog.forms["audio"].editors["audio.alert_sound"]
    assert not box.isEnabled() and not box.isChecked()
    alerts = shell.ctx.services.get(DUE_ALERTS)
    played: list[int] = []
    alerts.sound = lambda: played.append(1)
    alerts.alert("todo", ["t1"], "To-do due", "寄样品")
    assert played == [] and shell.window.dock("todo").windowTitle().startswith("To-do")


def test_which_call_backs_came_due_between_two_reads():
    t0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)

    def stamp(t: datetime | None) -> str | None:
        return t.isoformat().replace("+00:00", "Z") if t else None

    def entry(i: str, due: datetime | None, asked: datetime, **more: str) -> dict:
        return {"id": i, "due_at": stamp(due), "requested_at": stamp(asked), "status": "pending", **more}

    entries = [
        entry("retry", t0 + timedelta(minutes=5), t0 - timedelta(hours=1)),  # no answer: again at 9:05
        entry("missed", None, t0 + timedelta(minutes=1)),  # call now: just listed
        entry("list", t0 + timedelta(minutes=2), t0 + timedelta(minutes=2)),  # call list starting at once
        entry("claimed", t0 + timedelta(minutes=3), t0 - timedelta(hours=1), status="claimed"),
        entry("later", t0 + timedelta(minutes=30), t0),
        entry("earlier", t0 + timedelta(minutes=4), t0 - timedelta(days=1)),
    ]
    due = came_due(entries, t0, t0 + timedelta(minutes=10))
    assert [e["id"] for e in due] == ["earlier", "retry"]
    assert came_due(entries, t0 + timedelta(minutes=10), t0 + timedelta(minutes=20)) == []
