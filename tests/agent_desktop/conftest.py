"""Fixtures for the shell's tests: isolated profiles, no system policy, compiled translations."""
from __future__ import annotations

import logging
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from agent_desktop.app import RunOptions, Shell, make_context
from agent_desktop.paths import AppPaths
from agent_desktop.settings import SettingsManager, load_policy

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files are build outputs (scripts/setup.sh); make sure they exist and are current."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in (ROOT / "resources" / "i18n").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)


@pytest.fixture(autouse=True)
def no_system_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test sees this machine's /etc/agent-desktop/policy.toml; tests write their own here."""
    path = tmp_path / "policy" / "policy.toml"
    path.parent.mkdir()
    monkeypatch.setenv("AGENT_DESKTOP_POLICY", str(path))
    return path


@pytest.fixture
def restore_logging():
    """Tests that configure logging get the root logger back as it was."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for h in list(root.handlers):
        if h not in handlers:
            root.removeHandler(h)
            h.close()
    for h in handlers:
        if h not in root.handlers:
            root.addHandler(h)
    root.setLevel(level)


@pytest.fixture
def make_shell(qapp, qtbot, tmp_path):
    """``make_shell(profile_name="p")`` -> a started Shell on a fresh (or reused) profile, no features."""
    shells = []

    def make(profile: str = "profile", show: bool = True) -> Shell:
        paths = AppPaths.for_profile(tmp_path / profile).ensure()
        manager = SettingsManager(paths.settings_file, load_policy())
        ctx = make_context(qapp, manager, paths)
        shell = Shell(ctx, RunOptions(features=False))
        qtbot.addWidget(shell.window)
        shells.append(shell)
        if show:
            shell.start()
            qtbot.waitExposed(shell.window)
        return shell

    yield make
    for shell in shells:
        shell.shutdown()
        shell.window.hide()
        if shell.ctx.translations is not None:
            shell.ctx.translations.set_language("en")
        for signal, slot in ((shell.ctx.settings_manager.sig_settings_changed, None), (qapp.aboutToQuit, shell.shutdown)):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    signal.disconnect() if slot is None else signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
