"""Keeps the back office's claim on the campaign record in hand (preview, dialling, the call, wrap-up):
a renewal every :data:`~.core.claim_lease.RENEW_EVERY_S` through the background tasks, on one
single-shot timer that runs only while a record is held (nothing ticks while the agent has none). A
renewal that does not get through is tried again after :data:`~.core.claim_lease.RETRY_S`; one the
back office refuses (the claim lapsed and went to another agent, or the record is gone) stops the
renewals and is told (:attr:`ClaimKeeper.sig_lost`)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from agent_desktop.features.campaigns.core.claim_lease import RENEW_EVERY_S, RETRY_S
from crm.client_errors import NotFound, PermissionDenied, StateConflict

if TYPE_CHECKING:
    from agent_desktop.features.campaigns.core.remote import CampaignRemote
    from agent_desktop.shell.tasks import BackgroundTasks

logger = logging.getLogger(__name__)

LOST = (StateConflict, NotFound, PermissionDenied)
"""Answers that say the claim is no longer the agent's: renewing again would not help."""


class ClaimKeeper(QObject):
    sig_renewed = Signal(str)
    """The claim on this record was renewed."""
    sig_lost = Signal(str)
    """The back office no longer holds this record for the agent."""

    def __init__(
        self,
        tasks: BackgroundTasks,
        parent: QObject | None = None,
        every_ms: int = round(RENEW_EVERY_S * 1000),
        retry_ms: int = round(RETRY_S * 1000),
    ) -> None:
        super().__init__(parent)
        self.tasks, self.every_ms, self.retry_ms = tasks, every_ms, retry_ms
        self.remote: CampaignRemote | None = None
        self.record_id: str | None = None
        self._in_flight = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._renew)

    def hold(self, record_id: str | None) -> None:
        """Keep the claim on ``record_id`` from now on (None: no record in hand, nothing to keep)."""
        if record_id == self.record_id:
            return
        self.record_id = record_id
        if record_id is None:
            self.timer.stop()
        else:
            self.timer.start(self.every_ms)  # just claimed: the first renewal a period later

    def _renew(self) -> None:
        record_id, remote = self.record_id, self.remote
        if record_id is None:
            return
        if remote is None or self._in_flight:  # no CRM yet, or the last one still on its way
            self.timer.start(self.retry_ms)
            return
        self._in_flight = True
        self.tasks.run(
            lambda: remote.renew(record_id),
            lambda _record: self._renewed(record_id),
            lambda exc: self._failed(record_id, exc),
            owner=self,
        )

    def _renewed(self, record_id: str) -> None:
        self._in_flight = False
        if record_id == self.record_id:  # else the record changed meanwhile: hold() set the timer
            self.timer.start(self.every_ms)
            self.sig_renewed.emit(record_id)

    def _failed(self, record_id: str, exc: BaseException) -> None:
        self._in_flight = False
        if record_id != self.record_id:
            return
        if isinstance(exc, LOST):
            logger.warning("campaign claim on %s lost (%s)", record_id, type(exc).__name__)
            self.record_id = None
            self.sig_lost.emit(record_id)
            return
        logger.info("campaign claim renewal failed (%s): tried again", type(exc).__name__)
        self.timer.start(self.retry_ms)

    def stop(self) -> None:
        self.hold(None)
