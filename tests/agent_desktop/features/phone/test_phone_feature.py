"""The softphone feature inside the real shell: dock, Call menu, hotkeys, status indicators, history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from agent_desktop.features.phone import feature as phone_feature
from agent_desktop.features.phone.api import PHONE
from softphone.engine.events import CallState


@pytest.fixture
def feature(shell):
    installed = phone_feature.install(shell.ctx, shell.window)
    yield installed
    installed.shutdown()


@pytest.mark.e2e
def test_ring_answer_by_hotkey_hang_up_by_hotkey_and_history(shell, feature, qtbot, sipp):
    window = shell.window
    phone = shell.ctx.services.get(PHONE)
    assert phone is feature.phone
    sip = window.status_indicator("sip")
    qtbot.waitUntil(lambda: "ready" in sip.text(), timeout=10000)
    audio = window.status_indicator("audio")
    qtbot.waitUntil(lambda: "next call" in audio.toolTip(), timeout=5000)  # the device opens with a call
    assert audio.text() == "Audio: idle" and audio.level == "off"
    assert [a.text() for a in window.menu("call").actions()][-5:] == [
        "Answer",
        "Hang up",
        "Hold / resume",
        "Mute / unmute",
        "Transfer",
    ]
    assert feature.actions["answer"].shortcut().toString() == "F5"

    caller = sipp("uac_agent_hangs_up.xml", f"127.0.0.1:{feature.engine.local_port}")
    dock = feature.dock
    with qtbot.waitSignal(phone.sig_incoming_call, timeout=10000) as ring:
        pass
    assert ring.args[0].headers["X-Customer-Id"] == ["C-1001"]
    qtbot.waitUntil(lambda: "Ringing" in dock.lines.buttons[0].text())
    assert "Wang Fang" in dock.lines.buttons[0].text()
    qtbot.waitUntil(lambda: audio.text() in ("Audio: in use", "Audio unavailable"), timeout=5000)  # tried while ringing
    assert dock.controls.answer.isEnabled()

    QTest.keyClick(window, Qt.Key.Key_F5)  # answer
    qtbot.waitUntil(
        lambda: phone.board.current() is not None and phone.board.current().state == CallState.ACTIVE, timeout=5000
    )
    qtbot.waitUntil(lambda: "Talking" in dock.lines.buttons[0].text())
    assert dock.controls.hangup.isEnabled() and not dock.controls.answer.isEnabled()

    QTest.keyClick(window, Qt.Key.Key_F8)  # mute
    qtbot.waitUntil(lambda: dock.controls.mute.isChecked())
    assert feature.engine.bridge.muted

    QTest.keyClick(window, Qt.Key.Key_F6)  # hang up
    qtbot.waitUntil(lambda: not phone.board.lines, timeout=5000)
    assert caller.wait(10) == 0, caller.output()
    qtbot.waitUntil(lambda: dock.history.count() == 1)
    assert "answered" in dock.history.item(0).text()
    assert "138 0013 8000" in dock.history.item(0).text()  # the number as people read it
    qtbot.waitUntil(lambda: (shell.ctx.paths.data_dir / "call_history.json").exists(), timeout=5000)


@pytest.mark.e2e
def test_audio_indicator_follows_the_sound_device_through_calls(shell, qtbot, sipp):
    from tests.softphone.test_audio_device_lifetime import CountingDevice

    device = CountingDevice(fail=True)
    feature = phone_feature.PhoneFeature(shell.ctx, shell.window, audio_device=device)
    try:
        feature.engine.AUDIO_GRACE_S = 0.5
        phone, audio = feature.phone, shell.window.status_indicator("audio")
        qtbot.waitUntil(lambda: feature.engine.local_port > 0 and "next call" in audio.toolTip(), timeout=10000)
        assert audio.text() == "Audio: idle" and device.starts == 0
        caller = sipp("uac_caller_hangs_up.xml", f"127.0.0.1:{feature.engine.local_port}")
        qtbot.waitUntil(lambda: audio.text() == "Audio unavailable", timeout=10000)  # seen while it rings
        assert audio.level == "warn" and audio.toolTip() == "Audio unavailable: no sound device found"
        qtbot.waitUntil(lambda: phone.board.ringing() is not None, timeout=5000)
        phone.answer()
        qtbot.waitUntil(lambda: phone.board.active() is not None, timeout=5000)
        assert caller.wait(10) == 0, caller.output()  # the call went on without audio
        qtbot.waitUntil(lambda: not phone.board.lines, timeout=5000)
        qtbot.wait(800)
        assert audio.text() == "Audio unavailable"  # still shown until the next call tries

        device.fail = False
        callee = sipp("uas_200.xml")
        phone.dial(callee.uri)
        qtbot.waitUntil(lambda: audio.text() == "Audio: in use", timeout=10000)
        assert audio.level == "ok"
        qtbot.waitUntil(
            lambda: phone.board.active() is not None and phone.board.active().state == CallState.ACTIVE, timeout=10000
        )
        phone.hangup()
        assert callee.wait(10) == 0, callee.output()
        qtbot.waitUntil(lambda: audio.text() == "Audio: idle", timeout=5000)
        assert audio.level == "off" and (device.starts, device.stops) == (2, 1)
    finally:
        feature.shutdown()


def test_dial_pad_places_a_call_and_keys_edit_the_number(shell, feature, qtbot, sipp):
    phone = shell.ctx.services.get(PHONE)
    qtbot.waitUntil(lambda: feature.engine.local_port > 0, timeout=10000)
    callee = sipp("uas_486.xml")
    pad = feature.dock.pad
    pad.number.setText(callee.uri)
    with qtbot.waitSignal(
        phone.sig_call_changed, timeout=10000, check_params_cb=lambda e: e.state == CallState.DISCONNECTED
    ) as ended:
        pad.call_button.click()
    assert ended.args[0].outcome.value == "busy"
    qtbot.waitUntil(lambda: feature.dock.history.count() == 1)
    assert "busy" in feature.dock.history.item(0).text()
    assert pad.redial_button.isEnabled()
    pad.number.clear()
    for key in "12#":
        pad.keys[key].click()
    assert pad.number.text() == "12#"


def test_changed_sip_settings_restart_the_phone_and_hotkeys_follow(shell, feature, qtbot):
    manager = shell.ctx.settings_manager
    qtbot.waitUntil(lambda: feature.engine.local_port > 0, timeout=10000)
    first = feature.engine
    manager.update({"hotkeys.answer": "Ctrl+F5"})
    assert feature.actions["answer"].shortcut().toString() == "Ctrl+F5"
    assert feature.engine is first  # hotkeys alone do not restart the phone
    manager.update({"sip.display_name": "Li Lei"})
    qtbot.waitUntil(lambda: feature.engine is not first and feature.engine.local_port > 0, timeout=15000)
    assert feature.phone.engine is feature.engine
    assert feature.engine.config.display_name == "Li Lei"
    qtbot.waitUntil(lambda: "ready" in shell.window.status_indicator("sip").text(), timeout=10000)


def test_wake_detector_notices_a_wall_clock_jump():
    from softphone.engine.wake import WakeDetector

    now = {"wall": 1000.0, "mono": 50.0}
    detector = WakeDetector(threshold_s=15, clock=lambda: (now["wall"], now["mono"]))
    now["wall"] += 5
    now["mono"] += 5
    assert not detector.check()
    now["wall"] += 3600  # suspended for an hour: monotonic did not move
    now["mono"] += 5
    assert detector.check()
    assert not detector.check()


@pytest.mark.e2e
def test_help_menu_demo_call_rings_the_phone(shell, feature, qtbot):
    phone = shell.ctx.services.get(PHONE)
    qtbot.waitUntil(lambda: feature.engine.local_port > 0, timeout=10000)
    assert feature.actions["demo"] in shell.window.menu("help").actions()
    with qtbot.waitSignal(phone.sig_incoming_call, timeout=20000) as ring:
        feature.actions["demo"].trigger()
    assert ring.args[0].caller_number == "+8613800138000"
    assert ring.args[0].headers["X-Campaign"] == ["demo"]
    phone.answer(ring.args[0].call_id)
    qtbot.waitUntil(lambda: phone.board.active() is not None, timeout=5000)
    phone.hangup()
    demo = feature._demo
    qtbot.waitUntil(lambda: demo.state() == demo.ProcessState.NotRunning, timeout=15000)
    output = bytes(demo.readAllStandardOutput() + demo.readAllStandardError()).decode(errors="replace")[-2000:]
    crashed = demo.exitStatus() != demo.ExitStatus.NormalExit
    assert not crashed, f"the demo caller crashed (signal {demo.exitCode()}):\n{output}"
    assert demo.exitCode() == 0, f"the demo caller exited with status {demo.exitCode()}:\n{output}"


def _dial_from_pad(feature, phone, qtbot, uri):
    feature.dock.pad.number.setText(uri)
    feature.dock.pad.call_button.click()
    qtbot.waitUntil(
        lambda: phone.board.active() is not None and phone.board.active().state == CallState.ACTIVE, timeout=10000
    )


@pytest.mark.e2e
def test_hold_hotkey_sends_hold_and_resume_reinvites(shell, feature, qtbot, sipp):
    phone = shell.ctx.services.get(PHONE)
    qtbot.waitUntil(lambda: feature.engine.local_port > 0, timeout=10000)
    callee = sipp("uas_hold_resume.xml")
    _dial_from_pad(feature, phone, qtbot, callee.uri)
    QTest.keyClick(shell.window, Qt.Key.Key_F7)  # hold
    qtbot.waitUntil(lambda: phone.board.current().state == CallState.HELD, timeout=5000)
    assert feature.dock.controls.hold.text() == "Resume"
    QTest.keyClick(shell.window, Qt.Key.Key_F7)  # resume
    qtbot.waitUntil(lambda: phone.board.current().state == CallState.ACTIVE, timeout=5000)
    feature.dock.controls.hangup.click()
    assert callee.wait(10) == 0, callee.output()  # it checked sendonly, then sendrecv


@pytest.mark.e2e
def test_keypad_during_a_call_sends_dtmf(shell, feature, qtbot, sipp):
    phone = shell.ctx.services.get(PHONE)
    qtbot.waitUntil(lambda: feature.engine.local_port > 0, timeout=10000)
    callee = sipp("uas_dtmf_info.xml")  # no telephone-event: SIP INFO expected
    _dial_from_pad(feature, phone, qtbot, callee.uri)
    feature.dock.pad.keys["1"].click()
    feature.dock.pad.keys["#"].click()
    feature.dock.controls.hangup.click()
    assert callee.wait(10) == 0, callee.output()  # it checked Signal=1, then Signal=#


def test_call_menu_follows_a_live_language_switch(shell, feature, qtbot):
    translations = shell.ctx.translations
    try:
        translations.set_language("zh_CN")
        qtbot.waitUntil(lambda: feature.actions["hangup"].text() == "挂断")
        assert feature.actions["answer"].text() == "接听"
        assert feature.actions["demo"].text() == "让一位演示客户给我打电话(&D)"
        assert feature.actions["answer"] in shell.window.menu("call").actions()
    finally:
        translations.set_language("en")
    qtbot.waitUntil(lambda: feature.actions["hangup"].text() == "Hang up")
    assert feature.actions["demo"].text() == "Call me from a &demo customer"


def test_a_phone_without_registrar_or_proxy_never_opens_the_keyring(make_shell, monkeypatch, qtbot):
    # the embedded default calls directly on loopback: no password to ask for, so the keyring (and its
    # backends' crypto libraries) stays unloaded; with a registrar the password is looked up
    asked: list[str] = []
    for overrides, expected in (
        ({"sip.local_port": 0}, []),
        ({"sip.local_port": 0, "sip.registrar": "sip:127.0.0.1:9"}, ["sip:agent@sip:127.0.0.1:9"]),
    ):
        asked.clear()
        shell = make_shell(profile=f"p{len(overrides)}", overrides=overrides)
        monkeypatch.setattr(shell.ctx.credentials, "get", lambda account: asked.append(account) or "")
        installed = phone_feature.install(shell.ctx, shell.window)
        try:
            qtbot.waitUntil(lambda installed=installed: bool(installed.engine.local_port), timeout=10000)
            assert asked == expected
        finally:
            installed.shutdown()
