"""The open card follows the data: when a customer's records change (a local write such as Edit
customer or New complaint, or a sync from the CRM), the card on screen is read again from the local
store and repainted in place; a card reopened from the recent pops is read again too.

Changes are coalesced (one re-read per event-loop turn at most), the reads run in the controller's
background tasks, and nothing is read while a call's card is still loading (that pop reads the store
anyway; the card on screen is re-read once it is up).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from agent_desktop.features.crm_link.api import CrmService
from crm.store import Store
from screenpop.pop_controller import PopController
from screenpop.widgets.card_dock import ScreenPopDock

logger = logging.getLogger(__name__)

WATCHED = frozenset({"customers", "complaints", "orders", "call_logs", "todos", "contacts"})
"""The entities a customer card shows (or is found by): a change to one of them re-reads the card."""


class CardRefresher(QObject):
    """Re-reads the shown card from the local store when its customer's records change."""

    _sig_local_write = Signal()  # a write on a worker thread, queued to the GUI thread

    def __init__(
        self, dock: ScreenPopDock, controller: PopController, loading: Callable[[], bool], parent: QObject
    ) -> None:
        """``loading()``: whether a call's card is still being read (no re-read meanwhile)."""
        super().__init__(parent)
        self.dock = dock
        self.controller = controller
        self._loading = loading
        self._crm: CrmService | None = None
        self._stores: list[Store] = []  # stores listened to (a store keeps its listeners)
        self._scheduled = False
        self._waiting = False  # a change came while a card was loading
        self._closed = False
        self._sig_local_write.connect(self.schedule, Qt.ConnectionType.QueuedConnection)
        controller.sig_pop_shown.connect(self._pop_shown)
        dock.recent.sig_pop_selected.connect(lambda _call_id: self.schedule())

    def attach(self, crm: CrmService) -> None:
        """Follow this CRM service's syncs and its store's local writes (instead of the previous one's)."""
        old, self._crm = self._crm, crm
        if old is not None and old.signals is not None:
            try:
                old.signals.sig_records_changed.disconnect(self._records_changed)
            except (RuntimeError, TypeError):  # already gone
                pass
        if crm.signals is not None:
            crm.signals.sig_records_changed.connect(self._records_changed)
        if not any(store is crm.store for store in self._stores):
            crm.store.add_write_listener(self._local_write)
            self._stores.append(crm.store)

    def close(self) -> None:
        """Stop: later writes and syncs are ignored (the store may outlive the feature)."""
        self._closed = True

    def _local_write(self) -> None:
        """A committed local write (any thread); which records it touched is not said."""
        if not self._closed:
            self._sig_local_write.emit()

    def _records_changed(self, entity: str, ids: object) -> None:
        """The sync changed records of ``entity`` (``ids``: a tuple of ids, or None for many)."""
        if entity not in WATCHED:
            return
        card = self.dock.current_card()
        if card is None or card.customer is None:
            return
        if entity == "customers" and isinstance(ids, tuple | list) and card.customer.id not in ids:
            return
        self.schedule()

    def schedule(self) -> None:
        """Re-read the shown card on the next event-loop turn (once, however many changes came)."""
        if self._closed or self._scheduled:
            return
        self._scheduled = True
        QTimer.singleShot(0, self._flush)

    def _pop_shown(self, _call_id: str, _ms: float) -> None:
        if self._waiting:
            self._waiting = False
            self.schedule()

    def _flush(self) -> None:
        self._scheduled = False
        if self._closed:
            return
        if self._loading():
            self._waiting = True
            return
        card = self.dock.current_card()
        if card is not None and card.customer is not None:
            self.controller.reread(card.call_id)
