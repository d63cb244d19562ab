"""The back office's live events as Qt signals (``LIVE``): presence for supervisors, messages and
requests addressed to the signed-in user. Read on a thread of their own (:class:`crm.event_stream.EventStream`),
delivered on the GUI thread. Started once signed in to a shared CRM (the embedded back office has
nobody else to hear from)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from crm.client import CrmClient
from crm.event_stream import EventStream

logger = logging.getLogger(__name__)


class LiveEvents(QObject):
    sig_event = Signal(str, object)
    """An event arrived: its kind ("presence", "coaching", ...) and its JSON data (a dict)."""
    sig_connected = Signal(bool)
    """The stream is up (True: re-read what the events keep current) or lost (False: it retries)."""

    def __init__(self, client: CrmClient, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected = False
        self._stream = EventStream(client, self._arrived, self._state)

    def start(self) -> None:
        self._stream.start()

    def close(self) -> None:
        self._stream.close()

    def _arrived(self, kind: str, data: dict[str, Any]) -> None:  # the stream's thread: queued to the GUI
        self.sig_event.emit(kind, data)

    def _state(self, connected: bool) -> None:
        self.connected = connected
        self.sig_connected.emit(connected)
