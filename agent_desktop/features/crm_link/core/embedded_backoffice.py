"""The embedded back office: the reference CRM server in a child process of the desktop.

With no CRM URL configured the desktop starts ``backoffice`` on 127.0.0.1 (a free port chosen by the
OS) over an SQLite file in the user's data directory, seeded with demo data the first time, and
talks to it over HTTP exactly as to a remote CRM. The server runs in its own process
(:mod:`backoffice.embedded`): its libraries and its work stay out of the desktop's memory and off the
GUI thread's interpreter lock, and a fault in it cannot take a call down with it.
:meth:`EmbeddedBackOffice.start` blocks until the server answers, so call it off the GUI thread
(``ctx.tasks``).

A single local user is signed in without a prompt: the local agent, or the demo account ``crm.username``
names (``--as supervisor``: the seeded supervisor, with their role and team). At every start a fresh
random password is made, held in memory only, and handed to the child on its stdin, which sets it on
that account. Nothing secret is stored, so the embedded default works on machines without a secure
keyring (kiosks, CI, fresh headless installs). The child stops when the desktop closes that pipe,
and also when the desktop dies, since the system closes it then.

A thread waits on the child: when it exits without being asked to (a crash, an out-of-memory kill, a
user ending it), the exit is logged with its code, ``on_exit`` is told, and the child is started again
after a growing pause (:data:`RESTART_DELAYS_S`) on the same port with the same password, so the
desktop's client finds it at the same URL and signs in again by itself; ``on_back`` is told when it
serves. After :data:`MAX_RESTARTS` restarts in a row that do not last :data:`STABLE_S`, it stays
stopped and ``on_exit`` is told with ``gave_up``.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from agent_desktop.features.crm_link.core.frozen_flag import FROZEN_FLAG
from crm.logfiles import LogLimits

logger = logging.getLogger(__name__)

LOCAL_AGENT = "agent"
DEMO_CUSTOMERS = 500
START_TIMEOUT_S = 120.0
"""Seeding a new demo database takes a few seconds; a slow disk or a busy machine more."""
STOP_TIMEOUT_S = 10.0
STDERR_ROTATE_BYTES = 1024 * 1024
"""The child's stderr file (what bypasses its log: a crash of the interpreter itself) keeps one
previous copy, rotated at each start past this size."""
RESTART_DELAYS_S = (0.5, 2.0, 5.0, 15.0, 30.0)
"""Pause before each restart of a child that died: the n-th restart in a row waits the n-th (then the last)."""
MAX_RESTARTS = 5
"""Restarts in a row (each child dying within :data:`STABLE_S` of its start) before giving up."""
STABLE_S = 60.0
"""A child that served this long counts as well again: the next death starts the back-off over."""


def child_command(*args: str) -> list[str]:
    """The command line running ``python -m backoffice ARGS`` (through
    :mod:`agent_desktop.features.crm_link.backoffice_process`) with this interpreter or app."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_FLAG, *args]
    return [sys.executable, "-m", "agent_desktop.features.crm_link.backoffice_process", *args]


def _child_env() -> dict[str, str]:
    """This environment, with the directory holding the ``backoffice`` package first on the path."""
    root = str(Path(__file__).resolve().parents[4])  # agent_desktop/features/crm_link/core/ -> the project
    path = os.environ.get("PYTHONPATH")
    return dict(os.environ, PYTHONPATH=os.pathsep.join([root, path]) if path else root, PYTHONUNBUFFERED="1")


def _rotate(log_file: Path) -> None:
    """Keep one previous stderr file beside the current one (the child appends to the current)."""
    try:
        if log_file.stat().st_size > STDERR_ROTATE_BYTES:
            os.replace(log_file, log_file.with_suffix(log_file.suffix + ".1"))
    except OSError:
        pass


def _read_line(stream: IO[bytes], timeout_s: float) -> bytes:
    """One line from the child's stdout; b"" when it ends or stays silent for ``timeout_s``."""
    if sys.platform != "win32":
        import selectors

        with selectors.DefaultSelector() as selector:
            selector.register(stream, selectors.EVENT_READ)
            if not selector.select(timeout_s):
                return b""
    return stream.readline()  # Windows: the child's exit (or the line) ends the wait


def parse_ready(line: str) -> dict[str, Any]:
    """The child's ready line, ``{"url": ..., "seeded_now": ...}``; ValueError when it is not one."""
    data = json.loads(line)
    if not isinstance(data, dict) or not isinstance(data.get("url"), str) or "seeded_now" not in data:
        raise ValueError(f"not a ready line: {line[:200]!r}")
    return data


