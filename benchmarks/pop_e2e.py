"""Screen pop end to end, the path an agent experiences: sipp's INVITE on the wire → pjsua2 → the
softphone → the screen-pop feature → the customer found in a local store of 1,000,000 → the card's
first paint in the running desktop (the real shell with the phone and screen-pop features, signed in
to a real back office over HTTP, window shown).

The clock starts when sipp writes the INVITE (the microsecond timestamps of its message trace, wall
clock) and stops at the first paint event of the card's widgets after the card for that call is set
(the dock's ``sig_card_changed``; ``time.time()`` in an application event filter): both on this
machine's clock. Each caller is a customer of the store (or, one call in ten, an unknown number: a
"new caller" card); once painted the benchmark refuses the call (486) so sipp moves on. Calls go one
at a time (``-l 1``), like an agent's.

    .venv/bin/python benchmarks/pop_e2e.py --customers 1000000 --calls 300 --db /var/tmp/pop-1m.sqlite3

(filling a store of 1,000,000 took 86 s on a shared 2-core machine; ``--db`` keeps it for the next
run). The last line: ``pop_e2e p50_ms=… p99_ms=… calls=… customers=…``.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

WARM_UP = 10


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def invites_sent(message_log: Path) -> dict[str, float]:
    """Caller number → wall-clock time (s) sipp sent that INVITE, from its message trace."""
    sent: dict[str, float] = {}
    for block in message_log.read_text(errors="replace").split("\n-----------------------------------------------"):
        head, _, body = block.strip("-\n ").partition("\n")
        stamp = re.search(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+)", head)
        start = body.split("\n\n", 1)[-1].lstrip().split("\n", 1)[0]
        caller = re.search(r"^From:.*?<sip:(\d+)@", body, re.M)
        if stamp and caller and "message sent" in body[:60] and start.startswith("INVITE "):
            sent.setdefault(caller.group(1), datetime.strptime(stamp.group(1), "%Y-%m-%d %H:%M:%S.%f").timestamp())
    return sent


class FirstPaint(QObject):
    """Application event filter: the wall-clock time of the first paint inside ``dock`` after each pop."""

    def __init__(self, dock: QWidget) -> None:
        super().__init__()
        self.dock = dock
        self.waiting: str | None = None  # the call whose card was just set, not painted yet
        self.painted: dict[str, float] = {}
        self.on_painted = lambda call_id: None

    def card_set(self, call_id: str) -> None:
        """The card of ``call_id`` was set (its first time only: the records and the CRM refresh follow)."""
        if call_id not in self.painted and call_id != self.waiting:
            self.waiting = call_id

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.waiting is not None and event.type() == QEvent.Type.Paint:
            if isinstance(watched, QWidget) and (watched is self.dock or self.dock.isAncestorOf(watched)):
                call_id, self.waiting = self.waiting, None
                self.painted[call_id] = time.time()
                self.on_painted(call_id)
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--db", type=Path, default=None, help="store file to fill once and reuse")
    args = parser.parse_args()

    from screenpop_latency import fill, mobile  # the store of the in-process pop benchmark

    from agent_desktop.features import catalogue
    from agent_desktop.features.crm_link.api import CRM, CrmService
    from agent_desktop.features.phone import feature as phone_feature
    from agent_desktop.features.screenpop import feature as screenpop_feature
    from agent_desktop.settings import SettingsManager
    from agent_desktop.settings.policy import Policy
    from agent_desktop.shell.app import RunOptions, Shell, make_context
    from agent_desktop.shell.paths import AppPaths
    from crm.client import ClientConfig, CrmClient
    from crm.store import Store
    from crm.sync import SyncEngine
    from tests.fixtures.backoffice import BackofficeProcess, seed_database
    from tests.fixtures.sip import Sipp

    work = Path(tempfile.mkdtemp(prefix="pop-e2e-"))
    store = Store(args.db or work / "store.sqlite3")
    fill(store, args.customers)
    seed_database(f"sqlite:///{work / 'crm.db'}", 0)
    office = BackofficeProcess(f"sqlite:///{work / 'crm.db'}", work)
    office.start()
    app = QApplication.instance() or QApplication([])
    paths = AppPaths.for_profile(work / "profile").ensure()
    manager = SettingsManager(paths.settings_file, Policy())
    manager.set_override("sip.local_port", 0)
    shell = Shell(make_context(app, manager, paths), RunOptions(features=False), catalogue())
    shell.start()
    password = office.credentials["agent"]
    client = CrmClient(ClientConfig(office.url), credentials=lambda: ("agent", password))
    client.login("agent", password)
    shell.ctx.services.provide(CRM, CrmService(client, store, SyncEngine(client, store), office.url, "agent"))
    phone = phone_feature.install(shell.ctx, shell.window)
    card = screenpop_feature.install(shell.ctx, shell.window)
    deadline = time.monotonic() + 20
    while phone.engine.local_port <= 0 and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)

    rng = random.Random(7)
    known = min(args.customers, store.count("customers"))
    total = args.calls + WARM_UP
    numbers = [mobile(known + 10 + n) if n % 10 == 9 else mobile(rng.randrange(known)) for n in range(total)]
    inject = work / "callers.csv"
    inject.write_text("SEQUENTIAL\n" + "".join(f"{n};\n" for n in numbers))
    first = FirstPaint(card.dock)
    key_number: dict[str, str] = {}
    received: dict[str, float] = {}  # engine key → wall-clock time the engine had the INVITE

    def ringing(event) -> None:
        key_number[str(event.call_id)] = re.sub(r"^sips?:([^@;]+).*", r"\1", event.remote_uri)
        received[str(event.call_id)] = time.time() - (time.monotonic() - event.received_monotonic)

    carded: dict[str, float] = {}  # engine key → wall-clock time its card was first set

    def card_set(model) -> None:  # the card set for a call (the controller may paint it before it says so)
        carded.setdefault(model.call_id, time.time())
        first.card_set(model.call_id)

    phone.phone.sig_incoming_call.connect(ringing)
    card.dock.sig_card_changed.connect(card_set)
    first.on_painted = lambda call_id: phone.phone.reject(int(call_id), 486)
    app.installEventFilter(first)
    sipp = Sipp(
        str(ROOT / "benchmarks/data/pop_e2e_uac.xml"),
        work,
        target=f"127.0.0.1:{phone.engine.local_port}",
        calls=total,
        rate=50,
        limit=1,
        timeout_s=600,
        extra=["-inf", str(inject)],
    ).start()
    done = QTimer()
    done.timeout.connect(lambda: app.quit() if sipp.proc.poll() is not None else None)
    done.start(100)
    app.exec()
    rc = sipp.proc.returncode
    sent = invites_sent(sipp.msg_file)
    painted_at = {key_number.get(k, ""): t for k, t in first.painted.items()}
    latencies = [(painted_at[n] - sent[n]) * 1000 for n in numbers[WARM_UP:] if n in sent and n in painted_at]
    counted = [k for k, n in key_number.items() if n in numbers[WARM_UP:] and n in sent and k in first.painted]
    parts = {
        "wire_to_engine": [(received[k] - sent[key_number[k]]) * 1000 for k in counted],
        "engine_to_card": [(carded[k] - received[k]) * 1000 for k in counted if k in carded],
        "card_to_paint": [(first.painted[k] - carded[k]) * 1000 for k in counted if k in carded],
    }
    customers = store.count("customers")
    shell.shutdown()
    client.close()
    office.stop()
    store.close()
    if not latencies:
        print(f"pop_e2e error=no_calls sipp_rc={rc} workdir={work}")
        return 1
    print("pop_e2e_parts " + " ".join(f"{name}_p50_ms={statistics.median(v):.2f}" for name, v in parts.items() if v))
    print(
        f"pop_e2e p50_ms={statistics.median(latencies):.2f} p99_ms={percentile(latencies, 99):.2f} "
        f"max_ms={max(latencies):.2f} calls={len(latencies)} customers={customers} sipp_rc={rc} "
        f"load1={os.getloadavg()[0]:.1f}"
    )
    return 0 if rc == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
