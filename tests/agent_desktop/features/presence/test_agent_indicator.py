"""The agent's own indicator and state selector tell the truth: Ringing, On call, On hold while the phone
says so (whatever the agent chose), a state picked meanwhile reads "…, after this call" and takes
effect when the call is over, and a wrap-up shows its countdown."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.presence import feature as presence_feature
from agent_desktop.shell.agent_state import NOT_READY, READY, WRAP_UP
from softphone.engine.call_board import CallBoard
from softphone.engine.events import AudioStatus, CallChanged, CallState, IncomingCall


class PhoneSignals(QObject):
    """The softphone adapter's signals presence follows (the calls as the SIP engine reports them)."""

    sig_incoming_call = Signal(object)
    sig_call_changed = Signal(object)
    sig_caller_named = Signal(int)
    sig_audio_status = Signal(AudioStatus)

    def __init__(self) -> None:
        super().__init__()
        self.board = CallBoard()


def changed(phone: PhoneSignals, state: CallState, direction: str = "in") -> None:
    phone.sig_call_changed.emit(CallChanged(7, state, direction, "sip:13800138000@pbx", "13800138000"))


def test_the_indicator_and_the_selector_follow_the_phone_and_a_choice_waits_for_the_end_of_the_call(
    make_shell, qtbot
) -> None:
    shell = make_shell(overrides={"presence.away_on_lock": False, "wrapup.limit_s": 90})
    window, model = shell.window, shell.agent_state
    phone = PhoneSignals()
    shell.ctx.services.provide(PHONE, phone)  # type: ignore[arg-type]
    presence = presence_feature.install(shell.ctx, shell.window)
    indicator, selector = window.status_indicator("agent"), window.state_selector
    try:
        assert indicator.text() == "Agent: Ready" and selector.currentText() == "Ready"
        phone.sig_incoming_call.emit(IncomingCall(7, "sip:13800138000@pbx", "", "13800138000", {}, 0.0))
        assert (indicator.text(), indicator.level) == ("Agent: Ringing", "warn")
        changed(phone, CallState.ACTIVE)
        assert (indicator.text(), indicator.level) == ("Agent: On call", "busy")
        # the selector says the call too, and offers the states for after it (it never reads "Ready")
        texts = [selector.itemText(i) for i in range(selector.count())]
        assert selector.currentText() == "On call" and texts[:3] == [
            "On call",
            "Ready, after this call",
            "Not ready, after this call",
        ]
        assert not selector.model().item(0).isEnabled()  # the call is shown, not picked
        index = selector.findData("not_ready:break")
        selector.setCurrentIndex(index)
        selector.activated.emit(index)
        assert model.choice == (NOT_READY, "break")  # chosen for after the call ...
        assert indicator.text() == "Agent: On call" and selector.currentText() == "On call"  # ... the call shows
        changed(phone, CallState.HELD)
        assert indicator.text() == "Agent: On hold"
        changed(phone, CallState.DISCONNECTED)
        assert indicator.text() == "Agent: Not ready (Break)" and selector.currentText() == "Not ready (Break)"
        assert selector.itemText(0) == "Ready"  # the call's entry is gone

        changed(phone, CallState.DIALING, "out")  # outbound: busy from the first ring back
        assert indicator.text() == "Agent: On call"
        changed(phone, CallState.DISCONNECTED, "out")
        model.set_state(WRAP_UP)  # what the card does after an answered call
        assert indicator.text() in ("Agent: Wrap-up (1:30 left)", "Agent: Wrap-up (1:29 left)")
        assert indicator.level == "warn" and selector.currentText() == indicator.text().removeprefix("Agent: ")
        model.set_state(READY)
        assert indicator.text() == "Agent: Ready"
    finally:
        presence.shutdown()