class EmbeddedBackOffice:
    """Start/stop the back office process over ``data_dir/backoffice.db``; it logs to
    ``log_dir/backoffice.log`` itself, rotated by ``log_limits`` (its stderr, normally empty, to
    ``backoffice-stderr.log``)."""

    def __init__(
        self,
        data_dir: Path,
        log_dir: Path | None = None,
        *,
        demo_customers: int = DEMO_CUSTOMERS,
        log_limits: LogLimits | None = None,
        username: str = LOCAL_AGENT,
        on_exit: Callable[[int, bool], Any] | None = None,
        on_back: Callable[[str], Any] | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.db_path = self.data_dir / "backoffice.db"
        self.log_file = Path(log_dir or data_dir) / "backoffice.log"
        self.stderr_file = self.log_file.with_name("backoffice-stderr.log")
        self.log_limits = log_limits or LogLimits()
        self.demo_customers = demo_customers
        self.username = username
        """The account signed in (the local agent, or a demo account such as ``supervisor``)."""
        self.url: str | None = None
        self.seeded_now = False
        """True when :meth:`start` created and seeded a new database (first run, or it was removed)."""
        self.on_exit = on_exit
        """Called from the watching thread with (exit code, gave_up) when the child died on its own."""
        self.on_back = on_back
        """Called from the watching thread with the URL when a restarted child serves again."""
        self._password = ""
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self._stopping = threading.Event()

    @property
    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None else None

    def start(self) -> str:
        """Start the child, wait until it serves; returns the URL. RuntimeError when it does not start.

        From then on a thread watches the child and restarts it when it dies (see the module docstring)."""
        self._stopping.clear()
        self._password = secrets.token_urlsafe(24)
        process = self._spawn(port=0)
        self._watch(process)
        return str(self.url)

    def _spawn(self, port: int) -> subprocess.Popen[bytes]:
        """Start one child serving on ``port`` (0: a free one), wait for its ready line; RuntimeError when
        it does not start. Sets :attr:`url`, :attr:`seeded_now` and the process :meth:`stop` ends."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        _rotate(self.stderr_file)
        started = time.monotonic()
        with open(self.stderr_file, "ab") as log:
            process = subprocess.Popen(
                child_command(
                    "embedded",
                    "--db",
                    str(self.db_path),
                    "--seed-customers",
                    str(self.demo_customers),
                    "--agent",
                    self.username,
                    "--port",
                    str(port),
                    "--log-file",
                    str(self.log_file),
                    "--log-max-bytes",
                    str(self.log_limits.max_bytes),
                    "--log-keep",
                    str(self.log_limits.keep),
                ),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                env=_child_env(),
                cwd=self.data_dir,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        with self._lock:
            stopping = self._stopping.is_set()
            if not stopping:
                self._process = process
        stdin, stdout = process.stdin, process.stdout
        assert stdin is not None and stdout is not None  # both opened as PIPE above
        try:
            if stopping:
                raise OSError("stopped while starting")
            stdin.write(self._password.encode() + b"\n")
            stdin.flush()
            ready = parse_ready(_read_line(stdout, START_TIMEOUT_S).decode("utf-8", "replace"))
        except (OSError, ValueError) as exc:
            with self._lock:
                if self._process is process:
                    self._process = None
            _end(process)
            raise RuntimeError(f"the embedded back office did not start (see {self.log_file.name})") from exc
        finally:
            stdout.close()  # the child writes nothing after its ready line
        self.url, self.seeded_now = str(ready["url"]), bool(ready["seeded_now"])
        logger.info(
            "embedded back office (process %d) serving %s on %s, ready in %.1f s",
            process.pid,
            self.db_path,
            self.url,
            time.monotonic() - started,
        )
        return process

    # -- the watch ----------------------------------------------------------------------------
    def _watch(self, process: subprocess.Popen[bytes]) -> None:
        threading.Thread(target=self._watch_loop, args=(process,), name="backoffice-watch", daemon=True).start()

    def _watch_loop(self, process: subprocess.Popen[bytes]) -> None:
        """Wait for the child to exit; unless :meth:`stop` ended it, log that and start it again."""
        restarts = 0  # in a row, each child dying within STABLE_S
        while True:
            started = time.monotonic()
            code = process.wait()
            if self._stopping.is_set() or process is not self._process:
                return  # stopped on purpose
            logger.error("embedded back office (process %d) exited unexpectedly with code %s", process.pid, code)
            if time.monotonic() - started >= STABLE_S:
                restarts = 0
            self._notify(self.on_exit, code, False)
            revived: subprocess.Popen[bytes] | None = None
            while revived is None and restarts < MAX_RESTARTS:
                delay = RESTART_DELAYS_S[min(restarts, len(RESTART_DELAYS_S) - 1)]
                restarts += 1
                if self._stopping.wait(delay):
                    return
                revived = self._restart(restarts)
                if self._stopping.is_set():
                    return
            if revived is None:
                logger.error("embedded back office not restarted: it stopped %d times in a row", restarts)
                self._notify(self.on_exit, code, True)
                return
            process = revived
            self._notify(self.on_back, str(self.url))

    def _restart(self, attempt: int) -> subprocess.Popen[bytes] | None:
        """Start the child again on its port (the client keeps its URL); None when it did not start."""
        port = urlsplit(self.url or "").port or 0
        logger.info("restarting the embedded back office on port %d (restart %d)", port, attempt)
        try:
            return self._spawn(port)
        except RuntimeError as exc:
            logger.error("embedded back office restart %d failed: %s", attempt, exc.__cause__ or exc)
            return None

    @staticmethod
    def _notify(callback: Callable[..., Any] | None, *args: Any) -> None:
        if callback is None:
            return
        try:
            callback(*args)
        except Exception:
            logger.exception("embedded back office watcher: a listener failed")

    def ensure_agent(self) -> tuple[str, str]:
        """(username, password) of the local user for this run (set by the child at its start)."""
        if not self._password:
            raise RuntimeError("the embedded back office is not started")
        return self.username, self._password

    def stop(self) -> None:
        """Close the child's stdin (it stops serving and exits), wait for it; kill it if it hangs. No
        restart follows."""
        with self._lock:
            self._stopping.set()
            process, self._process = self._process, None
        self._password = ""
        if process is not None:
            _end(process)


def _end(process: subprocess.Popen[bytes]) -> None:
    """Close the child's stdin (it stops serving and exits), wait for it; kill it if it hangs."""
    try:
        if process.stdin is not None:  # always a PIPE (see EmbeddedBackOffice._spawn)
            process.stdin.close()
    except OSError:
        pass
    try:
        process.wait(STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        logger.warning("embedded back office did not stop within %.0f s; killing it", STOP_TIMEOUT_S)
        process.kill()
        process.wait()
    logger.info("embedded back office stopped (exit %s)", process.returncode)
