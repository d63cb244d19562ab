"""Screen-view benchmark: what one frame of the agent's main window costs, and what nobody watching costs.

The real shell offscreen at 1280 × 720 with the customer card, presence, to-do and call-back features
installed and a customer's card open (history, orders, complaints), plus the screen-view feature. Each
of ``--frames`` frames is taken the way the feature does: the window grabbed on the GUI thread
(``grab_window``: a copy of the pixels the window last painted into its backing store, or the widgets
painted afresh where that cannot be read: ``capture``), then encoded as JPEG on a pool thread
(``encode``; the GUI thread goes on meanwhile). A status-bar text changes before every frame so each
frame has fresh content. For comparison, what having the widgets paint themselves again costs
(``render_window``, the way frames were taken before, and the fallback: ``render``).

Then the feature sits for ``--idle-s`` seconds with nobody watching: the frames taken and the timers
the feature runs are counted (both must be 0: nothing runs for it until a supervisor watches).

    .venv/bin/python benchmarks/screenview_frame.py [--frames 200] [--idle-s 5]

Prints each phase's p50/p95 and last
``screenview_frame capture_p95_ms=… encode_p95_ms=… bytes_p95=… size=1280x720 path=…``. Target: capture (the
GUI thread's part) ≤ 10 ms p95; each frame ≤ 150 KB.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from agent_desktop.features import catalogue
from agent_desktop.features.screenview import feature as screenview_feature
from agent_desktop.features.screenview.encode import encode_frame, from_backing_store, grab_window, render_window
from agent_desktop.features.screenview.viewer import ScreenViewer  # noqa: F401 - loaded as in a run
from agent_desktop.settings import SettingsManager, load_policy
from agent_desktop.shell.app import RunOptions, Shell, make_context
from agent_desktop.shell.paths import AppPaths
from screenpop.core.models import (
    CallerIdentity,
    ComplaintLine,
    CustomerInfo,
    OrderLine,
    PopKind,
    TimelineEntry,
    TimelineKind,
    TodoLine,
)
from screenpop.core.models import CardModel as Card
from screenpop.widgets.card_dock import ScreenPopDock

FEATURES = ("screenpop", "presence", "todo", "callbacks")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def card() -> Card:
    customer = CustomerInfo(
        id="c-1",
        name="张伟 Zhang Wei",
        phones=("138 0013 8000", "010-6234 5678"),
        address="浙江省 杭州市 西湖区 文三路 1 号",
        vip_level="3",
        tags=("VIP", "回头客"),
    )
    return Card(
        call_id="open-1",
        identity=CallerIdentity(number="+8613800138000", number_raw="13800138000", display_name="张伟"),
        kind=PopKind.CUSTOMER,
        customer=customer,
        timeline=tuple(TimelineEntry(None, TimelineKind.CALL, f"来电 {i}", "enquiry") for i in range(12)),
        complaints=(ComplaintLine("k-1", None, "open", "delivery", "按摩椅送货延迟"),),
        orders=tuple(OrderLine(f"o-{i}", f"SO{i:04d}", None, "shipped", "顺丰", f"SF{i:06d}") for i in range(6)),
        todos=(TodoLine("t-1", "回电确认地址"),),
    )


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=200)
    parser.add_argument("--idle-s", type=float, default=5.0)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    profile = Path(tempfile.mkdtemp(prefix="screenview-bench-"))
    policy = profile / "policy.toml"
    policy.write_text("")
    os.environ["AGENT_DESKTOP_POLICY"] = str(policy)
    paths = AppPaths.for_profile(profile / "profile").ensure()
    shell = Shell(
        make_context(app, SettingsManager(paths.settings_file, load_policy()), paths),
        RunOptions(features=True, only_features=FEATURES),
        catalogue(),
    )
    shell.start()
    window = shell.window
    window.resize(1280, 720)
    settle(app, 2.0)  # the features install one per event-loop turn
    screenview = screenview_feature.install(shell.ctx, window)
    card_dock = window.findChild(ScreenPopDock)
    assert card_dock is not None, "the customer card is not installed"
    card_dock.open_card(card())
    settle(app)
    grab = window.grab().toImage()
    assert (grab.width(), grab.height()) == (1280, 720), f"window is {grab.width()} x {grab.height()}"

    pool = ThreadPoolExecutor(max_workers=1)
    path = "backing_store" if from_backing_store(window) is not None else "render"
    capture_ms: list[float] = []
    render_ms: list[float] = []
    capture_cpu_ms: list[float] = []
    encode_ms: list[float] = []
    sizes: list[int] = []
    for i in range(args.frames):
        window.statusBar().showMessage(f"frame {i}")
        app.processEvents()
        started, cpu = time.perf_counter(), time.thread_time()
        image = grab_window(window)
        capture_ms.append((time.perf_counter() - started) * 1000)
        capture_cpu_ms.append((time.thread_time() - cpu) * 1000)

        def encode(image=image) -> tuple[float, int]:
            begun = time.perf_counter()
            data, _media_type = encode_frame(image)
            return (time.perf_counter() - begun) * 1000, len(data)

        started = time.perf_counter()
        render_window(window)  # for comparison only: the widgets painted again
        render_ms.append((time.perf_counter() - started) * 1000)

        future = pool.submit(encode)
        while not future.done():  # the GUI thread keeps turning meanwhile
            app.processEvents()
        took, size = future.result()
        encode_ms.append(took)
        sizes.append(size)

    grabs = screenview.capture.grabs
    settle(app, args.idle_s)
    timers = [t for t in screenview.findChildren(QTimer) if t.isActive()]
    idle_grabs = screenview.capture.grabs - grabs
    print(
        f"not_watched idle_s={args.idle_s:g} grabs={idle_grabs} active_timers={len(timers)} "
        f"capture_running={screenview.capture.running}"
    )
    print(f"capture p50_ms={percentile(capture_ms, 0.5):.2f} p95_ms={percentile(capture_ms, 0.95):.2f} (GUI thread)")
    print(
        f"capture_cpu p50_ms={percentile(capture_cpu_ms, 0.5):.2f} p95_ms={percentile(capture_cpu_ms, 0.95):.2f}"
        " (the GUI thread's CPU time: steadier on a loaded machine)"
    )
    print(f"render p50_ms={percentile(render_ms, 0.5):.2f} p95_ms={percentile(render_ms, 0.95):.2f} (the fallback)")
    print(f"encode p50_ms={percentile(encode_ms, 0.5):.2f} p95_ms={percentile(encode_ms, 0.95):.2f} (pool thread)")
    print(f"bytes p50={percentile(sizes, 0.5):.0f} p95={percentile(sizes, 0.95):.0f} max={max(sizes)}")
    print(f"load1={os.getloadavg()[0]:.1f}")
    print(
        f"screenview_frame capture_p95_ms={percentile(capture_ms, 0.95):.2f} "
        f"encode_p95_ms={percentile(encode_ms, 0.95):.2f} bytes_p95={percentile(sizes, 0.95):.0f} size=1280x720 path={path}"
    )
    pool.shutdown()
    screenview.shutdown()
    shell.shutdown()


if __name__ == "__main__":
    main()
