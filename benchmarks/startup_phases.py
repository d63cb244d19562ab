"""Where the time to the main window goes: the app's start path, phase by phase, up to the first show.

Runs ``main.py`` N times in child processes (``python -X importtime``) on the platform of the
environment (``--x11``: a private Xvfb, as ``startup.py --x11``), each stopping as soon as its
window is first shown (before any feature installs), and prints the medians of:

* the phases (wall clock and CPU at each point): the imports before the window (PySide6, the settings,
  the features' specs, the shell), QApplication with its platform plugin, the window's construction,
  the show, the first show;
* the imports before the window by top-level package (``-X importtime``'s own figures, so the
  proportions hold on a busy machine where the wall clock does not), and the slowest single imports;
* the garbage collector's collections before the window, and how many modules were imported.

    .venv/bin/python benchmarks/startup_phases.py [--runs 5] [--x11] [--profile DIR] [--cprofile FILE]

The app is measured as ``scripts/setup.sh`` leaves it: ``scripts/bytecode.py`` runs first.

``--profile`` starts on that profile (default: a new one, started once first, features and all, and
quit: every measured start is an ordinary day's). ``--cprofile FILE`` also writes a cProfile of one more start to
FILE (``python -m pstats FILE``; the profiler slows Python code, not Qt's).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import gc, json, os, sys, time
import importlib.machinery
T0 = time.perf_counter()
marks = [("start", 0.0, time.process_time())]
collections = [0, 0.0, 0.0]
def _gc(phase, info):
    if phase == "start":
        collections[2] = time.perf_counter()
    else:
        collections[0] += 1
        collections[1] += time.perf_counter() - collections[2]
gc.callbacks.append(_gc)
def mark(name):
    marks.append((name, time.perf_counter() - T0, time.process_time()))
profiler = None
if os.environ.get("STARTUP_PHASES_CPROFILE"):
    import cProfile
    profiler = cProfile.Profile()
    profiler.enable()
ROOT = os.environ["STARTUP_PHASES_ROOT"]
sys.path.insert(0, ROOT)
sys.argv = [os.path.join(ROOT, "main.py"), *sys.argv[1:]]

def first_show(self):
    mark("first show")
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(os.environ["STARTUP_PHASES_CPROFILE"])
    report = {"marks": marks, "gc": collections[:2], "modules": len(sys.modules)}
    sys.stdout.write("STARTUP_PHASES " + json.dumps(report) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)

def timed(owner, attr, name):
    original = getattr(owner, attr)
    def wrapper(*args, **kwargs):
        result = original(*args, **kwargs)
        mark(name)
        return result
    setattr(owner, attr, wrapper)

IMPORTS = {
    "PySide6.QtCore": "import PySide6",
    "agent_desktop.settings": "import settings",
    "agent_desktop.features": "import features",
    "agent_desktop.shell.app": "import shell",
}

class Watch:
    def find_spec(self, name, path, target=None):
        if name not in IMPORTS:
            return None
        label = IMPORTS.pop(name)
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return None
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            mark(label)
            if name == "agent_desktop.features":
                timed(module, "catalogue", "specs read")
            if name == "agent_desktop.shell.app":
                module.Shell._after_first_show = first_show
                timed(module, "make_context", "context made")
                start = module.Shell.start
                def show(self):
                    mark("window built")
                    start(self)
                    mark("show() returned")
                module.Shell.start = show
                timed(module.SingleInstance, "acquire", "QApplication, lock")
        spec.loader.exec_module = exec_module
        return spec

import importlib.util
sys.meta_path.insert(0, Watch())
import runpy
runpy.run_path(os.path.join(ROOT, "main.py"), run_name="__main__")
"""

_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)")


