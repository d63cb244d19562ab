"""Cyclic garbage made on a worker thread is freed on the GUI thread, not where it was made."""

from __future__ import annotations

import gc
import threading
import time

from agent_desktop.shell.gc_guard import GuiThreadCollector


class Cyclic:
    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me = self  # only the cyclic collector can free this

    def __del__(self) -> None:
        Cyclic.freed_on.append(threading.current_thread().name)


def test_worker_garbage_is_collected_on_the_gui_thread(qtbot):
    Cyclic.freed_on.clear()
    enabled_before = gc.isenabled()
    chores: list[str] = []
    collector = GuiThreadCollector(interval_ms=20, also=lambda: chores.append(threading.current_thread().name))
    try:
        kept: list = []

        def worker() -> None:
            Cyclic()
            kept.extend([i] for i in range(50_000))  # far past every threshold: would collect here

        thread = threading.Thread(target=worker, name="worker")
        thread.start()
        thread.join()
        assert Cyclic.freed_on == []  # nothing was collected on the worker
        # another collector of the test process (an app shell of an earlier test) may free it first
        qtbot.waitUntil(lambda: bool(Cyclic.freed_on) and bool(chores), timeout=5000)
        assert Cyclic.freed_on == [threading.main_thread().name]
        assert set(chores) == {threading.main_thread().name}  # the other chores share the tick
    finally:
        collector.close()
    assert gc.isenabled() == enabled_before  # collection handed back as it was


def test_the_tick_stops_while_idle_and_comes_back_when_the_event_loop_wakes(qtbot):
    from PySide6.QtCore import QTimer

    Cyclic.freed_on.clear()
    ticks: list[float] = []
    collector = GuiThreadCollector(
        interval_ms=20, also=lambda: ticks.append(time.monotonic()), quiet_ticks=2, quiet_cpu_s=10.0
    )
    try:
        qtbot.waitUntil(lambda: collector.quiet, timeout=5000)
        before = len(ticks)
        qtbot.wait(400)  # 20 intervals; only what wakes the loop (this wait's end) brings a tick
        assert len(ticks) - before <= 3
        sleeps = collector.sleeps

        kept: list = []

        def worker() -> None:  # garbage made while quiet, then something for the GUI thread
            Cyclic()
            kept.extend([i] for i in range(50_000))
            QTimer.singleShot(0, collector, lambda: None)

        thread = threading.Thread(target=worker, name="worker")
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: bool(Cyclic.freed_on), timeout=5000)  # woken: collected on the GUI thread
        assert Cyclic.freed_on == [threading.main_thread().name]
        qtbot.waitUntil(lambda: collector.sleeps > sleeps and collector.quiet, timeout=5000)  # quiet again
    finally:
        collector.close()
