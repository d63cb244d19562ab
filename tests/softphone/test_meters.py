"""Issue 16: the microphone and speaker meters move during a call and go dark when it ends, whatever
level the audio bridge still holds from the call's last frame."""

from __future__ import annotations

from softphone.qt.adapter import PhoneAdapter
from softphone.qt.softphone_dock import SoftphoneDock
from tests.softphone.test_command_failures import silent_port


def test_the_speaker_meter_goes_dark_after_the_call(make_engine, qtbot) -> None:
    engine, _log = make_engine()
    phone = PhoneAdapter(engine)
    dock = SoftphoneDock(phone)
    qtbot.addWidget(dock)
    assert not dock.speaker_level.isEnabled() and dock.speaker_level.value() == 0
    key = phone.dial(f"sip:bob@127.0.0.1:{silent_port()}")
    qtbot.waitUntil(lambda: key in phone.board.lines, timeout=10000)
    engine.bridge.output_level = 0.2  # what the media clock measured in the call's last frame
    qtbot.waitUntil(lambda: dock.speaker_level.value() == 60)
    assert dock.speaker_level.isEnabled()
    phone.hangup()
    qtbot.waitUntil(lambda: not phone.board.lines, timeout=10000)
    assert engine.bridge.output_level == 0.2  # the bridge still holds it...
    assert dock.speaker_level.value() == 0 and not dock.speaker_level.isEnabled()  # ...the meter does not
    assert dock.mic_level.value() == 0


def test_a_ring_reaches_the_customer_card_first_and_the_line_button_right_after(make_engine, qtbot) -> None:
    import time

    from softphone.engine.events import IncomingCall

    engine, _log = make_engine()
    phone = PhoneAdapter(engine)
    dock = SoftphoneDock(phone)
    qtbot.addWidget(dock)
    seen: list[str] = []
    phone.sig_incoming_call.connect(lambda _event: seen.append(dock.lines.buttons[0].text()))  # the card pops here
    phone._sig_event.emit(IncomingCall(41, "sip:13800138000@pbx", "Zhang Wei", "+8613800138000", {}, time.monotonic()))
    assert seen == ["Line 1: free"]  # the card's turn came before the phone's dock was drawn again
    qtbot.waitUntil(lambda: dock.lines.buttons[0].text() == "1: Zhang Wei — Ringing")  # the next turn
    assert dock.controls.answer.isEnabled()
    phone.set_caller_name(41, "张伟")  # the card found the customer: the line names them
    qtbot.waitUntil(lambda: dock.lines.buttons[0].text() == "1: 张伟 — Ringing")
