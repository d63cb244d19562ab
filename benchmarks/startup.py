"""Startup benchmark: time to main window shown, idle memory and idle CPU of the real app.

Starts ``main.py`` N times (QT_QPA_PLATFORM=offscreen, a fresh ``--profile`` each time, no system
policy) and measures from just before the process is spawned to the moment the window's first show
has been processed (the app writes the marker file named by AGENT_DESKTOP_STARTUP_MARKER). After the
last run the process is left idle: resident memory after 5 s (``--settle-s``), CPU over the next
30 s (from /proc/<pid>/stat; Linux only). The embedded back office (no ``--crm-url``) is a child
process of the app: its memory and CPU are printed on a line of their own, with both processes'
proportional set size (``tree_pss_mb``: what the two take from the machine, shared pages once).

    .venv/bin/python benchmarks/startup.py [--runs 10] [--idle-s 30] [--no-features | --features crm_link]
        [--settle-s 5] [--same-profile | --ordinary-day] [--crm-url URL [--crm-user agent] [--crm-password agent-demo]] [--x11]
        [--frozen dist/agent-desktop/agent-desktop]

``--x11`` runs the app on a real X server (Xvfb) instead of offscreen: the start-up time is to the main
window's first map as the X server reports it (``xev``), and the idle CPU of every thread of the app
and of the back-office child is printed (``idle_threads …``, busiest first), then
``startup p50_ms=… p95_ms=… rss_mb=… idle_cpu_pct=… display=x11`` (idle CPU of the whole tree).
Where the kernel keeps ``/proc/PID/task/TID/schedstat``, the per-thread and tree figures are its
exact run times (``idle_cpu_exact_pct``); clock ticks count in 10 ms steps, 0.017 % of a 60 s window
each, too coarse for an idle app.

The source app is measured as ``scripts/setup.sh`` leaves it: ``scripts/bytecode.py`` runs first
(the start path's bytecode compiled, shiboken6's signature support unpacked; where
``PYTHONDONTWRITEBYTECODE`` is set, a tree without them compiles ~100 modules at every start).

Prints ``startup p50_ms=… p95_ms=… rss_mb=… cpu_p50_ms=…`` and ``idle_cpu_pct=…``. ``cpu_p50_ms`` is
the CPU time the app had used when its window was shown (less sensitive to a busy machine than the
wall-clock figures; ``load1`` tells how busy it was).

``--crm-url`` measures the app as deployed with a shared CRM instead of the embedded back office:
it signs in to an already running back office, e.g. one started with
``.venv/bin/python -m backoffice serve --db FILE --port 0 --seed-customers 500`` (it prints its URL;
user ``agent``, password ``agent-demo``). The password reaches the app through a benchmark keyring
backend (``benchmarks/startup_keyring.py``; it loads every installed keyring backend, as keyring's
detection does, so both figures include that).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from x11_session import MapWatch, thread_cpu, thread_cpu_ns

ROOT = Path(__file__).resolve().parents[1]
CLK_TCK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _proc_mb(path: str, field: str) -> float:
    """A ``field: N kB`` line of a /proc file, in MiB."""
    for line in Path(path).read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in {path}")


def rss_mb(pid: int) -> float:
    return _proc_mb(f"/proc/{pid}/status", "VmRSS")


def pss_mb(pid: int) -> float:
    """Proportional set size: shared pages (libraries both processes map) counted once overall."""
    return _proc_mb(f"/proc/{pid}/smaps_rollup", "Pss")


def children(pid: int) -> list[int]:
    """Direct child processes of ``pid`` (the embedded back office)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime + stime


APP = [sys.executable, str(ROOT / "main.py")]
"""What is started: the source app, or a frozen build's executable (``--frozen``)."""


