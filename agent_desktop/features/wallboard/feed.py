"""The wallboard's feed: a snapshot of the board, then what changed, pushed or asked for.

**Pushed** (the shared back office's live events, :data:`~agent_desktop.features.crm_link.api.LIVE`,
while connected): each ``presence`` event is one agent's line, each ``agent_day`` event one agent's
calls of the day; the board takes them in order of the agent's sequence (an older one arriving late
changes nothing). Events sent while the stream was down are not replayed by the back office, so each
time the stream is connected again the whole board is read again: what was missed arrives with it.
Events arriving in one burst repaint the board once (:data:`COALESCE_MS`).

**Asked for** (no live events: the embedded back office, or the stream is down and retrying): one long
poll at a time (``GET /presence/watch``), armed again when it answers, as before the push channel. A
call logged answers it too, with the agent's calls of the day: the figures follow as when pushed.
When the stream comes back the watch under way answers into the board and no other follows.

Either way a failed read waits (doubling, up to 30 s) and then reads the whole board again, and the
whole board is read every :func:`~agent_desktop.features.wallboard.core.backoff.full_read_every_s`
(heartbeats send no event and move no cursor: only a full read learns that a quiet agent went
"disconnected"; it also starts the new day's figures after midnight). Everything blocking runs
through ``ctx.tasks``; answers and events arrive on the GUI thread. Nothing runs while stopped.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import ValidationError
from PySide6.QtCore import QObject, QTimer, Signal

from agent_desktop.features.wallboard.core.backoff import Backoff, full_read_every_s
from agent_desktop.features.wallboard.core.board import Board
from crm.client_errors import AuthenticationFailed, PermissionDenied
from crm.schemas.presence import AgentDay, AgentPresence

if TYPE_CHECKING:
    from agent_desktop.shell.tasks import BackgroundTasks
    from crm.schemas.presence import PresenceBoard

logger = logging.getLogger(__name__)

WATCH_TIMEOUT_S = 25.0
COALESCE_MS = 20
"""Live events arriving within this long of each other repaint the board once."""


class BoardSource(Protocol):
    """Where the board comes from (:class:`crm.client.CrmClient`)."""

    def presence_board(self) -> PresenceBoard: ...

    def presence_watch(self, since: int, timeout_s: float = WATCH_TIMEOUT_S) -> PresenceBoard: ...


class LiveSource(Protocol):
    """The back office's live events (:class:`agent_desktop.features.crm_link.live.LiveEvents`):
    ``sig_event(kind, data)`` and ``sig_connected(bool)``."""

    connected: bool
    sig_event: Any
    sig_connected: Any


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
        live: LiveSource | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.board, self.source, self.tasks, self.clock = board, source, tasks, clock
        self.live: LiveSource | None = None
        self.running = False
        self.reading = False
        """A full read is under way."""
        self.watching = False
        """A watch is under way (at most one)."""
        self.last_error: BaseException | None = None
        self.reads = 0
        """Full reads asked for (tests and the status line count them)."""
        self._need_full = True
        self._asked = 0  # full reads asked for (a read answers those asked before it started)
        self._last_full = 0.0
        self._backoff = Backoff()
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self._next)
        self._due = QTimer(self, singleShot=True)  # the next full read while events are pushed
        self._due.timeout.connect(self._next)
        self._pending: set[str] = set()
        self._coalesce = QTimer(self, singleShot=True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self._flush)
        if live is not None:
            self.follow(live)

    @property
    def pushed(self) -> bool:
        """The board follows the live events (else the long poll)."""
        return self.live is not None and self.live.connected

    # -- the live events --------------------------------------------------------------------------
    def follow(self, live: LiveSource) -> None:
        """Follow ``live`` (a new CRM link's events replace the old ones'); the board is read again."""
        if live is self.live:
            return
        self.unfollow()
        self.live = live
        live.sig_event.connect(self._event)
        live.sig_connected.connect(self._connected)
        if live.connected:
            self._connected(True)

    def unfollow(self) -> None:
        live, self.live = self.live, None
        if live is None:
            return
        for signal, slot in ((live.sig_event, self._event), (live.sig_connected, self._connected)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # gone with its CRM link
                pass

    def _connected(self, connected: bool) -> None:
        """Up: read the whole board (what was sent while the stream was down is not replayed).
        Down: read it too, then follow by long poll until the stream is back."""
        logger.info("wallboard: live events %s", "connected" if connected else "lost; long poll meanwhile")
        self._ask_full()

    def _event(self, kind: str, data: dict[str, Any]) -> None:
        if not self.running or kind not in ("presence", "agent_day"):
            return
        try:
            if kind == "presence":
                changed = self.board.apply_lines([AgentPresence.model_validate(data)])
            else:
                day = AgentDay.model_validate(data)
                changed = {day.user_id} if self.board.apply_day(day) else set()
        except ValidationError:
            logger.warning("wallboard: an unreadable %s event was ignored", kind)
            return
        if changed:
            self._pending |= changed
            if not self._coalesce.isActive():
                self._coalesce.start()

    def _flush(self) -> None:
        changed, self._pending = self._pending, set()
        if changed and self.running:
            self.sig_changed.emit(changed)

    # -- start and stop ---------------------------------------------------------------------------
    def start(self) -> None:
        """Read the whole board now, then follow it (also while an old watch is still out: it answers
        into the board and the next one follows)."""
        if self.running:
            return
        self.running = True
        self._ask_full()

    def stop(self) -> None:
        """Ask nothing more (a request under way answers into the board, then nothing follows)."""
        self.running = False
        self._retry.stop()
        self._due.stop()
        self._coalesce.stop()
        self._pending.clear()

    # -- the loop ---------------------------------------------------------------------------------
    def _ask_full(self) -> None:
        self._need_full = True
        self._asked += 1
        self._retry.stop()
        self._next()

    def _next(self) -> None:
        if not self.running or self.reading:
            return
        every = full_read_every_s(self.board.heartbeat_timeout_s)
        due = self.clock() - self._last_full >= every
        if self._need_full or self.board.cursor is None or due:
            if not self._retry.isActive():
                self._read()
        elif self.pushed:
            self._due.start(int(max(0.0, self._last_full + every - self.clock()) * 1000) + 1)
        elif not self.watching:
            self._watch(self.board.cursor)

    def _read(self) -> None:
        self.reading = True
        self.reads += 1
        asked = self._asked
        self.tasks.run(
            self.source.presence_board, lambda answer: self._snapshot(answer, asked), self._read_failed, owner=self
        )

    def _watch(self, since: int) -> None:
        self.watching = True
        self.tasks.run(
            lambda: self.source.presence_watch(since, WATCH_TIMEOUT_S), self._delta, self._watch_failed, owner=self
        )

    def _snapshot(self, answer: PresenceBoard, asked: int) -> None:
        self.reading = False
        self._need_full = asked != self._asked  # asked again while this read was out: once more
        self._last_full = self.clock()
        self._succeeded()
        self.board.apply_snapshot(answer)
        self._pending.clear()  # the snapshot's repaint covers them
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
        if self.pushed:  # the watch left before the stream came back: the stream follows now
            self._next()
            return
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
        if self.running and not self.reading:
            self._retry.start(int(delay * 1000))
