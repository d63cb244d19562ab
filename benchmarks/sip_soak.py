"""SIP soak: a shift of calls into the running desktop, or into the SIP engine alone; success rate and
memory growth.

The whole app (default): ``main.py``'s own start-up in this process (a fresh profile, every feature
of the product, the embedded back office in its child process over HTTP, the phone on a real UDP
transport on loopback, offscreen), then sipp places ``--calls`` calls to the phone one after the
other, each from a customer's mobile in the store (one call in ``--unknown-every``: a number nobody
has, a "new caller" card). Each call: the INVITE with identity headers rings → the customer card pops
→ the agent answers with Call → Answer (``benchmarks/soak_agent.py`` plays the agent through the
app's widgets) → ``--talk-ms`` of talk → the caller hangs up → the wrap-up form is filled and
submitted → the call log goes through the local store's outbox to the back office. sipp leaves
``--gap-ms`` between a hang-up and the next call (the agent is in wrap-up until the submit; a call
then would be refused). A call is OK when the back office holds its call log, answered, with the
customer of the caller's number on it for a known caller. The resident memory of the desktop (this
process) and of the back-office child is read once warmed up (``--warmup-calls``: the first tenth of
the calls, an agent's first hour of a shift; ``--warmup-s`` asks for at least that many seconds of
calls too), at every tenth of the calls and when the last call has ended. The app's own limits apply
(Qt's pixmap cache, the local store's page caches); ``--pixmap-cache-kib`` overrides the first.

    .venv/bin/python benchmarks/sip_soak.py --calls 10000 [--talk-ms 100] [--gap-ms 150] [--objects]

``--objects`` also counts the Python objects by type at both samples and prints the types that grew
most and the containers that grew by a tenth of the calls or more, named by who holds them (a leak
hunt: growing lists, widgets not deleted; ``benchmarks/soak_census.py``). The last line:
``sip_soak p50_ms=… p99_ms=… rss_growth_pct=… calls=… ok_pct=… …`` (p50/p99: ring → card shown;
``rss_growth_pct``: the desktop's resident memory at the end against after the warm-up).

The engine alone (``--engine-only``): sipp calls one ``SipEngine`` N times (INVITE, auto-answer, ACK,
BYE from the caller) and it counts calls that ended answered:

    .venv/bin/python benchmarks/sip_soak.py --engine-only --calls 2000 --rate 20

Prints ``soak calls=N ok=M failed=K rss_warm_mb=… rss_end_mb=… rss_growth_pct=…``. Exit status 0
when every call succeeded.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import threading
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from soak_census import container_sizes, grown_containers, qobject_counts, type_counts

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

START_TIMEOUT_S = 180.0
ENGINE_WARMUP_S = 35.0
"""The engine alone: at least this long of calls before the first sample (pjsip keeps every ended
transaction for its RFC 3261 timers, up to 32 s over UDP; at 20 calls a second a tenth of the calls
is over sooner)."""
DRAIN_TIMEOUT_S = 120.0


def own_rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def engine_soak(args: argparse.Namespace) -> int:
    """The SIP engine alone, auto-answering."""
    from softphone.engine.config import EngineConfig
    from softphone.engine.engine import SipEngine
    from softphone.engine.events import CallChanged, CallState, Outcome
    from tests.fixtures.sip import Sipp

    workdir = Path(tempfile.mkdtemp(prefix="sip-soak-"))
    engine = SipEngine(EngineConfig(local_port=0, auto_answer=True, log_file=str(workdir / "pjsip.log"), log_level=1))
    ended = {"ok": 0, "bad": 0}
    warm = {"rss": 0.0, "at": 0}
    every = max(1, args.calls // 10)
    warmup_s = ENGINE_WARMUP_S if args.warmup_s is None else args.warmup_s
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
                warmed = done >= every and time.monotonic() - started["t"] >= warmup_s
                if warmed and not warm["at"]:
                    warm["rss"], warm["at"] = own_rss_mb(), done
                if done % every == 0:
                    curve.append(f"{done}:{own_rss_mb():.1f}")

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
    end_rss = own_rss_mb()
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


class AppSoak:
    """Drives the soak from the running app's event loop: waits for the app to be ready, places the
    calls, waits for the call logs to reach the back office, then quits the app."""

    def __init__(self, args: argparse.Namespace, work: Path) -> None:
        from PySide6.QtCore import QTimer

        self.args, self.work = args, work
        self.shell: Any = None
        self.agent: Any = None
        self.sipp: Any = None  # tests.fixtures.sip.Sipp
        self.result: dict[str, Any] = {"error": "app_not_ready"}
        self.objects: tuple[Counter[str], Counter[str]] | None = None
        self.containers: dict[int, tuple[type, int]] = {}  # with --objects: lengths after the warm-up
        self.grown: list[str] = []  # with --objects: the containers that grew since
        self.qobjects: tuple[Counter[str], Counter[str]] = (Counter(), Counter())  # Qt's, by class
        self.traced: tracemalloc.Snapshot | None = None  # what was allocated after the warm-up, still held
        self._started = time.monotonic()
        self._customers = (-1, 0.0)  # the store's count, since when
        self._phase: Callable[[], None] = self._starting
        self._sipp_gone_at = 0.0
        self.cut_short = False
        self.timer = QTimer()
        self.timer.timeout.connect(lambda: self._phase())
        self.timer.start(100)

    # -- start-up: every feature installed, the first sync done, the phone listening, Ready --------
    def _starting(self) -> None:
        from agent_desktop.shell.agent_state import READY
        from agent_desktop.shell.app import Shell

        if time.monotonic() - self._started > START_TIMEOUT_S:
            return self._quit()
        if self.shell is None:
            self.shell = next((o for o in gc.get_objects() if isinstance(o, Shell)), None)
            return
        host = self.shell.features
        if len(host.installed) + len(host.failed) + len(host.skipped) < len(host.specs):
            return
        features = dict(host.installed)
        crm = getattr(features.get("crm_link"), "service", None)
        phone = features.get("phone")
        if crm is None or phone is None or phone.engine.local_port <= 0 or self.shell.agent_state.state != READY:
            return
        count = crm.store.count("customers")
        if count != self._customers[0]:
            self._customers = (count, time.monotonic())
        if count <= 0 or time.monotonic() - self._customers[1] < 2.0:
            return  # the first sync is still pulling
        self._start_calls(crm, phone.engine.local_port)

    def _start_calls(self, crm: Any, port: int) -> None:
        from soak_agent import SoakAgent

        from tests.fixtures.sip import Sipp

        args = self.args
        if args.pixmap_cache_kib is not None:  # a leak hunt: over the app's own limit, set at its start
            from PySide6.QtGui import QPixmapCache

            QPixmapCache.setCacheLimit(args.pixmap_cache_kib)
        warmup_calls = args.warmup_calls if args.warmup_calls is not None else max(1, args.calls // 10)
        warmup_s = args.warmup_s or 0.0
        self.agent = agent = SoakAgent(self.shell, args.calls, warmup_calls, warmup_s, self._all_ended)
        numbers = callers(crm.store)
        agent.known = set(numbers)
        inject = self.work / "callers.csv"
        with inject.open("w") as out:
            out.write("SEQUENTIAL\n")
            for n in range(args.calls):
                unknown = args.unknown_every and n % args.unknown_every == args.unknown_every - 1
                out.write(f"{f'199{n:08d}' if unknown else numbers[n % len(numbers)]};\n")
        scenario = self.work / "sip_soak_uac.xml"
        template = (ROOT / "benchmarks/data/sip_soak_uac.xml").read_text()
        scenario.write_text(template.replace("GAP_MS", str(args.gap_ms)))
        per_call_s = (args.talk_ms + args.gap_ms) / 1000 + 1.0
        self.sipp = Sipp(
            str(scenario),
            self.work,
            target=f"127.0.0.1:{port}",
            calls=args.calls,
            rate=100,
            limit=1,
            timeout_s=int(args.calls * per_call_s) + 120,
            pause_ms=args.talk_ms,
            extra=["-inf", str(inject), "-default_behaviors", "all,-abortunexp", "-recv_timeout", "30000"],
        ).start()
        self.load = [os.getloadavg()[0]]
        self.calls_started = time.monotonic()
        self._phase = self._calling
        print(f"sip_soak started calls={args.calls} customers={len(numbers)} load1={self.load[0]:.1f}", flush=True)

    # -- the calls -----------------------------------------------------------------------------------------
    def _calling(self) -> None:
        assert self.sipp is not None and self.sipp.proc is not None
        if self.objects is None and self.agent.warm and self.args.objects:
            self.objects = (type_counts(), Counter())
            self.qobjects = (qobject_counts(), Counter())
            self.containers = container_sizes()
            if self.args.tracemalloc:
                tracemalloc.start(8)
        minutes = (time.monotonic() - self.calls_started) / 60
        if self.args.max_minutes and minutes > self.args.max_minutes and not self.cut_short:
            self.cut_short = True  # the shift is cut short: the calls that ended are reported
            self.sipp.kill()
            self.agent.give_up()  # sampled now, while busy, like the warm-up sample
            return
        if self.sipp.proc.poll() is None:
            return
        if not self._sipp_gone_at:
            self._sipp_gone_at = time.monotonic()
        elif time.monotonic() - self._sipp_gone_at > 5:  # sipp ended before every call ended here
            self.agent.give_up()

    def _all_ended(self) -> None:
        self.calls_s = time.monotonic() - self.calls_started
        self.load.append(os.getloadavg()[0])
        if self.objects is not None:
            self.objects = (self.objects[0], type_counts())
            self.qobjects = (self.qobjects[0], qobject_counts())
            calls_since = self.agent.ended - int(self.agent.warm.get("after", 0))
            self.grown = grown_containers(self.containers, max(10, calls_since // 10))
        if tracemalloc.is_tracing():
            self.traced = tracemalloc.take_snapshot()
            tracemalloc.stop()
        self._drain_from = time.monotonic()
        self._phase = self._draining

    # -- the call logs reach the back office -----------------------------------------------------------
    def _draining(self) -> None:
        crm = dict(self.shell.features.installed)["crm_link"].service
        pending, failed = crm.store.outbox_counts()
        waited = time.monotonic() - self._drain_from
        if (pending or waited < 2.0) and waited < DRAIN_TIMEOUT_S:  # 2 s: the last wrap-up's write lands first
            return
        self.result = {"logs": back_office_logs(crm.client), "pending": pending, "failed": failed}
        self._quit()

    def _quit(self) -> None:
        self.timer.stop()
        if self.sipp is not None:
            if self.sipp.proc is not None and self.sipp.proc.poll() is None:
                self.sipp.kill()
            self.result["sipp_rc"] = self.sipp.proc.returncode if self.sipp.proc is not None else None
        if self.shell is not None:
            self.shell.quit(force=True)
        else:
            from PySide6.QtWidgets import QApplication

            QApplication.quit()


def callers(store: Any) -> list[str]:
    """Mobile numbers (national, 11 digits) of the store's customers, each one only one customer has."""
    owners: Counter[str] = Counter()
    for customer in store.list("customers", limit=100_000):
        for phone in customer.get("phones", ()):
            e164 = phone.get("normalized") or ""
            if e164.startswith("+861") and len(e164) == 14:
                owners[e164[3:]] += 1
    return sorted(n for n, owners_of in owners.items() if owners_of == 1)


