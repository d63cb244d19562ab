"""To-do alert benchmark: how late a due alert fires, and what re-arming costs with many items.

Fills a fresh local store with ``--items`` to-dos (a third done, the rest open with due times spread
over the next 30 days), then measures:

* ``rearm_ms``: one :meth:`AlertScheduler.rearm` (query the due items + the next alert time, arm the
  one timer) — what runs after every sync or edit;
* ``late_ms``: for ``--alerts`` items due 300–900 ms ahead, the delay between the due time and the
  tray message (offscreen Qt, real QTimer, real store writes of ``alerted_at``).

    .venv/bin/python benchmarks/todo_alerts.py [--items 5000] [--alerts 10]

Prints ``todo_alerts items=… rearm_p50_ms=… rearm_p95_ms=… late_p50_ms=… late_max_ms=… load1=…``.
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from agent_desktop.features.todo.alert_presenter import AlertPresenter
from agent_desktop.features.todo.alerts import AlertScheduler
from agent_desktop.features.todo.banner import TodoBanner
from crm.store import Store
from crm.store.todos import Me, TodoBook, api_time


def fill(store: Store, me: str, items: int) -> None:
    now = datetime.now(timezone.utc)
    records = []
    for i in range(items):
        due = now + timedelta(minutes=10 + (i * 43200 // max(items, 1)))
        records.append(
            {
                "id": str(uuid.uuid4()),
                "version": 1,
                "title": f"回电 {i}",
                "assignee_id": me,
                "team": "",
                "priority": "normal",
                "notes": "",
                "status": "done" if i % 3 == 0 else "open",
                "due_at": api_time(due),
                "customer_id": None,
                "call_log_id": None,
                "created_at": api_time(now),
                "updated_at": api_time(now),
            }
        )
    store.bulk_load("todos", records, fresh=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--alerts", type=int, default=10)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    me = str(uuid.uuid4())
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        fill(store, me, args.items)
        book = TodoBook(store, Me(me))
        scheduler = AlertScheduler(book)
        banner = TodoBanner()
        tray = QSystemTrayIcon()
        presenter = AlertPresenter(banner, tray=tray, sound=lambda: None)
        shown: list[float] = []
        presenter.sig_tray_message_shown.connect(lambda *_: shown.append(time.time()))
        scheduler.sig_alerts_due.connect(presenter.present)
        scheduler.sig_alerts_due.connect(lambda items: book.mark_alerted([t["id"] for t in items]))
        rearm = []
        for _ in range(20):
            t0 = time.perf_counter()
            scheduler.rearm()
            rearm.append((time.perf_counter() - t0) * 1000)
        late = []
        for i in range(args.alerts):
            before = len(shown)
            due = datetime.now(timezone.utc) + timedelta(milliseconds=300 + 60 * i)
            book.create(f"benchmark {i}", due_at=due)
            scheduler.rearm()
            if len(shown) == before:  # not already shown by the rearm itself (a slow machine)
                loop = QEventLoop()
                QTimer.singleShot(5000, loop.quit)
                presenter.sig_tray_message_shown.connect(loop.quit)
                loop.exec()
                presenter.sig_tray_message_shown.disconnect(loop.quit)
            if len(shown) > before:
                late.append((shown[-1] - due.timestamp()) * 1000)
        store.close()
    rearm.sort()
    print(
        f"todo_alerts items={args.items} rearm_p50_ms={statistics.median(rearm):.1f} "
        f"rearm_p95_ms={rearm[int(len(rearm) * 0.95) - 1]:.1f} late_p50_ms={statistics.median(late):.1f} "
        f"late_max_ms={max(late):.1f} fired={len(late)}/{args.alerts} load1={os.getloadavg()[0]:.1f}"
    )
    QCoreApplication.processEvents()
    del app


if __name__ == "__main__":
    main()
