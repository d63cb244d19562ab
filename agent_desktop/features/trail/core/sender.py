"""Sending the trail to the back office in order, from the local store (no Qt).

Events wait in a :class:`~crm.store.send_queue.SendQueue` (durable, so an offline period or a crash
loses nothing); :meth:`TrailSender.send` (a pool thread) posts them oldest first in batches and drops
what the back office took. The back office ignores an event id it already holds, so a batch sent
twice (its answer lost) is harmless. An event the back office refuses (it never should: the texts are
clipped to its limits) is logged and dropped, so it cannot hold up the ones after it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from crm.client_errors import ValidationFailed
from crm.store.send_queue import SendQueue

logger = logging.getLogger(__name__)

Post = Callable[[list[dict[str, Any]]], object]
"""POST /trail/events with these events (raises a CrmError when they were not taken)."""

BATCH = 200


class TrailSender:
    def __init__(self, queue: SendQueue, post: Post) -> None:
        self.queue = queue
        self.post = post

    def send(self) -> int:
        """Post everything waiting; returns how many events were delivered. Raises what ``post``
        raises when the back office cannot be reached (the caller tries again later)."""
        delivered = 0
        while rows := self.queue.oldest(BATCH):
            bodies = [body for _seq, body in rows]
            try:
                self.post(bodies)
                delivered += len(bodies)
            except ValidationFailed:
                delivered += self._one_by_one(bodies)
            self.queue.acknowledged(rows[-1][0])
        return delivered

    def _one_by_one(self, bodies: list[dict[str, Any]]) -> int:
        """A batch was refused: send its events one at a time, dropping the refused ones."""
        taken = 0
        for body in bodies:
            try:
                self.post([body])
                taken += 1
            except ValidationFailed:
                logger.error("trail: the back office refused an event (%s); dropped", body.get("kind"))
        return taken