def start(
    tmp: Path, i: int, profile: str, extra: list[str], env_extra: dict[str, str] | None = None
) -> tuple[subprocess.Popen, Path, float]:
    """Start the app; the platform is offscreen unless ``env_extra`` says otherwise (``--x11``)."""
    marker = tmp / f"marker-{i}"
    policy = tmp / "empty-policy.toml"  # a missing file the variable names is an error
    policy.write_text("")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.update(AGENT_DESKTOP_STARTUP_MARKER=str(marker), AGENT_DESKTOP_POLICY=str(policy), **(env_extra or {}))
    t0 = time.time()
    proc = subprocess.Popen(
        [*APP, "--profile", str(tmp / profile), *extra],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return proc, marker, t0


def wait_marker(proc: subprocess.Popen, marker: Path, timeout_s: float = 30.0) -> tuple[float, float]:
    """Wall-clock time the window was shown, and the CPU seconds the process had used by then."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if marker.exists() and marker.read_text().endswith("\n"):
            return float(marker.read_text()), cpu_seconds(proc.pid)
        if proc.poll() is not None:
            raise RuntimeError(f"app exited with {proc.returncode} before showing its window")
        time.sleep(0.005)
    raise RuntimeError("window not shown within the timeout")


def stop(proc: subprocess.Popen) -> None:
    """Stop the app and wait for its back-office child too: a child still closing its database would
    take CPU from the next run's start (``--same-profile``, ``--ordinary-day``)."""
    try:
        kids = children(proc.pid)
    except OSError:
        kids = []
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(Path(f"/proc/{kid}").exists() for kid in kids):
        time.sleep(0.02)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--idle-s", type=float, default=30.0, help="CPU measuring window (after 5 s settle)")
    ap.add_argument("--no-features", action="store_true", help="start the bare shell (no phone, no CRM)")
    ap.add_argument("--features", help="only these features, e.g. crm_link or phone (comma-separated)")
    ap.add_argument("--settle-s", type=float, default=5.0, help="idle time before resident memory is read")
    ap.add_argument(
        "--same-profile",
        action="store_true",
        help="every run starts on the same profile: the first run is a first start (demo data"
        " seeded, first sync; each run is left --settle-s to finish before the next), the later"
        " ones are an ordinary day's start; memory and CPU are read after the last run",
    )
    ap.add_argument(
        "--ordinary-day",
        action="store_true",
        help="like --same-profile, with one first start before the measured runs (demo data seeded, first"
        " sync, left --settle-s to finish; not counted): every measured run is an ordinary day's start",
    )
    ap.add_argument("--crm-url", help="sign in to this running back office instead of the embedded one")
    ap.add_argument("--crm-user", default="agent")
    ap.add_argument("--crm-password", default="agent-demo")
    ap.add_argument("--x11", action="store_true", help="on a real X server (Xvfb): map time, per-thread idle CPU")
    ap.add_argument("--frozen", type=Path, help="start this frozen executable (dist/agent-desktop/agent-desktop)")
    args = ap.parse_args()
    if args.frozen is not None:
        APP[:] = [str(args.frozen.resolve())]
    else:  # the source app as set up (scripts/setup.sh): its bytecode compiled, no start compiles source
        subprocess.run([sys.executable, str(ROOT / "scripts" / "bytecode.py")], check=True)
    if args.x11:
        from x11_session import XServer

        with XServer() as x:
            return measure(args, x)
    return measure(args, None)


def measure(args: argparse.Namespace, x: Any) -> int:
    extra = ["--no-features"] if args.no_features else []
    if args.features is not None:
        extra += ["--features", args.features]
    env_extra: dict[str, str] = {}
    if args.crm_url:
        url = args.crm_url.rstrip("/")
        extra += ["--set", f"crm.url={url}", "--set", f"crm.username={args.crm_user}"]
        path = os.pathsep.join(p for p in (str(ROOT / "benchmarks"), os.environ.get("PYTHONPATH")) if p)
        env_extra = {
            "PYTHONPATH": path,
            "PYTHON_KEYRING_BACKEND": "startup_keyring.BenchKeyring",
            "STARTUP_BENCH_SECRETS": json.dumps({f"crm:{args.crm_user}@{url}": args.crm_password}),
        }
    if x is not None:
        env_extra.update(x.env())
    times_ms, cpu_ms = [], []
    same_profile = args.same_profile or args.ordinary_day
    with tempfile.TemporaryDirectory(prefix="startup-bench-") as d:
        tmp = Path(d)
        if args.ordinary_day:  # the profile's first start: seeded and synced, then stopped
            proc, marker, _t0 = start(tmp, -1, "profile", extra, env_extra)
            try:
                wait_marker(proc, marker)
                time.sleep(args.settle_s)
            finally:
                stop(proc)
        for i in range(args.runs):
            watch = MapWatch(x.display) if x is not None else None
            proc, marker, t0 = start(tmp, i, "profile" if same_profile else f"profile-{i}", extra, env_extra)
            try:
                if watch is not None:
                    mapped = watch.wait_mapped()
                shown, cpu = wait_marker(proc, marker)
                times_ms.append(((mapped if watch is not None else shown) - t0) * 1000)
                cpu_ms.append(cpu * 1000)
                if same_profile and i < args.runs - 1:
                    time.sleep(args.settle_s)  # its seeding and first sync done: the next start is an ordinary day's
            finally:
                if watch is not None:
                    watch.close()
                if i < args.runs - 1:
                    stop(proc)
        try:
            time.sleep(args.settle_s)
            rss = rss_mb(proc.pid)
            kids = children(proc.pid)
            kids_rss = sum(rss_mb(k) for k in kids)
            tree_pss = pss_mb(proc.pid) + sum(pss_mb(k) for k in kids)
            c0, w0 = cpu_seconds(proc.pid), time.monotonic()
            k0 = sum(cpu_seconds(k) for k in kids)
            threads0 = {pid: thread_cpu(pid, CLK_TCK) for pid in (proc.pid, *kids)}
            exact0 = {pid: thread_cpu_ns(pid) for pid in (proc.pid, *kids)}
            time.sleep(args.idle_s)
            took = time.monotonic() - w0
            cpu_pct = 100 * (cpu_seconds(proc.pid) - c0) / took
            kids_cpu_pct = 100 * (sum(cpu_seconds(k) for k in kids) - k0) / took
            threads = []
            exact: dict[str, float] = {}  # per thread name (bo: the back office's), % of one core
            for pid, before in threads0.items():
                prefix = "bo:" if pid != proc.pid else ""
                for name, used in thread_cpu(pid, CLK_TCK).items():
                    threads.append((100 * (used - before.get(name, 0.0)) / took, f"{prefix}{name}"))
                for tid, (name, ran) in thread_cpu_ns(pid).items():
                    ran0 = exact0[pid].get(tid, (name, 0))[1]  # a thread started meanwhile: all of it
                    exact[prefix + name] = exact.get(prefix + name, 0.0) + 100 * (ran - ran0) / 1e9 / took
        finally:
            stop(proc)
    times_ms.sort()
    p95 = times_ms[min(len(times_ms) - 1, round(0.95 * (len(times_ms) - 1)))]
    print(
        f"startup p50_ms={statistics.median(times_ms):.0f} p95_ms={p95:.0f} rss_mb={rss:.1f} "
        f"cpu_p50_ms={statistics.median(cpu_ms):.0f} runs={len(times_ms)} load1={os.getloadavg()[0]:.2f}"
    )
    print(f"idle_cpu_pct={cpu_pct:.2f} over_s={args.idle_s:g}")
    if exact:  # schedstat: exact, so even a few ms of CPU over the window show
        busy = sorted(((pct, name) for name, pct in exact.items() if pct > 0), reverse=True)
        tree_pct = sum(exact.values())
        print(f"idle_cpu_exact_pct={tree_pct:.3f} (desktop and back office, schedstat of the live threads)")
    else:  # clock ticks: 10 ms steps
        busy = sorted((t for t in threads if t[0] > 0), reverse=True)
        tree_pct = cpu_pct + kids_cpu_pct
    print("idle_threads " + (" ".join(f"{name.replace(' ', '_')}={pct:.3f}" for pct, name in busy) or "none"))
    if x is not None:
        print(
            f"startup p50_ms={statistics.median(times_ms):.0f} p95_ms={p95:.0f} rss_mb={rss:.1f} "
            f"idle_cpu_pct={tree_pct:.3f} display=x11"
        )
    if kids:  # the embedded back office (no CRM URL): its own process
        print(
            f"backoffice_rss_mb={kids_rss:.1f} backoffice_idle_cpu_pct={kids_cpu_pct:.2f} processes={len(kids)} "
            f"tree_pss_mb={tree_pss:.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
