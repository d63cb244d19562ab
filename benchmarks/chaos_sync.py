"""Chaos: the desktop pushes orders while the back-office process is SIGKILLed and restarted.

A fork server imports the back office once, holds the listening socket on 127.0.0.1, and forks a fresh
server process (``backoffice.app.create_app`` over one SQLite file, served by uvicorn with its lifespan:
the background WAL checkpointer runs, every 20 ms after a write) on demand, so a kill + restart cycle
takes milliseconds and hundreds of cycles fit in a minute. The client side is the real thing: a local
store, the outbox and the sync engine's thread, over HTTP. Orders are written locally at a steady pace
while a killer SIGKILLs the server at random moments, most of them while a write is in flight (it
waits up to 0.3 s for one; ``kills_in_flight`` counts them), and restarts it after a random pause. At the end every
order must be on the server exactly once with all fields as entered, and the server's database must be
sound: ``PRAGMA integrity_check``, order numbers unique, and each order created once (one ``create``
audit event each, no change sequence given twice).

    .venv/bin/python benchmarks/chaos_sync.py --cycles 1000 [--orders 2000] [--workdir /dev/shm]

Prints ``chaos cycles=… kills_in_flight=… checkpoints=… sent=… stored=… duplicates=… lost=… corrupted=…
refused=… outages=… integrity=ok server_duplicates=0 seconds=…``.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SKU = "MC-1002"
CHECKPOINT_DELAY_S = 0.02


def _die_with_parent() -> None:
    """Linux: get SIGKILL when the parent process dies (no orphaned servers after a crash)."""
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


# -- fork server (runs in its own process: python benchmarks/chaos_sync.py --fork-server DB) ------
def fork_server(db_url: str, checkpoint_log: str) -> None:
    """Read commands on stdin: ``spawn`` forks a server child (prints its pid), ``quit`` ends. Each child
    appends a line per WAL checkpoint to ``checkpoint_log``."""
    import logging

    import uvicorn

    from backoffice.app import create_app
    from backoffice.server import bind_socket, url_of

    sock = bind_socket("127.0.0.1", 0)
    print(url_of(sock), flush=True)
    for line in sys.stdin:
        while True:  # reap killed children
            try:
                pid, _status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
        command = line.strip()
        if command == "quit":
            break
        if command != "spawn":
            continue
        pid = os.fork()
        if pid == 0:
            _die_with_parent()
            os.environ["BACKOFFICE_CHECKPOINT_DELAY_S"] = str(CHECKPOINT_DELAY_S)
            log = logging.getLogger("backoffice.checkpoints")
            log.setLevel(logging.DEBUG)
            log.addHandler(logging.FileHandler(checkpoint_log))  # each line written at once: survives SIGKILL
            app = create_app(db_url, create_schema=False)
            config = uvicorn.Config(app, log_level="critical", access_log=False, lifespan="on")
            uvicorn.Server(config).run(sockets=[sock])
            os._exit(0)
        print(pid, flush=True)


@dataclass
class ChaosResult:
    cycles: int
    sent: int
    stored: int
    duplicates: int
    lost: int
    corrupted: int
    refused: int
    outages: int
    seconds: float
    kills_in_flight: int = 0
    """Kills that landed while the client had a request in flight."""
    checkpoints: int = 0
    """WAL checkpoints the server processes ran."""
    integrity: str = ""
    """``PRAGMA integrity_check`` of the server's database afterwards ("ok")."""
    server_duplicates: int = 0
    """Order numbers given twice, orders created twice (audit) and change sequences given twice."""

    def line(self) -> str:
        return (
            f"chaos cycles={self.cycles} kills_in_flight={self.kills_in_flight} checkpoints={self.checkpoints} "
            f"sent={self.sent} stored={self.stored} duplicates={self.duplicates} lost={self.lost} "
            f"corrupted={self.corrupted} refused={self.refused} outages={self.outages} "
            f"integrity={self.integrity} server_duplicates={self.server_duplicates} seconds={self.seconds:.1f}"
        )


