"""Following the back office's live events (``GET /events/stream``, Server-Sent Events), no Qt.

:class:`EventStream` reads the stream on a thread of its own and calls ``on_event(kind, data)`` for each
event, in order, on that thread (the Qt side re-emits them as queued signals). When the connection
drops or cannot be made it calls ``on_state(False)`` and tries again with growing waits (1 s up to
30 s); each time it is connected again it calls ``on_state(True)`` — the moment to re-read whatever
the events keep up to date, since events sent meanwhile are not replayed. ``close()`` (any thread)
ends it at once: the stream has a client of its own (:meth:`crm.client.CrmClient.sibling`), whose
sockets are shut down.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from crm.client import CrmClient
from crm.client_errors import CrmError

logger = logging.getLogger(__name__)

PATH = "/events/stream"
READ_TIMEOUT_S = 60.0
"""The server sends a comment every 20 s: a minute of silence means the connection is gone."""

EventHandler = Callable[[str, dict[str, Any]], None]


def parse_sse(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(event name, data) of each event in Server-Sent-Events ``lines``; comments are skipped."""
    kind, data = "message", list[str]()
    for line in lines:
        if not line:
            if data:
                yield kind, "\n".join(data)
            kind, data = "message", []
        elif line.startswith(":"):
            continue
        else:
            name, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if name == "event":
                kind = value
            elif name == "data":
                data.append(value)


class EventStream:
    def __init__(
        self,
        client: CrmClient,
        on_event: EventHandler,
        on_state: Callable[[bool], None] = lambda connected: None,
        *,
        first_wait_s: float = 1.0,
        max_wait_s: float = 30.0,
    ) -> None:
        self._client = client.sibling()
        self._on_event = on_event
        self._on_state = on_state
        self._first_wait_s = first_wait_s
        self._max_wait_s = max_wait_s
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._run, name="crm-events", daemon=True)
        self.connected = False

    def start(self) -> None:
        self._thread.start()

    def close(self, timeout: float = 5.0) -> None:
        self._closed.set()
        self._client.close()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    def _run(self) -> None:
        wait = self._first_wait_s
        while not self._closed.is_set():
            try:
                response = self._client.request("GET", PATH, stream=True, read_timeout_s=READ_TIMEOUT_S)
                try:
                    self._set_connected(True)
                    wait = self._first_wait_s
                    response.encoding = "utf-8"  # the standard's; requests would guess Latin-1 for text/*
                    self._read(str(line) for line in response.iter_lines(decode_unicode=True))
                finally:
                    response.close()
            except (CrmError, OSError, ValueError) as exc:  # refused, unreachable, cut, closed
                if not self._closed.is_set():
                    logger.info("live events: %s; trying again in %.0f s", type(exc).__name__, wait)
            self._set_connected(False)
            if self._closed.wait(wait):
                break
            wait = min(wait * 2, self._max_wait_s)

    def _read(self, lines: Iterable[str]) -> None:
        for kind, data in parse_sse(lines):
            if self._closed.is_set():
                return
            try:
                body = json.loads(data)
            except ValueError:
                logger.warning("live events: unreadable %s event ignored", kind)
                continue
            try:
                self._on_event(kind, body)
            except Exception:  # a handler's bug must not end the stream
                logger.exception("live events: the %s handler failed", kind)

    def _set_connected(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            self._on_state(connected)
