"""Call history list: newest first; double-click calls the number back."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from crm.durations import clock
from crm.i18n import QT_TRANSLATE_NOOP
from crm.phones import DEFAULT_REGION, format_phone
from softphone.engine.history import CallHistory, HistoryEntry

logger = logging.getLogger(__name__)

SHOWN = 100
"""How many of the newest calls the list shows."""

_OUTCOMES = {
    "answered": QT_TRANSLATE_NOOP("HistoryList", "answered"),
    "busy": QT_TRANSLATE_NOOP("HistoryList", "busy"),
    "no_answer": QT_TRANSLATE_NOOP("HistoryList", "no answer"),
    "invalid_number": QT_TRANSLATE_NOOP("HistoryList", "invalid number"),
    "rejected": QT_TRANSLATE_NOOP("HistoryList", "rejected"),
    "network_error": QT_TRANSLATE_NOOP("HistoryList", "network error"),
    "missed": QT_TRANSLATE_NOOP("HistoryList", "missed"),
    "cancelled": QT_TRANSLATE_NOOP("HistoryList", "cancelled"),
}


class HistoryList(QListWidget):
    """The local call history."""

    sig_redial_requested = Signal(str)
    """The agent double-clicked an entry to call that number."""

    def __init__(self, history: CallHistory, parent: QWidget | None = None, region: str = DEFAULT_REGION) -> None:
        super().__init__(parent)
        self.history = history
        self.region = region
        self._shown: list[HistoryEntry] = []  # the entries the lines show, in order
        self.itemDoubleClicked.connect(self._activated)
        self.refresh()

    def refresh(self) -> None:
        """Show the newest entries. A call that ended adds one line on top (and the oldest one goes):
        only that line is built, not the whole list (this runs after every call)."""
        entries = self.history.entries[:SHOWN]
        if entries[1:] and entries[1:] == self._shown[: len(entries) - 1]:
            self.insertItem(0, self._item(entries[0]))
            while self.count() > len(entries):
                self.takeItem(self.count() - 1)
        else:
            self.clear()
            for entry in entries:
                self.addItem(self._item(entry))
        self._shown = list(entries)

    def _item(self, entry: HistoryEntry) -> QListWidgetItem:
        arrow = "←" if entry.direction == "in" else "→"
        outcome = QCoreApplication.translate("HistoryList", _OUTCOMES.get(entry.outcome, entry.outcome))
        when = time.strftime("%m-%d %H:%M", time.localtime(entry.started_at))
        who = format_phone(entry.number, self.region) if entry.number else entry.remote_uri  # 138 0013 8000
        item = QListWidgetItem(f"{arrow} {who}  {when}  {clock(entry.duration_s)}  {outcome}")
        # the time shown is the talk time, as the card's banner and the KPIs count it
        talk = QCoreApplication.translate("HistoryList", "Talk %1").replace("%1", clock(entry.duration_s))
        hold = QCoreApplication.translate("HistoryList", "Hold %1").replace("%1", clock(entry.hold_s))
        item.setToolTip(f"{talk}  ·  {hold}")
        item.setData(Qt.ItemDataRole.UserRole, entry.number or entry.remote_uri)
        return item

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._shown = []
            self.refresh()  # the outcomes in the new language
        super().changeEvent(event)

    def _activated(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        if number:
            self.sig_redial_requested.emit(number)
