"""Runs a report window's requests in the background, one after another, with progress and Cancel.

Each run has a client of its own (``make_calls()``: a sibling of the signed-in client), so Cancel can
end the request under way at once (its connection is closed) without touching anybody else's. An
answer of a cancelled or superseded run is dropped. The GUI thread never waits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from agent_desktop.features.reports.core.crm_calls import ReportCalls
from agent_desktop.shell.tasks import BackgroundTasks

logger = logging.getLogger(__name__)

Step = Callable[[ReportCalls], Any]


class ReportLoader(QObject):
    """Runs a list of steps (each a blocking call on a :class:`ReportCalls`) through ``tasks``."""

    sig_progress = Signal(int, int)
    """(steps done, steps in all) of the run under way."""
    sig_failed = Signal(BaseException)
    """A step failed; the run stopped."""
    sig_busy_changed = Signal(bool)

    def __init__(self, make_calls: Callable[[], ReportCalls], tasks: BackgroundTasks, parent: QObject) -> None:
        super().__init__(parent)
        self.make_calls, self.tasks = make_calls, tasks
        self._run = 0
        self._calls: ReportCalls | None = None
        self._steps: list[Step] = []
        self._results: list[Any] = []
        self._on_finished: Callable[[list[Any]], None] = lambda _results: None

    @property
    def busy(self) -> bool:
        return self._calls is not None

    def start(self, steps: Sequence[Step], on_finished: Callable[[list[Any]], None]) -> None:
        """Run ``steps`` (a run under way is cancelled first); ``on_finished(results)`` once all answered."""
        self.cancel()
        self._on_finished = on_finished
        self._run += 1
        self._calls = self.make_calls()
        self._steps, self._results = list(steps), []
        self.sig_busy_changed.emit(True)
        self.sig_progress.emit(0, len(self._steps))
        self._next(self._run)

    def cancel(self) -> None:
        """Stop the run under way: its request ends now, its answers are dropped."""
        calls = self._calls
        if calls is None:
            return
        self._run += 1
        self._calls = None
        close_later(self.tasks, calls)
        self.sig_busy_changed.emit(False)

    def _next(self, run: int) -> None:
        calls = self._calls
        assert calls is not None
        step = self._steps[len(self._results)]
        self.tasks.run(
            lambda: step(calls),
            lambda result: self._done(run, result),
            lambda exc: self._failed(run, exc),
            owner=self,
        )

    def _done(self, run: int, result: Any) -> None:
        if run != self._run:
            return
        self._results.append(result)
        self.sig_progress.emit(len(self._results), len(self._steps))
        if len(self._results) < len(self._steps):
            self._next(run)
            return
        results = self._results
        self._end()
        self._on_finished(results)

    def _failed(self, run: int, exc: BaseException) -> None:
        if run != self._run:
            logger.debug("a cancelled report request ended: %s", type(exc).__name__)
            return
        logger.info("report request failed: %s", type(exc).__name__)
        self._end()
        self.sig_failed.emit(exc)

    def _end(self) -> None:
        calls, self._calls = self._calls, None
        if calls is not None:
            close_later(self.tasks, calls)
        self.sig_busy_changed.emit(False)


def close_later(tasks: BackgroundTasks, calls: ReportCalls) -> None:
    """Close ``calls``' connections off the GUI thread (closing may wait for a connection's lock); at
    once when the background tasks are already shut down (quitting)."""
    try:
        tasks.run(calls.close)
    except RuntimeError:
        calls.close()
