"""What the to-do and Call Back features share: waiting for a service, and who "me" is offline."""
from __future__ import annotations

import json
import logging
from typing import Any, Callable

from PySide6.QtCore import QObject

from agent_desktop.services import ServiceRegistry

logger = logging.getLogger(__name__)

_ME_KEY = "todo.me"


class ServiceWaiter(QObject):
    """Calls ``ready(service)`` once, when ``services[name]`` is first registered (or at once)."""

    def __init__(self, services: ServiceRegistry, name: str, ready: Callable[[Any], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.name = name
        self.ready = ready
        self.done = False
        self._cancel: Callable[[], None] | None = None

    def start(self) -> None:
        if self._cancel is None and not self.done:
            self._cancel = self.services.subscribe(self.name, self._registered)

    def _registered(self, service: Any) -> None:
        if self.done:
            return
        self.done = True
        self.ready(service)

    def stop(self) -> None:
        if self._cancel is not None:
            self._cancel()
            self._cancel = None


def remembered_user(store: Any, user: dict[str, Any] | None) -> dict[str, Any]:
    """The signed-in user, remembered in the store so an offline start still knows who "me" is."""
    with store.db.write() as conn:
        if user:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_ME_KEY, json.dumps(user)))
            return user
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (_ME_KEY,)).fetchone()
    return json.loads(row[0]) if row else {}
