"""The to-do dock and its alerts in a real shell, over real stores synced with the real back office."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.crm_link.signals import CrmSyncSignals
from agent_desktop.features.todo import feature as todo_feature
from agent_desktop.shell.keys import TRAY
from agent_desktop.shell.tray import Tray
from crm.client import ClientConfig, CrmClient
from crm.store import Store
from crm.store.todos import parse_time
from crm.sync import SyncConfig, SyncEngine
from tests.crm.conftest import live_backoffice  # noqa: F401 - fixture
from tests.crm.helpers import client_for, engine_for
from tests.crm.test_todos_sync import SYNCED, set_team
from tests.fixtures.store import hold_writer


class Clock:
    """An injectable clock: real time plus an offset the test moves."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(timezone.utc) + self.offset


def service_for(engine: SyncEngine, parent, username: str = "agent1") -> CrmService:
    service = CrmService(engine.client, engine.store, engine, "", username)
    service.signals = CrmSyncSignals(parent)
    engine.add_listener(service.signals.on_event)
    return service


@pytest.fixture
def desk(live_backoffice, make_shell, tmp_path):
    """``desk("agent1")`` -> (shell, feature, engine): the to-do feature installed in a real shell."""
    set_team(live_backoffice.db_url, "agent1", "hotline")
    made = []

    def make(username: str, clock=None):
        shell = make_shell(username)
        engine = engine_for(client_for(live_backoffice.url, username), tmp_path / f"{username}.db", entities=SYNCED)
        engine.run_once()
        shell.ctx.services.provide(TRAY, Tray(shell.window))
        shell.ctx.services.provide(CRM, service_for(engine, shell.window, username))
        feature = todo_feature.TodoFeature(shell.window, shell.ctx.services, shell.ctx.tasks, clock=clock or Clock())
        feature.start()
        made.append((shell, feature, engine))
        return shell, feature, engine

    yield make
    for shell, feature, engine in made:
        feature.shutdown()
        shell.ctx.services.get(TRAY).shutdown()
        engine.stop()
        engine.store.close()
        engine.client.close()


def test_a_due_todo_alerts_in_the_tray_banner_and_row_without_taking_the_focus(desk, qtbot):
    clock = Clock()
    shell, feature, engine = desk("agent1", clock)
    call_controls = QLineEdit(shell.window)  # stands in for the active call's controls
    shell.window.set_dock_content("softphone", call_controls)
    shell.window.activateWindow()
    call_controls.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is call_controls, timeout=3000)
    focused = QApplication.focusWidget()
    due = clock() + timedelta(hours=1)  # not due before the write is in, however slow the machine
    with qtbot.waitSignal(feature.sig_written, timeout=5000):  # written off the GUI thread
        feature._write(lambda b: b.create("回电王女士确认地址", due_at=due, priority="high"))
    assert feature.scheduler.timer.isActive() and feature.scheduler.armed_for == due
    clock.offset = timedelta(hours=1) - timedelta(milliseconds=400)  # most of the hour passes
    with qtbot.waitSignal(feature.presenter.sig_tray_message_shown, timeout=5000) as shown:
        feature.scheduler.rearm()  # armed for the 400 ms left: the timer alerts
    title, body = shown.args
    assert title == "To-do due" and body == "回电王女士确认地址"
    assert feature.dock.banner.isVisible() and "回电王女士确认地址" in feature.dock.banner.label.text()
    item = feature.model.items[0]
    assert item["title"] == "回电王女士确认地址" and item["id"] in feature.model.highlighted
    qtbot.waitUntil(
        lambda: bool(feature.book.get(item["id"]).get("alerted_at")), timeout=5000
    )  # remembered: no second alert
    assert QApplication.focusWidget() is focused  # the alert never took the focus
    feature.scheduler.rearm()
    assert not feature.scheduler.timer.isActive()


def test_one_timer_armed_for_the_next_due_item_only_and_snooze_rearms_it(desk, qtbot):
    clock = Clock()
    shell, feature, engine = desk("agent1", clock)
    now = clock()
    later = feature.book.create("两小时后", due_at=now + timedelta(hours=2))
    with qtbot.waitSignal(feature.sig_written, timeout=5000):
        feature._write(lambda b: b.create("一小时后", due_at=now + timedelta(hours=1)))
    s = feature.scheduler
    assert s.armed_for == now + timedelta(hours=1)
    assert 3590_000 < s.timer.remainingTime() <= 3601_000 and s.timer.isSingleShot()
    clock.offset = timedelta(hours=1, seconds=1)  # an hour passes
    with qtbot.waitSignal(feature.presenter.sig_tray_message_shown, timeout=2000) as shown:
        s.rearm()  # what the timer does when it fires
    assert shown.args[1] == "一小时后"
    assert s.armed_for == now + timedelta(hours=2)
    with qtbot.waitSignal(feature.sig_written, timeout=5000):
        feature.snooze(later["id"], timedelta(minutes=10))
    assert (
        s.armed_for == clock() + timedelta(minutes=10)
        or abs((s.armed_for - (clock() + timedelta(minutes=10))).total_seconds()) < 1
    )


