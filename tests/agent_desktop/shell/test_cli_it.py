"""The IT command line, main.py run as IT runs it: --print-settings, --provision --no-start, a user's
own policy file refused while IT's policy is installed, --version on a windowed Windows build."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib

from agent_desktop.settings.schema import SECTIONS
from tests.agent_desktop.shell.test_cli import ROOT, run_main

IT_POLICY = 'locked = ["sip.registrar"]\n\n[sip]\nregistrar = "pbx.corp.example"\ndisplay_name = "Desk"\n'


def profile_with_user_settings(tmp_path: Path) -> Path:
    profile = tmp_path / "p"
    (profile / "config").mkdir(parents=True)
    (profile / "config" / "settings.toml").write_text('[sip]\nusername = "agent007"\nregistrar = "mine.example"\n')
    return profile


def test_print_settings_json_gives_every_keys_value_layer_and_lock(tmp_path: Path, no_system_policy: Path) -> None:
    no_system_policy.write_text(IT_POLICY)
    profile = profile_with_user_settings(tmp_path)
    proc = run_main(
        "--profile", str(profile), "--set", "sip.transport=tcp", "--print-settings=json", policy=no_system_policy
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    sip = report["settings"]["sip"]
    assert sip["registrar"] == {
        "value": "pbx.corp.example",
        "source": "policy",
        "locked": True,
        "origin": str(no_system_policy),
    }
    assert sip["display_name"]["source"] == "policy" and not sip["display_name"]["locked"]
    assert sip["username"] == {
        "value": "agent007",
        "source": "user",
        "locked": False,
        "origin": str(profile / "config" / "settings.toml"),
    }
    assert sip["transport"] == {"value": "tcp", "source": "override", "locked": False}
    assert report["settings"]["crm"]["url"] == {"value": "", "source": "default", "locked": False}
    assert {(s, n) for s, keys in report["settings"].items() for n in keys} == {
        (s, n) for s, m in SECTIONS.items() for n in m.model_fields
    }
    assert report["policy"] == [str(no_system_policy)] and not (profile / "config" / "window.ini").exists()


def test_print_settings_toml_is_a_settings_file_with_the_layer_on_each_line(
    tmp_path: Path, no_system_policy: Path
) -> None:
    no_system_policy.write_text(IT_POLICY)
    profile = profile_with_user_settings(tmp_path)
    proc = run_main("--profile", str(profile), "--print-settings", policy=no_system_policy)
    assert proc.returncode == 0, proc.stderr
    parsed = tomllib.loads(proc.stdout)
    assert parsed["sip"]["registrar"] == "pbx.corp.example" and parsed["sip"]["local_port"] == "auto"
    lines = proc.stdout.splitlines()
    assert f'registrar = "pbx.corp.example"  # policy, locked ({no_system_policy})' in lines
    assert 'username = "agent007"  # user' in lines and 'url = ""  # default' in lines


def test_provision_no_start_imports_the_bundle_and_exits_without_a_window(
    tmp_path: Path, no_system_policy: Path
) -> None:
    profile = tmp_path / "p"
    bundle = tmp_path / "it.toml"
    bundle.write_text('[crm]\nurl = "https://crm.corp.example"\n')
    proc = run_main("--profile", str(profile), "--provision", str(bundle), "--no-start", policy=no_system_policy)
    assert proc.returncode == 0, proc.stderr
    assert f"imported 1 settings from {bundle}" in proc.stderr
    assert tomllib.loads((profile / "config" / "settings.toml").read_text()) == {
        "crm": {"url": "https://crm.corp.example"}
    }
    assert not (profile / "config" / "window.ini").exists()  # the window never opened
    bundle.write_text('[crm]\nurl = "crm without a scheme"\n')
    proc = run_main("--profile", str(profile), "--provision", str(bundle), "--no-start", policy=no_system_policy)
    assert proc.returncode == 2 and "nothing was changed" in proc.stderr


def test_a_users_own_policy_file_is_ignored_with_a_warning_while_its_policy_is_installed(tmp_path: Path) -> None:
    """``AGENT_DESKTOP_POLICY=~/mine.toml`` used to replace IT's locked policy silently."""
    system = tmp_path / "etc-agent-desktop"
    system.mkdir()
    (system / "policy.toml").write_text(IT_POLICY)
    mine = tmp_path / "mine.toml"
    mine.write_text('[sip]\nregistrar = "mine.example"\n')
    # main.py as installed, except that the system policy's folder is this test's (it is fixed in the app)
    start = (
        "import sys; from pathlib import Path; from agent_desktop.settings import policy_location as where; "
        "folder = Path(sys.argv.pop(1)); where.system_policy_dir = lambda: folder; "
        "import main; sys.exit(main.main())"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AGENT_DESKTOP_POLICY=str(mine))
    proc = subprocess.run(
        [sys.executable, "-c", start, str(system), "--profile", str(tmp_path / "p"), "--print-settings=json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert f"AGENT_DESKTOP_POLICY={mine} ignored" in proc.stderr
    registrar = json.loads(proc.stdout)["settings"]["sip"]["registrar"]
    assert (registrar["value"], registrar["locked"]) == ("pbx.corp.example", True)


class FakeKernel32:
    def __init__(self, attached: bool) -> None:
        self.attached, self.calls = attached, []

    def AttachConsole(self, pid: int) -> int:
        self.calls.append(pid)
        return int(self.attached)


@pytest.mark.parametrize("started_from_a_prompt", [True, False])
def test_version_on_a_windowed_windows_build_goes_to_the_prompt_that_started_it(
    monkeypatch: pytest.MonkeyPatch, started_from_a_prompt: bool
) -> None:
    from agent_desktop import __version__
    from agent_desktop.shell.cli import build_parser
    from agent_desktop.shell.console import attach_parent_console, wants_console

    assert wants_console(["--version"]) and wants_console(["--print-set=json"]) and wants_console(["-h"])
    assert not wants_console(["--profile", "p", "--set", "sip.registrar=x"])  # the GUI: never tied to a console
    console = io.StringIO()
    kernel32 = FakeKernel32(started_from_a_prompt)
    monkeypatch.setattr(sys, "stdout", None)  # what a console=False build gets
    monkeypatch.setattr(sys, "stderr", None)
    assert attach_parent_console(kernel32, lambda *a, **kw: console) is started_from_a_prompt
    assert kernel32.calls == [-1]  # ATTACH_PARENT_PROCESS
    if started_from_a_prompt:
        with pytest.raises(SystemExit):
            build_parser().parse_args(["--version"])
        assert console.getvalue() == f"Agent Desktop {__version__}\n"
    else:
        assert sys.stdout is None  # Explorer: nothing to attach to, nothing breaks
