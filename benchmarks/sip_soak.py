"""SIP soak: many sequential calls into one engine; success rate and memory growth.

sipp calls the engine N times one after the other (INVITE, auto-answer, ACK, BYE from the caller);
the engine answers by itself (auto-answer) and counts calls that ended answered. RSS is sampled
once warmed up and at the end. Warm-up is the first 10 % of calls or the first ``--warmup-s``
seconds, whichever is later: pjsip keeps every ended transaction for its RFC 3261 timers (up to
32 s over UDP), so memory legitimately grows with the call *rate* for the first 32 s and only then
reaches its steady state.

    .venv/bin/python benchmarks/sip_soak.py --calls 2000 --rate 20

Prints ``soak calls=N ok=M failed=K rss_warm_mb=… rss_end_mb=… rss_growth_pct=…``; exit status 0
when every call succeeded.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from softphone.engine.config import EngineConfig
from softphone.engine.engine import SipEngine
from softphone.engine.events import CallChanged, CallState, Outcome
from tests.fixtures.sip import Sipp


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=20.0, help="calls started per second (one at a time)")
    parser.add_argument("--warmup-s", type=float, default=35.0, help="seconds of calls before the first RSS sample")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="sip-soak-"))
    engine = SipEngine(EngineConfig(local_port=0, auto_answer=True, log_file=str(workdir / "pjsip.log"), log_level=1))
    ended = {"ok": 0, "bad": 0}
    warm = {"rss": 0.0, "at": 0}
    every = max(1, args.calls // 10)
    started = {"t": 0.0}
    curve: list[str] = []
    lock = threading.Lock()

    def on_event(event: object) -> None:
        if isinstance(event, CallChanged) and event.state == CallState.DISCONNECTED:
            with lock:
                ended["ok" if event.outcome == Outcome.ANSWERED else "bad"] += 1
                done = ended["ok"] + ended["bad"]
                if done == 1:
                    started["t"] = time.monotonic()
                warmed = done >= every and time.monotonic() - started["t"] >= args.warmup_s
                if warmed and not warm["at"]:
                    warm["rss"], warm["at"] = rss_mb(), done
                if done % every == 0:
                    curve.append(f"{done}:{rss_mb():.1f}")

    engine.subscribe(on_event)
    engine.start()
    if not engine.wait_started(10):
        print("soak error=engine_did_not_start")
        return 1
    sipp = Sipp(
        "uac_caller_hangs_up.xml",
        workdir,
        target=f"127.0.0.1:{engine.local_port}",
        calls=args.calls,
        rate=args.rate,
        limit=1,
        timeout_s=int(args.calls / args.rate * 3) + 60,
        pause_ms=0,
    ).start()
    rc = sipp.wait(args.calls / args.rate * 3 + 60)
    deadline = time.monotonic() + 5
    while ended["ok"] + ended["bad"] < args.calls and time.monotonic() < deadline:
        time.sleep(0.05)
    end_rss = rss_mb()
    clean = engine.stop()
    growth = (end_rss - warm["rss"]) / warm["rss"] * 100 if warm["rss"] else float("nan")
    failed = args.calls - ended["ok"]
    print(
        f"soak calls={args.calls} ok={ended['ok']} failed={failed} ok_pct={100 * ended['ok'] / args.calls:.2f} "
        f"rss_warm_mb={warm['rss']:.1f} warm_after_calls={warm['at']} rss_end_mb={end_rss:.1f} rss_growth_pct={growth:.1f} "
        f"sipp_rc={rc} clean_stop={clean}"
    )
    print(f"soak_rss_mb {' '.join(curve)}")
    return 0 if rc == 0 and failed == 0 and clean else 1


if __name__ == "__main__":
    sys.exit(main())
