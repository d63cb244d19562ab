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
