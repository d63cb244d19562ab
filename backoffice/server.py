"""Serving the back office with uvicorn: as a process (``python -m backoffice serve``) or in a
background thread of another program (the desktop's embedded mode, tests, benchmarks)."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from fastapi import FastAPI
from starlette.datastructures import State

from backoffice.app import create_app
from backoffice.db import Database

logger = logging.getLogger(__name__)


GRACE_S = 3
"""On shutdown, requests still running after this long (long polls of idle clients) are cancelled."""


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket (``port`` 0 = any free port), reusable right after a crash."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must be IPPROTO_TCP: asyncio only sets TCP_NODELAY on such sockets; without it every
    # keep-alive response waits ~40 ms for the client's delayed ACK (Nagle)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _app_state(config: uvicorn.Config) -> State:
    """The ``state`` of the app ``config`` serves (:func:`make_server`'s: always the back office's app)."""
    app = config.app
    assert isinstance(app, FastAPI)
    return app.state


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{port}"


class _Server(uvicorn.Server):
    """uvicorn's server, quiet when idle and quick to stop.

    uvicorn's main loop wakes ten times a second to look for an exit request (and to refresh the
    Date header); for the back office embedded in an idle desktop that was its only CPU use. Here
    it sleeps until :meth:`request_exit` (any thread) or a signal, and sends no Date header. On
    shutdown the long polls of idle clients answer at once instead of holding it up.
    """

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._exit: asyncio.Event | None = None

    async def main_loop(self) -> None:
        self._loop, self._exit = asyncio.get_running_loop(), asyncio.Event()
        if not await self.on_tick(0):
            await self._exit.wait()

    def request_exit(self) -> None:
        """Stop serving (thread-safe)."""
        self.should_exit = True
        loop, event = self._loop, self._exit
        if loop is not None and event is not None and not loop.is_closed():
            loop.call_soon_threadsafe(event.set)

    def handle_exit(self, sig: int, frame: Any) -> None:
        super().handle_exit(sig, frame)
        self.request_exit()

    async def shutdown(self, sockets: Any = None) -> None:
        bo = _app_state(self.config).bo
        bo.db.changes.close()
        bo.events.close()  # live event streams end, so they do not hold the shutdown up
        await super().shutdown(sockets)


def make_server(db: Database | str, *, log_level: str = "warning") -> _Server:
    app = create_app(db)
    config = uvicorn.Config(
        app,
        log_level=log_level,
        access_log=False,
        lifespan="on",
        timeout_keep_alive=30,
        backlog=2048,
        timeout_graceful_shutdown=GRACE_S,
        date_header=False,
    )
    return _Server(config)


def serve_workers(db_url: str, sock: socket.socket, workers: int, *, log_level: str = "warning") -> None:
    """Serve with ``workers`` processes on one listening socket (blocks until stopped)."""
    import os

    from uvicorn.supervisors import Multiprocess

    from backoffice.asgi import DB_ENV

    os.environ[DB_ENV] = db_url
    config = uvicorn.Config(
        "backoffice.asgi:create_from_env",
        factory=True,
        workers=workers,
        log_level=log_level,
        access_log=False,
        lifespan="on",
        timeout_keep_alive=30,
        backlog=2048,
        timeout_graceful_shutdown=GRACE_S,
    )
    Multiprocess(config, sockets=[sock]).run()


@dataclass
class ThreadedServer:
    """The back office in a daemon thread on ``host`` (free port by default)."""

    db_url: str
    host: str = "127.0.0.1"
    port: int = 0
    url: str = field(init=False, default="")
    _server: _Server | None = field(init=False, default=None)
    _thread: threading.Thread | None = field(init=False, default=None)

    def start(self, timeout: float = 20.0) -> str:
        sock = bind_socket(self.host, self.port)
        self.url = url_of(sock)
        self._server = make_server(self.db_url)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="backoffice", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the back office did not start")
            time.sleep(0.02)
        logger.info("back office serving on %s", self.url)
        return self.url

    def stop(self, timeout: float = 10.0) -> None:
        if self._server is not None:
            self._server.request_exit()
        if self._thread is not None:
            self._thread.join(timeout)
        if self._server is not None:
            app_state = _app_state(self._server.config)
            app_state.bo.db.dispose()
        self._server = self._thread = None
