"""Memory floor: what the stack the desktop is built on costs before any of the desktop's own code runs.

Each step is a fresh process that builds on the previous one, then idles with its event loop running
for ``--settle-s`` before its resident memory is read, as ``benchmarks/startup.py`` does for the app:

* ``qt``: a QApplication and a 1200 × 760 main window with four docks holding Chinese and Latin text;
* ``pydantic``: + one settings model validated (the settings schema is pydantic);
* ``sip``: + a pjsua2 endpoint with a UDP transport on loopback and the null sound device, its
  events handled from a Qt timer (built by the audio tests' far end, ``tests/softphone/pjsua_peer.py``,
  whose only desktop import is a few-line SWIG workaround);
* ``sqlite``: + one SQLite database open.

    .venv/bin/python benchmarks/memory_floor.py [--runs 3] [--settle-s 5]

Prints ``floor step=… rss_mb=…`` per step (median of the runs) and the difference to the previous
step. Compare the last line with ``rss_mb`` of ``benchmarks/startup.py``: the difference is what the
desktop itself (CRM link, phone, customer card, orders, to-do, call backs, search, complaints) adds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STEPS = ("qt", "pydantic", "sip", "sqlite")

CHILD = r"""
import sys
from pathlib import Path
step, settle_ms, workdir = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
sys.path.insert(0, sys.argv[4])
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
keep = []
if step >= 1:
    from pydantic import BaseModel
    class Settings(BaseModel):
        port: int = 5070
        name: str | None = None
    keep.append(Settings(port=5071))
if step >= 2:
    from tests.softphone.pjsua_peer import loopback_endpoint
    ep = loopback_endpoint(0)
    timer = QTimer()
    timer.timeout.connect(lambda: ep.libHandleEvents(0))
    timer.start(50)
    keep += [ep, timer]
if step >= 3:
    import sqlite3
    db = sqlite3.connect(workdir / "floor.db")
    db.execute("CREATE TABLE IF NOT EXISTS t (a TEXT)")
    keep.append(db)
window = QMainWindow()
window.resize(1200, 760)
window.setCentralWidget(QLabel("Agent Desktop 坐席桌面"))
for name in ("Softphone 软电话", "Customer 客户", "To-do 待办", "Callbacks 回拨"):
    dock = QDockWidget(name)
    dock.setWidget(QLabel(name))
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
window.show()
def report():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            print(int(line.split()[1]) / 1024, flush=True)
    app.quit()
QTimer.singleShot(settle_ms, report)
app.exec()
"""


def measure(step: int, settle_s: float, workdir: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    argv = [sys.executable, "-c", CHILD, str(step), str(int(settle_s * 1000)), str(workdir), str(ROOT)]
    out = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60 + settle_s, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--settle-s", type=float, default=5.0)
    args = parser.parse_args()
    previous = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for step, name in enumerate(STEPS):
            rss = statistics.median(measure(step, args.settle_s, Path(tmp)) for _ in range(args.runs))
            print(f"floor step={name} rss_mb={rss:.1f} added_mb={rss - previous:.1f}", flush=True)
            previous = rss
    return 0


if __name__ == "__main__":
    sys.exit(main())
