"""The agent's side of screen view: while somebody watches, a frame of the main window about once a
second; while nobody does, nothing at all (no timer runs, nothing is drawn or sent).

A frame is drawn only when the window repainted something since the last one (Qt asks the window for
an update: ``QEvent.UpdateRequest``); an unchanged screen costs the GUI thread nothing, and the last
frame is sent again every :data:`RESEND_S` seconds, so the back office's answer keeps saying whether
anybody still watches.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from agent_desktop.features.screenview.core.watch import Watchers
from agent_desktop.features.screenview.encode import encode_frame, grab_window
from agent_desktop.shell.tasks import BackgroundTasks
from crm.schemas.screenview import ScreenWatch

logger = logging.getLogger(__name__)

FRAME_MS = 1000
RESEND_S = 5.0

Send = Callable[[bytes, str], ScreenWatch]
"""PUT one frame (bytes, media type) to the back office; returns its answer (a pool thread)."""


class ScreenCapture(QObject):
    """Draws ``target`` (the main window) once a second while :attr:`watchers` say somebody watches."""

    sig_watched = Signal(bool)
    """Capturing started (True) or stopped (False)."""

    def __init__(self, target: QWidget, tasks: BackgroundTasks, send: Send, watchers: Watchers) -> None:
        super().__init__(target)
        self.target, self.tasks, self.send, self.watchers = target, tasks, send, watchers
        self.grabs = 0
        """Frames drawn (the GUI thread's part); tests count them."""
        self.frame_bytes = 0
        """The size of the last frame."""
        self._last: tuple[bytes, str] | None = None
        self._sent_at = 0.0
        self._changed = True  # the window repainted since the last frame
        self._busy = False  # a frame is on its way: the next tick skips
        self._failed = False
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def follow(self) -> None:
        """Start or stop with the watchers (after a start or stop from the back office)."""
        if self.watchers.active and not self.running:
            logger.info("screen view: a supervisor watches; sending frames")
            self._changed, self._last = True, None
            self.target.installEventFilter(self)
            self.timer.start()
            self.sig_watched.emit(True)
            self.tick()
        elif not self.watchers.active and self.running:
            self.stop()

    def stop(self) -> None:
        self.timer.stop()
        self.target.removeEventFilter(self)
        self._last = None
        logger.info("screen view: nobody watches; no more frames")
        self.sig_watched.emit(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            self._changed = True
        return False

    def tick(self) -> None:
        if not self.watchers.active:  # the last lease lapsed
            self.stop()
            return
        if self._busy:
            return
        if not self._changed and self._last is not None:
            if time.monotonic() - self._sent_at >= RESEND_S:
                last = self._last
                self._start_send(lambda: self.send(*last))
            return
        self._changed = False
        self.grabs += 1
        image = grab_window(self.target)
        self._start_send(lambda: self._encode_and_send(image))

    def _start_send(self, op: Callable[[], ScreenWatch]) -> None:
        self._busy = True
        self._sent_at = time.monotonic()
        self.tasks.run(op, self._sent, self._not_sent, owner=self)

    def _encode_and_send(self, image: QImage) -> ScreenWatch:  # a pool thread
        frame = encode_frame(image)
        self.frame_bytes = len(frame[0])
        self._last = frame
        return self.send(*frame)

    def _sent(self, answer: ScreenWatch) -> None:
        self._busy = self._failed = False
        self.watchers.answered(answer.watching, answer.lease_s)
        if not self.watchers.active and self.running:
            self.stop()

    def _not_sent(self, exc: BaseException) -> None:
        self._busy = False
        self._changed = True  # send a fresh frame next time
        if not self._failed:  # once per outage; the lease decides when to give up
            logger.info("screen view: a frame was not sent (%s)", type(exc).__name__)
        self._failed = True
