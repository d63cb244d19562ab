"""Call Back dock benchmark: what a refresh of a long queue costs the GUI thread.

Fills a fresh local store with ``--waiting`` due call-list entries (and their customers), installs
the Call Back feature with its dock in an offscreen main window, then refreshes ``--refreshes``
times; before each refresh one entry leaves the queue (an attempt recorded, as after a call), so
every refresh rebuilds the rows. Measured per refresh:

* ``gui_block_ms``: the GUI thread inside ``refresh()`` (before the result is applied);
* ``apply_ms``: showing the finished read (the rows, the "Showing the 200 ..." label, the retry timer);
* ``stall_ms``: the longest the GUI thread's event loop went without running a 1 ms timer while the
  refresh was under way, the apply included; ``read_stall_ms``: the same until the apply began (the
  background read competes with the GUI thread for the GIL).

``mode=background`` is the product (``ctx.tasks``); ``mode=inline`` runs the same read on the GUI
thread (no background helper), i.e. how the dock refreshed before.

    .venv/bin/python benchmarks/callback_dock.py [--waiting 5000] [--refreshes 20]

Prints ``callback_dock mode=… waiting=… gui_block_ms p50=… p95=… apply_ms p50=… p95=… stall_ms …
read_stall_ms …`` (``waiting`` ends a few below ``--waiting``: one entry leaves per refresh).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from agent_desktop.features import catalogue
from agent_desktop.features.callbacks.feature import CallbackFeature
from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.shell.agent_state import READY, AgentState
from agent_desktop.shell.main_window import MainWindow
from agent_desktop.shell.services import ServiceRegistry
from agent_desktop.shell.tasks import BackgroundTasks
from crm.schemas.callbacks import AttemptOutcome
from crm.store import Store
from crm.store import callbacks as cbq
from crm.store.todos import api_time


class Client:
    user = {"id": str(uuid.uuid4()), "username": "agent1"}


def fill(store: Store, n: int) -> None:
    now = datetime.now(timezone.utc)
    customers, entries = [], []
    for i in range(n):
        cid, at = str(uuid.uuid4()), api_time(now - timedelta(hours=3) + timedelta(seconds=i))
        customers.append(
            {
                "id": cid,
                "version": 1,
                "name": f"客户 {i}",
                "phones": [{"number": f"+86138{i:08d}"}],
                "created_at": at,
                "updated_at": at,
            }
        )
        entries.append(
            {
                "id": str(uuid.uuid4()),
                "version": 1,
                "created_at": at,
                "updated_at": at,
                "number": f"+86138{i:08d}",
                "customer_id": cid,
                "requested_at": at,
                "due_at": at,
                "reason": "双十一回访",
                "attempts": 0,
                "status": "pending",
                "claimed_by": None,
                "claimed_at": None,
                "source": "campaign",
            }
        )
    store.bulk_load("customers", customers, fresh=True)
    store.bulk_load("callbacks", entries, fresh=True)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(q * len(ordered))) - 1))]


def run(mode: str, waiting: int, refreshes: int) -> str:
    tasks = BackgroundTasks() if mode == "background" else None
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        fill(store, waiting)
        window = MainWindow(AgentState(READY), None, catalogue())
        window.resize(1000, 700)
        window.show()
        services = ServiceRegistry()
        services.provide(CRM, CrmService(Client(), store, None, "", "agent1"))
        feature = CallbackFeature(window, services, tasks)
        applied: list[float] = []
        apply_started: list[float] = []
        show = feature._show

        def timed_show(view: Any) -> None:
            t0 = time.perf_counter()
            apply_started.append(t0)
            show(view)
            applied.append((time.perf_counter() - t0) * 1000)

        feature._show = timed_show  # type: ignore[method-assign]
        loop = QEventLoop()
        feature.sig_refreshed.connect(loop.quit)
        feature.start()
        if tasks is not None:
            QTimer.singleShot(10_000, loop.quit)
            loop.exec()
        last = [time.perf_counter()]
        gaps: list[tuple[float, float]] = []  # (when the tick ran, ms since the previous one)
        ticker = QTimer()
        ticker.setTimerType(Qt.TimerType.PreciseTimer)
        ticker.setInterval(1)

        def tick() -> None:
            now = time.perf_counter()
            gaps.append((now, (now - last[0]) * 1000))
            last[0] = now

        ticker.timeout.connect(tick)
        ticker.start()
        block, apply, stall, read_stall = [], [], [], []
        for _ in range(refreshes + 2):  # the first two warm up
            head = feature.dock.entries[0]["id"]
            cbq.record_attempt(store, head, AttemptOutcome.NO_ANSWER)  # it leaves the queue
            QApplication.processEvents()
            applied.clear()
            apply_started.clear()
            gaps.clear()
            last[0] = time.perf_counter()
            t0 = time.perf_counter()
            feature.refresh()
            t1 = time.perf_counter()
            if not applied:
                QTimer.singleShot(10_000, loop.quit)
                loop.exec()
            QApplication.processEvents()
            block.append((t1 - t0) * 1000)
            apply.append(applied[0] if applied else float("nan"))
            stall.append(max([g for _at, g in gaps] + [(t1 - t0) * 1000]))
            began = apply_started[0] if apply_started else t1
            read_stall.append(max([g for at, g in gaps if at <= began] + [(min(t1, began) - t0) * 1000]))
        block, apply, stall, read_stall = block[2:], apply[2:], stall[2:], read_stall[2:]
        ticker.stop()
        shown = feature.dock.more.text()
        feature.shutdown()
        if tasks is not None:
            tasks.shutdown()
        total = feature.dock._waiting_total
        store.close()
        window.close()
    return (
        f"callback_dock mode={mode} waiting={total} rows={feature.dock.table.rowCount()} "
        f"gui_block_ms p50={statistics.median(block):.2f} p95={pct(block, 0.95):.2f} "
        f"apply_ms p50={statistics.median(apply):.2f} p95={pct(apply, 0.95):.2f} "
        f"stall_ms p50={statistics.median(stall):.1f} p95={pct(stall, 0.95):.1f} "
        f"read_stall_ms p50={statistics.median(read_stall):.1f} p95={pct(read_stall, 0.95):.1f} "
        f"refreshes={len(block)} label={shown!r} load1={os.getloadavg()[0]:.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--waiting", type=int, default=5000)
    parser.add_argument("--refreshes", type=int, default=20)
    parser.add_argument("--mode", choices=("background", "inline", "both"), default="both")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    for mode in ("background", "inline") if args.mode == "both" else (args.mode,):
        print(run(mode, args.waiting, args.refreshes), flush=True)
    del app


if __name__ == "__main__":
    main()
