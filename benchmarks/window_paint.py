"""What Qt's pixmap cache limit costs in painting: full renders of the running desktop's main window.

``main.py``'s own start-up in this process (a fresh profile, every feature, offscreen), then, once every
feature is installed and the first sync has settled, the main window (``--size``) is rendered whole
(``QWidget.grab``: every dock, icon and styled frame) ``--grabs`` times under each cache limit, the
limits taking turns over ``--rounds`` rounds. Each round empties the cache and renders once first, so
the timed renders find in the cache what fits in it.

    .venv/bin/python benchmarks/window_paint.py [--limits 10240,2048] [--rounds 6] [--grabs 15]

Prints one line per limit: ``window_paint limit_kib=… grab_p50_ms=… rounds_ms=…`` (the median of the
rounds' medians).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SETTLE_S = 20.0
TIMEOUT_S = 180.0


def measure(window: object, limits: list[int], rounds: int, grabs: int) -> dict[int, list[float]]:
    from PySide6.QtGui import QPixmapCache
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    medians: dict[int, list[float]] = {limit: [] for limit in limits}
    for n in range(rounds):
        for limit in limits if n % 2 == 0 else limits[::-1]:
            QPixmapCache.setCacheLimit(limit)
            QPixmapCache.clear()
            window.grab()
            times = []
            for _ in range(grabs):
                started = time.perf_counter()
                window.grab()
                times.append((time.perf_counter() - started) * 1000)
            medians[limit].append(statistics.median(times))
    return medians


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limits", default="10240,2048", help="pixmap cache limits to compare, KiB")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--grabs", type=int, default=15)
    parser.add_argument("--size", default="1600x1000", help="the main window's size")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import main as desktop
    from agent_desktop.shell.app import Shell

    app = QApplication([sys.argv[0]])  # run() uses it; the timer needs it before
    limits = [int(v) for v in args.limits.split(",")]
    width, height = (int(v) for v in args.size.split("x"))
    started = time.monotonic()
    found: list[Shell] = []
    result: dict[int, list[float]] = {}

    def tick() -> None:
        if not found:
            found.extend(o for o in gc.get_objects() if isinstance(o, Shell))
            return
        shell = found[0]
        host = shell.features
        waited = time.monotonic() - started
        ready = len(host.installed) + len(host.failed) + len(host.skipped) == len(host.specs)
        if waited < TIMEOUT_S and (not ready or waited < SETTLE_S):
            return
        timer.stop()
        if ready:
            shell.window.resize(width, height)
            result.update(measure(shell.window, limits, args.rounds, args.grabs))
        shell.quit(force=True)

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(200)
    work = Path(tempfile.mkdtemp(prefix="window-paint-"))
    desktop.main(["--profile", str(work / "profile"), "--set", "sip.local_port=0"])
    del app
    if not result:
        print("window_paint error=app_not_ready")
        return 1
    for limit, medians in result.items():
        print(
            f"window_paint limit_kib={limit} grab_p50_ms={statistics.median(medians):.2f} "
            f"rounds_ms={','.join(f'{m:.1f}' for m in medians)} size={args.size} load1={os.getloadavg()[0]:.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
