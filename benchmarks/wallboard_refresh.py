"""Wallboard benchmark: what one refresh of the supervisor's view costs the GUI thread with 500 agents.

Fills the wallboard (its real panel, offscreen, 1280 x 720, with the team totals and the calls of the
day) with ``--agents`` agents across 10 teams, each with figures of the day, then ``--rounds`` times
hands it ``--changed`` changed lines (new states, so rows move and agents turn stuck) and a fifth as
many agents' new figures of the day, the way the feed gets them:

* ``push`` (the default path): live events as the CRM link delivers them (decoded JSON, validated on
  the GUI thread by the feed), then one repaint for the burst;
* ``poll`` (the fallback): a watch's answer (its JSON parsed off the GUI thread by the request).

Measured per round on the GUI thread: applying them to the board, re-sorting the rows, the totals and
team totals, then the event loop's pending work until the rows are repainted (layouts, the paint of
the panel). Also the once-a-second tick (times in state, agents turning stuck, team totals).

    .venv/bin/python benchmarks/wallboard_refresh.py [--agents 500] [--changed 50] [--rounds 200]

Prints the tick, each path's refresh (wall clock and CPU time on the GUI thread, steadier on a loaded
machine), and last ``wallboard_refresh p50_ms=… p95_ms=… agents=…`` (the push path, wall clock).
Target p95 ≤ 16 ms (one frame).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication

from agent_desktop.features.wallboard.view import WallboardView
from agent_desktop.shell.tasks import BackgroundTasks
from crm.schemas.presence import PresenceBoard

STATES = ("ready", "ready", "on_call", "on_call", "on_call", "ringing", "on_hold", "wrap_up", "not_ready")
REASONS = ("break", "meal", "training", "meeting")


def agent(i: int, seq: int, now: datetime, rng: random.Random) -> dict[str, Any]:
    state = rng.choice(STATES)
    on_call = state in ("on_call", "on_hold", "ringing")
    return {
        "user_id": f"agent-{i:04d}",
        "username": f"agent{i:04d}",
        "display_name": f"坐席 {i:04d}",
        "team": f"team-{i % 10}",
        "state": state,
        "reason": rng.choice(REASONS) if state == "not_ready" else None,
        "since": (now - timedelta(seconds=rng.randint(0, 3600))).isoformat(),
        "seq": seq,
        "last_seen": now.isoformat(),
        "call_direction": rng.choice(("inbound", "outbound")) if on_call else None,
        "customer_name": f"客户 {rng.randint(1, 99999)}" if on_call else None,
        "media_source": "400-810-8888" if on_call else None,
    }


def day(i: int, now: datetime, rng: random.Random) -> dict[str, Any]:
    return {
        "user_id": f"agent-{i:04d}",
        "date": now.date().isoformat(),
        "handled": rng.randint(0, 60),
        "talk_s": rng.randint(0, 12000),
        "hold_s": rng.randint(0, 900),
        "wrapup_s": rng.randint(0, 3600),
        "at": now.isoformat(),
    }


def board(
    lines: list[dict[str, Any]], cursor: int, now: datetime, days: list[dict[str, Any]] | None = None
) -> PresenceBoard:
    return PresenceBoard.model_validate(
        {
            "agents": lines,
            "cursor": cursor,
            "server_time": now.isoformat(),
            "heartbeat_timeout_s": 90,
            "days": days or [],
        }
    )


class Live(QObject):
    """The live events, connected: the feed follows them and runs no long poll."""

    sig_event = Signal(str, object)
    sig_connected = Signal(bool)
    connected = True


class QuietSource:
    """The snapshot once; a watch waits until the benchmark ends (the rounds hand in the answers)."""

    def __init__(self, snapshot: PresenceBoard) -> None:
        self.snapshot = snapshot
        self.done = threading.Event()

    def presence_board(self) -> PresenceBoard:
        return self.snapshot

    def presence_watch(self, since: int, timeout_s: float = 25.0) -> PresenceBoard:
        self.done.wait(timeout_s)
        return board([], since, datetime.now(timezone.utc))


class Painted(QObject):
    """Counts the paint events of the table's rows (its viewport)."""

    def __init__(self, view: WallboardView) -> None:
        super().__init__(view)
        self.count = 0
        view.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False

    def settle(self, app: QApplication) -> None:
        """Run the event loop's pending work (layouts, the repaint) until the rows were painted."""
        self.count = 0
        for _ in range(100):
            app.processEvents()
            if self.count:
                app.processEvents()
                return
        raise RuntimeError("the table was not repainted")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agents", type=int, default=500)
    parser.add_argument("--changed", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    rng = random.Random(7)
    now = datetime.now(timezone.utc)
    seqs = dict.fromkeys(range(args.agents), 1)
    days = [day(i, now, rng) for i in range(args.agents)]
    source = QuietSource(board([agent(i, 1, now, rng) for i in range(args.agents)], 1, now, days))
    tasks = BackgroundTasks()
    view = WallboardView(source, tasks, live=Live())
    view.resize(1280, 720)
    view.show()
    deadline = time.monotonic() + 10
    while view.model.rowCount() < args.agents and time.monotonic() < deadline:
        app.processEvents()
    assert view.model.rowCount() == args.agents, "the snapshot did not arrive"
    assert view.feed.pushed and not view.feed.watching
    painted = Painted(view)
    painted.settle(app)

    # what arrives, built before timing: live events (decoded JSON) and watches' answers (validated, as
    # the request does off the GUI thread)
    bursts: list[list[tuple[str, dict[str, Any]]]] = []
    answers = []
    for r in range(2 * args.rounds):  # the bursts first, then the answers: sequences only grow
        changed = rng.sample(range(args.agents), args.changed)
        lines = []
        for i in changed:
            seqs[i] += 1
            lines.append(agent(i, seqs[i], now, rng))
        if r < args.rounds:
            later = now + timedelta(seconds=r + 1)
            figures = [day(i, later, rng) for i in changed[: max(1, args.changed // 5)]]
            bursts.append([("presence", line) for line in lines] + [("agent_day", f) for f in figures])
        else:  # the fallback learns figures of the day with its next full read
            answers.append(board(lines, 2 + r, now))

    def measure(deliver: Any, items: list[Any]) -> tuple[list[float], list[float]]:
        wall, cpu_ms = [], []
        for item in items:
            started, cpu = time.perf_counter(), time.thread_time()
            deliver(item)
            painted.settle(app)  # what the event loop does next: layouts, then the repaint of what changed
            cpu_ms.append((time.thread_time() - cpu) * 1000)
            wall.append((time.perf_counter() - started) * 1000)
        return wall, cpu_ms

    def push(burst: list[tuple[str, dict[str, Any]]]) -> None:
        for kind, data in burst:  # as the live events arrive: validated, into the board
            view.feed._event(kind, data)
        view.feed._flush()  # the burst's one repaint: rows, totals, team totals

    refresh_ms, refresh_cpu_ms = measure(push, bursts)
    poll_ms, poll_cpu_ms = measure(view.feed._delta, answers)  # as the feed does on a watch's answer

    tick_ms = []
    for _ in range(50):
        started = time.perf_counter()
        view.tick()
        painted.settle(app)
        tick_ms.append((time.perf_counter() - started) * 1000)

    source.done.set()
    view.hide()
    tasks.shutdown(wait=True)
    print(
        f"wallboard_tick p50_ms={statistics.median(tick_ms):.2f} p95_ms={percentile(tick_ms, 0.95):.2f} "
        f"agents={args.agents}"
    )
    print(
        f"wallboard_refresh_poll p50_ms={statistics.median(poll_ms):.2f} p95_ms={percentile(poll_ms, 0.95):.2f} "
        f"cpu_p50_ms={statistics.median(poll_cpu_ms):.2f} cpu_p95_ms={percentile(poll_cpu_ms, 0.95):.2f} "
        "(a watch's answer: the fallback)"
    )
    print(
        f"wallboard_refresh_cpu p50_ms={statistics.median(refresh_cpu_ms):.2f} "
        f"p95_ms={percentile(refresh_cpu_ms, 0.95):.2f} (pushed events; GUI thread CPU time, steadier under load)"
    )
    print(
        f"wallboard_refresh p50_ms={statistics.median(refresh_ms):.2f} p95_ms={percentile(refresh_ms, 0.95):.2f} "
        f"agents={args.agents} changed={args.changed} rounds={args.rounds} path=push"
    )


if __name__ == "__main__":
    main()
