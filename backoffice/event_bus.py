"""Live events for connected clients, fanned out across the server's worker processes.

A route that committed something other clients should see at once calls :meth:`EventBus.emit` with a
:class:`LiveEvent`. With SQLite (one server process) the event goes straight to this process's
subscribers. With PostgreSQL it is sent with ``pg_notify`` on the channel :data:`CHANNEL`; every
worker LISTENs on that channel (one connection and one thread per worker) and hands what arrives to
its own subscribers, so a client connected to any worker sees a change made through any other.

Subscribers are the ``GET /events/stream`` connections (:mod:`backoffice.routes_events`): each has an
asyncio queue on the server's event loop and a filter saying which events its user may see. Events
are small (ids, states, short texts): a PostgreSQL notification carries at most 8000 bytes, so a
bigger payload is refused when emitted.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text

from backoffice.db import Database

logger = logging.getLogger(__name__)

CHANNEL = "agent_desktop_events"
MAX_PAYLOAD = 7900
QUEUE_LIMIT = 1000
"""A subscriber that falls this far behind is dropped (its client reconnects and re-reads)."""


TO_USER = "user"
"""Audience: only the user ``user_id`` (a message to them, a request to their desktop)."""
TO_WATCHERS = "watchers"
"""Audience: the supervisors who may watch ``team`` (an agent's presence), and admins."""
TO_TEAM = "team"
"""Audience: every member of ``team`` (a broadcast)."""


@dataclass(frozen=True)
class LiveEvent:
    """``kind`` names the event ("presence", "coaching", ...); ``audience`` with ``user_id`` and
    ``team`` says who may receive it; ``data`` is what the client receives."""

    kind: str
    data: dict[str, Any]
    audience: str = TO_USER
    user_id: str | None = None
    team: str | None = None

    def encode(self) -> str:
        body = {"kind": self.kind, "data": self.data, "audience": self.audience, "user_id": self.user_id}
        return json.dumps({**body, "team": self.team}, ensure_ascii=False, separators=(",", ":"), default=str)

    @classmethod
    def decode(cls, payload: str) -> LiveEvent:
        body = json.loads(payload)
        return cls(body["kind"], body["data"], body["audience"], body.get("user_id"), body.get("team"))


@dataclass(eq=False)
class Subscriber:
    accepts: Callable[[LiveEvent], bool]
    loop: asyncio.AbstractEventLoop
    queue: asyncio.Queue[LiveEvent | None] = field(default_factory=lambda: asyncio.Queue(QUEUE_LIMIT))

    def offer(self, event: LiveEvent) -> None:
        """Any thread: queue ``event`` on the subscriber's loop when it accepts it."""
        if self.accepts(event):
            self.loop.call_soon_threadsafe(self._put, event)

    def _put(self, event: LiveEvent | None) -> None:
        try:
            self.queue.put_nowait(event)
        except asyncio.QueueFull:
            logger.warning("live events: a client fell %d events behind; it will reconnect", QUEUE_LIMIT)
            while not self.queue.empty():
                self.queue.get_nowait()
            self.queue.put_nowait(None)  # the stream ends; the client re-reads what it shows

    def end(self) -> None:
        self.loop.call_soon_threadsafe(self._put, None)


class EventBus:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._subscribers: set[Subscriber] = set()
        self._listener: threading.Thread | None = None

    # -- subscribers (the event loop's thread) --------------------------------------------------

    def subscribe(self, accepts: Callable[[LiveEvent], bool]) -> Subscriber:
        subscriber = Subscriber(accepts, asyncio.get_running_loop())
        with self._lock:
            self._subscribers.add(subscriber)
            if not self.db.is_sqlite and self._listener is None:
                self._listener = threading.Thread(target=self._listen, name="live-events", daemon=True)
                self._listener.start()
        return subscriber

    def unsubscribe(self, subscriber: Subscriber) -> None:
        with self._lock:
            self._subscribers.discard(subscriber)

    def close(self) -> None:
        """The server stops: every stream ends."""
        with self._lock:
            subscribers, self._subscribers = list(self._subscribers), set()
        for subscriber in subscribers:
            subscriber.end()

    @property
    def heard(self) -> bool:
        """Whether an event emitted now may reach anybody: a client of this process follows the stream,
        or (PostgreSQL) one of another worker may."""
        return not self.db.is_sqlite or bool(self._subscribers)

    # -- publishing (any thread, after the change committed) ------------------------------------

    def emit(self, event: LiveEvent) -> None:
        payload = event.encode()
        if len(payload.encode()) > MAX_PAYLOAD:
            raise ValueError(f"live event {event.kind} too big ({len(payload)} characters)")
        if self.db.is_sqlite:
            self.deliver(event)
            return
        with self.db.write.begin() as conn:
            conn.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload})

    def deliver(self, event: LiveEvent) -> None:
        """Hand ``event`` to this process's subscribers."""
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            subscriber.offer(event)

    # -- PostgreSQL: one LISTEN connection per worker -------------------------------------------

    def _listen(self) -> None:
        import psycopg

        dsn = self.db.write.url.set(drivername="postgresql").render_as_string(hide_password=False)
        delay = 0.5
        while not self.db.closing.is_set():
            try:
                with psycopg.connect(dsn, autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    delay = 0.5
                    while not self.db.closing.is_set():
                        for note in conn.notifies(timeout=5.0):
                            self._arrived(note.payload)
            except Exception:
                logger.warning("live events: LISTEN connection lost; retrying in %.1f s", delay, exc_info=True)
                self.db.closing.wait(delay)
                delay = min(delay * 2, 30.0)

    def _arrived(self, payload: str) -> None:
        try:
            event = LiveEvent.decode(payload)
        except (ValueError, KeyError):
            logger.warning("live events: an unreadable notification was ignored")
            return
        self.deliver(event)
