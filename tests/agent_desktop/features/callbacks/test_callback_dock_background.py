"""The Call Back dock reads its queue off the GUI thread: a call list of 5,000 in the real store, the
real dock in the real shell. The GUI thread only shows finished reads; a read that is out of date
when it finishes is not shown; reads are coalesced; the selection and the scroll position survive a
refresh; the 30 s tick reads nothing while the dock is hidden; nothing is shown after shutdown."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from agent_desktop.features.callbacks.dock import MAX_ROWS
from agent_desktop.features.callbacks.feature import CallbackFeature
from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.crm_link.signals import CrmSyncSignals
from crm.store import Store
from crm.store import callbacks as cbq

ME = "00000000-0000-4000-8000-00000000aaaa"
NOW = datetime.now(timezone.utc).replace(microsecond=0)


def stamp(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def callback(i: int, **fields: Any) -> dict[str, Any]:
    """Entry ``i`` of a call list: the lower ``i``, the longer it has waited."""
    requested = stamp(NOW - timedelta(hours=2) + timedelta(seconds=i))
    return {
        "id": f"00000000-0000-4000-8000-{i:012d}",
        "version": 1,
        "created_at": requested,
        "updated_at": requested,
        "number": f"+86138{i:08d}",
        "customer_id": f"00000000-0000-4000-9000-{i:012d}",
        "requested_at": requested,
        "due_at": requested,
        "reason": "双十一回访",
        "attempts": 0,
        "status": "pending",
        "claimed_by": None,
        "claimed_at": None,
        "source": "campaign",
        **fields,
    }


def customer(i: int) -> dict[str, Any]:
    return {
        "id": f"00000000-0000-4000-9000-{i:012d}",
        "version": 1,
        "name": f"客户 {i}",
        "phones": [{"number": f"+86138{i:08d}"}],
        "created_at": stamp(NOW),
        "updated_at": stamp(NOW),
    }


class Client:
    """The back office's answer to a claim (the claim itself is proven in test_callback_feature)."""

    user = {"id": ME, "username": "agent1"}

    def action_raw(self, entity: str, record_id: str, action: str, body: Any, *, version: int, key: str):
        return dict(
            callback(int(record_id[-12:])), status="claimed", claimed_by=ME, claimed_at=stamp(NOW), version=version + 1
        )


class Phone:
    def __init__(self) -> None:
        self.dialled: list[str] = []

    def dial(self, number: str) -> int:
        self.dialled.append(number)
        return len(self.dialled)


@contextmanager
def attached_feature(shell, qtbot, store: Store) -> Iterator[CallbackFeature]:
    """The real feature on ``store`` in ``shell`` (CRM service provided, queue shown, phone stand-in),
    shut down afterwards."""
    service = CrmService(Client(), store, None, "", "agent1")
    service.signals = CrmSyncSignals(shell.window)
    shell.ctx.services.provide(CRM, service)
    feature = CallbackFeature(shell.window, shell.ctx.services, shell.ctx.tasks, clock=lambda: NOW)
    with qtbot.waitSignal(feature.sig_refreshed, timeout=10000):
        feature.start()
    feature.controller.phone = Phone()
    try:
        yield feature
    finally:
        feature.shutdown()
        shell.ctx.tasks.shutdown(wait=True)


