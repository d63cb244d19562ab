"""The agent's recording control: the Record button beside the call controls, the Call menu's Record
call (F10, ``hotkeys.record``) and the status bar's recording indicator, all saying the same about the
current call (:class:`~agent_desktop.features.recording.core.control_state.RecordState`).

With ``on_demand`` the button and F10 start, pause and go on with the current call's recording. Where
the agent cannot (the policy records nothing, records every call, or records incoming calls only),
the button is disabled and its tooltip says why; F10 says it in the status bar. A paused recording
and one of a call on hold (nothing is recorded meanwhile) are shown as paused, not as recording.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QPushButton

from agent_desktop.features.recording.core.control_state import RecordState, agent_can_toggle, record_state
from resources.icon_set import RED, icon
from resources.live_text import Retranslated
from softphone.engine.events import CallState
from softphone.engine.recorder import RecordingChanged
from softphone.qt.call_controls import CallControls

if TYPE_CHECKING:
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow
    from softphone.qt.adapter import PhoneAdapter

logger = logging.getLogger(__name__)

_SHOWN = frozenset({RecordState.RECORDING, RecordState.PAUSED, RecordState.ON_HOLD})
"""The states the status bar's indicator shows (with ``recording.announce``)."""


class RecordControl(QObject):
    """The button, the menu entry and the indicator of the current call's recording."""

    def __init__(self, ctx: AppContext, window: MainWindow, phone: PhoneAdapter) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.phone = phone
        self.recording: set[int] = set()
        """The calls being recorded now (not paused)."""
        self.started: set[int] = set()
        """The calls whose recording was on at some time (a pause leaves them here)."""
        self.state = RecordState.NO_CALL
        self.indicator = window.status_indicator("recording")
        self.indicator.hide()
        self.action = window.add_menu_action("call", self._action_text, ctx.settings.hotkeys.record, self.toggle)
        self.action.setObjectName("act_call_record")
        self.action.setCheckable(True)
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        window.addAction(self.action)
        self.button = _RecordButton(self)
        self.button.setObjectName("record_button")
        self.button.setIcon(icon("record"))
        self.button.setCheckable(True)
        self.button.clicked.connect(lambda _checked=False: self.toggle())
        controls = window.findChild(CallControls)
        if controls is not None:
            controls.add_control(self.button)
        phone.sig_call_changed.connect(lambda _change: self.refresh())
        self.refresh()

    # -- what the agent does ------------------------------------------------------------------------
    def _current_call(self) -> tuple[int | None, bool, bool]:
        """The answered call in focus (None: none), whether it is on hold and whether it was dialled."""
        line = self.phone.board.current()
        if line is None or line.state not in (CallState.ACTIVE, CallState.HELD):
            return None, False, False
        return line.call_id, line.state == CallState.HELD, line.direction == "out"

    def toggle(self) -> None:
        """Start, pause or go on with the current call's recording (on demand); else say why not."""
        call, _held, _dialled = self._current_call()
        mode = self.ctx.settings.recording.mode
        if call is not None and agent_can_toggle(mode, self.state):
            if call in self.recording:
                self.phone.engine.recording.stop(call)
            else:
                self.phone.engine.recording.start(call)
        else:
            self.window.transient(self._why_not())
        self.refresh()

    # -- what the engine says -----------------------------------------------------------------------
    def changed(self, event: RecordingChanged) -> None:
        """A call's recording started or paused."""
        if event.recording:
            self.recording.add(event.call_id)
            self.started.add(event.call_id)
            if self.ctx.settings.recording.announce:
                self.window.transient(self.tr("This call is being recorded: tell the caller."))
        else:
            self.recording.discard(event.call_id)
        self.refresh()

    def finished(self, call_id: int) -> None:
        """The call ended: its recording is complete."""
        self.recording.discard(call_id)
        self.started.discard(call_id)
        self.refresh()

    def forget_all(self) -> None:
        """The engine restarted: no call is recorded any more."""
        self.recording.clear()
        self.started.clear()
        self.refresh()

    def set_hotkey(self, keys: str) -> None:
        self.action.setShortcut(QKeySequence(keys or ""))
        self.refresh()

    # -- what is shown ------------------------------------------------------------------------------
    def refresh(self) -> None:
        call, held, dialled = self._current_call()
        mode = self.ctx.settings.recording.mode
        recording, started = call in self.recording, call in self.started
        self.state = record_state(mode, call is not None, held, dialled, recording, started)
        can = agent_can_toggle(mode, self.state)
        self.action.setChecked(recording)
        self.action.setText(self._action_text())
        self.action.setStatusTip("" if can else self._why_not())
        self.button.setEnabled(can)
        self.button.setChecked(recording)
        self.button.setText(self._button_text())
        self.button.setToolTip(self._tooltip())
        self._tint(RED if self.state == RecordState.RECORDING else None)
        self._show_indicator()

    def _tint(self, colour: str | None) -> None:
        palette = QPalette()
        if colour is not None:
            palette = QPalette(self.button.palette())
            palette.setColor(QPalette.ColorRole.Button, QColor(colour))
            palette.setColor(QPalette.ColorRole.ButtonText, QColor("#ffffff"))
        self.button.setPalette(palette)
        self.button.setIcon(icon("record", "#ffffff" if colour is not None else None))

    def _button_text(self) -> str:
        state = self.state
        if state == RecordState.RECORDING:
            return self.tr("Recording")
        if state == RecordState.PAUSED:
            return self.tr("Resume recording")
        if state == RecordState.ON_HOLD:
            return self.tr("Recording paused: on hold")
        return self.tr("Record")

    def _action_text(self) -> str:
        state = self.state
        if state == RecordState.RECORDING and self.ctx.settings.recording.mode == "on_demand":
            return self.tr("Pause recording")
        if state == RecordState.PAUSED:
            return self.tr("Resume recording")
        return self.tr("Record call")

    def _tooltip(self) -> str:
        """What the button does, or why it is as it is (a policy that decides for the agent)."""
        state, on_demand = self.state, self.ctx.settings.recording.mode == "on_demand"
        if state == RecordState.RECORDING:
            if on_demand:
                return self.tr("This call is being recorded. Click to pause.")
            return self.tr("This call is being recorded: the recording policy records calls, it cannot be paused.")
        if state == RecordState.PAUSED:
            return self.tr("The recording is paused: nothing is recorded. Click to go on.")
        if state == RecordState.ON_HOLD:
            return self.tr("The call is on hold: nothing is recorded until it is resumed.")
        if state == RecordState.STARTING:
            return self.tr("The recording policy records this call: it starts with the call's audio.")
        if state == RecordState.READY:
            return self.tr("Record this call.")
        return self._why_not()

    def _why_not(self) -> str:
        """Why the agent cannot start or pause the recording now."""
        state = self.state
        if state == RecordState.NO_CALL:
            return self.tr("No call to record.")
        if state == RecordState.OFF:
            return self.tr("Recording is off (Settings > Recording; it may be set by your IT department).")
        if state == RecordState.NOT_THIS_CALL:
            return self.tr("The recording policy records incoming calls only.")
        return self.tr("The recording policy decides which calls are recorded: it cannot be started or paused here.")

    def _show_indicator(self) -> None:
        state = self.state
        if state not in _SHOWN or not self.ctx.settings.recording.announce:
            self.indicator.hide()
            return
        if state == RecordState.RECORDING:
            self.indicator.set_state(
                lambda: self.tr("● Recording"), "error", lambda: self.tr("This call is recorded (tell the caller).")
            )
        elif state == RecordState.PAUSED:
            self.indicator.set_state(
                lambda: self.tr("❚❚ Recording paused"), "warn", lambda: self.tr("Nothing is recorded until you go on.")
            )
        else:
            self.indicator.set_state(
                lambda: self.tr("❚❚ Recording paused: on hold"),
                "warn",
                lambda: self.tr("Nothing is recorded while the call is on hold."),
            )
        self.indicator.show()


class _RecordButton(Retranslated, QPushButton):
    """The Record button; its texts follow a language switch."""

    def __init__(self, control: RecordControl) -> None:
        super().__init__()
        self._control = control

    def retranslateUi(self) -> None:
        self._control.refresh()
