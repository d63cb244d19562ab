"""Qt side of the sync engine: its plain-Python events as signals delivered on the GUI thread."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from crm.sync_events import ConflictsFound, RecordsChanged, SyncProgress, SyncStatus

logger = logging.getLogger(__name__)


class CrmSyncSignals(QObject):
    """Subscribe with ``engine.add_listener(signals.on_event)``; connect widgets to the signals.

    The engine calls :meth:`on_event` on the sync thread; because this object lives in the GUI thread,
    Qt queues every emission to it.
    """

    sig_status_changed = Signal(SyncStatus)
    """Connection state or queue counts changed (a crm.sync_events.SyncStatus)."""

    sig_progress = Signal(SyncProgress)
    """A pull made progress (a crm.sync_events.SyncProgress; ``first`` during the first sync)."""

    sig_records_changed = Signal(str, object)
    """Records of an entity changed from the server: (entity, tuple of ids or None for many). The ids
    stay ``object``: they are a tuple or None, which no single type names."""

    sig_conflicts_found = Signal(ConflictsFound)
    """A record has fields for the agent to decide (a crm.sync_events.ConflictsFound)."""

    def on_event(self, event: object) -> None:
        """Listener for the sync engine (any thread)."""
        if isinstance(event, SyncStatus):
            self.sig_status_changed.emit(event)
        elif isinstance(event, SyncProgress):
            self.sig_progress.emit(event)
        elif isinstance(event, RecordsChanged):
            self.sig_records_changed.emit(event.entity, event.ids)
        elif isinstance(event, ConflictsFound):
            self.sig_conflicts_found.emit(event)
