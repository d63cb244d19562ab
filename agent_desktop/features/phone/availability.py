"""Whether the phone can take calls, and what follows when it cannot.

When the SIP engine cannot start (its port is taken by another program or another copy of the app,
the bind address is not this machine's, ...), a dead phone must not look Ready: the agent goes Not
ready with the reason "phone unavailable" and cannot choose Ready, the "sip" indicator says why and
how to pick another port, and the phone is started again after ``sip.start_retry_s`` doubling up to
``sip.start_retry_max_s``. Once it listens, the agent is back in the state the failure took them from.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from agent_desktop.features.phone.core.retry import Backoff
from agent_desktop.shell.keys import AGENT_STATE
from crm.i18n import QT_TRANSLATE_NOOP
from softphone.engine.events import TRANSPORT_FAILED, EngineFailed
from softphone.qt.texts import translated

if TYPE_CHECKING:
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow

logger = logging.getLogger(__name__)

BLOCK_KEY = "phone"
PHONE_UNAVAILABLE = QT_TRANSLATE_NOOP("Phone", "phone unavailable")
"""The agent's Not-ready reason while the phone cannot take calls."""


class PhoneAvailability(QObject):
    """Follows the engine's start and failure; ``restart()`` is called when it is time to try again."""

    def __init__(self, ctx: AppContext, window: MainWindow, restart: Callable[[], None]) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._restart = restart
        self.failure: EngineFailed | None = None
        """Why the phone cannot take calls now (None: it can, or it is still starting)."""
        self._port = 0
        self._next_at: datetime | None = None
        self._backoff = Backoff(ctx.settings.sip.start_retry_s, ctx.settings.sip.start_retry_max_s)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._retry)

    def failed(self, event: EngineFailed, port: int) -> None:
        """The engine could not start on ``port``: Not ready, say why, try again later."""
        first = self.failure is None
        self.failure, self._port = event, port
        sip = self.ctx.settings.sip
        self._backoff.first_s, self._backoff.longest_s = (
            sip.start_retry_s,
            max(sip.start_retry_s, sip.start_retry_max_s),
        )
        delay_s = self._backoff.next_delay_s()
        self._next_at = datetime.now() + timedelta(seconds=delay_s)
        self._timer.start(max(1, round(delay_s * 1000)))
        logger.warning(
            "the phone cannot take calls (%s); trying again in %.1f s", event.detail or event.message, delay_s
        )
        agent_state = self.ctx.services.get(AGENT_STATE)
        if agent_state is not None:
            agent_state.block(BLOCK_KEY, PHONE_UNAVAILABLE)
        self.show()
        if first:
            self.window.transient(self.explanation())

    def started(self) -> None:
        """The engine listens: calls can come in again."""
        self._timer.stop()
        self._backoff.reset()
        if self.failure is None:
            return
        logger.info("the phone can take calls again")
        self.failure, self._next_at = None, None
        agent_state = self.ctx.services.get(AGENT_STATE)
        if agent_state is not None:
            agent_state.unblock(BLOCK_KEY)

    def restarting(self) -> None:
        """Someone else restarts the engine (changed settings): no attempt of ours meanwhile."""
        self._timer.stop()

    def explanation(self) -> str:
        """Why the phone cannot take calls and what to do, in the current language ("" when it can)."""
        if self.failure is None:
            return ""
        text = QCoreApplication.translate("Phone", "{0}.").format(translated(self.failure.message))
        if self.failure.message == TRANSPORT_FAILED:
            hint = QCoreApplication.translate(
                "Phone",
                "Another program, or Agent Desktop on another profile, may hold port {0}. To use another port: "
                "Tools > Settings > SIP account > Local port, or start with --set sip.local_port=N (0: any free port).",
            )
            text += " " + hint.format(self._port)
        if self._next_at is not None and self._timer.isActive():
            text += " " + QCoreApplication.translate("Phone", "Next attempt at {0}.").format(
                self._next_at.strftime("%H:%M:%S")
            )
        return text

    def _tooltip(self) -> str:
        """The explanation and pjsip's own reason (English), in the current language."""
        tooltip = self.explanation()
        if self.failure is not None and self.failure.detail:
            tooltip += "\n\n" + self.failure.detail
        return tooltip

    def show(self) -> None:
        """The "sip" indicator says why the phone cannot take calls; a marked message and a function,
        so both follow a language switch."""
        if self.failure is None:
            return
        self.window.status_indicator("sip").set_state(self.failure.message, "error", self._tooltip)

    def _retry(self) -> None:
        logger.info("trying to start the phone again")
        self.window.status_indicator("sip").set_state(
            QT_TRANSLATE_NOOP("Phone", "SIP: trying again"), "error", self._tooltip
        )
        self._restart()

    def shutdown(self) -> None:
        self._timer.stop()
        agent_state = self.ctx.services.get(AGENT_STATE)
        if agent_state is not None:
            agent_state.unblock(BLOCK_KEY)
