"""Does a flood of wrong passwords slow everyone else down? (issue 18, item 2)

Starts ``python -m backoffice serve`` on a temporary SQLite database (demo data), then measures an
ordinary agent's requests (``GET /api/v1/customers?limit=20`` one after another on a keep-alive
connection, plus a sign-in from another address every second) first on a quiet server, then while
``--flooders`` clients post ``--rate`` wrong passwords a second from one attacker address
(``X-Forwarded-For``, trusted from loopback as from a local reverse proxy), each for a fresh user name
(password spraying). ``--no-throttle`` raises the limits out of reach: the server as it was before throttling.
Prints ``key=value`` lines:

    quiet p50_ms=… p99_ms=… requests=… sign_in_ms=… server_cpu_pct=…
    flood p50_ms=… p99_ms=… requests=… sign_in_ms=… bad_logins_per_s=… refused_pct=… server_cpu_pct=…

    python benchmarks/login_flood.py --seconds 10 --rate 100 [--no-throttle]
"""

from __future__ import annotations

import argparse
import logging
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
logger = logging.getLogger(__name__)
ATTACKER = "203.0.113.66"


def start_server(db: Path, workdir: Path, env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    log = open(workdir / "server.log", "ab")
    proc = subprocess.Popen(
        [sys.executable, "-m", "backoffice", "serve", "--db", str(db), "--port", "0", "--seed-customers", "500"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=log,
        start_new_session=True,
        env={**os.environ, **env},
    )
    log.close()
    assert proc.stdout is not None
    line = b""
    deadline = time.monotonic() + 120
    while b"listening on" not in line:
        if time.monotonic() > deadline or proc.poll() is not None:
            raise RuntimeError("the back office did not start: " + (workdir / "server.log").read_text()[-2000:])
        ready, _, _ = select.select([proc.stdout], [], [], 0.5)
        if ready:
            line += os.read(proc.stdout.fileno(), 4096)
    return proc, line.decode().strip().split()[-1] + "/api/v1"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def measure(api: str, token: str, seconds: float) -> tuple[list[float], list[float]]:
    """Latencies (ms) of the agent's reads, and of one good sign-in per second from its own address."""
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    reads: list[float] = []
    sign_ins: list[float] = []
    end = time.monotonic() + seconds
    next_sign_in = time.monotonic()
    while time.monotonic() < end:
        start = time.perf_counter()
        r = session.get(api + "/customers", params={"limit": 20}, timeout=30)
        reads.append((time.perf_counter() - start) * 1000)
        r.raise_for_status()
        if time.monotonic() >= next_sign_in:
            next_sign_in += 1.0
            start = time.perf_counter()
            r = requests.post(
                api + "/auth/login",
                json={"username": "agent001", "password": "agent-demo"},
                headers={"X-Forwarded-For": "192.0.2.10"},
                timeout=30,
            )
            sign_ins.append((time.perf_counter() - start) * 1000)
            r.raise_for_status()
    return reads, sign_ins


def flood(api: str, rate: float, stop: threading.Event, counts: dict[str, int], lock: threading.Lock) -> None:
    """Wrong passwords for fresh user names, ``rate`` a second (0: as fast as the server answers)."""
    session = requests.Session()
    session.headers["X-Forwarded-For"] = ATTACKER
    next_at = time.monotonic()
    while not stop.is_set():
        if rate > 0:
            next_at += 1.0 / rate
            time.sleep(max(0.0, next_at - time.monotonic()))
        body = {"username": f"guess{uuid.uuid4().hex[:8]}", "password": "Password123!"}
        status = session.post(api + "/auth/login", json=body, timeout=30).status_code
        with lock:
            counts[str(status)] = counts.get(str(status), 0) + 1


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of the server process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=10.0, help="length of each phase")
    parser.add_argument("--flooders", type=int, default=4, help="clients posting wrong passwords")
    parser.add_argument("--rate", type=float, default=100.0, help="wrong passwords a second in all (0: flat out)")
    parser.add_argument("--no-throttle", action="store_true", help="limits out of reach (before throttling)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    workdir = Path(tempfile.mkdtemp(prefix="login-flood-"))
    env = {"BACKOFFICE_LOGIN_BACKOFF_AFTER": "1000000000", "BACKOFFICE_LOGIN_LOCKOUT_AFTER": "1000000000"}
    proc, api = start_server(workdir / "crm.db", workdir, env if args.no_throttle else {})
    try:
        token = requests.post(
            api + "/auth/login", json={"username": "agent", "password": "agent-demo"}, timeout=30
        ).json()["token"]
        measure(api, token, 1.0)  # warm up
        quiet_cpu = cpu_seconds(proc.pid)
        quiet, quiet_sign_ins = measure(api, token, args.seconds)
        print(
            f"quiet p50_ms={statistics.median(quiet):.2f} p99_ms={percentile(quiet, 0.99):.2f} "
            f"requests={len(quiet)} sign_in_ms={statistics.median(quiet_sign_ins):.1f} "
            f"server_cpu_pct={100 * (cpu_seconds(proc.pid) - quiet_cpu) / args.seconds:.0f}",
            flush=True,
        )
        stop, lock = threading.Event(), threading.Lock()
        counts: dict[str, int] = {}
        threads = [
            threading.Thread(target=flood, args=(api, args.rate / args.flooders, stop, counts, lock), daemon=True)
            for _ in range(args.flooders)
        ]
        for thread in threads:
            thread.start()
        time.sleep(1.0)  # the flood under way
        with lock:
            counts.clear()
        started, cpu_before = time.monotonic(), cpu_seconds(proc.pid)
        loud, loud_sign_ins = measure(api, token, args.seconds)
        elapsed, cpu = time.monotonic() - started, cpu_seconds(proc.pid) - cpu_before
        stop.set()
        for thread in threads:
            thread.join(30)
        total = sum(counts.values())
        refused = counts.get("429", 0)
        print(
            f"flood p50_ms={statistics.median(loud):.2f} p99_ms={percentile(loud, 0.99):.2f} "
            f"requests={len(loud)} sign_in_ms={statistics.median(loud_sign_ins):.1f} "
            f"bad_logins_per_s={total / elapsed:.0f} refused_pct={100 * refused / max(total, 1):.1f} "
            f"server_cpu_pct={100 * cpu / elapsed:.0f} "
            f"throttle={'off' if args.no_throttle else 'on'}",
            flush=True,
        )
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
