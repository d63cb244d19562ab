"""One observer primitive for the Qt-free cores (no Qt): :class:`Listeners`.

The SIP engine's events, the sync engine's events, the local store's "written" signal, the back
office's after-commit hooks, the desktop's service registry and the presence machine all tell
callbacks that something happened. They all use this class, so they behave alike:

* callbacks run in the order they were added, on the thread that emits;
* adding and removing are thread-safe and may happen while an emit is under way (the emit goes on with
  the callbacks it started with: the list is copied on write, never locked while calling);
* a callback that raises is logged with the listeners' name and the others still run;
* :meth:`Listeners.add` returns the function that removes the callback again.

Why not a library: the candidates (psygnal, blinker) add a compiled dependency or weak-reference
semantics none of these callers want, and the whole need is the thirty lines below. Qt code keeps
using Qt signals; this is for the layers that must not import Qt.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Generic, ParamSpec

logger = logging.getLogger(__name__)

P = ParamSpec("P")


class Listeners(Generic[P]):
    """Callbacks taking the arguments ``P`` (e.g. ``Listeners[[object]]``, ``Listeners[[]]``)."""

    __slots__ = ("_callbacks", "_lock", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self._lock = threading.Lock()
        self._callbacks: tuple[Callable[P, object], ...] = ()

    def add(self, callback: Callable[P, object]) -> Callable[[], None]:
        """Call ``callback`` on every :meth:`emit` from now on; returns the function that stops it."""
        with self._lock:
            self._callbacks = (*self._callbacks, callback)
        return lambda: self.remove(callback)

    def remove(self, callback: Callable[P, object]) -> None:
        """Stop calling ``callback`` (nothing if it is not there)."""
        with self._lock:
            callbacks = list(self._callbacks)
            if callback in callbacks:
                callbacks.remove(callback)
                self._callbacks = tuple(callbacks)

    def emit(self, *args: P.args, **kwargs: P.kwargs) -> None:
        """Call every callback with these arguments; one that raises is logged, the others still run."""
        for callback in self._callbacks:
            try:
                callback(*args, **kwargs)
            except Exception:
                logger.exception("%s: a listener failed", self.name)

    def __len__(self) -> int:
        return len(self._callbacks)
