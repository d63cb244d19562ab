"""A call back is scheduled (the real store, the real dock and wrap-up form in the real shell): the card's
"Call back" asks when, proposing the next slot in the customer's call window and warning outside it; the
queue lists the promise with its time below the callers to call now, counts it and alerts it when it
is due, and orders the queue by when each entry is due; a wrap-up ending "Call back later" asks the same
question for that call's customer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace
from typing import Any

import pytest

from agent_desktop.features.callbacks.core.schedule import in_window, next_slot
from agent_desktop.features.callbacks.feature import CallbackFeature
from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.crm_link.signals import CrmSyncSignals
from agent_desktop.features.screenpop.card_requests import CardRequests
from agent_desktop.shell.keys import DUE_ALERTS
from crm.schemas.callbacks import CallbackSource
from crm.store import Store
from crm.store import callbacks as cbq
from crm.store.todos import parse_time
from forms.wrapup_form import WrapUpForm
from tests.agent_desktop.features.callbacks.test_callback_dock_background import (
    Client,
    Phone,
    callback,
    customer,
    stamp,
)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment of December 2026 in the PC's time zone (7 December is a Monday)."""
    return datetime(2026, 12, day, hour, minute).astimezone()


def tomorrow(hour: int, minute: int = 0) -> datetime:
    """A moment of tomorrow in the PC's time zone (a call back made now is scheduled for later)."""
    day = datetime.now().date() + timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


def test_the_next_slot_of_each_call_window() -> None:
    assert next_slot("evening", local(7, 15)) == local(7, 18)  # later today
    assert next_slot("evening", local(7, 19, 30)) == local(7, 19, 30)  # inside it: now
    assert next_slot("evening", local(7, 22)) == local(8, 18)  # tomorrow
    assert next_slot("morning", local(7, 12)) == local(8, 9)
    assert next_slot("weekend", local(9, 10)) == local(12, 9)  # Wednesday: Saturday morning
    assert next_slot("anytime", local(7, 3)) == next_slot("", local(7, 3)) == local(7, 3)
    assert not in_window("evening", local(7, 15, 30)) and in_window("evening", local(7, 20, 59))
    assert not in_window("weekend", local(11, 10)) and in_window("weekend", local(13, 20))


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now.astimezone(timezone.utc)

    def __call__(self) -> datetime:
        return self.now


ZHANG = customer(2)


def zhang_card() -> Any:
    return SimpleNamespace(
        customer=SimpleNamespace(id=ZHANG["id"], name="张伟", phones=["+8613800000002"], call_window="evening"),
        identity=SimpleNamespace(number="+8613800000002", number_raw=""),
    )


@pytest.fixture
def desk(make_shell, qtbot, tmp_path) -> Iterator[tuple[Any, CallbackFeature, Store, Clock, list[Any]]]:
    """(shell, feature, store, clock, alerts): at 15:00 (tomorrow), one caller waiting since 14:00."""
    clock = Clock(tomorrow(15))
    store = Store(tmp_path / "store.db")
    store.bulk_load("customers", [customer(i) for i in range(3)], fresh=True)
    shell = make_shell("agent1")
    shell.window.dock("callbacks").raise_()
    service = CrmService(Client(), store, None, "", "agent1")
    service.signals = CrmSyncSignals(shell.window)
    shell.ctx.services.provide(CRM, service)
    alerts: list[Any] = []
    due_alerts = shell.ctx.services.get(DUE_ALERTS)
    real_alert = due_alerts.alert
    due_alerts.alert = lambda *a, **k: (alerts.append(a), real_alert(*a, **k))[1]
    feature = CallbackFeature(shell.window, shell.ctx.services, shell.ctx.tasks, clock=clock)
    with qtbot.waitSignal(feature.sig_refreshed, timeout=10000):
        feature.start()
    feature.controller.phone = Phone()
    with qtbot.waitSignal(feature.sig_refreshed, timeout=10000):
        feature.controller.on_missed(
            cbq.MissedCall("13900139000", clock() - timedelta(hours=1), CallbackSource.UNANSWERED)
        )
    try:
        yield shell, feature, store, clock, alerts
    finally:
        feature.shutdown()
        shell.ctx.tasks.shutdown(wait=True)
        store.close()


