"""The desktop's embedded back office, as a child process of the desktop.

``python -m backoffice embedded --db FILE`` is what the desktop runs when no CRM URL is configured
(:mod:`agent_desktop.features.crm_link.core.embedded_backoffice` starts and stops it). The protocol with the parent is
three steps over the child's standard streams:

1. the parent writes the local user's password for this run as the first line of stdin (a fresh
   random one at every start; it never appears on a command line, in the environment or a file);
2. the child seeds the database the first time, sets that password on the local user (``--agent``:
   the local agent, or a seeded demo account such as ``supervisor``, whose role and team stay), serves
   on a free loopback port (``--port``: that one, as when the desktop restarts a child that died) and
   writes one JSON line to stdout: ``{"url": ..., "seeded_now": ...}``;
3. it serves until its stdin reaches end of file: the parent closed it to stop the back office,
   or the parent died (the system closes the pipe), so no back office outlives its desktop.

A separate process keeps the server's libraries (FastAPI, SQLAlchemy, uvicorn: ≈ 40 MB resident)
and its request handling (JSON encoding of sync pages, password hashing) out of the desktop's
memory and off the interpreter lock of its GUI thread.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
import time
from typing import IO, Any

logger = logging.getLogger(__name__)


def serve_embedded(
    db_path: str,
    *,
    customers: int,
    agent: str,
    host: str = "127.0.0.1",
    port: int = 0,
    stdin: IO[bytes] | None = None,
    stdout: IO[str] | None = None,
) -> int:
    """Run the embedded back office until ``stdin`` closes (see the module docstring)."""
    from backoffice.accounts import ensure_user
    from backoffice.db import Database
    from backoffice.seed import seed
    from backoffice.server import bind_socket, make_server, url_of

    stdin = stdin if stdin is not None else sys.stdin.buffer
    stdout = stdout if stdout is not None else sys.stdout
    password = stdin.readline().decode("utf-8").rstrip("\r\n")
    if not password:
        logger.error("no password for the local agent on stdin; not starting")
        return 2
    started = time.monotonic()
    db = Database(db_path)
    report = seed(db, customers=customers)  # does nothing once seeded
    ensure_user(db, agent, password, role=None, display_name="Agent")  # a demo supervisor stays one
    del password
    logger.info("embedded back office data ready in %.1f s (%s)", time.monotonic() - started, report)
    sock = bind_socket(host, port)
    # one desk and no supervisor to approve prices: the agent sets them (backoffice.prices)
    os.environ.setdefault("BACKOFFICE_ORDERS_MAX_DISCOUNT_PCT", "100")
    server = make_server(db)
    _uvicorn_to_root()
    threading.Thread(target=_stop_at_eof, args=(stdin, server), name="parent-watch", daemon=True).start()
    stdout.write(json.dumps({"url": url_of(sock), "seeded_now": report.rows > 0}) + "\n")
    stdout.flush()
    try:
        server.run(sockets=[sock])
    finally:
        db.dispose()
    logger.info("embedded back office stopped")
    return 0


def _uvicorn_to_root() -> None:
    """uvicorn's loggers (set up by its config to write to stderr) through the root logger's handler:
    the desktop's rotated ``backoffice.log``."""
    for name in ("uvicorn", "uvicorn.access"):
        log = logging.getLogger(name)
        for handler in list(log.handlers):
            log.removeHandler(handler)
        log.propagate = True


def _stop_at_eof(stdin: IO[bytes], server: Any) -> None:
    """Wait for the parent to close our stdin (or die), then stop serving."""
    try:
        while stdin.read(4096):
            pass
    except (OSError, ValueError):
        pass
    logger.info("the desktop closed the link; stopping")
    server.request_exit()
