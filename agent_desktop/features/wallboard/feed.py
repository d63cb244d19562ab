"""The wallboard's feed: a snapshot of the board, then one long poll at a time for what changed.

Everything blocking runs through ``ctx.tasks``; answers arrive on the GUI thread and go into the
:class:`~agent_desktop.features.wallboard.core.board.Board`. One watch is in flight at most; it is
armed again when it answers. A failure waits (doubling, up to 30 s) and then reads the whole board
again: after a disconnect the board catches up on everything it missed. The whole board is also read
every :func:`~agent_desktop.features.wallboard.core.backoff.full_read_every_s` (heartbeats move no
cursor: only a full read learns that a quiet agent went "disconnected"). Nothing runs while stopped.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from agent_desktop.features.wallboard.core.backoff import Backoff, full_read_every_s
from agent_desktop.features.wallboard.core.board import Board
from crm.client_errors import AuthenticationFailed, PermissionDenied

if TYPE_CHECKING:
    from agent_desktop.shell.tasks import BackgroundTasks
    from crm.schemas.presence import PresenceBoard

logger = logging.getLogger(__name__)

WATCH_TIMEOUT_S = 25.0


class BoardSource(Protocol):
    """Where the board comes from (:class:`crm.client.CrmClient`)."""

    def presence_board(self) -> PresenceBoard: ...

    def presence_watch(self, since: int, timeout_s: float = WATCH_TIMEOUT_S) -> PresenceBoard: ...


class BoardFeed(QObject):
    """Keeps ``board`` current while started."""

    sig_changed = Signal(object)
    """The board moved: the set of agents' ids whose line changed, or None (a whole new snapshot)."""
    sig_failed = Signal(BaseException, float)
    """A request failed: the error and the seconds until the next try (0: no more tries)."""

    def __init__(
        self,
        board: Board,
        source: BoardSource,
        tasks: BackgroundTasks,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.board, self.source, self.tasks, self.clock = board, source, tasks, clock
        self.running = False
        self.reading = False
        """A full read is under way."""
        self.watching = False
        """A watch is under way (at most one)."""
        self.last_error: BaseException | None = None
        self._need_full = True
        self._last_full = 0.0
        self._backoff = Backoff()
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self._next)

    def start(self) -> None:
        """Read the whole board now, then watch (also while an old watch is still out: it answers
        into the board and the next one follows)."""
        if self.running:
            return
        self.running = True
        self._need_full = True
        self._retry.stop()
        if not self.reading:
            self._read()

    def stop(self) -> None:
        """Ask nothing more (a request under way answers into the board, then nothing follows)."""
        self.running = False
        self._retry.stop()

    # -- the loop ---------------------------------------------------------------------------------
    def _next(self) -> None:
        if not self.running or self.reading or self.watching:
            return
        due = self.clock() - self._last_full >= full_read_every_s(self.board.heartbeat_timeout_s)
        if self._need_full or self.board.cursor is None or due:
            self._read()
        else:
            self._watch(self.board.cursor)

    def _read(self) -> None:
        self.reading = True
        self.tasks.run(self.source.presence_board, self._snapshot, self._read_failed, owner=self)

    def _watch(self, since: int) -> None:
        self.watching = True
        self.tasks.run(
            lambda: self.source.presence_watch(since, WATCH_TIMEOUT_S), self._delta, self._watch_failed, owner=self
        )

    def _snapshot(self, answer: PresenceBoard) -> None:
        self.reading = False
        self._need_full = False
        self._last_full = self.clock()
        self._succeeded()
        self.board.apply_snapshot(answer)
        self.sig_changed.emit(None)
        self._next()

    def _delta(self, answer: PresenceBoard) -> None:
        self.watching = False
        self._succeeded()
        changed = self.board.apply_delta(answer)
        if changed:
            self.sig_changed.emit(changed)
        self._next()

    def _succeeded(self) -> None:
        self._backoff.reset()
        self.last_error = None

    def _read_failed(self, exc: BaseException) -> None:
        self.reading = False
        self._failed(exc)

    def _watch_failed(self, exc: BaseException) -> None:
        self.watching = False
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self.last_error = exc
        self._need_full = True  # catch up on whatever changed while the link was down
        if isinstance(exc, (PermissionDenied, AuthenticationFailed)):
            logger.warning("wallboard refused: %s", type(exc).__name__)
            self.running = False
            self.sig_failed.emit(exc, 0.0)
            return
        delay = self._backoff.next_delay()
        logger.info("wallboard request failed (%s); again in %.0f s", type(exc).__name__, delay)
        self.sig_failed.emit(exc, delay)
        if self.running and not (self.reading or self.watching):
            self._retry.start(int(delay * 1000))
