"""The to-do alert clock: ONE single-shot QTimer armed for the next due item only (no polling).

:meth:`AlertScheduler.rearm` asks the book which items are due now (they are reported at once with
:attr:`sig_alerts_due` — this is also how items that fell due while the app was closed alert at
start) and arms the timer for the earliest future alert time. Call it whenever the to-dos change
(local edit or sync). The clock is injectable; a timer that fires early because the clock was moved
simply re-arms.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from agent_desktop.shell.timers import MAX_TIMER_MS
from crm.records import TodoRecord

logger = logging.getLogger(__name__)


class AlertSource(Protocol):
    clock: Callable[[], datetime]

    def due_for_alert(self) -> list[TodoRecord]: ...

    def next_alert_at(self) -> datetime | None: ...


class AlertScheduler(QObject):
    """Reports due to-dos and sleeps until the next one."""

    sig_alerts_due = Signal(list)
    """These to-do records are due for their alert now (``list[TodoRecord]``, earliest first)."""

    def __init__(self, source: AlertSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may be 5 % late
        self.timer.timeout.connect(self.rearm)
        self.armed_for: datetime | None = None

    def rearm(self) -> None:
        """Alert what is due now, then arm the timer for the next alert time (or stop it)."""
        due = self.source.due_for_alert()
        if due:
            logger.info("%d to-do alert(s) due", len(due))
            self.sig_alerts_due.emit(due)
        nxt = self.source.next_alert_at()
        self.armed_for = nxt
        if nxt is None:
            self.timer.stop()
            return
        ms = int((nxt - self.source.clock()).total_seconds() * 1000) + 1
        self.timer.start(max(0, min(ms, MAX_TIMER_MS)))

    def stop(self) -> None:
        self.timer.stop()
        self.armed_for = None
