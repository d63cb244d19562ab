"""One running copy per profile.

Two copies on the same profile would run two embedded back offices on one database and fight over
the SIP port. The first copy holds a lock file in the profile's data directory (a crashed copy's
lock is recognised as stale and taken over) and listens on a local socket named after that
directory; a later launch on the same profile finds the lock taken, asks the first copy to show
its window, and exits. Another profile has another lock and socket, so it runs on its own.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

logger = logging.getLogger(__name__)

LOCK_FILE = "instance.lock"
SHOW = b"show\n"
SHOWN = b"shown\n"


def server_name(data_dir: Path) -> str:
    """The local socket of the copy running on ``data_dir`` (one per user and profile)."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}:{data_dir.resolve()}".encode()).hexdigest()[:20]
    return f"agent-desktop-{digest}"


class SingleInstance(QObject):
    """:meth:`acquire` the profile; the first copy hears :attr:`sig_show_requested` from later launches."""

    sig_show_requested = Signal()
    """Another launch on this profile asked for this copy's window."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.lock_path = data_dir / LOCK_FILE
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, however long it has run
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this is the only copy on the profile (it then listens for later launches);
        False when another copy holds it."""
        if not self._lock.tryLock(0):  # takes over a lock whose process is gone
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False
            logger.warning("no single-instance lock at %s (%s); running anyway", self.lock_path, self._lock.error())
            return True
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a crashed copy's socket: we hold the lock, so it is not in use
        if not server.listen(self.name):
            logger.warning("later launches cannot reach this copy: %s", server.errorString())
            return True
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def ask_first_copy_to_show(self, timeout_s: float = 5.0) -> bool:
        """From a later launch: ask the copy holding the profile to show its window; True when it did.
        Retries for a while: the first copy may be starting, with the lock taken and not yet listening."""
        deadline = time.monotonic() + timeout_s
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(500):
                socket.write(SHOW)
                socket.waitForBytesWritten(1000)
                answer = b""
                while SHOWN not in answer and socket.waitForReadyRead(
                    max(1, int((deadline - time.monotonic()) * 1000))
                ):
                    answer += bytes(socket.readAll().data())
                socket.disconnectFromServer()
                return SHOWN in answer
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_request(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_request(socket)

    def _on_request(self, socket: QLocalSocket) -> None:
        if SHOW.strip() not in bytes(socket.readAll().data()):
            return
        logger.info("another launch on this profile asked for the window")
        self.sig_show_requested.emit()
        socket.write(SHOWN)
        socket.flush()

    def release(self) -> None:
        """At exit: stop listening and free the profile."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()


def hand_over(instance: SingleInstance) -> int:
    """In a later launch: bring the first copy's window to the front; the exit status of this launch."""
    if instance.ask_first_copy_to_show():
        print("agent-desktop: already running on this profile; its window was brought to the front", file=sys.stderr)
        logger.info("already running on this profile: asked the running copy to show its window; exiting")
        return 0
    print(
        "agent-desktop: error: this profile is in use by another copy that does not answer "
        f"(lock {instance.lock_path}); close it, or start with another --profile",
        file=sys.stderr,
    )
    logger.error("profile in use by a copy that does not answer; exiting")
    return 1
