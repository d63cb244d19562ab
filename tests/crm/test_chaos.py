"""Chaos: server processes SIGKILLed under load, and the desktop process SIGKILLed mid-write."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from benchmarks.chaos_sync import run_chaos
from crm.store import Store
from tests.crm.helpers import client_for, customer_body, engine_for

pytestmark = pytest.mark.e2e


def test_orders_pushed_while_the_server_is_killed_100_times_arrive_exactly_once(tmp_path):
    result = run_chaos(tmp_path, cycles=110, orders=300, max_seconds=90, seed=1234)
    assert result.cycles >= 100
    assert result.outages > 0  # the kills really interrupted the client...
    assert result.kills_in_flight >= 30, result.line()  # ...many of them in the middle of a request
    assert result.checkpoints > 0, result.line()  # with the server's background checkpoints running
    assert (result.integrity, result.server_duplicates) == ("ok", 0), result.line()
    assert (result.sent, result.stored, result.duplicates, result.lost, result.corrupted, result.refused) == (
        300,
        300,
        0,
        0,
        0,
        0,
    )


def test_client_killed_mid_write_keeps_a_sound_store_and_the_outbox_resumes(tmp_path, live_backoffice, supervisor):
    path = tmp_path / "desktop.db"
    store = Store(path)
    customer = store.create("customers", customer_body("13600000001"))
    store.close()
    written: list[str] = []
    rng = random.Random(7)
    for round_no in range(5):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.crm.writer_process", str(path), customer["id"], str(round_no * 100_000)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(rng.randint(5, 40)):  # let it commit a few orders, then kill it mid-loop
            written.append(proc.stdout.readline().strip())
        time.sleep(rng.uniform(0, 0.05))
        proc.send_signal(signal.SIGKILL)
        rest = proc.stdout.read().split()
        proc.wait(10)
        written.extend(rest)
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    local_ids = {r[0] for r in raw.execute("SELECT id FROM orders")}
    queued = [r[0] for r in raw.execute("SELECT record_id FROM outbox WHERE entity = 'orders'")]
    raw.close()
    assert set(written) <= local_ids  # every order the writer reported is durable
    assert sorted(queued) == sorted(local_ids)  # ...and each went to the outbox with it, once
    client = client_for(live_backoffice.url, "agent1")
    engine = engine_for(client, path, entities=("products", "customers", "orders"))
    try:
        engine.run_once()
        assert engine.store.outbox_counts() == (0, 0)
    finally:
        engine.store.close()
        client.close()
    server_ids = [o.id for o in supervisor.list("orders", limit=500).items]
    assert sorted(server_ids) == sorted(local_ids)
