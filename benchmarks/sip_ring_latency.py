"""Ring latency: INVITE received → ringing signal on the GUI thread, and INVITE → 180 on the wire.

A real SIP engine (own thread) and the Qt adapter run in a QApplication with the softphone dock
shown offscreen; sipp sends N INVITEs (with identity headers) at a steady rate; the GUI-thread slot
on ``sig_incoming_call`` stops the clock (``time.monotonic()`` minus the engine's INVITE timestamp)
and the agent "rejects" the call (486) so sipp can finish it. sipp measures INVITE sent → 180
received for every call (``-trace_rtt``).

    .venv/bin/python benchmarks/sip_ring_latency.py --calls 500 --rate 50

Prints ``ring p50_ms=… p99_ms=… max_ms=… calls=N`` and ``invite_180 p50_ms=… p99_ms=… max_ms=…``.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QThread, QTimer
from PySide6.QtWidgets import QApplication

from softphone.engine.config import EngineConfig
from softphone.engine.engine import SipEngine
from softphone.qt.adapter import PhoneAdapter
from softphone.qt.softphone_dock import SoftphoneDock
from tests.fixtures.sip import Sipp


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def figures(name: str, values_ms: list[float], extra: str = "") -> str:
    return (
        f"{name} p50_ms={statistics.median(values_ms):.2f} p99_ms={percentile(values_ms, 99):.2f} "
        f"max_ms={max(values_ms):.2f}{extra}"
    )


def sipp_invite_180_ms(message_log: Path) -> list[float]:
    """Per-call INVITE sent → 180 received (ms), from the microsecond timestamps of sipp's message trace."""
    sent: dict[str, datetime] = {}
    values = []
    for block in message_log.read_text(errors="replace").split("\n-----------------------------------------------"):
        head, _, body = block.strip("-\n ").partition("\n")
        match = re.search(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+)", head)
        call_id = re.search(r"^Call-ID:\s*(\S+)", body, re.M | re.I)
        if not match or not call_id:
            continue
        when = datetime.strptime(match.group(1), "%Y-%m-%d %H:%M:%S.%f")
        start_line = body.split("\n\n", 1)[-1].lstrip().split("\n", 1)[0]
        if "message sent" in body[:60] and start_line.startswith("INVITE "):
            sent[call_id.group(1)] = when
        elif "message received" in body[:60] and start_line.startswith("SIP/2.0 180"):
            t0 = sent.pop(call_id.group(1), None)
            if t0 is not None:
                values.append((when - t0).total_seconds() * 1000)
    return values


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument(
        "--rate",
        type=float,
        default=20.0,
        help="new calls per second (pjlib's select ioqueue recycles sockets after 0.5 s)",
    )
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    workdir = Path(tempfile.mkdtemp(prefix="ring-bench-"))
    engine = SipEngine(EngineConfig(local_port=0, max_lines=8, log_file=str(workdir / "pjsip.log"), log_level=1))
    phone = PhoneAdapter(engine)
    gui_thread = QThread.currentThread()
    ring_ms: list[float] = []
    off_gui = []

    def on_ring(event) -> None:
        ring_ms.append((time.monotonic() - event.received_monotonic) * 1000)
        if QThread.currentThread() is not gui_thread:
            off_gui.append(event)
        phone.reject(event.call_id, 486)

    phone.sig_incoming_call.connect(on_ring)  # first, so the dock's work is not timed
    dock = SoftphoneDock(phone, max_lines=8)
    dock.show()
    engine.start()
    if not engine.wait_started(10):
        print("ring error=engine_did_not_start")
        return 1
    sipp = Sipp(
        "uac_ring_busy.xml",
        workdir,
        target=f"127.0.0.1:{engine.local_port}",
        calls=args.calls,
        rate=args.rate,
        limit=20,
        timeout_s=120,
    ).start()
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: loop.quit() if sipp.proc.poll() is not None else None)
    timer.start()
    loop.exec()
    rc = sipp.proc.returncode
    # let the last queued signals arrive
    deadline = time.monotonic() + 2
    while len(ring_ms) < args.calls and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    engine.stop()
    wire = sipp_invite_180_ms(sipp.msg_file)
    if not ring_ms:
        print(f"ring error=no_calls sipp_rc={rc} log={sipp.log}")
        return 1
    print(figures("ring", ring_ms[5:] or ring_ms, f" calls={len(ring_ms)} sipp_rc={rc} off_gui_thread={len(off_gui)}"))
    if wire:
        print(figures("invite_180", wire, f" calls={len(wire)}"))
    else:
        print(f"invite_180 error=no_trace workdir={workdir}")
    return 0 if rc == 0 and not off_gui else 1


if __name__ == "__main__":
    sys.exit(main())
