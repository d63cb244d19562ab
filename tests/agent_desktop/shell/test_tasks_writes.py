"""What the agent saved is not lost at quit: BackgroundTasks' write lane runs writes in order beside
the read pool, quitting drops queued reads but not queued writes, and the store closes only after
the writes handed over have landed (an order submitted while every reader waits on a hung CRM)."""

from __future__ import annotations

import threading

from agent_desktop.shell.tasks import BackgroundTasks
from crm.store import Store
from forms.order_form import OrderForm
from tests.forms.order_support import ZHANG, demo_store, services_for


def _busy_readers(tasks: BackgroundTasks, count: int) -> threading.Event:
    """Occupy ``count`` readers with requests to a CRM that does not answer (until the event is set)."""
    gate = threading.Event()
    for _ in range(count):
        tasks.run(lambda: gate.wait(10))
    return gate


def test_writes_run_in_order_and_reads_do_not_wait_behind_them(qapp) -> None:
    tasks = BackgroundTasks(max_workers=2)
    gate, done = threading.Event(), []
    tasks.write(lambda: gate.wait(10))  # a commit held up (the sync holds the store's writer)
    for i in range(5):
        tasks.write(lambda i=i: done.append(i))
    try:
        assert tasks.run(lambda: "customer card").result(timeout=2) == "customer card"
        assert done == [] and not tasks.finish_writes(timeout_s=0.2)
    finally:
        gate.set()
    assert tasks.finish_writes(timeout_s=5) and done == [0, 1, 2, 3, 4]
    tasks.shutdown()


def test_quitting_drops_queued_reads_but_runs_queued_writes(qapp) -> None:
    tasks = BackgroundTasks(max_workers=1)
    gate = _busy_readers(tasks, 1)
    late_read = tasks.run(lambda: "late")
    tasks.write(lambda: gate.wait(10))
    queued_write = tasks.write(lambda: "saved")
    tasks.shutdown(wait=False)
    gate.set()
    assert late_read.cancelled()
    assert queued_write.result(timeout=5) == "saved"


def test_an_order_submitted_while_the_crm_hangs_is_in_the_store_after_quitting(qapp, qtbot, tmp_path) -> None:
    path = tmp_path / "store.db"
    store = demo_store(path)
    tasks = BackgroundTasks(max_workers=2)
    services = services_for(store)
    services.run, services.write = tasks.run, tasks.write
    form = OrderForm(services)
    qtbot.addWidget(form)
    form.start_new(ZHANG)
    form.add_product(services.search_products("JW-6003", 1)[0], 2)
    gate = _busy_readers(tasks, 2)
    try:
        assert form.submit()
        assert not form.autosave_timer.isActive()  # no draft saved of an order on its way
        assert tasks.finish_writes(timeout_s=5)  # quitting: what the CRM link does before closing the store
        tasks.shutdown(wait=False)
        store.close()
    finally:
        gate.set()
    reopened = Store(path)
    try:
        orders = reopened.list("orders", limit=10)
        assert [o["customer_id"] for o in orders] == [ZHANG]
        queued = reopened.db.reader().execute("SELECT count(*) FROM outbox WHERE entity = 'orders'").fetchone()[0]
        assert queued == 1  # and waiting to be sent to the CRM at the next start
    finally:
        reopened.close()
