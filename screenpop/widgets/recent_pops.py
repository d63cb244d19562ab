"""The agent's recent pops: go back to the card of an earlier call."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from screenpop.core.session import PopHistory, PopSession
from screenpop.widgets.text import format_when, party_text, plain_label

logger = logging.getLogger(__name__)


class RecentPopsList(QWidget):
    """Newest first; calls still waiting for their wrap-up are marked."""

    sig_pop_selected = Signal(str)
    """The agent chose an earlier pop (carries its call id)."""

    def __init__(self, history: PopHistory, region: str = "CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self._region = region
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = plain_label(self.tr("Recent pops"), wrap=False)
        layout.addWidget(self.title_label)
        self._current = ""
        self._rows: list[tuple[str, str]] = []  # (call id, text) of each item shown
        self.list = QListWidget()
        self.list.setObjectName("recent_list")
        self.list.setUniformItemSizes(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 4 + 8)
        self.setMaximumHeight(self.list.maximumHeight() + self.fontMetrics().height() + 8)
        layout.addWidget(self.list)

    def refresh(self, current_call_id: str = "") -> None:
        """Re-read the history (after a ring, a choice, a hang-up, a wrap-up); the list is rebuilt only
        when what it shows changed (it is asked on every change of the shown call)."""
        self._current = current_call_id
        rows = [(session.call_id, self._text(session)) for session in self._history.sessions()]
        self.list.blockSignals(True)
        if [call_id for call_id, _shown in rows] == [call_id for call_id, _shown in self._rows]:
            for row, ((_call_id, text), (_same, before)) in enumerate(zip(rows, self._rows, strict=True)):
                if text != before:  # a call's state changed: its line only
                    self.list.item(row).setText(text)
        else:
            self.list.clear()
            for call_id, text in rows:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, call_id)
                self.list.addItem(item)
        self._rows = rows
        current = next((row for row, (call_id, _shown) in enumerate(rows) if call_id == current_call_id), -1)
        self.list.setCurrentRow(current)
        self.list.blockSignals(False)

    def _text(self, session: PopSession) -> str:
        text = f"{format_when(session.ring_wall)}  {party_text(session.card, self._region)}"
        if session.without_call:
            text += "  " + self.tr("(no call)")
        elif session.ended and not session.wrapped_up:
            text += "  " + self.tr("(wrap-up pending)")
        elif session.answer_monotonic is None:  # not answered yet
            text += "  " + (self.tr("(dialling)") if session.outbound else self.tr("(ringing)"))
        elif not session.ended:
            text += "  " + (self.tr("(on hold)") if session.hold_started is not None else self.tr("(in call)"))
        return text

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.title_label.setText(self.tr("Recent pops"))
            self.refresh(self._current)
        super().changeEvent(event)

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        self.sig_pop_selected.emit(item.data(Qt.ItemDataRole.UserRole))