def test_dock_filters_sort_complete_reopen_and_edit(desk, qtbot):
    clock = Clock()
    shell, feature, engine = desk("agent1", clock)
    now = clock()
    book = feature.book
    overdue = book.create("昨天就该回电", due_at=now - timedelta(days=1), priority="low")
    book.create("今天下午", due_at=now + timedelta(minutes=30), priority="urgent")
    book.create("团队盘点", team="hotline")
    feature.refresh()
    d = feature.dock
    assert [t["title"] for t in feature.model.items] == ["昨天就该回电", "今天下午", "团队盘点"]
    d.set_sort("priority")
    assert [t["title"] for t in feature.model.items][0] == "今天下午"
    d.set_filter("team")
    assert [t["title"] for t in feature.model.items] == ["团队盘点"]
    d.set_filter("overdue")
    assert [t["title"] for t in feature.model.items] == ["昨天就该回电"]
    d.select(overdue["id"])
    with qtbot.waitSignal(feature.sig_written, timeout=5000):
        d.complete_button.click()
    assert feature.model.items == [] and book.get(overdue["id"])["status"] == "done"
    d.set_filter("all")
    d.show_done.setChecked(True)
    d.select(overdue["id"])
    assert d.reopen_button.isEnabled() and not d.complete_button.isEnabled()
    with qtbot.waitSignal(feature.sig_written, timeout=5000):
        d.reopen_button.click()
    assert book.get(overdue["id"])["status"] == "open"
    d.select(overdue["id"])
    d.edit_button.click()
    form = feature._forms[-1]
    form.title_edit.setText("")
    form.buttons.accepted.emit()
    assert form.isVisible() and form.error_label.text()  # a title is required
    form.title_edit.setText("改期回电")
    form.has_due.setChecked(False)
    with qtbot.waitSignal(feature.sig_written, timeout=5000):
        form.buttons.accepted.emit()
    record = book.get(overdue["id"])
    assert record["title"] == "改期回电" and record["due_at"] is None
    d.select(overdue["id"])
    with qtbot.waitSignal(feature.sig_written, timeout=5000):
        d.snooze_actions["1h"].trigger()
    snoozed = parse_time(book.get(overdue["id"])["snoozed_until"])
    assert abs((snoozed - (clock() + timedelta(hours=1))).total_seconds()) < 5
    d.select(overdue["id"])
    with qtbot.waitSignal(feature.sig_written, timeout=5000):
        d.snooze_actions["tomorrow"].trigger()
    tomorrow = parse_time(book.get(overdue["id"])["snoozed_until"]).astimezone()
    assert (tomorrow.hour, tomorrow.minute) == (9, 0) and tomorrow.date() > clock().astimezone().date()
    d.select(overdue["id"])
    d.snooze_actions["custom"].trigger()
    dialog = feature._forms[-1]
    dialog.edit.setDateTime(dialog.edit.dateTime().addSecs(3600))
    with qtbot.waitSignal(feature.sig_written, timeout=5000):
        dialog.accept()
    assert parse_time(book.get(overdue["id"])["snoozed_until"]) == dialog.until()
    engine.run_once()
    assert engine.store.outbox_counts() == (0, 0)
    assert engine.store.get("todos", overdue["id"])["version"] > 1


def test_completing_a_todo_while_a_sync_holds_the_store_does_not_freeze_the_window(desk, qtbot):
    shell, feature, engine = desk("agent1")
    item = feature.book.create("回电确认尺码")
    feature.refresh()
    d = feature.dock
    d.select(item["id"])
    holder, _held = hold_writer(engine.store, 2.0)  # a sync writing a big page
    clicked = time.monotonic()
    d.complete_button.click()
    assert time.monotonic() - clicked < 1.0  # the click did not wait for the 2 s write (1 s: a loaded machine)
    assert feature.book.get(item["id"]).get("status", "open") == "open"  # not yet: the writer is held
    with qtbot.waitSignal(feature.sig_written, timeout=5000):
        holder.join()
    assert feature.book.get(item["id"])["status"] == "done"
    assert item["id"] not in [t["id"] for t in feature.model.items]


def test_an_alert_shows_once_while_its_alerted_mark_waits_for_the_store(desk, qtbot):
    shell, feature, engine = desk("agent1")
    shown: list[str] = []
    feature.presenter.sig_tray_message_shown.connect(lambda _title, body: shown.append(body))
    item = feature.book.create("回电张先生", due_at=datetime.now(timezone.utc) - timedelta(minutes=1))
    holder, _held = hold_writer(engine.store, 1.0)  # the "alerted" mark will wait for this sync
    feature.scheduler.rearm()  # due: alert
    feature.scheduler.rearm()  # a sync page arrives meanwhile: rearm again
    assert shown == ["回电张先生"]
    holder.join()
    qtbot.waitUntil(lambda: bool(feature.book.get(item["id"]).get("alerted_at")), timeout=5000)
    qtbot.waitUntil(lambda: not feature._alerting, timeout=5000)
    feature.scheduler.rearm()
    assert shown == ["回电张先生"]


