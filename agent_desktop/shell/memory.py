"""Keeping the idle app's resident memory down.

Three process-wide measures, each measured with ``benchmarks/startup.py`` (docs/benchmarks.md):

* :func:`pin_malloc_thresholds` -- glibc raises its mmap threshold to the size of the largest block
  it has freed (up to 32 MiB) and its trim threshold to twice that. One big block is enough (an
  argon2 password hash is 19 MiB; a first sync's JSON page several): from then on every block under
  that size comes from the heaps, and a heap gives memory back only once twice that at its top is
  free, so the big JSON pages of a sync stay resident for good. Setting both
  thresholds explicitly (``mallopt``) switches that adjustment off: blocks over 128 KiB are mapped
  and unmapped, heaps are trimmed at 128 KiB free.
* :func:`stop_pyside_source_scan` -- PySide6's ``__feature__`` support inspects every module
  imported after PySide6 for the text "PySide6" with ``inspect.getsource``, which keeps each
  module's whole source, line by line, in :mod:`linecache` for the rest of the run (FastAPI,
  SQLAlchemy, pydantic, ...: 13 MB resident in the idle app). The replacement answers the same
  question from the file's bytes without caching them.
* :class:`IdleTrimmer` -- ``malloc_trim(0)`` once the process goes quiet after a busy spell
  (start-up, a sync round that pulled pages, an export): the pages freed by then go back to the OS.
* :func:`limit_pixmap_cache` -- Qt keeps the pixmaps its styles and icons render in a process-wide
  cache of 10 MiB by default; over a shift of calls every state change, hover and repaint with a
  new size or colour leaves entries behind until it is full. 2 MiB holds what one screen draws.

All of them are no-ops where they do not apply (no glibc, another PySide6 layout).
"""

from __future__ import annotations

import ctypes
import linecache
import logging
import sys
import time
from typing import Any

logger = logging.getLogger(__name__)

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
MALLOC_THRESHOLD = 128 * 1024
"""glibc's own default for both thresholds (before it starts adjusting them)."""
PIXMAP_CACHE_KIB = 2048
"""Qt's pixmap cache limit for the desktop (Qt's default: 10240 KiB)."""

_libc: Any = None


def _glibc() -> Any:
    """The C library when it is glibc (has ``malloc_trim``), else None."""
    global _libc
    if _libc is None:
        _libc = False
        if sys.platform.startswith("linux"):
            try:
                try:  # glibc's soname; find_library would run ``ldconfig -p`` in a child, before the window
                    lib = ctypes.CDLL("libc.so.6")
                except OSError:
                    from ctypes.util import find_library

                    lib = ctypes.CDLL(find_library("c"))
                if hasattr(lib, "malloc_trim") and hasattr(lib, "mallopt"):
                    _libc = lib
            except OSError:
                pass
    return _libc or None


def pin_malloc_thresholds(threshold: int = MALLOC_THRESHOLD) -> bool:
    """Fix glibc's mmap and trim thresholds (no dynamic raise); True when done."""
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.mallopt(M_MMAP_THRESHOLD, threshold)) and bool(libc.mallopt(M_TRIM_THRESHOLD, threshold))


def release_free_memory() -> bool:
    """Give the free pages of every malloc heap back to the OS (``malloc_trim(0)``); True when
    some were released."""
    libc = _glibc()
    return bool(libc.malloc_trim(0)) if libc is not None else False


def limit_pixmap_cache(kib: int | None = None) -> None:
    """Cap Qt's process-wide pixmap cache (a least-recently-used cache) at ``kib`` KiB (default
    :data:`PIXMAP_CACHE_KIB`)."""
    from PySide6.QtGui import QPixmapCache

    QPixmapCache.setCacheLimit(PIXMAP_CACHE_KIB if kib is None else kib)


def _source_mentions_pyside(module: Any) -> bool:
    """PySide6's test (does the module's source contain "PySide6"?) without keeping the source."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built-in, extension or source-less module: inspect.getsource fails on those too
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def stop_pyside_source_scan() -> bool:
    """Make PySide6's per-import check keep no source in memory; True when applied.

    Call it once PySide6 is imported; it also drops what the check has cached so far.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    # a private function of shiboken's feature module, found above; the module has no stubs for it
    feature._mod_uses_pyside = _source_mentions_pyside  # type: ignore[attr-defined]
    linecache.clearcache()
    return True


class IdleTrimmer:
    """Runs :func:`release_free_memory` when the process turns quiet after having been busy.

    :meth:`check` is called once a second by the GUI thread's housekeeping tick
    (:class:`agent_desktop.shell.gc_guard.GuiThreadCollector`); it reads the process's CPU time (all
    threads). Once at least ``busy_s`` of CPU has been used since the last trim and the last interval
    used under ``quiet_s``, it trims.
    """

    def __init__(self, busy_s: float = 0.25, quiet_s: float = 0.02) -> None:
        self.busy_s = busy_s
        self.quiet_s = quiet_s
        self.trims = 0
        self.enabled = _glibc() is not None
        self._last_cpu = self._since_trim_from = time.process_time()

    def check(self) -> bool:
        """Trim now if the process was busy and is quiet again; True when it trimmed."""
        if not self.enabled:
            return False
        cpu = time.process_time()
        quiet = cpu - self._last_cpu < self.quiet_s
        self._last_cpu = cpu
        if not quiet or cpu - self._since_trim_from < self.busy_s:
            return False
        busy, started = cpu - self._since_trim_from, time.perf_counter()
        release_free_memory()
        self.trims += 1
        self._last_cpu = self._since_trim_from = time.process_time()
        logger.debug("malloc_trim after %.2f s of CPU took %.1f ms", busy, (time.perf_counter() - started) * 1000)
        return True