class KillableBackOffice:
    """Drives the fork server: ``restart()`` SIGKILLs the serving child and forks a new one."""

    def __init__(self, db_url: str, checkpoint_log: Path) -> None:
        self.checkpoint_log = checkpoint_log
        self.proc = subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), "--fork-server", db_url, str(checkpoint_log)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
            preexec_fn=_die_with_parent,
        )
        self.url = self.proc.stdout.readline().strip()
        self.child: int | None = None

    def spawn(self) -> None:
        self.proc.stdin.write("spawn\n")
        self.proc.stdin.flush()
        self.child = int(self.proc.stdout.readline())

    def kill(self) -> None:
        if self.child is not None:
            try:
                os.kill(self.child, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.child = None

    def checkpoints(self) -> int:
        """Checkpoints the server processes have run so far."""
        if not self.checkpoint_log.exists():
            return 0
        return sum(1 for line in self.checkpoint_log.read_text().splitlines() if line.startswith("checkpoint:"))

    def close(self) -> None:
        self.kill()
        try:
            self.proc.stdin.write("quit\n")
            self.proc.stdin.flush()
            self.proc.wait(10)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait(5)


def prepare(db_url: str) -> None:
    """Schema, an agent and a supervisor, one product (in this process, before serving)."""
    from backoffice.db import Database
    from tests.crm.helpers import make_user

    Database(db_url).create_schema()
    make_user(db_url, "agent1", "agent")
    make_user(db_url, "sup1", "supervisor")


def order_body(customer_id: str, n: int) -> dict:
    return {
        "customer_id": customer_id,
        "lines": [{"sku": SKU, "quantity": 1 + n % 5}],
        "delivery_address": {"province": "浙江省", "city": "杭州市", "street": f"文一路 {n} 号"},
        "requests": f"chaos order {n}",
        "rush": n % 2 == 0,
        "invoice_title": f"发票 {n}",
    }


def run_chaos(
    workdir: Path, cycles: int, orders: int, *, max_seconds: float = 600.0, seed: int | None = None
) -> ChaosResult:
    from crm.store import Store
    from crm.sync import SyncConfig, SyncEngine
    from tests.crm.helpers import client_for

    rng = random.Random(seed)
    db_url = f"sqlite:///{workdir / 'chaos-backoffice.db'}"
    prepare(db_url)
    server = KillableBackOffice(db_url, workdir / "checkpoints.log")
    started = time.monotonic()
    engine = None
    try:
        server.spawn()
        _wait_up(server.url)
        sup = client_for(server.url, "sup1")
        sup.create("products", {"sku": SKU, "name": "颈椎按摩仪", "price_cents": 69900, "stock": 10**6})
        client = client_for(server.url, "agent1", retries=2, timeout_s=2.0)
        in_flight = _count_in_flight(client)
        store = Store(workdir / "chaos-client.db")
        engine = SyncEngine(
            client,
            store,
            SyncConfig(
                interval_s=0.5, backoff_min_s=0.02, backoff_max_s=0.3, entities=("products", "customers", "orders")
            ),
        )
        outages = [0]
        engine.add_listener(
            lambda e: outages.__setitem__(0, outages[0] + 1) if getattr(e, "state", None) == "offline" else None
        )
        engine.start()
        customer = store.create("customers", {"name": "混沌测试", "phones": [{"number": "13700000001"}]})
        sent: dict[str, dict] = {}
        stop_writing = threading.Event()

        def writer() -> None:
            for n in range(orders):
                if stop_writing.is_set():
                    return
                body = order_body(customer["id"], n)
                sent[store.create("orders", body)["id"]] = body
                time.sleep(rng.uniform(0, 0.02))

        writer_thread = threading.Thread(target=writer, name="chaos-writer")
        writer_thread.start()
        done_cycles = kills_in_flight = 0
        while done_cycles < cycles and time.monotonic() - started < max_seconds:
            time.sleep(rng.uniform(0.01, 0.12))
            _wait_for(lambda: in_flight[0] > 0, 0.3)  # aim at a write (the client may be backing off)
            time.sleep(rng.uniform(0, 0.003))
            kills_in_flight += in_flight[0] > 0
            server.kill()
            time.sleep(rng.uniform(0, 0.03))
            server.spawn()
            done_cycles += 1
        writer_thread.join()
        refused = _drain(engine, store, deadline=time.monotonic() + 180)
        engine.stop()
        result = _verify(sup, sent)
        checkpoints = server.checkpoints()
        server.close()
        integrity, server_duplicates = _check_database(workdir / "chaos-backoffice.db")
        return ChaosResult(
            done_cycles,
            len(sent),
            *result,
            refused,
            outages[0],
            time.monotonic() - started,
            kills_in_flight,
            checkpoints,
            integrity,
            server_duplicates,
        )
    finally:
        if engine is not None:
            engine.stop()
            engine.store.close()
        server.close()


def _count_in_flight(client: Any) -> list[int]:
    """A one-item list holding how many writes (POST, PATCH, PUT, DELETE) ``client`` has sent and not
    yet had answered: the long poll that is nearly always open does not count."""
    count = [0]
    lock = threading.Lock()
    send = client._http.request

    def counted(method: str, *args: Any, **kwargs: Any) -> Any:
        if method.upper() == "GET":
            return send(method, *args, **kwargs)
        with lock:
            count[0] += 1
        try:
            return send(method, *args, **kwargs)
        finally:
            with lock:
                count[0] -= 1

    client._http.request = counted
    return count


def _wait_for(condition: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.0005)


def _check_database(path: Path) -> tuple[str, int]:
    """(``PRAGMA integrity_check``, how many server-made values were given twice: order numbers, order
    creations in the audit trail, change sequences) of the server's SQLite file."""
    conn = sqlite3.connect(path)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        queries = (
            "SELECT count(*) - count(DISTINCT number) FROM orders",
            "SELECT count(*) - count(DISTINCT entity_id) FROM audit_events WHERE entity = 'orders' AND action = 'create'",
            "SELECT count(*) - count(DISTINCT id) FROM audit_events",
            "SELECT count(*) - count(DISTINCT change_seq) FROM"
            " (SELECT change_seq FROM orders UNION ALL SELECT change_seq FROM customers"
            " UNION ALL SELECT change_seq FROM products)",
        )
        duplicates = sum(int(conn.execute(q).fetchone()[0]) for q in queries)
        created = conn.execute("SELECT count(*) FROM audit_events WHERE entity = 'orders' AND action = 'create'")
        if created.fetchone()[0] != conn.execute("SELECT count(*) FROM orders").fetchone()[0]:
            duplicates += 1  # an order without its one creation (or a creation without its order)
        return str(integrity), duplicates
    finally:
        conn.close()


def _wait_up(url: str, timeout: float = 20.0) -> None:
    import requests

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{url}/api/v1/health", timeout=1).ok:
                return
        except requests.RequestException:
            time.sleep(0.02)
    raise TimeoutError("back office did not come up")


def _drain(engine, store, deadline: float) -> int:
    """Wait until nothing is pending; returns the number of items the server refused."""
    engine.wake()
    while time.monotonic() < deadline:
        pending, failed = store.outbox_counts()
        if pending == 0:
            return failed
        time.sleep(0.05)
    item = store.next_outbox_item()
    import faulthandler

    faulthandler.dump_traceback(all_threads=True)
    raise TimeoutError(
        f"outbox not drained: {store.outbox_counts()}, engine {engine.status}, first "
        f"item {item.op} {item.entity} attempts={item.attempts} error={item.last_error}"
    )


def _verify(sup, sent: dict[str, dict]) -> tuple[int, int, int, int]:
    """(stored, duplicates, lost, corrupted) comparing the server's orders with what was sent."""
    seen: dict[str, int] = {}
    corrupted = 0
    offset = 0
    while True:
        page = sup.list("orders", limit=500, offset=offset)
        for order in page.items:
            seen[order.id] = seen.get(order.id, 0) + 1
            body = sent.get(order.id)
            if body is None:
                continue
            line = order.lines[0]
            fields = (
                order.requests,
                order.rush,
                order.invoice_title,
                order.delivery_address.street,
                line.sku,
                line.quantity,
                order.customer_id,
            )
            expected = (
                body["requests"],
                body["rush"],
                body["invoice_title"],
                body["delivery_address"]["street"],
                SKU,
                body["lines"][0]["quantity"],
                body["customer_id"],
            )
            corrupted += fields != expected
        offset += len(page.items)
        if not page.items or offset >= page.total:
            break
    # a duplicate is a second copy of an order: the same id listed twice, or an id nobody sent
    duplicates = sum(seen.values()) - len(seen) + len([i for i in seen if i not in sent])
    lost = len([i for i in sent if i not in seen])
    return len(seen), duplicates, lost, corrupted


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--fork-server":
        fork_server(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=1000)
    parser.add_argument("--orders", type=int, default=0, help="default: 2 per cycle")
    parser.add_argument("--max-seconds", type=float, default=900.0)
    parser.add_argument("--workdir", default=None, help="where the two SQLite files go (default: the system temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        result = run_chaos(Path(tmp), args.cycles, args.orders or 2 * args.cycles, max_seconds=args.max_seconds)
    print(result.line())


if __name__ == "__main__":
    main()
