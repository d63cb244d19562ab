"""What the to-do and Call Back features share: waiting for a service, and who "me" is offline."""
from __future__ import annotations

import json
import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer

logger = logging.getLogger(__name__)

SERVICE_WAIT_MS = 500
_ME_KEY = "todo.me"


class ServiceWaiter(QObject):
    """Calls ``ready(service)`` once ``services[name]`` exists (the CRM link starts in the background
    and has no "ready" signal, so this looks every half second until it appears, then stops)."""

    def __init__(self, services: dict[str, Any], name: str, ready: Callable[[Any], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.name = name
        self.ready = ready
        self.timer = QTimer(self)
        self.timer.setInterval(SERVICE_WAIT_MS)
        self.timer.timeout.connect(self.check)
        self.done = False

    def start(self) -> None:
        if not self.check():
            self.timer.start()

    def check(self) -> bool:
        service = self.services.get(self.name)
        if self.done or service is None:
            return self.done
        self.done = True
        self.timer.stop()
        self.ready(service)
        return True

    def stop(self) -> None:
        self.timer.stop()


def remembered_user(store: Any, user: dict[str, Any] | None) -> dict[str, Any]:
    """The signed-in user, remembered in the store so an offline start still knows who "me" is."""
    with store.db.write() as conn:
        if user:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_ME_KEY, json.dumps(user)))
            return user
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (_ME_KEY,)).fetchone()
    return json.loads(row[0]) if row else {}
