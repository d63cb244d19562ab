"""The change watcher: one thread long-polls ``GET /changes/watch`` and wakes the sync engine when
the server has something new. No Qt.

While it works, an idle client sends one request per long poll (25 s by default) and the sync
engine sleeps; nothing polls while nothing happens. When the server has no long poll (an older
CRM answers 404) or cannot be reached, :attr:`ChangeWatcher.active` turns false and the engine
falls back to pulling every ``interval_s``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from crm.client_errors import CrmError, NotFound

logger = logging.getLogger(__name__)


class ChangeWatcher:
    """Calls ``on_change()`` (on its own thread) whenever the server's change sequence moves."""

    def __init__(
        self,
        client: Any,
        on_change: Callable[[], None],
        *,
        timeout_s: float = 25.0,
        retry_min_s: float = 1.0,
        retry_max_s: float = 30.0,
    ) -> None:
        self.client = client
        self.on_change = on_change
        self.timeout_s = timeout_s
        self.retry_min_s = retry_min_s
        self.retry_max_s = retry_max_s
        self.active = False
        """True while long polls succeed (the engine may then sleep long between rounds)."""
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if not hasattr(self.client, "watch_changes"):
            return
        self._stopping = threading.Event()  # a new one per run: an old thread may still be polling
        self._thread = threading.Thread(target=self._run, args=(self._stopping,), name="crm-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Ask the thread to end; it leaves at the end of its current long poll (not joined)."""
        self._stopping.set()
        self._thread = None

    def _run(self, stopping: threading.Event) -> None:
        seen: int | None = None
        delay = self.retry_min_s
        while not stopping.is_set():
            try:
                latest = self.client.watch_changes(seen, self.timeout_s)
            except NotFound:
                logger.info("the CRM has no change long poll; pulling every few seconds instead")
                self._set_active(False, stopping)
                return
            except CrmError as exc:
                self._set_active(False, stopping)
                logger.debug("change watch failed (%s); retrying in %.1f s", type(exc).__name__, delay)
                stopping.wait(delay)
                delay = min(delay * 2, self.retry_max_s)
                continue
            delay = self.retry_min_s
            self._set_active(True, stopping)
            if stopping.is_set():
                return
            if seen is not None and latest != seen:
                self.on_change()
            seen = latest

    def _set_active(self, active: bool, stopping: threading.Event) -> None:
        if stopping.is_set() or active == self.active:
            return
        self.active = active
        if not active:
            self.on_change()  # the engine was sleeping long: back to pulling on its interval