class Reads:
    """Wraps the queue read: which thread ran each one; ``hold()`` keeps the next reads from returning
    (after they read) until ``release()``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.threads: list[threading.Thread] = []
        self.entered = threading.Semaphore(0)
        self._gate = threading.Event()
        self._gate.set()
        real = cbq.queue_head

        def wrapped(*args: Any, **kwargs: Any) -> cbq.QueueHead:
            self.threads.append(threading.current_thread())
            head = real(*args, **kwargs)
            self.entered.release()
            assert self._gate.wait(10), "held read never released"
            return head

        monkeypatch.setattr(cbq, "queue_head", wrapped)

    def hold(self) -> None:
        self._gate.clear()

    def release(self) -> None:
        self._gate.set()

    def wait_entered(self, qtbot: Any) -> None:
        qtbot.waitUntil(lambda: self.entered.acquire(blocking=False), timeout=5000)


@pytest.fixture
def queue(make_shell, qtbot, tmp_path, monkeypatch):
    """``queue(n)`` -> (shell, feature, store, reads): ``n`` waiting entries, the feature attached and
    its first read shown."""
    made: list[tuple[CallbackFeature, Store]] = []

    def make(n: int):
        reads = Reads(monkeypatch)
        store = Store(tmp_path / "store.db")
        store.bulk_load("customers", [customer(i) for i in range(n)], fresh=True)
        store.bulk_load("callbacks", [callback(i) for i in range(n)], fresh=True)
        shell = make_shell("agent1")
        shell.window.dock("callbacks").raise_()  # the agent works the Call Back tab (To-do shows first)
        service = CrmService(Client(), store, None, "", "agent1")
        service.signals = CrmSyncSignals(shell.window)
        shell.ctx.services.provide(CRM, service)
        feature = CallbackFeature(shell.window, shell.ctx.services, shell.ctx.tasks, clock=lambda: NOW)
        made.append((feature, store))
        with qtbot.waitSignal(feature.sig_refreshed, timeout=10000):
            feature.start()
        feature.controller.phone = Phone()
        return shell, feature, store, reads

    yield make
    for feature, store in made:
        feature.shutdown()
        store.close()


def shown_ids(feature: CallbackFeature) -> list[str]:
    return [e["id"] for e in feature.dock.entries]


def test_a_call_list_of_5000_is_read_off_the_gui_thread_and_the_dock_shows_its_200_longest_waiting(queue, qtbot):
    _shell, feature, store, reads = queue(5000)
    sqlite_readers: list[threading.Thread] = []
    reader = store.db.reader
    store.db.reader = lambda: (sqlite_readers.append(threading.current_thread()), reader())[1]
    dock = feature.dock
    assert dock.table.rowCount() == MAX_ROWS
    assert shown_ids(feature) == [callback(i)["id"] for i in range(MAX_ROWS)]  # longest waiting first
    assert dock.table.item(0, 0).text() == "138 0000 0000" and dock.table.item(0, 1).text() == "客户 0"
    assert not dock.more.isHidden() and dock.more.text() == "Showing the 200 longest waiting of 5000."
    assert _shell.window.dock("callbacks").windowTitle() == "Callbacks (5000)"  # on its tab, behind To-do too
    for ask in (
        feature.refresh,
        feature.label_timer.timeout.emit,
        feature.retry_timer.timeout.emit,
        feature.controller.synced,
    ):
        with qtbot.waitSignal(feature.sig_refreshed, timeout=10000):
            ask()
    assert len(reads.threads) == 5
    assert all(t is not threading.main_thread() for t in reads.threads), reads.threads
    assert sqlite_readers and threading.main_thread() not in sqlite_readers  # nor any other store read
    assert dock.more.text() == "Showing the 200 longest waiting of 5000."


def test_a_read_that_finishes_after_a_newer_refresh_was_asked_for_is_not_shown_and_reads_are_coalesced(queue, qtbot):
    _shell, feature, _store, reads = queue(5)
    applied: list[list[str]] = []
    feature.sig_refreshed.connect(lambda: applied.append(shown_ids(feature)))
    reads.hold()
    feature.refresh()  # read 1 starts and is held after reading
    reads.wait_entered(qtbot)
    written: list[dict[str, Any]] = []
    feature.add_manual("+8613700000001", None, on_done=written.append)  # the queue changes: read 1 is out of date
    qtbot.waitUntil(lambda: bool(written), timeout=5000)  # written in the background, then a refresh is asked
    promised = written[0]
    for _ in range(5):
        feature.refresh()  # one more read pending, however often asked
    assert len(reads.threads) == 2 and applied == []
    reads.release()
    qtbot.waitUntil(lambda: len(applied) == 1, timeout=5000)
    assert len(reads.threads) == 3  # read 1, then the one pending read
    assert promised["id"] in applied[0] and promised["id"] in shown_ids(feature)  # read 1 was never shown
    assert feature.dock.more.isHidden() and len(applied[0]) == 6


def test_the_selected_entry_stays_selected_and_the_list_keeps_its_scroll_position(queue, qtbot):
    _shell, feature, store, _reads = queue(5000)
    dock = feature.dock
    chosen = callback(120)["id"]
    dock.select(chosen)
    bar = dock.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    scrolled = bar.value()
    assert dock.selected_id() == chosen and scrolled > 0
    asked = [stamp(NOW - timedelta(hours=3, seconds=k)) for k in range(3)]
    earlier = [callback(6000 + k, requested_at=asked[k], due_at=asked[k]) for k in range(3)]
    store.bulk_load("callbacks", earlier)  # three callers who waited longer: the rows move down
    with qtbot.waitSignal(feature.sig_refreshed, timeout=10000):
        feature.controller.synced()
    assert shown_ids(feature)[:3] == [e["id"] for e in reversed(earlier)]
    assert dock.selected_id() == chosen and dock.table.currentRow() == 123
    assert bar.value() == scrolled
    store.bulk_load("callbacks", [callback(120, status="done")])  # the selected caller left the queue
    with qtbot.waitSignal(feature.sig_refreshed, timeout=10000):
        feature.controller.synced()
    assert chosen not in shown_ids(feature)
    assert dock.selected_id() is None  # not some other caller in its row
    assert bar.value() == scrolled


def test_call_back_dials_the_row_the_agent_sees_while_a_refresh_is_still_reading(queue, qtbot):
    _shell, feature, _store, reads = queue(50)
    dock = feature.dock
    dock.select(callback(7)["id"])
    reads.hold()
    feature.refresh()
    reads.wait_entered(qtbot)
    with qtbot.waitSignal(feature.controller.sig_dialing, timeout=5000) as dialing:
        dock.call_button.click()
    assert dialing.args[0] == callback(7)["id"] and feature.controller.phone.dialled == ["+8613800000007"]
    reads.release()
    qtbot.waitUntil(lambda: dock.entries[0]["id"] == callback(7)["id"], timeout=5000)  # mine (claimed) first
    assert dock.selected_id() == callback(7)["id"]


def test_when_no_row_shown_is_left_call_back_reads_the_head_of_the_queue_in_the_background(queue, qtbot):
    _shell, feature, _store, reads = queue(MAX_ROWS + 1)
    controller = feature.controller
    controller.lost.update(shown_ids(feature))  # every row shown was taken by other agents
    before = len(reads.threads)
    with qtbot.waitSignal(controller.sig_dialing, timeout=5000) as dialing:
        controller.call()
    assert dialing.args[0] == callback(MAX_ROWS)["id"] and controller.phone.dialled == ["+8613800000200"]
    assert reads.threads[before:] and threading.main_thread() not in reads.threads[before:]


def test_the_30s_tick_reads_nothing_while_the_dock_is_hidden_and_reads_once_when_shown(queue, qtbot):
    shell, feature, _store, reads = queue(50)
    window = shell.window
    before = len(reads.threads)
    assert feature.dock_on_screen()
    window.dock("callbacks").close()
    assert not feature.dock_on_screen()
    for _ in range(3):
        feature.label_timer.timeout.emit()
    assert len(reads.threads) == before
    assert not feature.label_timer.isActive()  # hidden: the idle app is not woken every 30 s
    with qtbot.waitSignal(feature.sig_refreshed, timeout=5000):
        window.dock("callbacks").show()
    assert len(reads.threads) == before + 1
    assert feature.label_timer.isActive()
    window.tabifyDockWidget(window.dock("todo"), window.dock("callbacks"))  # behind another tab
    window.dock("todo").raise_()
    qtbot.waitUntil(lambda: not feature.dock_on_screen(), timeout=5000)
    feature.label_timer.timeout.emit()
    assert len(reads.threads) == before + 1
    with qtbot.waitSignal(feature.sig_refreshed, timeout=5000):
        window.dock("callbacks").raise_()
    assert len(reads.threads) == before + 2
    with qtbot.waitSignal(feature.sig_refreshed, timeout=5000):
        feature.label_timer.timeout.emit()  # shown: the tick reads as before
    assert len(reads.threads) == before + 3


def test_no_read_is_shown_after_the_feature_shut_down(queue, qtbot):
    shell, feature, _store, reads = queue(5)
    applied: list[object] = []
    feature.sig_refreshed.connect(lambda: applied.append(True))
    before = shown_ids(feature)
    reads.hold()
    feature.add_manual("+8613700000001", None)  # a refresh starts, held after reading
    reads.wait_entered(qtbot)
    feature.shutdown()
    reads.release()
    shell.ctx.tasks.shutdown(wait=True)  # the read has finished and been handed over
    QCoreApplication.processEvents()
    assert applied == [] and shown_ids(feature) == before
