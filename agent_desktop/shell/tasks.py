"""The one helper for background work.

Anything that blocks (HTTP, disk, database, DNS) and is not owned by the SIP or sync threads goes
through :class:`BackgroundTasks`: the operation runs on a small thread pool and its result (or
exception) is delivered on the GUI thread. Like Anki's ``QueryOp``: no ad-hoc threads anywhere else.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for_futures
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

logger = logging.getLogger(__name__)

T = TypeVar("T")
OnSuccess = Callable[[Any], Any] | None
"""Called on the GUI thread with the operation's result."""
OnFailure = Callable[[BaseException], Any] | None
"""Called on the GUI thread with the exception the operation raised."""


WRITE_DRAIN_S = 10.0
"""How long quitting waits for the writes already handed over (the local store commits in ms)."""


class BackgroundTasks(QObject):
    """Run callables off the GUI thread and hand their outcome back to it.

    Two lanes: :meth:`run` for reads, HTTP and exports (a small pool, in any order, abandoned at
    quit), :meth:`write` for what the user saved (one at a time, in the order given, and finished
    before the local store closes: :meth:`finish_writes`). An order submitted a moment before the
    agent quits is therefore committed, not cancelled in a queue behind a slow CRM request.
    """

    sig_task_failed = Signal(BaseException)
    """An operation without its own failure handler raised; carries the exception."""

    _sig_deliver = Signal(object)
    """A finished operation, from a pool thread to :meth:`_deliver` on the GUI thread. Internal, so
    ``object``: it carries a (future, on_success, on_failure, owner) packet whose callbacks and
    result may be of any type."""

    def __init__(self, max_workers: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="bg")
        self._writes = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bg-write")
        self._pending_writes: set[Future] = set()
        self._pending_lock = threading.Lock()
        self._sig_deliver.connect(self._deliver)
        self._closed = False

    def run(
        self,
        op: Callable[[], T],
        on_success: OnSuccess = None,
        on_failure: OnFailure = None,
        *,
        owner: QObject | None = None,
    ) -> Future:
        """Run ``op`` in the pool; call ``on_success(result)`` or ``on_failure(exc)`` on the GUI thread.

        When ``owner`` (typically the widget that asked) is deleted before the result arrives, the
        callbacks are skipped.
        """
        return self._submit(self._pool, op, on_success, on_failure, owner)

    def write(
        self,
        op: Callable[[], T],
        on_success: OnSuccess = None,
        on_failure: OnFailure = None,
        *,
        owner: QObject | None = None,
    ) -> Future:
        """Like :meth:`run`, for a write of something the user saved (local store, outbox, files):
        writes run one at a time in the order given, and quitting waits for them."""
        future = self._submit(self._writes, op, on_success, on_failure, owner)
        with self._pending_lock:
            self._pending_writes.add(future)
        future.add_done_callback(self._write_done)
        return future

    def _write_done(self, future: Future) -> None:
        with self._pending_lock:
            self._pending_writes.discard(future)

    def finish_writes(self, timeout_s: float = WRITE_DRAIN_S) -> bool:
        """Wait (at most ``timeout_s``) until every write handed over so far has finished; True
        when none is left. Called before the local store closes."""
        with self._pending_lock:
            pending = list(self._pending_writes)
        if not pending:
            return True
        _done, left = wait_for_futures(pending, timeout=timeout_s)
        if left:
            logger.error("%d write(s) still running after %.0f s at shutdown", len(left), timeout_s)
        return not left

    def _submit(
        self,
        pool: ThreadPoolExecutor,
        op: Callable[[], T],
        on_success: OnSuccess,
        on_failure: OnFailure,
        owner: QObject | None,
    ) -> Future:
        if self._closed:
            raise RuntimeError("background tasks are shut down")
        future = pool.submit(op)

        def done(fut: Future) -> None:
            self._sig_deliver.emit((fut, on_success, on_failure, owner))

        future.add_done_callback(done)
        return future

    def _deliver(self, packet: tuple) -> None:
        fut, on_success, on_failure, owner = packet
        if self._closed:  # quitting: the work is done (or dropped); nobody is left to show it
            return
        if owner is not None and not shiboken6.isValid(owner):
            return
        if fut.cancelled():
            return
        exc = fut.exception()
        if exc is None:
            if on_success is not None:
                on_success(fut.result())
            return
        if on_failure is not None:
            on_failure(exc)
        else:
            logger.error("background task failed", exc_info=exc)
            self.sig_task_failed.emit(exc)

    def shutdown(self, wait: bool = True) -> None:
        """Stop accepting work and drop the reads not started yet; optionally wait for running
        operations. Writes are never dropped: the ones handed over still run (see finish_writes)."""
        self._closed = True
        self._pool.shutdown(wait=wait, cancel_futures=True)
        self._writes.shutdown(wait=wait, cancel_futures=False)


class Newest:
    """Of a series of requests for the same data (reloads), only the newest answer is handed on: an
    older one answering late (the user switched queues twice) must not overwrite it."""

    def __init__(self) -> None:
        self._asked = 0

    def ask(self, on_answer: Callable[[T], Any]) -> Callable[[T], None]:
        """Call once per request; the returned callback passes the answer to ``on_answer`` only if
        no newer request was made since."""
        self._asked += 1
        ticket = self._asked

        def answer(result: T) -> None:
            if ticket == self._asked:
                on_answer(result)

        return answer