def run_once(profile: Path, env: dict[str, str], cprofile: Path | None = None) -> tuple[dict[str, Any], list[tuple]]:
    child_env = dict(env, STARTUP_PHASES_ROOT=str(ROOT))
    if cprofile is not None:
        child_env["STARTUP_PHASES_CPROFILE"] = str(cprofile)
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", CHILD, "--profile", str(profile)],
        cwd=ROOT,
        env=child_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    found = [line for line in proc.stdout.splitlines() if line.startswith("STARTUP_PHASES ")]
    if not found:
        raise RuntimeError(f"the app did not show its window (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    imports = []
    for line in proc.stderr.splitlines():
        if m := _IMPORT_LINE.match(line):
            imports.append((len(m.group(3)) // 2, m.group(4), int(m.group(1)), int(m.group(2))))
    return json.loads(found[-1].split(" ", 1)[1]), imports


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--x11", action="store_true", help="on a private Xvfb (xcb) instead of the environment's platform")
    ap.add_argument("--profile", type=Path, help="the profile to start on (default: a new one, started once first)")
    ap.add_argument("--cprofile", type=Path, help="also write a cProfile of one start to this file")
    args = ap.parse_args()
    subprocess.run([sys.executable, str(ROOT / "scripts" / "bytecode.py")], check=True)  # as set up: no source compiled
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="startup-phases-") as d:
        if "AGENT_DESKTOP_POLICY" not in env:
            policy = Path(d) / "empty-policy.toml"
            policy.write_text("")
            env["AGENT_DESKTOP_POLICY"] = str(policy)
        profile = args.profile or Path(d) / "profile"
        if args.x11:
            sys.path.insert(0, str(ROOT / "benchmarks"))
            from x11_session import XServer

            with XServer() as x:
                env.update(x.env())
                return measure(args, profile, env)
        return measure(args, profile, env)


def measure(args: argparse.Namespace, profile: Path, env: dict[str, str]) -> int:
    if args.profile is None:  # a first start, left to seed, sync and quit: an ordinary day from here on
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--profile", str(profile), "--quit-after-ms", "5000"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            timeout=180,
            check=True,
        )
    reports, imports = [], []
    for _ in range(args.runs):
        report, imported = run_once(profile, env)
        reports.append(report)
        imports.append(imported)
    if args.cprofile is not None:
        run_once(profile, env, args.cprofile)
    print(f"{'phase':<22}{'wall_ms':>9}{'cpu_ms':>8}   (at the end of each, medians of {args.runs} runs)")
    for i, (name, _wall, _cpu) in enumerate(reports[0]["marks"]):
        wall = statistics.median(r["marks"][i][1] * 1000 for r in reports)
        cpu = statistics.median(r["marks"][i][2] * 1000 for r in reports)
        print(f"{name:<22}{wall:9.1f}{cpu:8.1f}")
    print(
        f"gc_collections={statistics.median(r['gc'][0] for r in reports):.0f} "
        f"gc_ms={statistics.median(r['gc'][1] * 1000 for r in reports):.1f} "
        f"modules={statistics.median(r['modules'] for r in reports):.0f} load1={os.getloadavg()[0]:.2f}"
    )
    by_package: dict[str, list[float]] = defaultdict(list)
    single: dict[str, list[float]] = defaultdict(list)
    totals = []
    for imported in imports:
        sums: dict[str, float] = defaultdict(float)
        for _depth, name, own_us, _cumulative_us in imported:
            sums[name.split(".")[0]] += own_us / 1000
            single[name].append(own_us / 1000)
        for package, ms in sums.items():
            by_package[package].append(ms)
        totals.append(sum(sums.values()))
    total = statistics.median(totals)
    print(f"imports before the window: {total:.1f} ms (-X importtime, own time summed by top-level package)")
    ranked = sorted(((statistics.median(v), k) for k, v in by_package.items()), reverse=True)
    print("  " + " ".join(f"{name}={ms:.1f}" for ms, name in ranked[:16]))
    slowest = sorted(((statistics.median(v), k) for k, v in single.items()), reverse=True)
    print("slowest single imports (own time): " + " ".join(f"{name}={ms:.1f}" for ms, name in slowest[:12]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
