"""The embedded back office: the reference CRM server running inside the desktop process.

With no CRM URL configured the desktop starts ``backoffice`` on 127.0.0.1 (a free port chosen by the
OS) over an SQLite file in the user's data directory, seeds it with demo data the first time, and
talks to it over HTTP exactly as to a remote CRM. The uvicorn server runs in its own thread: it is
part of this embedded service, not GUI code. :meth:`EmbeddedBackOffice.start` blocks until the server
answers, so call it off the GUI thread (``ctx.tasks``).

A single local agent is signed in without a prompt: at every start a fresh random password is made,
held in this process's memory only, and set on the local agent's account (this process owns the
database). Nothing secret is stored, so the embedded default works on machines without a secure
keyring (kiosks, CI, fresh headless installs).
"""
from __future__ import annotations

import logging
import secrets
import time
from pathlib import Path

logger = logging.getLogger(__name__)

LOCAL_AGENT = "agent"
DEMO_CUSTOMERS = 500


class EmbeddedBackOffice:
    """Start/stop the in-process back office over ``data_dir/backoffice.db``."""

    def __init__(self, data_dir: Path, *, demo_customers: int = DEMO_CUSTOMERS) -> None:
        self.data_dir = Path(data_dir)
        self.db_path = self.data_dir / "backoffice.db"
        self.demo_customers = demo_customers
        self.url: str | None = None
        self.seeded_now = False
        """True when :meth:`start` created and seeded a new database (first run, or it was removed)."""
        self._server = None

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.db_path}"

    def start(self) -> str:
        """Create/seed the database if needed, serve it on a free loopback port; returns the URL."""
        from backoffice.seed import seed
        from backoffice.server import ThreadedServer

        self.data_dir.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        report = seed(self.db_url, customers=self.demo_customers)  # does nothing once seeded
        self.seeded_now = report.rows > 0
        logger.info("embedded back office data ready in %.1f s (%s)", time.monotonic() - started, report)
        self._server = ThreadedServer(self.db_url, host="127.0.0.1", port=0)
        self.url = self._server.start()
        logger.info("embedded back office serving %s on %s", self.db_path, self.url)
        return self.url

    def ensure_agent(self) -> tuple[str, str]:
        """(username, password) of the local agent for this run, creating the account if needed."""
        from backoffice.accounts import ensure_user

        password = secrets.token_urlsafe(24)
        ensure_user(self.db_url, LOCAL_AGENT, password, role="agent", display_name="Agent")
        return LOCAL_AGENT, password

    def stop(self) -> None:
        """Stop the server thread (waits for it)."""
        if self._server is not None:
            self._server.stop()
            self._server = None
            logger.info("embedded back office stopped")
