"""``sip.ring_timeout_s``: default, validation, IT policy lock, the Settings dialog, and the engine's config."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication

from agent_desktop.features.phone.core.config import engine_config
from agent_desktop.settings import LockedKeyError, Settings, SettingsError, SettingsManager, SipSettings, load_policy
from agent_desktop.settings.dialog import SettingsDialog
from agent_desktop.settings.pages import SIP, Field
from softphone.engine.config import EngineConfig


def test_default_is_60_seconds_and_reaches_the_engine() -> None:
    assert SipSettings().ring_timeout_s == 60
    assert EngineConfig().ring_timeout_s == 60
    assert engine_config(Settings(), "", "pjsip.log").ring_timeout_s == 60
    never = Settings(sip=SipSettings(ring_timeout_s=0))
    assert engine_config(never, "", "pjsip.log").ring_timeout_s == 0
    assert engine_config(Settings(sip=SipSettings(ring_timeout_s=25)), "", "pjsip.log").ring_timeout_s == 25


@pytest.mark.parametrize("value", [0, 5, 60, 3600])
def test_valid_values(value: int) -> None:
    assert SipSettings(ring_timeout_s=value).ring_timeout_s == value


@pytest.mark.parametrize("value", [-1, 1, 4, 3601])
def test_invalid_values(value: int) -> None:
    with pytest.raises(ValidationError):
        SipSettings(ring_timeout_s=value)


def test_set_override_validates_it(tmp_path: Path) -> None:
    manager = SettingsManager(tmp_path / "settings.toml", load_policy())
    manager.set_override("sip.ring_timeout_s", "30")
    assert manager.settings.sip.ring_timeout_s == 30
    with pytest.raises(SettingsError, match="sip.ring_timeout_s"):
        manager.set_override("sip.ring_timeout_s", "2")


def test_policy_can_lock_it(tmp_path: Path, no_system_policy: Path) -> None:
    no_system_policy.write_text('[sip]\nring_timeout_s = 30\nlocked = ["ring_timeout_s"]\n')
    file = tmp_path / "settings.toml"
    file.write_text("[sip]\nring_timeout_s = 0\n")  # the user's own file loses
    manager = SettingsManager(file, load_policy())
    assert manager.settings.sip.ring_timeout_s == 30
    assert manager.source("sip.ring_timeout_s") == "policy"
    with pytest.raises(LockedKeyError):
        manager.update({"sip.ring_timeout_s": 0})
    with pytest.raises(LockedKeyError):
        manager.set_override("sip.ring_timeout_s", "0")
    assert engine_config(manager.settings, "", "pjsip.log").ring_timeout_s == 30


def test_settings_dialog_edits_it_and_explains_a_bad_value(make_shell, qtbot) -> None:
    shell = make_shell()
    dialog = shell.open_settings()
    qtbot.addWidget(dialog)
    sip = dialog.forms["sip"]
    editor = sip.editors["sip.ring_timeout_s"]
    assert editor.isEnabled() and editor.text() == "60"
    assert "call back" in sip.hints["sip.ring_timeout_s"].text()
    editor.setText("3")
    dialog.apply_and_close()
    assert dialog.isVisible()
    assert sip.errors["sip.ring_timeout_s"].text() == "must be 0 (ring until the caller hangs up) or at least 5"
    editor.setText("45")
    dialog.apply_and_close()
    assert not dialog.isVisible()
    assert shell.ctx.settings.sip.ring_timeout_s == 45


def test_settings_dialog_greys_it_out_when_locked(make_shell, qtbot, no_system_policy: Path) -> None:
    no_system_policy.write_text('[sip]\nring_timeout_s = 30\nlocked = ["ring_timeout_s"]\n')
    shell = make_shell()
    dialog = shell.open_settings()
    qtbot.addWidget(dialog)
    sip = dialog.forms["sip"]
    assert not sip.editors["sip.ring_timeout_s"].isEnabled()
    assert sip.editors["sip.ring_timeout_s"].text() == "30"
    assert sip.hints["sip.ring_timeout_s"].text() == "Set by your administrator"


def test_texts_in_chinese(chinese) -> None:
    field = next(f for f in SIP if isinstance(f, Field) and f.key == "sip.ring_timeout_s")
    assert QCoreApplication.translate("SettingsDialog", field.label) == "振铃超时（秒）"
    assert field.help is not None and "回拨" in QCoreApplication.translate("SettingsDialog", field.help)
    with pytest.raises(ValidationError) as caught:
        SipSettings(ring_timeout_s=3)
    assert (
        SettingsDialog.error_message(dict(caught.value.errors()[0])) == "必须为 0（一直振铃，直到来电方挂断）或不小于 5"
    )
