"""The softphone dock: line buttons, dial pad, call controls, quality, level meters, history."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from resources.live_text import Retranslated
from softphone.engine.events import CallChanged, CallQuality, CallState, CommandFailed
from softphone.qt.adapter import PhoneAdapter
from softphone.qt.call_controls import CallControls
from softphone.qt.dial_pad import DialPad
from softphone.qt.history_list import HistoryList
from softphone.qt.line_buttons import LineButtons
from softphone.qt.quality_indicator import QualityIndicator
from softphone.qt.texts import failure_text

logger = logging.getLogger(__name__)


class SoftphoneDock(Retranslated, QWidget):
    """A view of the :class:`PhoneAdapter`: every change arrives as a signal, every click is a command."""

    def __init__(self, phone: PhoneAdapter, max_lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # opaque: what changes inside is painted here alone, not the dock's title bar and the window behind
        self.setAutoFillBackground(True)
        self.phone = phone
        self.lines = LineButtons(max_lines)
        self.pad = DialPad()
        self.controls = CallControls()
        self.quality = QualityIndicator()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.mic_level = QProgressBar()
        self.speaker_level = QProgressBar()
        for bar in (self.mic_level, self.speaker_level):
            bar.setRange(0, 100)
            bar.setTextVisible(True)
            bar.setMaximumHeight(14)
        self.recent_label = QLabel()
        self._status_message = ""  # the last failed command's message, as the engine marked it
        self._status_detail = ""  # and its detail (pjsip's reason), shown after the generic message
        self._status_call: int | None = None  # the call the message is about (None: a dial that never started)
        self.history = HistoryList(phone.history)
        meters = QHBoxLayout()
        meters.addWidget(self.mic_level)
        meters.addWidget(self.speaker_level)
        meters.addWidget(self.quality)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.lines)
        layout.addWidget(self.pad)
        layout.addWidget(self.controls)
        layout.addLayout(meters)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.history, 1)

        # a message says why the last command failed: the next command starts afresh without it
        for started in (self.pad.sig_dial_requested, self.history.sig_redial_requested):
            started.connect(self._clear_status)
        c = self.controls
        for started in (
            c.sig_answer_requested,
            c.sig_reject_requested,
            c.sig_hangup_requested,
            c.sig_hold_requested,
            c.sig_transfer_requested,
            c.sig_attended_transfer_requested,
            c.sig_conference_requested,
        ):
            started.connect(self._clear_status)
        self.pad.sig_dial_requested.connect(lambda target: phone.dial_manual(target))  # the DNC check first
        self.pad.sig_digit_pressed.connect(self._digit)
        self.history.sig_redial_requested.connect(lambda target: phone.dial_manual(target))
        self.lines.sig_line_selected.connect(phone.switch_to)
        self.lines.sig_line_selected.connect(self._refresh)  # the focus moved, even if no call changes state
        c.sig_answer_requested.connect(lambda: phone.answer())
        c.sig_reject_requested.connect(lambda: phone.reject())
        c.sig_hangup_requested.connect(lambda: phone.hangup())
        c.sig_hold_requested.connect(lambda: phone.toggle_hold())
        c.sig_mute_requested.connect(phone.toggle_mute)
        c.sig_transfer_requested.connect(phone.transfer)
        c.sig_attended_transfer_requested.connect(phone.complete_attended_transfer)
        c.sig_conference_requested.connect(phone.conference)
        # a ring (and the CRM's name for the caller on the line button) is shown at the next turn of the
        # event loop: the customer card, painted within the ring, comes first and paints alone
        self._refresh_later = QTimer(self)
        self._refresh_later.setSingleShot(True)
        self._refresh_later.setInterval(0)
        self._refresh_later.timeout.connect(self._refresh)
        phone.sig_incoming_call.connect(self._clear_status)  # a new call: the last one's failure is history
        phone.sig_incoming_call.connect(self._refresh_soon)
        phone.sig_caller_named.connect(self._refresh_soon)
        phone.sig_call_changed.connect(self._call_changed)
        phone.sig_call_quality.connect(self._quality)
        phone.sig_history_changed.connect(self.history.refresh)
        phone.sig_command_failed.connect(self._command_failed)
        self._meter_timer = QTimer(self)
        self._meter_timer.setInterval(100)
        self._meter_timer.timeout.connect(self._update_meters)  # runs only while a call is up
        self.retranslateUi()
        self._refresh()

    def retranslateUi(self) -> None:
        """Our own texts; the child widgets re-set theirs on the same LanguageChange."""
        self.mic_level.setFormat(self.tr("Mic"))
        self.speaker_level.setFormat(self.tr("Speaker"))
        self.recent_label.setText(self.tr("Recent calls"))
        self.status.setText(failure_text(self._status_message, self._status_detail) if self._status_message else "")
        self.status.setVisible(bool(self._status_message))  # no empty line on top of the lines

    def _refresh_soon(self, *_args: object) -> None:
        self._refresh_later.start()

    def _command_failed(self, event: CommandFailed) -> None:
        self._status_message, self._status_detail = event.message, event.detail
        self._status_call = event.call_id
        self.status.setText(failure_text(event.message, event.detail))
        self.status.show()

    def _clear_status(self, *_args: object) -> None:
        """The failure shown is no longer news: the call it was about ended, or the agent moved on."""
        if not self._status_message:
            return
        self._status_message = self._status_detail = ""
        self._status_call = None
        self.status.clear()
        self.status.hide()

    def _digit(self, key: str) -> None:
        active = self.phone.board.active()
        if active is not None and active.state == CallState.ACTIVE:
            self.phone.send_dtmf(key)

    def _call_changed(self, event: CallChanged) -> None:
        if event.state == CallState.DISCONNECTED and not self.phone.board.lines:
            self.quality.clear_quality()
        if (
            event.state == CallState.DISCONNECTED
            and self._status_call is not None
            and event.call_id == self._status_call
        ):
            self._clear_status()
        self._refresh()

    def _quality(self, event: CallQuality) -> None:
        current = self.phone.board.current()
        if current is not None and current.call_id == event.call_id:
            self.quality.show_quality(event)

    def _refresh(self, *_args: object) -> None:
        board = self.phone.board
        self.lines.refresh(board)
        self.controls.refresh(board)
        if board.lines and not self._meter_timer.isActive():
            self._meter_timer.start()
        elif not board.lines and self._meter_timer.isActive():
            self._meter_timer.stop()
        if not board.lines:  # no call: the meters go dark (the bridge may still hold the last frame's level)
            self.mic_level.setValue(0)
            self.speaker_level.setValue(0)
        for bar in (self.mic_level, self.speaker_level):
            bar.setEnabled(bool(board.lines))

    def _update_meters(self) -> None:
        bridge = self.phone.engine.bridge
        self.mic_level.setValue(min(100, int(bridge.input_level * 300)))
        self.speaker_level.setValue(min(100, int(bridge.output_level * 300)))
