"""Python's cyclic garbage collector held back while a report is built.

A month's report by the hour and agent makes some 200,000 short-lived containers (its cells, rows and
their JSON), none of them in a cycle: at Python's threshold of 700 new containers the collector ran
some 300 times per report and took a quarter of its CPU (``benchmarks/reports.py``). While a report
is built the threshold is :data:`REPORT_THRESHOLD`; once the last report being built is done it is
what it was, so that a back office that builds no report (the desktop's embedded one, most of the day)
keeps no more garbage than before (a threshold this high for the whole process cost some 12 MB).
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

logger = logging.getLogger(__name__)

REPORT_THRESHOLD = 100_000
"""New containers between two young collections while a report is built (Python's default: 700)."""

_lock = threading.Lock()
_building = 0
_saved: tuple[int, int, int] = gc.get_threshold()


@contextmanager
def few_collections() -> Iterator[None]:
    """Raise the young generation's threshold for the block (reports built at once share it)."""
    global _building, _saved
    with _lock:
        if _building == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(REPORT_THRESHOLD, *_saved[1:])
        _building += 1
    try:
        yield
    finally:
        with _lock:
            _building -= 1
            if _building == 0:
                gc.set_threshold(*_saved)
