"""Call controls: answer, reject, hang up, hold, mute, transfer, conference; call timer. Each button
has its icon; the one that matters now is coloured (answer while ringing, hang up in a call)."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from crm.durations import clock
from resources.colours import follow_theme
from resources.icon_set import GREEN, RED, icon
from resources.live_text import Retranslated
from softphone.engine.call_board import CallBoard, Line
from softphone.engine.events import CallState

logger = logging.getLogger(__name__)


class CallControls(Retranslated, QWidget):
    """Buttons enabled according to the current call; a timer counting the talk time."""

    sig_answer_requested = Signal()
    """Answer the ringing call."""
    sig_reject_requested = Signal()
    """Refuse the ringing call (busy)."""
    sig_hangup_requested = Signal()
    """End the current call."""
    sig_hold_requested = Signal()
    """Hold or resume the current call."""
    sig_mute_requested = Signal()
    """Mute or unmute the microphone."""
    sig_transfer_requested = Signal(str)
    """Blind-transfer the current call to this target."""
    sig_attended_transfer_requested = Signal()
    """Join the held call to the consult call (attended transfer)."""
    sig_conference_requested = Signal()
    """Join the lines into a conference."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer = self._button(self.sig_answer_requested)
        self.reject = self._button(self.sig_reject_requested)
        self.hangup = self._button(self.sig_hangup_requested)
        self.hold = self._button(self.sig_hold_requested)
        self.mute = self._button(self.sig_mute_requested)
        self.mute.setCheckable(True)
        self.transfer_target = QLineEdit()
        self.transfer = QPushButton()
        self.transfer.clicked.connect(lambda: self.sig_transfer_requested.emit(self.transfer_target.text().strip()))
        self.attended = self._button(self.sig_attended_transfer_requested)
        self.conference = self._button(self.sig_conference_requested)
        self._held = False
        self._hold_shown: bool | None = None  # what the hold button says (None: not set yet)
        self._tints: dict[str, str | None] = {}  # each button's colour as set ("" or missing: never set)
        for button, name in (
            (self.answer, "answer"),
            (self.reject, "reject"),
            (self.hangup, "hang_up"),
            (self.hold, "hold"),
            (self.mute, "mute"),
            (self.transfer, "transfer"),
            (self.attended, "complete_transfer"),
            (self.conference, "conference"),
        ):
            button.setIcon(icon(name))
            button.setObjectName(f"{name}_button")
        self.timer_label = QLabel("0:00")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, w in enumerate((self.answer, self.reject, self.hangup, self.hold, self.mute, self.conference)):
            grid.addWidget(w, i // 3, i % 3)
        grid.addWidget(self.transfer_target, 2, 0, 1, 2)  # room for an address
        grid.addWidget(self.transfer, 2, 2)
        grid.addWidget(self.timer_label, 3, 0)
        grid.addWidget(self.attended, 3, 1, 1, 2)
        self._grid = grid
        self._talking: Line | None = None  # the answered call in focus, whose talk time the timer shows
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._update_timer)
        self.retranslateUi()
        self.refresh(CallBoard())
        follow_theme(self, self._theme_changed)  # a tinted button keeps the palette it was given

    def add_control(self, button: QPushButton) -> None:
        """Another feature's call button (Record), on a row under the others, as wide as the controls."""
        self._grid.addWidget(button, self._grid.rowCount(), 0, 1, 3)

    def _theme_changed(self) -> None:
        tints, self._tints = self._tints, {}
        for button in (self.answer, self.hangup):
            self._tint(button, tints.get(button.objectName()))

    def _button(self, signal) -> QPushButton:
        button = QPushButton()
        button.clicked.connect(lambda: signal.emit())
        return button

    def retranslateUi(self) -> None:
        self.answer.setText(self.tr("Answer"))
        self.reject.setText(self.tr("Reject"))
        self.hangup.setText(self.tr("Hang up"))
        self.mute.setText(self.tr("Mute"))
        self.transfer_target.setPlaceholderText(self.tr("Transfer to…"))
        self.transfer.setText(self.tr("Transfer"))
        self.attended.setText(self.tr("Complete transfer"))
        self.conference.setText(self.tr("Conference"))
        self._hold_text()

    def _hold_text(self, changed_only: bool = False) -> None:
        if changed_only and self._hold_shown == self._held:
            return
        self._hold_shown = self._held
        self.hold.setText(self.tr("Resume") if self._held else self.tr("Hold"))
        self.hold.setIcon(icon("resume" if self._held else "hold"))

    def _tint(self, button: QPushButton, colour: str | None) -> None:
        """The button that matters now stands out: answer green while a call rings, hang up red in a call.
        Set only when it changes: the controls are refreshed at every call event, and a new palette
        or icon repaints the button."""
        if self._tints.get(button.objectName(), "") == colour:
            return
        self._tints[button.objectName()] = colour
        if colour is None:
            button.setPalette(QPalette())
            button.setIcon(icon(button.objectName().removesuffix("_button")))
            return
        palette = QPalette(button.palette())
        palette.setColor(QPalette.ColorRole.Button, QColor(colour))
        palette.setColor(QPalette.ColorRole.ButtonText, QColor("#ffffff"))
        button.setPalette(palette)
        button.setIcon(icon(button.objectName().removesuffix("_button"), "#ffffff"))

    def refresh(self, board: CallBoard) -> None:
        """Enable what makes sense for the board's current call."""
        current = board.current()
        ringing = board.ringing()
        answered = [line for line in board.lines.values() if line.state in (CallState.ACTIVE, CallState.HELD)]
        self.answer.setEnabled(ringing is not None)
        self.reject.setEnabled(ringing is not None)
        self.hangup.setEnabled(current is not None)
        self._tint(self.answer, GREEN if ringing is not None else None)
        self._tint(self.hangup, RED if current is not None and ringing is None else None)
        self.hold.setEnabled(current is not None and current.state in (CallState.ACTIVE, CallState.HELD))
        self._held = current is not None and current.state == CallState.HELD
        self._hold_text(changed_only=True)
        self.mute.setChecked(board.muted)
        self.transfer.setEnabled(current is not None and current.state in (CallState.ACTIVE, CallState.HELD))
        held = any(line.state == CallState.HELD for line in board.lines.values())
        self.attended.setEnabled(held and board.active() is not None)
        self.conference.setEnabled(len(answered) >= 2)
        self._talking = current if current is not None and current.connected_at else None
        if self._talking is None:
            self._tick.stop()
            self.timer_label.setText("0:00")
            self.timer_label.setToolTip("")
        elif not self._tick.isActive():
            self._tick.start()
            self._update_timer()

    def _update_timer(self) -> None:
        """The talk time as the card's banner and the KPIs count it (hold excluded), labelled so."""
        if self._talking is None:
            return
        now = time.monotonic()
        self.timer_label.setText(self.tr("Talk %1").replace("%1", clock(self._talking.talk_seconds(now))))
        hold = clock(self._talking.hold_seconds(now))
        self.timer_label.setToolTip(self.tr("Talk time (hold excluded); on hold %1").replace("%1", hold))
