"""Attempt results waiting for the back office, kept in the local store until it holds them.

A result is queued (durable) before anything is sent; :meth:`ResultOutbox.send` sends the oldest ones
in order, each with the Idempotency-Key it was queued with (a repeat after a lost answer is harmless).
A network failure stops the send (tried again later); an answer that says the result can never be taken
(the record is no longer the agent's, the body is refused) is logged and dropped so that the queue does
not stall behind it.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from crm.client_errors import CrmError, CrmUnavailable
from crm.store.send_queue import SendQueue

logger = logging.getLogger(__name__)

QUEUE_TABLE = "campaign_results"

Post = Callable[[str, dict[str, Any], str], None]
"""``post(record_id, report, idempotency_key)``: raises a CrmError when not taken."""


def result_body(record_id: str, report: dict[str, Any]) -> dict[str, Any]:
    """What the queue keeps for one result: the record, the report and its Idempotency-Key."""
    return {"record_id": record_id, "report": report, "key": str(uuid.uuid4())}


class ResultOutbox:
    def __init__(self, queue: SendQueue, post: Post) -> None:
        self.queue = queue
        self.post = post

    def send(self) -> int:
        """Send what waits, oldest first; returns how many were acknowledged. Raises
        :class:`CrmUnavailable` (or an unexpected error) when the back office could not be reached:
        what is left stays queued."""
        sent = 0
        for seq, body in self.queue.oldest(100):
            try:
                self.post(body["record_id"], body["report"], body["key"])
            except CrmUnavailable:
                raise
            except CrmError as exc:  # refused for good (409 not_claimed, 422): never takes it
                logger.warning("campaign result for %s refused (%s): dropped", body["record_id"], exc.status)
            self.queue.acknowledged(seq)
            sent += 1
        return sent
