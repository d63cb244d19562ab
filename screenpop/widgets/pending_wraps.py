"""The wrap-ups waiting, above the wrap-up form while more than one waits (the recent pops step aside
under it): a badge with how many, a tab per call (its customer; when it came or was dialled in the tab's
tooltip) to switch to it. Switching keeps what was typed in each (the screen-pop feature sets it aside)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QTabBar, QWidget

from resources.live_text import Retranslated
from screenpop.core.session import PopHistory
from screenpop.widgets.text import format_when, party_text, plain_label

logger = logging.getLogger(__name__)


class PendingWrapUps(Retranslated, QWidget):
    """Oldest first; the wrap-up in the form is the current tab."""

    sig_pop_selected = Signal(str)
    """The agent chose another waiting wrap-up (carries its call id)."""

    def __init__(self, history: PopHistory, region: str = "CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self._region = region
        self._rows: list[tuple[str, str]] = []  # (call id, text) of each tab
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = plain_label(wrap=False)
        self.badge = plain_label(name="pending_wrap_ups_badge", wrap=False)
        self.badge.setStyleSheet("QLabel { background: #b3261e; color: white; border-radius: 7px; padding: 0 5px; }")
        self.tabs = QTabBar()
        self.tabs.setObjectName("pending_wrap_ups")
        self.tabs.setExpanding(False)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._chosen)
        layout.addWidget(self.title_label)
        layout.addWidget(self.badge)
        layout.addWidget(self.tabs, 1)
        self.setVisible(False)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.title_label.setText(self.tr("Wrap-ups waiting:"))
        self.badge.setToolTip(self.tr("Calls whose wrap-up is not submitted yet; choose one to go on with it."))

    def refresh(self, current_call_id: str) -> None:
        """Re-read the waiting wrap-ups (on every change of the shown call); shown while more than one waits."""
        sessions = list(reversed(self._history.pending_wrap_up()))
        rows = [(s.call_id, party_text(s.card, self._region)) for s in sessions]
        self.tabs.blockSignals(True)
        if rows != self._rows:
            while self.tabs.count():
                self.tabs.removeTab(0)
            for session, (call_id, text) in zip(sessions, rows, strict=True):
                index = self.tabs.addTab(text)
                self.tabs.setTabData(index, call_id)
                self.tabs.setTabToolTip(index, self.tr("Call at %1").replace("%1", format_when(session.ring_wall)))
            self._rows = rows
        current = next((row for row, (call_id, _text) in enumerate(rows) if call_id == current_call_id), -1)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self.badge.setText(str(len(rows)))
        self.setVisible(len(rows) > 1)

    def texts(self) -> list[str]:
        return [text for _call_id, text in self._rows]

    def current_call_id(self) -> str:
        index = self.tabs.currentIndex()
        return str(self.tabs.tabData(index)) if index >= 0 else ""

    def choose(self, call_id: str) -> None:
        """Switch to the waiting wrap-up of ``call_id`` (what clicking its tab does)."""
        index = next((row for row, (listed, _text) in enumerate(self._rows) if listed == call_id), -1)
        if index >= 0:
            self.tabs.setCurrentIndex(index)

    def _chosen(self, index: int) -> None:
        if index >= 0:
            self.sig_pop_selected.emit(str(self.tabs.tabData(index)))
