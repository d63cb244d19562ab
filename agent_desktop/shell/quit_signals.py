"""Quit cleanly on SIGTERM/SIGINT (logout, ``kill``, Ctrl+C) without polling.

Python runs signal handlers only when the interpreter gets control, which the Qt event loop rarely
gives it. ``signal.set_wakeup_fd`` makes the C-level handler write a byte to a socket; a
QSocketNotifier on the other end wakes the GUI thread, which then quits through the normal path
(features shut down, window layout saved). Nothing ticks while nothing happens.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

logger = logging.getLogger(__name__)


class QuitOnSignals(QObject):
    """Calls ``on_quit()`` on the GUI thread when the process gets SIGTERM or SIGINT."""

    def __init__(self, on_quit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_quit = on_quit
        self._rsock, self._wsock = socket.socketpair()
        self._rsock.setblocking(False)
        self._wsock.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._wsock.fileno())
        self._previous = {}
        for sig in (signal.SIGTERM, signal.SIGINT):
            self._previous[sig] = signal.signal(sig, lambda *_args: None)
        self._notifier = QSocketNotifier(self._rsock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)

    def _on_readable(self) -> None:
        try:
            data = self._rsock.recv(64)
        except BlockingIOError:
            return
        names = ", ".join(signal.Signals(b).name for b in data if b in (signal.SIGTERM, signal.SIGINT))
        if names:
            logger.info("received %s: quitting", names)
            self._on_quit()

    def close(self) -> None:
        """Give the signals back to their previous handlers."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._rsock.close()
        self._wsock.close()
