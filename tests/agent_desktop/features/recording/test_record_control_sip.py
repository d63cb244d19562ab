"""The agent's recording control on real calls to sipp callees: the Record button beside the call
controls says why it cannot record (no call; the policy is off, and F10 says it in the status bar);
on demand it starts and pauses the recording, and a paused recording, or one of a call on hold, is
shown as paused (nothing is recorded then), not as recording. The Settings dialog has a Recording
tab whose keys IT can lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from agent_desktop.features.phone import feature as phone_feature
from agent_desktop.features.recording import feature as recording_feature
from softphone.engine.audio_io import PacedDevice, tone_source
from softphone.engine.events import CallState

pytestmark = pytest.mark.e2e


@pytest.fixture
def desk(make_shell, qtbot):
    """``desk(**settings)`` -> (shell, phone feature, recording feature): the real softphone."""
    made = []

    def make(**overrides):
        shell = make_shell(overrides={"sip.local_port": 0, **overrides})
        mic = PacedDevice(source=tone_source(440, amplitude=0.1), sink=lambda _pcm: None)
        phone = phone_feature.PhoneFeature(shell.ctx, shell.window, audio_device=mic)
        feature = recording_feature.install(shell.ctx, shell.window)
        made.append((feature, phone))
        qtbot.waitUntil(lambda: phone.engine.local_port > 0, timeout=10_000)
        return shell, phone, feature

    yield make
    for feature, phone in made:
        feature.shutdown()
        phone.shutdown()


def answered(phone, qtbot, callee) -> int:
    key = phone.phone.dial(callee.uri)
    qtbot.waitUntil(lambda: getattr(phone.phone.board.current(), "state", None) == CallState.ACTIVE, timeout=10_000)
    return key


def test_with_recording_off_the_record_button_and_f10_say_why(desk, sipp, qtbot) -> None:
    shell, phone, feature = desk()  # recording.mode: off, the default
    button = phone.dock.controls.findChild(type(feature.control.button), "record_button")
    assert button is feature.control.button and button.isVisible()
    assert not button.isEnabled() and button.text() == "Record"
    assert button.toolTip() == "No call to record."
    QTest.keyClick(shell.window, Qt.Key.Key_F10)
    assert shell.window.statusBar().currentMessage() == "No call to record."

    callee = sipp("uas_200.xml")
    key = answered(phone, qtbot, callee)
    assert not button.isEnabled()
    assert "Recording is off" in button.toolTip() and "Settings > Recording" in button.toolTip()
    QTest.keyClick(shell.window, Qt.Key.Key_F10)
    assert "Recording is off" in shell.window.statusBar().currentMessage()
    assert not shell.window.status_indicator("recording").isVisible()
    phone.phone.hangup(key)
    assert callee.wait(10) == 0, callee.output()


def test_on_demand_the_button_records_pauses_and_a_held_call_shows_as_paused(desk, sipp, qtbot) -> None:
    shell, phone, feature = desk(**{"recording.mode": "on_demand"})
    button = feature.control.button
    indicator = shell.window.status_indicator("recording")
    callee = sipp("uas_hold_resume.xml")  # expects: hold (sendonly), then resume (sendrecv), BYE
    key = answered(phone, qtbot, callee)
    assert button.isEnabled() and button.text() == "Record" and not indicator.isVisible()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: indicator.isVisible() and button.isChecked(), timeout=5000)
    assert indicator.text() == "● Recording" and button.text() == "Recording"
    assert feature.action.text() == "Pause recording"

    phone.phone.toggle_hold(key)  # on hold: nothing is recorded, and the indicator says so
    qtbot.waitUntil(lambda: "on hold" in indicator.text(), timeout=10_000)
    assert indicator.text() == "❚❚ Recording paused: on hold" and button.text() == "Recording paused: on hold"
    phone.phone.toggle_hold(key)
    qtbot.waitUntil(lambda: indicator.text() == "● Recording", timeout=10_000)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the agent pauses it
    qtbot.waitUntil(lambda: indicator.text() == "❚❚ Recording paused", timeout=5000)
    assert not button.isChecked() and button.text() == "Resume recording"
    assert feature.action.text() == "Resume recording"
    phone.phone.hangup(key)
    qtbot.waitUntil(lambda: not indicator.isVisible() and button.text() == "Record", timeout=10_000)
    assert not button.isEnabled() and button.toolTip() == "No call to record."
    assert callee.wait(10) == 0, callee.output()
    # one file for the whole call (paused within), compressed for the upload
    qtbot.waitUntil(lambda: len(list(feature.directory.glob("*.ogg"))) == 1, timeout=10_000)


def test_the_settings_dialog_has_a_recording_tab_it_can_lock(make_shell, qtbot, no_system_policy: Path) -> None:
    no_system_policy.write_text('[recording]\nmode = "all"\nlocked = ["mode"]\n')
    shell = make_shell()
    dialog = shell.open_settings()
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Recording" in titles
    form = dialog.forms["recording"]
    assert not form.editors["recording.mode"].isEnabled()  # set by IT
    assert form.hints["recording.mode"].text() == "Set by your administrator"
    assert form.editors["recording.pbx_url_template"].isEnabled()
    form.editors["recording.pbx_url_template"].setText("https://pbx.example.com/rec/{call_id}.wav")
    dialog.apply_and_close()
    assert not dialog.isVisible()
    assert shell.ctx.settings.recording.pbx_url_template == "https://pbx.example.com/rec/{call_id}.wav"
