"""Campaign results on their way to the back office: queued in the local store first (durable), then
sent one send at a time and retried until the back office holds them (never dropped for a network
failure)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from agent_desktop.features.campaigns.core.results import QUEUE_TABLE, ResultOutbox, result_body
from agent_desktop.shell.send_loop import SendLoop
from crm.store.send_queue import SendQueue

if TYPE_CHECKING:
    from agent_desktop.features.campaigns.core.remote import CampaignRemote
    from agent_desktop.shell.tasks import BackgroundTasks
    from crm.store import Store

logger = logging.getLogger(__name__)

RETRY_MS = 5_000


class QueuedResults(QObject):
    def __init__(self, tasks: BackgroundTasks, parent: QObject | None = None, retry_ms: int = RETRY_MS) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.loop = SendLoop(tasks, "campaign results", retry_ms, self)
        self.queue: SendQueue | None = None
        self._unsent: list[dict[str, Any]] = []
        self._adding: frozenset[str] = frozenset()
        """Records whose result is being written to the queue (replaced, not changed: read by any thread)."""

    def open(self, store: Store, remote: CampaignRemote) -> None:
        """Queue in ``store`` and send through ``remote`` (what was reported meanwhile goes first)."""

        def opened(queue: SendQueue) -> None:
            self.queue = queue
            for body in self._unsent:
                self._add(body)
            self._unsent.clear()
            self.loop.start(ResultOutbox(queue, remote.report).send)

        self.tasks.write(
            lambda: SendQueue(store.db, QUEUE_TABLE), opened, lambda exc: logger.warning("results: %s", exc), owner=self
        )

    def report(self, record_id: str, report: dict[str, Any]) -> None:
        body = result_body(record_id, report)
        if self.queue is None:
            self._unsent.append(body)
        else:
            self._add(body)

    def _add(self, body: dict[str, Any]) -> None:
        queue = self.queue
        assert queue is not None
        record = body["record_id"]
        self._adding |= {record}  # waiting from now on, not only once the queue's write has landed

        def added(_seq: object) -> None:
            self._adding -= {record}
            self.loop.flush()

        def failed(exc: BaseException) -> None:
            self._adding -= {record}
            logger.warning("campaign result for %s not queued: %s", record, exc)

        self.tasks.write(lambda: queue.add(body), added, failed, owner=self)

    def waiting_records(self) -> set[str]:
        """The records whose result is still on its way: being queued or queued (any thread: the
        store's reader is per thread)."""
        queue, adding = self.queue, self._adding  # the set being written first: then the queue holds it
        if queue is None:
            return {body["record_id"] for body in self._unsent}
        return set(adding) | {body["record_id"] for _seq, body in queue.oldest(1000)}

    def waiting(self) -> int:
        if self.queue is None:
            return len(self._unsent)
        return len(self._adding) + self.queue.count()

    def flush(self) -> None:
        self.loop.flush()

    def stop(self) -> None:
        self.loop.stop()
