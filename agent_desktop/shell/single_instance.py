"""One running copy per profile.

Two copies on the same profile would run two embedded back offices on one database and fight over
the SIP port. The first copy holds a lock file in the profile's data directory (a crashed copy's
lock is recognised as stale and taken over) and listens on a loopback port that it writes, with a
random token, to a file beside the lock (readable by the user only); a later launch on the same
profile finds the lock taken, reads that file, asks the first copy to show its window, and exits.
Another profile has another lock and port, so it runs on its own.

The socket is a plain one watched by a :class:`QSocketNotifier` (no QtNetwork: ≈ 3 MiB resident
for the whole run, for this alone); a loopback TCP port works the same on every platform, and the
token keeps other local users from raising the window.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QSocketNotifier, Signal

logger = logging.getLogger(__name__)

LOCK_FILE = "instance.lock"
ADDRESS_FILE = "instance.address"
"""``PORT TOKEN`` of the running copy's socket (written after the lock is taken)."""
SHOW = b"show"
SHOWN = b"shown\n"
_MAX_REQUEST = 256


class SingleInstance(QObject):
    """:meth:`acquire` the profile; the first copy hears :attr:`sig_show_requested` from later launches."""

    sig_show_requested = Signal()
    """Another launch on this profile asked for this copy's window."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock_path = data_dir / LOCK_FILE
        self.address_path = data_dir / ADDRESS_FILE
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, however long it has run
        self._server: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._token = b""
        self._clients: dict[int, tuple[socket.socket, QSocketNotifier, bytearray]] = {}
        self._retired: list[QSocketNotifier] = []
        """Notifiers of answered connections, disabled: not deleted inside their own signal."""

    def acquire(self) -> bool:
        """True when this is the only copy on the profile (it then listens for later launches);
        False when another copy holds it."""
        if not self._lock.tryLock(0):  # takes over a lock whose process is gone
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False
            logger.warning("no single-instance lock at %s (%s); running anyway", self.lock_path, self._lock.error())
            return True
        try:
            self._listen()
        except OSError as exc:
            logger.warning("later launches cannot reach this copy: %s", exc)
        return True

    def _listen(self) -> None:
        server = socket.create_server(("127.0.0.1", 0))
        server.setblocking(False)
        self._token = os.urandom(16).hex().encode("ascii")  # what secrets.token_hex does, without hashlib's OpenSSL
        port = server.getsockname()[1]
        staging = self.address_path.with_suffix(".new")
        descriptor = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(b"%d %s\n" % (port, self._token))
        os.replace(staging, self.address_path)
        self._server = server
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(lambda *_args: self._on_connection())

    def ask_first_copy_to_show(self, timeout_s: float = 5.0) -> bool:
        """From a later launch: ask the copy holding the profile to show its window; True when it did.
        Retries for a while: the first copy may be starting, with the lock taken and not yet listening."""
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                port, token = self.address_path.read_bytes().split()
                with socket.create_connection(("127.0.0.1", int(port)), timeout=0.5) as conn:
                    conn.settimeout(max(0.1, deadline - time.monotonic()))
                    conn.sendall(SHOW + b" " + token + b"\n")
                    answer = b""
                    while SHOWN not in answer and (chunk := conn.recv(64)):
                        answer += chunk
                    if SHOWN in answer:
                        return True
            except (OSError, ValueError):
                pass  # not listening yet, or an address file being replaced
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)

    def _on_connection(self) -> None:
        assert self._server is not None
        self._retired.clear()
        while True:
            try:
                conn, _peer = self._server.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                logger.warning("single-instance socket: %s", exc)
                return
            conn.setblocking(False)
            fd = conn.fileno()
            notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read)
            notifier.activated.connect(lambda *_args, fd=fd: self._on_request(fd))
            self._clients[fd] = (conn, notifier, bytearray())

    def _on_request(self, fd: int) -> None:
        conn, notifier, received = self._clients[fd]
        try:
            chunk = conn.recv(_MAX_REQUEST)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        received += chunk
        if chunk and b"\n" not in received and len(received) < _MAX_REQUEST:
            return  # the rest of the line is on its way
        self._drop(fd)
        import hmac  # here, not before the window: it loads OpenSSL's libcrypto through hashlib

        if not hmac.compare_digest(bytes(received.strip()), SHOW + b" " + self._token):
            conn.close()  # a stranger, or a launch that read another copy's address
            return
        logger.info("another launch on this profile asked for the window")
        self.sig_show_requested.emit()
        try:
            conn.setblocking(True)
            conn.settimeout(1.0)
            conn.sendall(SHOWN)
        except OSError:
            pass
        finally:
            conn.close()

    def _drop(self, fd: int) -> None:
        _conn, notifier, _received = self._clients.pop(fd)
        notifier.setEnabled(False)
        self._retired.append(notifier)

    def release(self) -> None:
        """At exit: stop listening and free the profile."""
        for fd in list(self._clients):
            conn = self._clients[fd][0]
            self._drop(fd)
            conn.close()
        self._retired.clear()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._server is not None:
            self._server.close()
            self._server = None
            self.address_path.unlink(missing_ok=True)
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
