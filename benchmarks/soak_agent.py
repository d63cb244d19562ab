"""The agent of ``benchmarks/sip_soak.py``: plays the agent in the running desktop, through its widgets.

Each call that rings: once its customer card has popped, Call → Answer (the phone feature's own
action); once the caller has hung up, the wrap-up form under the card gets a disposition and notes
(``soak N known|new``) and its Submit button is clicked, which writes the call log to the local store
and its outbox (the sync engine sends it to the back office). It also keeps the figures: the pop
time of each call (the engine had the INVITE → card shown, as the card's controller reports it), counts, and the resident memory of the desktop (this process)
and of the back-office child after the warm-up and at every tenth of the calls.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import sqlite3
import threading
import time
from array import array
from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication
from startup import rss_mb  # the same /proc reading as the start-up benchmark

from agent_desktop.shell.app import Shell
from softphone.engine.events import CallChanged, CallState, IncomingCall, Outcome


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def heap_mb() -> tuple[float, float]:
    """(in use, free but kept) MiB of the C heap, every malloc arena (glibc ``mallinfo2``); NaN elsewhere."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
        info = libc.mallinfo2()
    except (OSError, AttributeError):
        return float("nan"), float("nan")
    return (info.uordblks + info.hblkhd) / 2**20, info.fordblks / 2**20


def sqlite_mb() -> float:
    """What SQLite holds in this process (page caches, statements: ``sqlite3_memory_used``), MiB."""
    try:
        lib = ctypes.CDLL(ctypes.util.find_library("sqlite3") or "libsqlite3.so.0")
        lib.sqlite3_memory_used.restype = ctypes.c_int64
        return float(lib.sqlite3_memory_used()) / 2**20
    except (OSError, AttributeError):
        return float("nan")


def sqlite_connections_mb() -> tuple[int, float, float]:
    """(connections, page caches MiB, prepared statements MiB) of every open SQLite connection in this
    process (``sqlite3_db_status``; the connection's ``sqlite3 *`` is the first field of CPython's
    ``sqlite3.Connection``); (0, NaN, NaN) where that cannot be read."""
    try:
        lib = ctypes.CDLL(ctypes.util.find_library("sqlite3") or "libsqlite3.so.0")
        int_p = ctypes.POINTER(ctypes.c_int)
        lib.sqlite3_db_status.argtypes = (ctypes.c_void_p, ctypes.c_int, int_p, int_p, ctypes.c_int)
    except (OSError, AttributeError):
        return 0, float("nan"), float("nan")
    conns = [o for o in gc.get_objects() if isinstance(o, sqlite3.Connection)]
    used = [0, 0]
    for conn in conns:
        handle = ctypes.c_void_p.from_address(id(conn) + object.__basicsize__).value
        for i, op in enumerate((1, 3)):  # SQLITE_DBSTATUS_CACHE_USED, SQLITE_DBSTATUS_STMT_USED
            current, highest = ctypes.c_int(), ctypes.c_int()
            if handle and lib.sqlite3_db_status(handle, op, ctypes.byref(current), ctypes.byref(highest), 0) == 0:
                used[i] += current.value
    return len(conns), used[0] / 2**20, used[1] / 2**20


NO_POP_S = 5
"""A call still ringing without its card after this long is answered anyway (and counted)."""