def test_todo_from_the_menu_for_a_customer_and_call_assigned_to_another_agent_shows_on_their_desk(
    desk, qtbot, live_backoffice
):
    shell_a, a, engine_a = desk("agent1")
    shell_b, b, engine_b = desk("agent2")
    customer = engine_a.store.create("customers", {"name": "李雷", "phones": [{"number": "13811112222"}]})
    qtbot.waitUntil(lambda: bool(a.agents), timeout=5000)  # agent list loaded in the background
    form = a.new_todo(customer_id=customer["id"], title="寄送样品")
    assert form.customer_label.text() == "李雷"
    form.set_assignee("user", b.book.me.user_id)
    with qtbot.waitSignal(a.sig_written, timeout=5000):
        form.buttons.accepted.emit()
    engine_a.run_once()
    engine_b.run_once()  # B's next sync
    assert [t["title"] for t in b.model.items] == ["寄送样品"]
    assert b.model.items[0]["customer_id"] == customer["id"]
    with qtbot.waitSignal(b.sig_open_customer, timeout=1000) as opened:
        b.dock.table.doubleClicked.emit(b.model.index(0, 0))
    assert opened.args == [customer["id"]]


def test_items_due_while_the_app_was_closed_alert_at_start_even_offline(make_shell, qtbot, tmp_path, live_backoffice):
    path = tmp_path / "agent1.db"
    engine = engine_for(client_for(live_backoffice.url, "agent1"), path, entities=SYNCED)
    engine.run_once()
    shell = make_shell("first")
    shell.ctx.services.provide(CRM, service_for(engine, shell.window))
    feature = todo_feature.TodoFeature(shell.window, shell.ctx.services, shell.ctx.tasks)
    feature.start()
    soon = feature.book.create("明早回电", due_at=datetime.now(timezone.utc) + timedelta(seconds=1))
    feature.shutdown()
    engine.store.close()
    engine.client.close()
    live_backoffice.stop()  # the CRM is down when the app starts again
    qtbot.wait(1100)  # ...and the item fell due while the app was closed
    store = Store(path)
    offline = SyncEngine(
        CrmClient(ClientConfig(live_backoffice.url, retries=0, connect_timeout_s=0.2)), store, SyncConfig()
    )
    shell2 = make_shell("second")
    tray = Tray(shell2.window)
    shell2.ctx.services.provide(TRAY, tray)
    shell2.ctx.services.provide(CRM, service_for(offline, shell2.window))
    again = todo_feature.TodoFeature(shell2.window, shell2.ctx.services, None)
    with qtbot.waitSignal(again.presenter.sig_tray_message_shown, timeout=3000) as shown:
        again.start()
    assert shown.args[1] == "明早回电"
    assert again.book.me.user_id and again.book.get(soon["id"])["alerted_at"]
    again.shutdown()
    tray.shutdown()
    store.close()
    live_backoffice.start()


class ShownCard:
    """The customer card's side of the to-do feature (one layer: what card is on screen)."""

    def __init__(self, card=None) -> None:
        from agent_desktop.features.screenpop.card_requests import CardRequests

        self.card, self.requests, self.opened = card, CardRequests(), []

    def current_card(self):
        return self.card

    def open_customer(self, customer_id: str) -> str:
        self.opened.append(customer_id)
        return customer_id


def test_a_new_todo_is_about_the_customer_on_the_card_unless_unlinked(desk, qtbot):
    from forms.todo_form import TodoForm
    from screenpop.core.models import CallerIdentity, CardModel, CustomerInfo, PopKind

    shell, feature, engine = desk("agent1")
    customer = engine.store.create("customers", {"name": "韩梅梅", "phones": [{"number": "13822223333"}]})
    card = CardModel(
        "call-7",
        CallerIdentity(number="+8613822223333"),
        PopKind.CUSTOMER,
        customer=CustomerInfo(customer["id"], "韩梅梅"),
    )
    shown = ShownCard()
    feature.connect_card(shown)
    assert feature.new_todo_here().customer_label.text() == "(none)"  # no card: about nobody
    shown.card = card
    before = set(feature.window.findChildren(TodoForm))
    feature.dock.new_button.click()
    (form,) = set(feature.window.findChildren(TodoForm)) - before  # the dock's New opened it
    assert form.customer_label.text() == "韩梅梅" and form.unlink_button.isVisible()
    form.title_edit.setText("回访")
    form.unlink_button.click()
    assert form.customer_label.text() == "(none)" and not form.unlink_button.isVisible()
    with qtbot.waitSignal(feature.sig_written, timeout=5000):
        form.buttons.accepted.emit()
    assert [(t["title"], t.get("customer_id")) for t in feature.model.items] == [("回访", None)]
    linked = feature.new_todo_here()
    linked.title_edit.setText("寄送样品")
    with qtbot.waitSignal(feature.sig_written, timeout=5000):
        linked.buttons.accepted.emit()
    assert {t["title"]: t.get("customer_id") for t in feature.model.items}["寄送样品"] == customer["id"]
