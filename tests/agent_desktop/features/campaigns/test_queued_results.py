"""A campaign result counts as on its way from the moment it is reported, not only once the local
store's write has landed: the next claim must see it (else the back office's held record is dialled
again), and nothing reported is lost."""

from __future__ import annotations

import threading
import uuid

from agent_desktop.features.campaigns.results import QueuedResults
from agent_desktop.shell.tasks import BackgroundTasks
from crm.store import Store


class Remote:
    def __init__(self) -> None:
        self.sent: list[str] = []

    def report(self, record_id: str, report: dict, idempotency_key: str) -> object:
        self.sent.append(record_id)
        return {}


def test_a_reported_result_is_waiting_at_once_and_sent_once_the_write_lands(qtbot, tmp_path) -> None:
    tasks = BackgroundTasks()
    results = QueuedResults(tasks, retry_ms=60_000)
    remote = Remote()
    results.open(Store(tmp_path / "crm.db"), remote)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: results.queue is not None, timeout=5000)
    gate = threading.Event()
    tasks.write(gate.wait)  # the store's writes are held up behind another write
    record = str(uuid.uuid4())
    results.report(record, {"result": "busy", "sip_code": 486})
    assert results.waiting_records() == {record} and results.waiting() == 1  # before the write lands
    assert remote.sent == []
    gate.set()
    qtbot.waitUntil(lambda: remote.sent == [record], timeout=5000)
    qtbot.waitUntil(lambda: results.waiting() == 0 and results.waiting_records() == set(), timeout=5000)
    results.stop()
