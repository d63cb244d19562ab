"""The system policy cannot be bypassed by a user: $AGENT_DESKTOP_POLICY replaces it only where that
takes nothing from IT (no system policy, IT allows it, or the file is in the system folder)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from agent_desktop.settings import PolicyError, SettingsManager, load_policy, policy_location

IT_POLICY = 'locked = ["sip.registrar"]\n\n[sip]\nregistrar = "pbx.corp.example"\n'
MINE = '[sip]\nregistrar = "mine.example"\n'


@pytest.fixture
def system_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system policy's folder (as /etc/agent-desktop would be), empty to start with."""
    folder = tmp_path / "etc-agent-desktop"
    folder.mkdir()
    monkeypatch.setattr(policy_location, "system_policy_dir", lambda: folder)
    return folder


@pytest.fixture
def mine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user's own policy file named by the variable (as ~/mine.toml)."""
    path = tmp_path / "home" / "mine.toml"
    path.parent.mkdir()
    path.write_text(MINE)
    monkeypatch.setenv("AGENT_DESKTOP_POLICY", str(path))
    return path


def test_a_users_policy_file_does_not_replace_its_locked_policy(
    system_dir: Path, mine: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (system_dir / "policy.toml").write_text(IT_POLICY)
    policy = load_policy()
    assert policy.values == {"sip.registrar": "pbx.corp.example"} and policy.locked == {"sip.registrar"}
    assert policy.ignored_override == mine and "AGENT_DESKTOP_POLICY" in caplog.text
    manager = SettingsManager(tmp_path / "settings.toml", policy)
    assert manager.settings.sip.registrar == "pbx.corp.example" and manager.is_locked("sip.registrar")


def test_even_an_empty_system_policy_refuses_a_file_from_elsewhere(system_dir: Path, mine: Path) -> None:
    (system_dir / "policy.toml").write_text("")
    policy = load_policy()
    assert policy.values == {} and policy.ignored_override == mine


def test_without_any_system_policy_the_variable_is_honoured(system_dir: Path, mine: Path) -> None:
    policy = load_policy()  # nothing of IT's to bypass: tests and developers' machines
    assert policy.values == {"sip.registrar": "mine.example"} and policy.ignored_override is None
    mine.unlink()
    with pytest.raises(PolicyError, match="no such policy file"):
        load_policy()


def test_it_can_allow_the_variable_or_refuse_it_even_for_a_file_in_its_folder(
    system_dir: Path, mine: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system = system_dir / "policy.toml"
    system.write_text("allow_policy_override = true\n" + IT_POLICY)
    assert load_policy().values == {"sip.registrar": "mine.example"}  # a test lab
    lab = system_dir / "lab.toml"
    lab.write_text(MINE)
    system.write_text("allow_policy_override = false\n" + IT_POLICY)
    for named in (mine, lab):
        monkeypatch.setenv("AGENT_DESKTOP_POLICY", str(named))
        policy = load_policy()
        assert policy.values == {"sip.registrar": "pbx.corp.example"} and policy.ignored_override == named
    system.write_text('allow_policy_override = "yes"\n')
    with pytest.raises(PolicyError, match="allow_policy_override"):
        load_policy()


def test_a_file_inside_the_system_folder_is_honoured_one_that_only_seems_so_is_not(
    system_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (system_dir / "policy.toml").write_text(IT_POLICY)
    lab = system_dir / "lab.toml"  # only administrators can put it there
    lab.write_text(MINE)
    monkeypatch.setenv("AGENT_DESKTOP_POLICY", str(lab))
    assert load_policy().values == {"sip.registrar": "mine.example"}
    escape = system_dir / ".." / "home" / "mine.toml"
    escape.parent.mkdir()
    escape.write_text(MINE)
    monkeypatch.setenv("AGENT_DESKTOP_POLICY", str(escape))
    assert load_policy().ignored_override == escape
    (tmp_path / "home" / "link.toml").symlink_to(escape)
    monkeypatch.setenv("AGENT_DESKTOP_POLICY", str(tmp_path / "home" / "link.toml"))
    assert load_policy().values == {"sip.registrar": "pbx.corp.example"}


def test_windows_asks_windows_for_programdata_not_the_users_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.undo()  # the real lookup, not the suite's empty folder
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("ProgramData", str(tmp_path / "planted"))  # any user can set this
    found = policy_location.system_policy_path()
    assert str(tmp_path) not in str(found)
    assert found == Path(r"C:\ProgramData") / "AgentDesktop" / "policy.toml"  # SHGetKnownFolderPath, or its fallback
