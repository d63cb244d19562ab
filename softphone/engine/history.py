"""Local call history: ended calls, newest first, kept in a small JSON file."""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from softphone.engine.events import CallChanged

logger = logging.getLogger(__name__)

MAX_ENTRIES = 500


@dataclass(frozen=True)
class HistoryEntry:
    """One ended call as the history list shows it."""

    number: str
    direction: str
    outcome: str
    started_at: float  # wall-clock seconds (time.time())
    duration_s: float
    """Talk time: answer to hang-up less the time on hold (docs/kpis.md)."""
    remote_uri: str = ""
    hold_s: float = 0.0
    """Time on hold."""


class CallHistory:
    """Newest-first list of ended calls; :meth:`save` writes it atomically (call it off the GUI thread)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.entries: list[HistoryEntry] = []

    def load(self) -> None:
        if self.path is None or not self.path.exists():
            return
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            self.entries = [HistoryEntry(**item) for item in raw][:MAX_ENTRIES]
        except (OSError, ValueError, TypeError):
            logger.warning("call history unreadable; starting empty")
            self.entries = []

    def record(self, event: CallChanged, now_monotonic: float, hold_s: float = 0.0) -> HistoryEntry:
        """Add the ended call described by ``event`` (``hold_s`` of it on hold)."""
        connected = now_monotonic - event.connected_at if event.connected_at else 0.0
        hold = min(max(hold_s, 0.0), max(connected, 0.0))
        duration = connected - hold
        outcome = event.outcome.value if event.outcome is not None else "unknown"
        entry = HistoryEntry(
            event.caller_number,
            event.direction,
            outcome,
            time.time() - connected,
            round(max(duration, 0.0), 1),
            event.remote_uri,
            round(hold, 1),
        )
        self.entries.insert(0, entry)
        del self.entries[MAX_ENTRIES:]
        return entry

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        # vars(), not asdict(): the same fields without asdict's deep copies, a quarter of the time,
        # which matters as this runs after every call, holding the interpreter lock the GUI waits for
        tmp.write_text(json.dumps([vars(e) for e in list(self.entries)]), encoding="utf-8")
        os.replace(tmp, self.path)
