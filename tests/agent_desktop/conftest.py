"""Fixtures for the shell's tests: isolated profiles, no system policy, compiled translations."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files are build outputs (scripts/setup.sh); make sure they exist and are current.

    Each pytest-xdist worker may find a .qm out of date at the same moment: each compiles its own copy
    and moves it into place whole, so no worker ever loads a file another is still writing."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in (ROOT / "resources" / "i18n").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            fresh = qm.with_name(f".{qm.stem}.{os.getpid()}.qm")
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True, timeout=60)
            os.replace(fresh, qm)


@pytest.fixture(autouse=True)
def no_system_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test sees this machine's /etc/agent-desktop/policy.toml; tests write their own here (an empty
    one to start with: a missing file that AGENT_DESKTOP_POLICY names is an error). In this process the
    system policy's place is an empty folder of the test's, so the variable is honoured (no system
    policy) whatever this machine has installed; main.py run as a child sees the real place."""
    from agent_desktop.settings import policy_location

    monkeypatch.setattr(policy_location, "system_policy_dir", lambda: tmp_path / "system-policy")
    path = tmp_path / "policy" / "policy.toml"
    path.parent.mkdir()
    path.write_text("")
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
def documents_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of the test's own with a Documents folder (where a first save dialog starts), whatever the
    machine's home holds."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    documents.mkdir(parents=True)
    return documents
