"""The one helper for background work.

Anything that blocks (HTTP, disk, database, DNS) and is not owned by the SIP or sync threads goes
through :class:`BackgroundTasks`: the operation runs on a small thread pool and its result (or
exception) is delivered on the GUI thread. Like Anki's ``QueryOp``: no ad-hoc threads anywhere else.
"""
from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

logger = logging.getLogger(__name__)

T = TypeVar("T")


class BackgroundTasks(QObject):
    """Run callables off the GUI thread and hand their outcome back to it."""

    sig_task_failed = Signal(object)
    """An operation without its own failure handler raised; carries the exception."""

    _sig_deliver = Signal(object)

    def __init__(self, max_workers: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="bg")
        self._sig_deliver.connect(self._deliver)
        self._closed = False

    def run(
        self,
        op: Callable[[], T],
        on_success: Callable[[T], Any] | None = None,
        on_failure: Callable[[BaseException], Any] | None = None,
        *,
        owner: QObject | None = None,
    ) -> Future:
        """Run ``op`` in the pool; call ``on_success(result)`` or ``on_failure(exc)`` on the GUI thread.

        When ``owner`` (typically the widget that asked) is deleted before the result arrives, the
        callbacks are skipped.
        """
        if self._closed:
            raise RuntimeError("background tasks are shut down")
        future = self._pool.submit(op)

        def done(fut: Future) -> None:
            self._sig_deliver.emit((fut, on_success, on_failure, owner))

        future.add_done_callback(done)
        return future

    def _deliver(self, packet: tuple) -> None:
        fut, on_success, on_failure, owner = packet
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
        """Stop accepting work; optionally wait for running operations."""
        self._closed = True
        self._pool.shutdown(wait=wait, cancel_futures=True)


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
