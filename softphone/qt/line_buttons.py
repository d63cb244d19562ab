"""Line buttons: one per call, showing who and what state; clicking one switches to it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from crm.i18n import QT_TRANSLATE_NOOP
from softphone.engine.call_board import CallBoard
from softphone.engine.events import CallState

logger = logging.getLogger(__name__)

_STATE_TEXT = {
    CallState.DIALING: QT_TRANSLATE_NOOP("LineButtons", "Dialling"),
    CallState.RINGING: QT_TRANSLATE_NOOP("LineButtons", "Ringing"),
    CallState.EARLY: QT_TRANSLATE_NOOP("LineButtons", "Ringing out"),
    CallState.CONNECTING: QT_TRANSLATE_NOOP("LineButtons", "Connecting"),
    CallState.ACTIVE: QT_TRANSLATE_NOOP("LineButtons", "Talking"),
    CallState.HELD: QT_TRANSLATE_NOOP("LineButtons", "On hold"),
}


def state_text(state: CallState) -> str:
    """Translated name of a call state."""
    return QCoreApplication.translate("LineButtons", _STATE_TEXT.get(state, QT_TRANSLATE_NOOP("LineButtons", "Idle")))


class LineButtons(QWidget):
    """``max_lines`` checkable buttons; the checked one is the line the agent talks on."""

    sig_line_selected = Signal(int)
    """The agent clicked the line of this call id."""

    def __init__(self, max_lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        self._call_ids: list[int | None] = [None] * max_lines
        self._board = CallBoard()
        for i in range(max_lines):
            button = QPushButton()
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, index=i: self._clicked(index))
            layout.addWidget(button)
            self.buttons.append(button)
        self.refresh(CallBoard())

    def refresh(self, board: CallBoard) -> None:
        """Show the board's lines in arrival order."""
        self._board = board
        lines = list(board.lines.values())[: len(self.buttons)]
        current = board.current()
        for i, button in enumerate(self.buttons):
            line = lines[i] if i < len(lines) else None
            self._call_ids[i] = line.call_id if line else None
            if line is None:
                button.setText(self.tr("Line %1: free").replace("%1", str(i + 1)))
                button.setChecked(False)
                button.setEnabled(False)
                continue
            who = line.name or line.display or line.number or "?"  # the CRM's name before the SIP display name
            button.setText(f"{i + 1}: {who} — {state_text(line.state)}")
            button.setEnabled(True)
            button.setChecked(current is not None and current.call_id == line.call_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh(self._board)  # the states in the new language
        super().changeEvent(event)

    def _clicked(self, index: int) -> None:
        call_id = self._call_ids[index]
        if call_id is not None:
            self.sig_line_selected.emit(call_id)
