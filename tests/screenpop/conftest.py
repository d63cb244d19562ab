"""Fixtures of the screen-pop tests: the real shell (main window, context) without its features."""
from __future__ import annotations

import pytest

from agent_desktop.app import RunOptions, Shell, make_context
from agent_desktop.paths import AppPaths
from agent_desktop.settings import SettingsManager, load_policy


@pytest.fixture
def shell(qapp, qtbot, tmp_path, monkeypatch):
    """A started shell on a fresh profile (no system policy, no features installed)."""
    monkeypatch.setenv("AGENT_DESKTOP_POLICY", str(tmp_path / "no-policy.toml"))
    paths = AppPaths.for_profile(tmp_path / "profile").ensure()
    ctx = make_context(qapp, SettingsManager(paths.settings_file, load_policy()), paths)
    sh = Shell(ctx, RunOptions(features=False))
    qtbot.addWidget(sh.window)
    sh.start()
    qtbot.waitExposed(sh.window)
    yield sh
    sh.shutdown()
    sh.window.hide()
    sh.ctx.settings_manager.sig_settings_changed.disconnect()
    qapp.aboutToQuit.disconnect(sh.shutdown)
