"""First sync of a big CRM: a fresh desktop store pulls everything from the back office over HTTP.

Seeds a back office (SQLite) with N demo customers (``python -m backoffice seed``, with their orders,
contact history, complaints...), serves it in a separate process (``python -m backoffice serve``),
then times :meth:`crm.sync.SyncEngine.pull` into an empty local store, signed in as the demo agent.
The store's local search index exists before the pull, as in the app (which opens it at start-up);
``--no-search-index`` leaves it out.
``rss_mb`` is this (client) process's peak resident memory.

    .venv/bin/python benchmarks/initial_sync.py --customers 100000 [--db FILE] [--workdir DIR]
        [--no-search-index]

Prints ``initial_sync seconds=… rss_mb=… records=… customers=… pages=… store_apply_s=…`` (the last:
time spent writing pages into the local store; the rest is the server and the transfer, partly
overlapped with it by the engine's prefetch). ``--db`` keeps (and reuses)
the seeded back-office database between runs.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crm.client import ClientConfig, CrmClient
from crm.store import Store
from crm.store.search import LocalCustomerSearch
from crm.sync import SyncConfig, SyncEngine
from crm.sync_events import SyncProgress

AGENT, AGENT_PASSWORD = "agent", "agent-demo"  # the seed's demo agent


def seed(db: Path, customers: int) -> None:
    if db.exists():
        return
    subprocess.run(
        [sys.executable, "-m", "backoffice", "seed", "--db", str(db), "--customers", str(customers)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def serve(db: Path) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "backoffice", "serve", "--db", str(db), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if "listening on" in line:
            return proc, line.rsplit(" ", 1)[1].strip()
        if not line and proc.poll() is not None:
            break
    proc.kill()
    raise RuntimeError("back office did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="keep/reuse the seeded back office here")
    parser.add_argument("--page-size", type=int, default=5000)
    parser.add_argument("--workdir", default=None, help="where the desktop's store goes (default: the system temp dir)")
    parser.add_argument(
        "--no-search-index", action="store_true", help="no local search index in the store (the app always has one)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        db = args.db or Path(tmp) / "backoffice.db"
        seed(db, args.customers)
        proc, url = serve(db)
        try:
            client = CrmClient(ClientConfig(url, timeout_s=120))
            client.login(AGENT, AGENT_PASSWORD)
            store = Store(Path(tmp) / "desktop.db")
            if not args.no_search_index:
                LocalCustomerSearch(store)
            engine = SyncEngine(client, store, SyncConfig(page_size=args.page_size))
            apply_s = [0.0]
            apply_all = store.apply_all

            def timed_apply(*args, **kwargs):  # how much of the time is the desktop's own work
                t0 = time.perf_counter()
                apply_all(*args, **kwargs)
                apply_s[0] += time.perf_counter() - t0

            store.apply_all = timed_apply  # type: ignore[method-assign]
            pages = [0]
            engine.add_listener(
                lambda e: pages.__setitem__(0, pages[0] + 1) if isinstance(e, SyncProgress) and not e.finished else None
            )
            started = time.perf_counter()
            records = engine.pull()
            seconds = time.perf_counter() - started
            customers = store.count("customers")
            store.close()
            client.close()
        finally:
            proc.terminate()
            proc.wait(30)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"initial_sync seconds={seconds:.1f} rss_mb={rss_mb:.0f} records={records} "
        f"customers={customers} pages={pages[0]} store_apply_s={apply_s[0]:.1f}"
    )


if __name__ == "__main__":
    main()
