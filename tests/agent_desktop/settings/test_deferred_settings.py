"""Start-up (issue 23): the window is built from the raw layers, the schema is validated right after its
first paint, with the same precedence, the same locks and the same handling of a bad value."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from agent_desktop.features import catalogue
from agent_desktop.settings import SettingsManager, load_policy
from agent_desktop.shell.app import RunOptions, Shell, make_context
from agent_desktop.shell.paths import AppPaths

POLICY = """
[ui]
language = "en"
theme = "dark"
locked = ["language"]
"""


def test_the_raw_layers_give_what_validation_gives_locks_included(tmp_path: Path, no_system_policy: Path) -> None:
    no_system_policy.write_text(POLICY)
    user = tmp_path / "settings.toml"
    user.write_text('[ui]\nlanguage = "zh_CN"\ntheme = "light"\n')
    deferred = SettingsManager(user, load_policy(), deferred=True)
    assert not deferred.validated
    assert (deferred.early("ui.language"), deferred.early("ui.theme")) == ("en", "light")  # locked; the user's
    assert not deferred.validated  # nothing was validated for that
    eager = SettingsManager(user, load_policy())
    assert (eager.settings.ui.language, eager.settings.ui.theme) == ("en", "light")
    assert deferred.settings == eager.settings and deferred.validated
    assert deferred.source("ui.language") == "policy" and deferred.source("ui.theme") == "user"


def test_without_any_layer_the_early_values_are_the_defaults(tmp_path: Path, no_system_policy: Path) -> None:
    manager = SettingsManager(tmp_path / "none.toml", load_policy(), deferred=True)
    assert (manager.early("ui.language"), manager.early("ui.theme")) == ("", "")  # the system's language and colours
    assert (manager.settings.ui.language, manager.settings.ui.theme) == ("", "system")


def test_a_bad_user_value_is_dropped_and_logged_when_validated_as_before(
    tmp_path: Path, no_system_policy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    user = tmp_path / "settings.toml"
    user.write_text('[ui]\ntheme = "purple"\n[sip]\ndisplay_name = "Bob"\n')
    manager = SettingsManager(user, load_policy(), deferred=True)
    assert "purple" not in caplog.text
    with caplog.at_level(logging.WARNING):
        assert (manager.settings.ui.theme, manager.settings.sip.display_name) == ("system", "Bob")
    assert "ignoring invalid user setting ui.theme='purple'" in caplog.text
    assert manager.early("ui.theme") == "system"


def test_the_window_starts_from_the_raw_layers_and_takes_the_validated_settings_after_its_first_paint(
    qapp, qtbot, tmp_path: Path, no_system_policy: Path
) -> None:
    no_system_policy.write_text('[ui]\ntheme = "dark"\n')
    paths = AppPaths.for_profile(tmp_path / "profile").ensure()
    paths.settings_file.write_text(
        '[ui]\ntheme = "purple"\n\n[presence]\nnot_ready_reasons = [{id = "break"}, {id = "lunch", name = "Lunch"}]\n'
    )
    manager = SettingsManager(paths.settings_file, load_policy(), deferred=True)
    shell = Shell(make_context(qapp, manager, paths), RunOptions(features=False), catalogue())
    qtbot.addWidget(shell.window)
    try:
        assert not manager.validated and not shell.theme.dark  # "purple" read raw: the system's (light) colours
        assert "lunch" not in {r.id for r in shell.agent_state.reasons}
        shell.start()
        qtbot.waitUntil(lambda: manager.validated and shell.theme.dark, timeout=5000)  # bad value dropped: the policy's
        texts = [act.text() for act in shell.window.state_actions.values()]
        assert any("Lunch" in text for text in texts), texts
    finally:
        shell.shutdown()
        shell.window.hide()