def test_call_back_asks_when_and_the_queue_lists_and_alerts_it_at_that_time(desk, qtbot) -> None:
    shell, feature, store, clock, alerts = desk
    feature.ask_when(zhang_card())
    dialog = feature.when_dialog
    assert dialog is not None and dialog.isVisible()
    assert "Evening (18-21)" in dialog.preferred.text()
    assert dialog.at_radio.isChecked() and dialog.when() == tomorrow(18)  # the evening's first slot
    assert dialog.warning.text() == ""
    dialog.minutes.setValue(45)  # "in 45 minutes": 15:45, not in the evening
    assert dialog.in_radio.isChecked()
    assert "outside the customer's preferred call window" in dialog.warning.text()
    dialog.at_radio.setChecked(True)
    dialog.note_edit.setText("确认晚上送货时间")
    assert dialog.warning.text() == ""
    with qtbot.waitSignal(feature.sig_refreshed, timeout=5000):
        dialog.accept()

    promised = next(e for e in cbq.open_callbacks(store) if e.get("customer_id") == ZHANG["id"])
    assert parse_time(promised["due_at"]) == tomorrow(18) and promised["reason"] == "确认晚上送货时间"
    dock = feature.dock
    assert [e["id"] for e in dock.upcoming] == [promised["id"]]  # listed below, not to call now
    assert promised["id"] not in [e["id"] for e in dock.entries]
    row = len(dock.entries)
    assert dock.table.item(row, 2).text() == "18:00" and dock.table.item(0, 2).text() == "Now"
    assert "scheduled for 18:00" in dock.message.text()
    assert dock.selected_id() == promised["id"]
    assert shell.window.dock("callbacks").windowTitle() == "Callbacks (1)"  # only the caller waiting now

    clock.now = tomorrow(18) + timedelta(seconds=30)  # the retry timer reads the queue at 18:00
    with qtbot.waitSignal(feature.sig_refreshed, timeout=5000):
        feature.refresh()
    assert promised["id"] in [e["id"] for e in dock.entries] and dock.upcoming == []
    assert alerts and alerts[-1][1] == [promised["id"]] and alerts[-1][2] == "Call back due"


def test_the_queue_is_ordered_by_when_each_entry_is_due(tmp_path) -> None:
    store = Store(tmp_path / "store.db")
    now = tomorrow(16, 30).astimezone(timezone.utc)
    asked, due, missed_at = now - timedelta(hours=3), now - timedelta(minutes=30), now - timedelta(hours=1)
    promised = callback(1, source="manual", requested_at=stamp(asked), created_at=stamp(asked), due_at=stamp(due))
    missed = callback(2, source="unanswered", requested_at=stamp(missed_at), due_at=None)
    store.bulk_load("callbacks", [promised, missed], fresh=True)
    head = cbq.queue_head(store, now, "me")
    # the caller waiting since 15:30 first, then the call back promised for 16:00 (asked for at 13:30)
    assert [e["id"] for e in head.entries] == [missed["id"], promised["id"]]
    store.close()


def test_a_wrap_up_ending_call_back_later_asks_when_for_that_calls_customer(desk, qtbot) -> None:
    _shell, feature, store, _clock, _alerts = desk
    form = WrapUpForm()
    card = zhang_card()
    screenpop = SimpleNamespace(
        requests=CardRequests(),
        open_customer=lambda _id: "",
        dialling_customer=lambda *_a: None,
        wrap_up=form,
        history=SimpleNamespace(get=lambda call_id: SimpleNamespace(card=card) if call_id == "7" else None),
        current_card=lambda: None,
    )
    feature.connect_card(screenpop)
    form.start("7")
    index = form.disposition_combo.findData("call_back")
    assert index > 0 and form.disposition_combo.itemText(index) == "Call back later"
    form.disposition_combo.setCurrentIndex(index)
    form.notes_edit.setPlainText("客户晚上在家\n要确认送货")
    form.submit()
    dialog = feature.when_dialog
    assert dialog is not None and dialog.isVisible() and "张伟" in dialog.heading.text()
    assert dialog.note() == "客户晚上在家"
    with qtbot.waitSignal(feature.sig_refreshed, timeout=5000):
        dialog.accept()
    assert any(
        e.get("customer_id") == ZHANG["id"] and parse_time(e.get("due_at")) == tomorrow(18)
        for e in cbq.open_callbacks(store)
    )
    form.deleteLater()
