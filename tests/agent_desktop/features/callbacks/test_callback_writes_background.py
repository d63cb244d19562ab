"""The Call Back queue writes to the store off the GUI thread (the real store, the real dock in the real
shell): a missed call queued, a call back promised from the card, an attempt's outcome, a give-back and
the signed-in user remembered at start-up. While a sync holds the store's writer the window keeps
running and the outcome is recorded afterwards; two missed calls from one number make one entry; an
outcome pressed twice makes one attempt; a failed write is told to the agent; nothing is applied after
shutdown (the write itself still lands in the store and its outbox)."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTimer

from agent_desktop.features.callbacks.feature import CallbackFeature
from crm.schemas.callbacks import AttemptOutcome, CallbackSource
from crm.store import Store
from crm.store import callbacks as cbq
from tests.agent_desktop.features.callbacks.test_callback_dock_background import (
    ME,
    NOW,
    attached_feature,
    callback,
    customer,
    stamp,
)
from tests.fixtures.store import hold_writer

CLAIMED = callback(0, status="claimed", claimed_by=ME, claimed_at=stamp(NOW))


class Writes:
    """Records, for every store write, whether it ran on the GUI (main) thread."""

    def __init__(self, store: Store) -> None:
        self.on_main: list[tuple[str, bool]] = []
        for name in ("create", "action", "update"):
            real = getattr(store, name)
            setattr(store, name, self._wrap(name, real))
        real_write = store.db.write
        store.db.write = self._wrap("db.write", real_write)

    def _wrap(self, name: str, real: Any) -> Any:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            self.on_main.append((name, threading.current_thread() is threading.main_thread()))
            return real(*args, **kwargs)

        return wrapped

    def names(self) -> set[str]:
        return {name for name, _main in self.on_main}


def attempts(store: Store, entry_id: str) -> int:
    return (
        store.db.reader()
        .execute(
            "SELECT count(*) FROM outbox WHERE entity = 'callbacks' AND action = 'attempt' AND record_id = ?",
            (entry_id,),
        )
        .fetchone()[0]
    )


@pytest.fixture
def desk(make_shell, qtbot, tmp_path):
    """(shell, feature, store, writes): one entry claimed by me, one waiting; the feature attached."""
    store = Store(tmp_path / "store.db")
    store.bulk_load("customers", [customer(i) for i in range(3)], fresh=True)
    store.bulk_load("callbacks", [CLAIMED, callback(1)], fresh=True)
    writes = Writes(store)
    shell = make_shell("agent1")
    with attached_feature(shell, qtbot, store) as feature:
        yield shell, feature, store, writes
    store.close()


def select_mine(feature: CallbackFeature) -> None:
    feature.dock.select(CLAIMED["id"])
    assert feature.dock.outcome_buttons[AttemptOutcome.BUSY].isEnabled()


def test_every_call_back_write_runs_off_the_gui_thread(desk, qtbot) -> None:
    _shell, feature, store, writes = desk
    assert ("db.write", False) in writes.on_main  # the signed-in user, remembered at start-up
    assert feature.dock.me_id == ME
    controller = feature.controller
    with qtbot.waitSignal(feature.sig_refreshed, timeout=5000):
        controller.on_missed(cbq.MissedCall("13900139000", NOW, CallbackSource.UNANSWERED))
    card = SimpleNamespace(
        customer=SimpleNamespace(id=customer(2)["id"], name="", phones=["+8613800000002"], call_window=""),
        identity=SimpleNamespace(number="+8613700137000", number_raw=""),
    )
    with qtbot.waitSignal(feature.sig_refreshed, timeout=5000):
        feature.ask_when(card)  # "Call back" on the customer card: asked when, as soon as possible
        feature.when_dialog.accept()
    select_mine(feature)
    with qtbot.waitSignal(controller.sig_attempt_recorded, timeout=5000):
        feature.dock.outcome_buttons[AttemptOutcome.NO_ANSWER].click()
    with qtbot.waitSignal(feature.sig_refreshed, timeout=5000):
        controller.release(callback(1)["id"])
    numbers = {e["number"] for e in cbq.open_callbacks(store)}
    assert {"+8613900139000", "+8613700137000"} <= numbers
    assert attempts(store, CLAIMED["id"]) == 1
    assert {"create", "action", "db.write"} <= writes.names()
    assert [w for w in writes.on_main if w[1]] == [], writes.on_main


def test_an_outcome_clicked_while_a_sync_holds_the_writer_returns_at_once_and_is_recorded_after(desk, qtbot) -> None:
    _shell, feature, store, _writes = desk
    select_mine(feature)
    button = feature.dock.outcome_buttons[AttemptOutcome.BUSY]
    recorded: list[float] = []
    feature.controller.sig_attempt_recorded.connect(lambda *_a: recorded.append(time.monotonic()))
    release = threading.Event()  # the sync holds the writer until the test lets it go (30 s at most)
    holder, _held = hold_writer(store, 30.0, release)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    try:
        button.click()
        assert holder.is_alive()  # the click returned while the sync still holds the writer
        assert not button.isEnabled()  # a write in flight
        qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=10000)  # the event loop runs during the hold
        assert holder.is_alive() and recorded == [] and attempts(store, CLAIMED["id"]) == 0
        let_go = time.monotonic()
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(recorded), timeout=5000)
    holder.join()
    timer.stop()
    assert recorded[0] >= let_go  # recorded after the sync let go
    assert attempts(store, CLAIMED["id"]) == 1
    qtbot.waitUntil(lambda: CLAIMED["id"] not in [e["id"] for e in feature.dock.entries], timeout=5000)


def test_two_missed_calls_from_one_number_back_to_back_make_one_entry(desk, qtbot, monkeypatch) -> None:
    _shell, feature, store, _writes = desk
    done: list[object] = []
    real = cbq.record_missed

    def counted(*args: Any, **kwargs: Any) -> Any:
        try:
            return real(*args, **kwargs)
        finally:
            done.append(threading.current_thread())

    monkeypatch.setattr(cbq, "record_missed", counted)
    customers_before = store.count("customers")
    holder, _held = hold_writer(store, 0.5)  # both jobs wait for the writer together
    for minutes in (2, 1):
        feature._on_missed(cbq.MissedCall("13600136000", NOW - timedelta(minutes=minutes), CallbackSource.LINES_BUSY))
    holder.join()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
    QCoreApplication.processEvents()
    assert all(t is not threading.main_thread() for t in done)
    assert [e["number"] for e in cbq.open_callbacks(store)].count("+8613600136000") == 1
    assert store.count("customers") == customers_before + 1
    qtbot.waitUntil(lambda: "+8613600136000" in [e["number"] for e in feature.dock.entries], timeout=5000)


def test_an_outcome_pressed_twice_quickly_records_one_attempt(desk, qtbot) -> None:
    _shell, feature, store, _writes = desk
    select_mine(feature)
    dock, controller = feature.dock, feature.controller
    busy: list[tuple[str, bool]] = []
    controller.sig_entry_busy.connect(lambda entry_id, b: busy.append((entry_id, b)))
    holder, _held = hold_writer(store, 0.5)
    dock.outcome_buttons[AttemptOutcome.REACHED].click()
    assert not any(b.isEnabled() for b in dock.outcome_buttons.values()) and not dock.release_button.isEnabled()
    dock.outcome_buttons[AttemptOutcome.REACHED].click()  # disabled: nothing
    dock.sig_outcome_chosen.emit(CLAIMED["id"], "reached")  # even if it got through: ignored
    controller.on_call_changed(SimpleNamespace(state="disconnected", call_id=1, outcome="answered"))
    holder.join()
    qtbot.waitUntil(lambda: (CLAIMED["id"], False) in busy, timeout=5000)
    QCoreApplication.processEvents()
    assert attempts(store, CLAIMED["id"]) == 1
    assert busy == [(CLAIMED["id"], True), (CLAIMED["id"], False)]


def test_the_card_gets_the_promised_entry_when_written_and_a_failed_write_is_told(
    desk, qtbot, monkeypatch, caplog
) -> None:
    _shell, feature, store, _writes = desk
    written: list[dict[str, Any]] = []
    queued = feature.add_manual("+8613500135000", customer(2)["id"], on_done=written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=5000)
    assert written[0]["id"] == queued["id"] and written[0]["customer_id"] == customer(2)["id"]
    assert store.get("callbacks", queued["id"])["number"] == "+8613500135000"
    assert store.outbox_counts()[0] >= 1  # through the outbox, as every write

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(cbq, "create_manual", broken)
    failed: list[dict[str, Any]] = []
    feature.add_manual("+8613400134000", None, on_done=failed.append)
    qtbot.waitUntil(lambda: "could not be saved" in feature.dock.message.text(), timeout=5000)
    assert failed == [] and "disk I/O error" in caplog.text
    assert feature.controller.creating == {}


def test_nothing_is_applied_after_shutdown_but_the_write_lands(desk, qtbot) -> None:
    shell, feature, store, _writes = desk
    select_mine(feature)
    controller = feature.controller
    recorded: list[object] = []
    controller.sig_attempt_recorded.connect(lambda *a: recorded.append(a))
    messages: list[str] = []
    controller.sig_message.connect(messages.append)
    holder, _held = hold_writer(store, 0.5)
    feature.dock.outcome_buttons[AttemptOutcome.WRONG_NUMBER].click()
    feature.shutdown()  # quitting: waits for the writes handed over, the store closes right after
    assert attempts(store, CLAIMED["id"]) == 1  # not lost: in the store and its outbox
    holder.join()
    shell.ctx.tasks.shutdown(wait=True)
    QCoreApplication.processEvents()
    assert recorded == [] and messages == []