def back_office_logs(client: Any) -> list[dict[str, Any]]:
    """The call logs the back office holds (its delta feed over HTTP)."""
    logs: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = client.changes_all_raw(cursor, ["call_logs"], 5000)
        logs += page["changes"].get("call_logs", {}).get("items", [])
        cursor = page["cursor"]
        if not page["has_more"]:
            return logs


def calls_ok(logs: list[dict[str, Any]]) -> Counter[str]:
    """The soak's call logs in the back office: answered, and a known caller's with their customer."""
    seen: Counter[str] = Counter()
    marks: set[str] = set()
    for log in logs:
        notes = str(log.get("notes", ""))
        if not notes.startswith("soak ") or notes in marks:
            continue
        marks.add(notes)
        seen["logged"] += 1
        known = notes.endswith(" known")
        if log.get("answer_at") and (log.get("customer_id") or not known):
            seen["ok"] += 1
    return seen


def report(soak: AppSoak, args: argparse.Namespace) -> int:
    from pop_e2e import percentile  # the screen-pop benchmark's percentile

    agent = soak.agent
    if agent is None or "logs" not in soak.result:
        print(f"sip_soak error={soak.result.get('error', 'unfinished')} workdir={soak.work}")
        return 1
    warm, end = agent.warm or agent.end, agent.end
    ok = calls_ok(soak.result["logs"])
    placed = agent.ended if soak.cut_short else args.calls  # cut short: the calls that ended
    ok["ok"] = min(ok["ok"], placed)

    def growth(key: str) -> float:
        return (end[key] - warm[key]) / warm[key] * 100 if warm.get(key) else float("nan")

    if soak.objects is not None:
        before, after = soak.objects
        grown = sorted(((after[t] - before[t], t) for t in after), reverse=True)[:15]
        print("sip_soak_objects " + " ".join(f"{t}=+{d}" for d, t in grown if d > 0))
        print("sip_soak_containers " + " ".join(soak.grown))
        before, after = soak.qobjects
        grown = sorted(((after[t] - before[t], t) for t in after | before), reverse=True)[:10]
        print(f"sip_soak_qobjects {sum(after.values())} " + " ".join(f"{t}={d:+d}" for d, t in grown if d))
    if soak.traced is not None:
        for stat in soak.traced.statistics("traceback")[:10]:
            print(
                f"sip_soak_traced {stat.size / 1024:.0f} KiB in {stat.count} blocks from "
                + " < ".join(f"{Path(frame.filename).name}:{frame.lineno}" for frame in list(stat.traceback)[::-1][:5])
            )
    counts = " ".join(f"{k}={v}" for k, v in sorted(agent.counts.items()))
    print(
        f"sip_soak_counts {counts} logged={ok['logged']} outbox_pending={soak.result['pending']} outbox_failed={soak.result['failed']}"
    )
    print(f"sip_soak_rss_mb {' '.join(agent.curve)}")
    pops = sorted(agent.pop_ms)
    tenth = max(1, len(agent.pop_ms) // 10)
    first, last = sorted(agent.pop_ms[:tenth]), sorted(agent.pop_ms[-tenth:])
    print(
        f"sip_soak p50_ms={percentile(pops, 50) if pops else float('nan'):.1f} "
        f"p99_ms={percentile(pops, 99) if pops else float('nan'):.1f} "
        f"rss_growth_pct={growth('rss_mb'):.1f} calls={placed} ok_pct={100 * ok['ok'] / max(1, placed):.2f} "
        f"rss_warm_mb={warm['rss_mb']:.1f} rss_end_mb={end['rss_mb']:.1f} warm_after_calls={int(warm['after'])} "
        f"backoffice_rss_warm_mb={warm['child_mb']:.1f} backoffice_rss_end_mb={end['child_mb']:.1f} "
        f"backoffice_rss_growth_pct={growth('child_mb'):.1f} widgets={int(warm['widgets'])}->{int(end['widgets'])} "
        f"first_tenth_p50_ms={percentile(first, 50) if first else float('nan'):.1f} "
        f"last_tenth_p50_ms={percentile(last, 50) if last else float('nan'):.1f} "
        f"calls_s={soak.calls_s:.0f} sipp_rc={soak.result.get('sipp_rc')} "
        f"load1={'->'.join(f'{v:.1f}' for v in soak.load)}"
    )
    return 0 if ok["ok"] == placed else 1


def app_soak(args: argparse.Namespace) -> int:
    """The whole desktop, started by main.py in this process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    import main as desktop

    work = Path(tempfile.mkdtemp(prefix="sip-soak-app-"))
    app = QApplication([sys.argv[0]])  # run() uses it; the soak's timer needs it before
    soak = AppSoak(args, work)
    rc = desktop.main(["--profile", str(work / "profile"), "--set", "sip.local_port=0"])
    del app
    return report(soak, args) or rc


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--engine-only", action="store_true", help="the SIP engine alone, auto-answering")
    parser.add_argument("--rate", type=float, default=20.0, help="engine only: calls started per second")
    parser.add_argument(
        "--warmup-s",
        type=float,
        default=None,
        help=f"at least this long of calls to warm up (engine: {ENGINE_WARMUP_S})",
    )
    parser.add_argument("--warmup-calls", type=int, default=None, help="calls before the first sample (a tenth)")
    parser.add_argument("--talk-ms", type=int, default=100, help="answer to the caller's hang-up")
    parser.add_argument("--gap-ms", type=int, default=150, help="the caller's hang-up to the next call")
    parser.add_argument("--unknown-every", type=int, default=10, help="one call in N from an unknown number")
    parser.add_argument("--pixmap-cache-kib", type=int, default=None, help="Qt's pixmap cache limit (the app's)")
    parser.add_argument("--max-minutes", type=float, default=0, help="stop placing calls after this long")
    parser.add_argument("--objects", action="store_true", help="count Python objects by type at both samples")
    parser.add_argument(
        "--tracemalloc", action="store_true", help="with --objects: trace allocations from the warm-up (slow)"
    )
    args = parser.parse_args()
    return engine_soak(args) if args.engine_only else app_soak(args)


if __name__ == "__main__":
    sys.exit(main())
