"""Coaching latency: a supervisor's message sent → shown on the agent's window.

Starts ``python -m backoffice serve`` (its own process) on a temporary SQLite database with one
supervisor and one agent of one team. The agent follows ``GET /events/stream`` twice: with
:class:`crm.event_stream.EventStream` (the client's own thread: the event read and parsed), and — unless
``--stream-only`` — in the real desktop client (offscreen: the shell, the CRM link and the coaching
feature), where the clock stops when the notice showing the message has been painted on the window.
A supervisor's client sends ``--messages`` texts over HTTP (``POST /coaching/messages``), one at a
time, a random 50–150 ms apart; the clock runs from just before the request is sent. The agent clicks
"Got it" on each (its read receipt travels too).

    .venv/bin/python benchmarks/coaching_latency.py [--messages 50] [--stream-only]

Prints ``coaching_latency path=stream p50_ms=… p95_ms=… n=…`` and last
``coaching_latency path=window p50_ms=… p95_ms=… n=…`` (target p95 ≤ 1000 ms).
"""

from __future__ import annotations

import argparse
import os
import random
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crm.client import ClientConfig, CrmClient  # noqa: E402
from crm.event_stream import EventStream  # noqa: E402

PASSWORD = "coaching-benchmark-1"
TEAM = "north"