class SoakAgent(QObject):
    """Answers, wraps up and counts ``calls`` calls in ``shell``'s running app; ``finished()`` once
    every call has ended (or :meth:`give_up` was called)."""

    def __init__(
        self, shell: Shell, calls: int, warmup_calls: int, warmup_s: float, finished: Callable[[], None]
    ) -> None:
        super().__init__()
        features = dict(shell.features.installed)
        self.phone_feature: Any = features["phone"]
        self.card: Any = features["screenpop"]
        self.crm_link: Any = features["crm_link"]
        self.shell = shell
        self.calls, self.warmup_calls, self.warmup_s = calls, warmup_calls, warmup_s
        self._finished = finished
        self.known: set[str] = set()  # caller numbers of customers in the store
        self.counts: Counter[str] = Counter()
        self.pop_ms = array("d")  # ring → card shown, per call, in call order
        self.ended = 0
        self.first_end = 0.0
        self.warm: dict[str, float] = {}  # rss_mb, child_mb, after (calls), widgets
        self.end: dict[str, float] = {}
        self.curve: list[str] = []
        self._ringing: set[str] = set()  # calls ringing whose card is not shown yet
        self._popped_first: set[str] = set()  # calls whose card was shown before our ringing handler ran
        self._shown: set[str] = set()  # calls whose card is shown, until they end
        self._numbers: dict[str, str] = {}  # call id → caller number, until its wrap-up
        self._answered: set[str] = set()
        self._done = False
        self.wrap_up = self.card.wrap_up
        self.answer_action = self.phone_feature.actions["answer"]
        phone = self.phone_feature.phone
        phone.sig_incoming_call.connect(self._ringing_call)
        phone.sig_call_changed.connect(self._call_changed)  # after the card's own handler (installed first)
        phone.sig_call_rejected_before_ringing.connect(self._refused)
        self.card.controller.sig_pop_shown.connect(self._popped)

    # -- the app's events -------------------------------------------------------------------------
    def _ringing_call(self, event: IncomingCall) -> None:
        call_id = str(event.call_id)
        self.counts["rung"] += 1
        self._numbers[call_id] = event.caller_number
        if call_id in self._popped_first:  # the card came up inside the phone's own signal
            self._popped_first.discard(call_id)
            self._answer()
        else:
            self._ringing.add(call_id)
            QTimer.singleShot(NO_POP_S * 1000, lambda: self._no_pop(call_id))

    def _no_pop(self, call_id: str) -> None:
        """Still ringing without a card: answered all the same (the shift goes on; the call is not OK)."""
        if call_id in self._ringing:
            self._ringing.discard(call_id)
            self.counts["not_popped"] += 1
            self._answer()

    def _popped(self, call_id: str, ms: float) -> None:
        """A call's card is shown (``ms``: since the engine had its INVITE): answer it."""
        if call_id in self._shown:  # a refresh of a card already shown
            return
        self._shown.add(call_id)
        self.pop_ms.append(ms)
        self.counts["popped"] += 1
        if call_id in self._ringing:
            self._ringing.discard(call_id)
            self._answer()
        else:  # the card's handler of the ringing signal runs before ours
            self._popped_first.add(call_id)

    def _answer(self) -> None:
        self.answer_action.trigger()  # Call → Answer: the ringing line

    def _call_changed(self, event: CallChanged) -> None:
        call_id = str(event.call_id)
        if event.state == CallState.ACTIVE and call_id not in self._answered:
            self._answered.add(call_id)
            self.counts["answered"] += 1
        elif event.state == CallState.DISCONNECTED:
            self._answered.discard(call_id)
            self._ringing.discard(call_id)
            self._shown.discard(call_id)
            self._popped_first.discard(call_id)
            number = self._numbers.pop(call_id, "")
            if event.outcome != Outcome.ANSWERED:
                self.counts[f"ended_{getattr(event.outcome, 'value', event.outcome)}"] += 1
            elif self.wrap_up.call_id() == call_id:
                self._wrap_up(number)
            else:
                self.counts["no_wrap_up"] += 1
            self._ended()

    def _refused(self, _event: object) -> None:
        """Refused before ringing (not Ready yet): sipp offers that caller again, like a queue."""
        self.counts["refused_before_ringing"] += 1

    def _wrap_up(self, number: str) -> None:
        """What the agent does in the wrap-up form: a disposition, a note, Submit."""
        form = self.wrap_up
        form.disposition_combo.setCurrentIndex(form.disposition_combo.findData("enquiry"))
        kind = "known" if number in self.known else "new"
        form.notes_edit.setPlainText(f"soak {self.counts['wrapped_up'] + 1} {kind}")
        form.submit_button.click()
        if not form.call_id():  # submitted (a refused form keeps its call)
            self.counts["wrapped_up"] += 1

    # -- the figures ---------------------------------------------------------------------------------
    def sample(self) -> dict[str, float]:
        child = getattr(self.crm_link.embedded, "pid", None)
        heap_used, heap_free = heap_mb()
        return {
            "heap_used_mb": heap_used,
            "heap_free_mb": heap_free,
            "sqlite_mb": sqlite_mb(),
            **dict(zip(("sqlite_conns", "sqlite_cache_mb", "sqlite_stmt_mb"), sqlite_connections_mb())),
            "rss_mb": rss_mb(os.getpid()),
            "child_mb": rss_mb(child) if child else 0.0,
            "after": float(self.ended),
            "widgets": float(len(QApplication.allWidgets())),
            "threads": float(threading.active_count()),
        }

    def _ended(self) -> None:
        self.ended += 1
        now = time.monotonic()
        if self.ended == 1:
            self.first_end = now
        if not self.warm and self.ended >= self.warmup_calls and now - self.first_end >= self.warmup_s:
            self.warm = self.sample()
        if self.ended % max(1, self.calls // 10) == 0:
            now_mb = self.sample()
            self.curve.append(f"{self.ended}:{now_mb['rss_mb']:.1f}")
            tenth = sorted(self.pop_ms[-max(1, self.calls // 10) :]) or [float("nan")]
            print(  # progress, so that a run stopped early still tells its curve
                f"sip_soak_progress calls={self.ended} rss_mb={now_mb['rss_mb']:.1f} "
                f"backoffice_rss_mb={now_mb['child_mb']:.1f} heap_used_mb={now_mb['heap_used_mb']:.1f} "
                f"heap_free_mb={now_mb['heap_free_mb']:.1f} sqlite_mb={now_mb['sqlite_mb']:.1f} "
                f"sqlite_conns={now_mb['sqlite_conns']:.0f} sqlite_cache_mb={now_mb['sqlite_cache_mb']:.1f} "
                f"sqlite_stmt_mb={now_mb['sqlite_stmt_mb']:.1f} "
                f"threads={now_mb['threads']:.0f} pop_p50_ms={tenth[len(tenth) // 2]:.0f} s={now - self.first_end:.0f} "
                f"load1={os.getloadavg()[0]:.1f} {' '.join(f'{k}={v}' for k, v in sorted(self.counts.items()))}",
                flush=True,
            )
        if self.ended >= self.calls:
            self.give_up()

    def give_up(self) -> None:
        """Every call ended (or sipp stopped): the end sample, then ``finished()``, once."""
        if self._done:
            return
        self._done = True
        self.end = self.sample()
        self._finished()
