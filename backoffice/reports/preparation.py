"""The reports' roll-ups prepared off the requests: a first roll-up of a big call log (after an
upgrade: about 100 s at a million calls) or a new count after a threshold changed is made by a
background thread, started with the server and after each change of settings, never by a report's
request; meanwhile a report is answered ``503 reports_preparing`` with ``Retry-After`` (the desktop
says the reports are being prepared). Once prepared, a report brings the roll-ups up to the call logs
and presence changes written since (milliseconds) before reading them. The campaigns' attempts are
rolled up by the same thread, after the calls; until then a campaign report reads the attempts.

Several worker processes each run their own thread; the roll-ups' PostgreSQL advisory locks make
one of them count and the others wait, then find everything counted.
"""

from __future__ import annotations

import logging
import threading
import time

from sqlalchemy import select

from backoffice.db import Database
from backoffice.errors import ApiError
from backoffice.reports.call_rollup import ROW, thresholds
from backoffice.reports.call_rollup import refresh as refresh_calls
from backoffice.reports.campaign_rollup import refresh as refresh_campaigns
from backoffice.reports.rollup import refresh as refresh_presence
from backoffice.reports.settings import read_settings
from backoffice.reports.tables import call_rollups

logger = logging.getLogger(__name__)

PREPARING = "reports_preparing"
RETRY_AFTER_S = 5
WAIT_S = 6.0
"""How long a report waits for a preparation under way before it is answered 503 (a small database's
roll-up is ready by then)."""


class Rollups:
    """The roll-ups of one back-office process: prepared in the background, refreshed before a report."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._done = threading.Event()

    def start(self) -> None:
        """Prepare the roll-ups (or bring them up to date) in a background thread, unless one is under way."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            self._done.clear()
            self._thread = threading.Thread(target=self._prepare, name="reports-rollups", daemon=True)
            self._thread.start()

    def _prepare(self) -> None:
        began = time.monotonic()
        try:
            counted = refresh_calls(self.db)
            refresh_presence(self.db)
            refresh_campaigns(self.db)
        except Exception:
            logger.exception("the reports' roll-ups could not be prepared")
        else:
            logger.info("reports' roll-ups prepared in %.1f s (%s)", time.monotonic() - began, counted)
        finally:
            self._done.set()

    def counted_with_settings(self) -> bool:
        """Whether the calls' roll-up exists and was counted with the thresholds in force."""
        with self.db.read.connect() as conn:
            settings = read_settings(conn).settings()
            mark = conn.execute(select(call_rollups).where(call_rollups.c.id == ROW)).first()
        return mark is not None and (mark.short_abandon_s, mark.sl_target_s, mark.fcr_days) == thresholds(settings)

    def before_report(self, presence: bool) -> None:
        """Bring the roll-ups up to date for a report (``presence``: its presence time too); raises
        503 ``reports_preparing`` while they are being prepared."""
        if self._thread is None or not self.counted_with_settings():
            self.start()  # not started yet, or another worker changed a threshold
        if not self._done.wait(WAIT_S) or not self.counted_with_settings():
            raise ApiError(
                503,
                "the reports are being prepared (the calls are being counted after an upgrade or a change "
                "of threshold): try again in a minute",
                PREPARING,
                headers={"Retry-After": str(RETRY_AFTER_S)},
            )
        refresh_calls(self.db, rebuild=False)  # a threshold changed just now: the report reads the calls
        if presence:
            refresh_presence(self.db)
        refresh_campaigns(self.db, rebuild=False)

    def before_campaign_report(self) -> None:
        """Bring the campaigns' roll-up up to date for a campaign report; while the attempts are being
        rolled up for the first time the report reads the attempts themselves (never answered 503)."""
        if self._thread is None:
            self.start()
        refresh_campaigns(self.db, rebuild=False)
