"""Settings dialog: locked keys greyed out with a hint, validation keeps what was typed, passwords."""

from __future__ import annotations

from pathlib import Path

import keyring
from keyrings.alt.file import PlaintextKeyring

from agent_desktop.shell.credentials import sip_account


def test_locked_key_widget_is_disabled_with_a_hint(make_shell, qtbot, no_system_policy: Path) -> None:
    no_system_policy.write_text('[sip]\nregistrar = "pbx.corp.example"\nlocked = ["registrar"]\n')
    shell = make_shell()
    dialog = shell.open_settings()
    qtbot.addWidget(dialog)
    sip = dialog.forms["sip"]
    editor = sip.editors["sip.registrar"]
    assert not editor.isEnabled() and editor.text() == "pbx.corp.example"
    assert sip.hints["sip.registrar"].text() == "Set by your administrator"
    assert sip.editors["sip.username"].isEnabled()


def test_invalid_values_show_messages_and_keep_the_text(make_shell, qtbot) -> None:
    shell = make_shell()
    dialog = shell.open_settings()
    qtbot.addWidget(dialog)
    sip, crm = dialog.forms["sip"], dialog.forms["crm"]
    sip.editors["sip.local_port"].setText("abc")
    sip.editors["sip.display_name"].setText("Alice")
    crm.editors["crm.url"].setText("crm.example.com")
    dialog.forms["hotkeys"].editors["hotkeys.hangup"].setKeySequence("F5")
    dialog.apply_and_close()
    assert dialog.isVisible()
    assert sip.errors["sip.local_port"].text() == "Enter a whole number."
    assert "http://" in crm.errors["crm.url"].text()
    assert "already used" in dialog.forms["hotkeys"].errors["hotkeys.hangup"].text()
    assert sip.editors["sip.local_port"].text() == "abc" and crm.editors["crm.url"].text() == "crm.example.com"
    assert dialog.tabs.currentIndex() == 0
    assert shell.ctx.settings.sip.display_name == "Agent"  # nothing applied
    sip.editors["sip.local_port"].setText("5090")
    crm.editors["crm.url"].setText("https://crm.example.com/")
    dialog.forms["hotkeys"].editors["hotkeys.hangup"].setKeySequence("F6")
    dialog.apply_and_close()
    assert not dialog.isVisible()
    s = shell.ctx.settings
    assert (s.sip.local_port, s.sip.display_name, s.crm.url) == (5090, "Alice", "https://crm.example.com")
    assert "5090" in shell.ctx.paths.settings_file.read_text()


def test_password_with_plaintext_keyring_needs_session_only(make_shell, qtbot, tmp_path: Path) -> None:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "plain.cfg")
    keyring.set_keyring(backend)
    shell = make_shell()
    dialog = shell.open_settings()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.session_only.isVisibleTo(dialog))
    note = dialog.keyring_note.text()
    assert "plain file" in note and "PlaintextKeyring" not in note  # plain words, not a class name
    dialog.forms["sip"].editors["sip.password"].setText("pw-123456")
    dialog.apply_and_close()
    qtbot.waitUntil(lambda: "session-only" in dialog.forms["sip"].errors["sip.password"].text())
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    dialog.session_only.setChecked(True)
    dialog.apply_and_close()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert shell.ctx.credentials.session_only
    assert shell.ctx.credentials.get(sip_account("agent", "")) == "pw-123456"
    assert not Path(backend.file_path).exists()


def test_audio_devices_are_listed_in_the_background(make_shell, qtbot) -> None:
    shell = make_shell()
    dialog = shell.open_settings()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog._devices_state != "loading", timeout=10000)
    combo = dialog.forms["audio"].editors["audio.input_device"]
    assert combo.itemText(0) == "System default" and combo.currentData() == ""
    if dialog._devices_state == "found":
        assert combo.count() > 1
    else:
        assert "audio devices" in dialog.devices_note.text()


def _dark_pixels(widget) -> int:
    from PySide6.QtGui import QColor

    image = widget.grab().toImage()
    return sum(QColor(image.pixel(x, y)).lightness() < 128 for x in range(image.width()) for y in range(image.height()))


def test_section_headings_are_bold_in_chinese_too(make_shell, qtbot, chinese) -> None:
    """CJK fonts with a single weight are drawn bold only from weight 700 up (600 looked regular)."""
    from PySide6.QtWidgets import QLabel

    shell = make_shell()
    dialog = shell.open_settings()
    qtbot.addWidget(dialog)
    heading = dialog.forms["sip"]._headings[0][0]
    qtbot.waitUntil(lambda: any("\u4e00" <= c <= "\u9fff" for c in heading.text()))
    plain = QLabel(heading.text())
    plain.setStyleSheet("font-size: 14px")
    plain.adjustSize()
    heading.adjustSize()
    assert _dark_pixels(heading) > 1.3 * _dark_pixels(plain)
