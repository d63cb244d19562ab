"""The Settings dialog's SIP port and bind address: empty fields mean automatic, and say so."""

from __future__ import annotations


def test_an_empty_port_field_is_the_automatic_port_and_clearing_a_port_brings_it_back(make_shell, qtbot) -> None:
    shell = make_shell()
    dialog = shell.open_settings()
    qtbot.addWidget(dialog)
    sip = dialog.forms["sip"]
    port = sip.editors["sip.local_port"]
    assert (
        port.text() == "" and "5070 without a registrar, any free port with one" in sip.hints["sip.local_port"].text()
    )
    assert sip.editors["sip.bind_address"].text() == "" and "automatic" in sip.hints["sip.bind_address"].text()
    port.setText("5090")
    dialog.apply_and_close()
    assert shell.ctx.settings.sip.local_port == 5090
    dialog = shell.open_settings()
    qtbot.addWidget(dialog)
    dialog.forms["sip"].editors["sip.local_port"].setText("")
    dialog.apply_and_close()
    assert not dialog.isVisible() and shell.ctx.settings.sip.local_port == "auto"
    assert "local_port" not in shell.ctx.paths.settings_file.read_text()
