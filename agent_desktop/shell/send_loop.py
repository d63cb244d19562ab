"""Sending what a feature queued to the back office, one send at a time, on the background tasks.

Features that keep their own durable queue (presence changes, the operation trail) call
:meth:`SendLoop.flush` whenever there may be something to send (a new entry, a heartbeat, the CRM
answering again). A flush while a send runs asks for one more right after it; a failed send is tried
again after ``retry_ms`` (sooner if something flushes meanwhile). Nothing is sent before
:meth:`SendLoop.start` gives the send function, nor after :meth:`SendLoop.stop`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from agent_desktop.shell.tasks import BackgroundTasks

logger = logging.getLogger(__name__)


class SendLoop(QObject):
    def __init__(self, tasks: BackgroundTasks, name: str, retry_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.name = name
        self.sending = False
        self._send: Callable[[], object] | None = None
        self._again = False
        self._stopped = False
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self.flush)

    def start(self, send: Callable[[], object]) -> None:
        """From now on :meth:`flush` runs ``send()`` (a pool thread; raises when nothing could be sent)."""
        self._send = send
        self.flush()

    def flush(self) -> None:
        if self._send is None or self._stopped:
            return
        if self.sending:
            self._again = True
            return
        self.sending = True
        self._retry.stop()
        self.tasks.run(self._send, self._sent, self._failed, owner=self)

    def stop(self) -> None:
        self._stopped = True
        self._retry.stop()

    def _sent(self, _result: object) -> None:
        self.sending = False
        if self._again:
            self._again = False
            self.flush()

    def _failed(self, exc: BaseException) -> None:
        self.sending = self._again = False
        logger.info(
            "%s: not sent (%s); trying again in %d s", self.name, type(exc).__name__, self._retry.interval() // 1000
        )
        if not self._stopped:
            self._retry.start()