def start_server(db_url: str, workdir: Path) -> tuple[subprocess.Popen[bytes], str]:
    log = open(workdir / "server.log", "ab")
    proc = subprocess.Popen(
        [sys.executable, "-m", "backoffice", "serve", "--db", db_url, "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=log,
        start_new_session=True,
    )
    log.close()
    assert proc.stdout is not None
    line = b""
    deadline = time.monotonic() + 120
    while not line.endswith(b"\n"):
        if time.monotonic() > deadline or proc.poll() is not None:
            raise RuntimeError("the back office did not start: " + (workdir / "server.log").read_text()[-2000:])
        ready, _, _ = select.select([proc.stdout], [], [], 0.5)
        if ready:
            line += os.read(proc.stdout.fileno(), 4096)
    return proc, line.decode().strip().split()[-1]


def client(url: str, username: str) -> CrmClient:
    crm = CrmClient(ClientConfig(url, timeout_s=10), credentials=lambda: (username, PASSWORD))
    crm.login(username, PASSWORD)
    return crm


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def report(path: str, latencies: list[float]) -> str:
    return (
        f"coaching_latency path={path} p50_ms={percentile(latencies, 0.5):.1f} "
        f"p95_ms={percentile(latencies, 0.95):.1f} max_ms={max(latencies, default=float('nan')):.1f} "
        f"n={len(latencies)}"
    )


class Arrivals:
    """When each message (by its text) arrived on each path."""

    def __init__(self) -> None:
        self.lock = threading.Condition()
        self.at: dict[tuple[str, str], float] = {}

    def arrived(self, path: str, body: str) -> None:
        with self.lock:
            self.at.setdefault((path, body), time.monotonic())
            self.lock.notify_all()

    def wait(self, paths: tuple[str, ...], body: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        with self.lock:
            while not all((p, body) in self.at for p in paths) and (left := deadline - time.monotonic()) > 0:
                self.lock.wait(left)


def send_all(url: str, agent_id: str, count: int, arrivals: Arrivals, paths: tuple[str, ...]) -> dict[str, float]:
    """The supervisor's side: ``count`` messages, each after the previous one arrived everywhere."""
    supervisor = client(url, "coach_sup")
    sent: dict[str, float] = {}
    rng = random.Random(19)
    try:
        for i in range(count):
            body = f"第 {i + 1} 条：先确认客户的订单号和收货地址。"
            sent[body] = time.monotonic()
            supervisor.request("POST", "/coaching/messages", json={"to_user": agent_id, "body": body})
            arrivals.wait(paths, body, 10.0)
            time.sleep(rng.uniform(0.05, 0.15))
    finally:
        supervisor.close()
    return sent


def latencies(sent: dict[str, float], arrivals: Arrivals, path: str) -> list[float]:
    return [(arrivals.at[(path, body)] - t0) * 1000 for body, t0 in sent.items() if (path, body) in arrivals.at]


def the_agents_window(url: str, workdir: Path, arrivals: Arrivals) -> Any:
    """The real desktop client signed in as the agent, with the coaching feature (offscreen)."""
    from PySide6.QtWidgets import QApplication

    from agent_desktop.features import catalogue
    from agent_desktop.features.coaching import feature as coaching
    from agent_desktop.features.crm_link import feature as crm_link
    from agent_desktop.features.crm_link.api import LIVE
    from agent_desktop.settings import SettingsManager
    from agent_desktop.settings.policy import Policy
    from agent_desktop.shell.app import RunOptions, Shell, make_context
    from agent_desktop.shell.credentials import crm_account
    from agent_desktop.shell.paths import AppPaths

    app = QApplication.instance() or QApplication(sys.argv)
    paths = AppPaths.for_profile(workdir / "profile").ensure()
    manager = SettingsManager(paths.settings_file, Policy())
    for key, value in {"sip.local_port": 0, "crm.url": url, "crm.username": "coach_agent"}.items():
        manager.set_override(key, value)
    ctx = make_context(app, manager, paths)
    ctx.credentials.use_session_only()
    ctx.credentials.set(crm_account("coach_agent", url), PASSWORD)
    shell = Shell(ctx, RunOptions(features=False), catalogue())
    shell.start()
    link = crm_link.install(ctx, shell.window)
    feature = coaching.install(ctx, shell.window)

    def shown(message_id: str) -> None:
        message = feature.book.get(message_id) if feature.book is not None else None
        if message is None or not feature.notice.isVisible():
            return
        feature.notice.repaint()  # on the window: painted
        arrivals.arrived("window", message.body)
        feature.seen(message_id)  # the agent clicks "Got it"

    feature.sig_shown.connect(shown)
    deadline = time.monotonic() + 30
    while not (LIVE in ctx.services and ctx.services.get(LIVE).connected and feature.book is not None):
        if time.monotonic() > deadline:
            raise RuntimeError("the agent's client did not connect")
        app.processEvents()
        time.sleep(0.01)
    return app, shell, link, feature


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=50)
    parser.add_argument("--stream-only", action="store_true", help="no desktop client: the event stream only")
    args = parser.parse_args()

    from sqlalchemy import update

    from backoffice import tables
    from backoffice.accounts import ensure_user
    from backoffice.db import Database

    workdir = Path(tempfile.mkdtemp(prefix="coaching-bench-"))
    db_url = f"sqlite:///{workdir / 'crm.db'}"
    db = Database(db_url)
    db.create_schema()
    ensure_user(db, "coach_sup", PASSWORD, role="supervisor", display_name="王主管")
    ensure_user(db, "coach_agent", PASSWORD, role="agent", display_name="李娜")
    with db.write.begin() as conn:
        conn.execute(update(tables.users).values(team=TEAM))
    db.dispose()
    proc, url = start_server(db_url, workdir)
    arrivals = Arrivals()
    agent = client(url, "coach_agent")
    assert agent.user is not None
    agent_id = agent.user["id"]

    def heard(kind: str, data: dict[str, Any]) -> None:
        if kind == "coaching":
            arrivals.arrived("stream", str(data.get("body")))

    connected = threading.Event()
    stream = EventStream(agent, heard, lambda up: connected.set() if up else None)
    stream.start()
    connected.wait(10)
    time.sleep(0.2)  # the stream's subscription is in place once its hello has been read
    window: Any = None
    try:
        if args.stream_only:
            sent = send_all(url, agent_id, args.messages, arrivals, ("stream",))
            print(report("stream", latencies(sent, arrivals, "stream")))
            return 0
        window = the_agents_window(url, workdir, arrivals)
        result: dict[str, dict[str, float]] = {}

        def sender() -> None:
            result["sent"] = send_all(url, agent_id, args.messages, arrivals, ("stream", "window"))

        from PySide6.QtCore import QEventLoop, QTimer

        thread = threading.Thread(target=sender, daemon=True)
        thread.start()
        loop, check = QEventLoop(), QTimer()
        check.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
        check.start(50)
        loop.exec()  # the agent's client runs as in the product: events as they come
        check.stop()
        sent = result.get("sent", {})
        print(report("stream", latencies(sent, arrivals, "stream")))
        print(report("window", latencies(sent, arrivals, "window")))
        return 0
    finally:
        if window is not None:
            _app, shell, link, feature = window
            feature.shutdown()
            link.shutdown()
            shell.shutdown()
        stream.close()
        agent.close()
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
