"""Presence board benchmark: what the back office's board read costs now that it lists every active
agent (the ones who never signed in too, as logged out).

Seeds a scratch SQLite database with ``--agents`` numbered agents (half in team A组, half in B组, as
the demo seed makes them), gives every second one a presence line, then times ``--rounds`` reads of
:func:`backoffice.presence.read_board` as the routes make them: the whole board of an admin (every
team), a supervisor's (team A组), and a watch's answer when nothing changed (the long poll's common case).

    .venv/bin/python benchmarks/presence_board.py [--agents 10000] [--rounds 20]

Prints one line per read: ``presence_board <read> lines=… p50_ms=… p95_ms=…``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from backoffice import tables as t
from backoffice.agent_day import day_start
from backoffice.db import Database, read_counter, write_tx
from backoffice.presence import COUNTER_PRESENCE, apply_events, ensure_counter, read_board
from backoffice.resources.base import now_utc
from backoffice.seed import DEMO_TEAM, seed
from crm.schemas.presence import PresenceEvent, PresenceState


def _timed(db: Database, rounds: int, **kwargs: object) -> tuple[int, list[float]]:
    times, lines = [], 0
    for _ in range(rounds):
        started = time.perf_counter()
        with db.read.connect() as conn:
            now = now_utc()
            found, _ = read_board(
                conn, heartbeat_timeout=timedelta(seconds=90), now=now, calls_since=day_start(conn, now), **kwargs
            )
        times.append((time.perf_counter() - started) * 1000)
        lines = len(found)
    return lines, times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agents", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        db = Database(str(Path(scratch) / "board.db"))
        try:
            seed(db, customers=10, agents=args.agents)
            ensure_counter(db)
            with db.read.connect() as conn:
                ids = [row.id for row in conn.execute(t.users.select().where(t.users.c.role == "agent"))]
            event = PresenceEvent(seq=1, state=PresenceState.READY, at=now_utc())
            with write_tx(db) as ctx:
                for user_id in ids[::2]:  # every second agent has signed in once
                    apply_events(ctx.conn, user_id, [event])
            with db.read.connect() as conn:
                cursor = read_counter(conn, COUNTER_PRESENCE)
            for name, kwargs in (
                ("admin", {"team": None, "since": None}),
                ("supervisor", {"team": DEMO_TEAM, "since": None}),
                ("watch_unchanged", {"team": None, "since": cursor}),
            ):
                lines, times = _timed(db, args.rounds, **kwargs)
                p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]
                print(f"presence_board {name} lines={lines} p50_ms={statistics.median(times):.2f} p95_ms={p95:.2f}")
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
