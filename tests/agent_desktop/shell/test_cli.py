"""main.py as a user runs it: --version, start and quit, --profile, --set, --provision errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib

ROOT = Path(__file__).resolve().parents[3]


def run_main(*args: str, policy: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AGENT_DESKTOP_POLICY=str(policy))
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_version(no_system_policy: Path) -> None:
    from agent_desktop import __version__

    proc = run_main("--version", policy=no_system_policy)
    assert proc.returncode == 0 and proc.stdout.strip() == f"Agent Desktop {__version__}"


def test_app_starts_and_quits_cleanly_keeping_everything_in_the_profile(tmp_path: Path, no_system_policy: Path) -> None:
    profile = tmp_path / "agent1"
    shot = tmp_path / "window.png"
    proc = run_main(
        "--profile",
        str(profile),
        "--set",
        "sip.display_name=Desk 7",
        "--no-features",
        "--quit-after-ms",
        "300",
        "--screenshot",
        str(shot),
        policy=no_system_policy,
    )
    assert proc.returncode == 0, proc.stderr
    log = (profile / "logs" / "agent-desktop.log").read_text()
    assert "starting" in log and "quitting" in log and "Traceback" not in log
    assert (profile / "config" / "window.ini").exists()
    assert shot.stat().st_size > 10_000  # the window really rendered
    # --set is for this run only: nothing was saved.
    assert not (profile / "config" / "settings.toml").exists()


def test_bad_set_is_a_clear_error(tmp_path: Path, no_system_policy: Path) -> None:
    proc = run_main("--profile", str(tmp_path / "p"), "--set", "sip.local_port=eighty", policy=no_system_policy)
    assert proc.returncode == 2
    assert "--set sip.local_port=eighty" in proc.stderr and "integer" in proc.stderr
    assert proc.stderr.count("sip.local_port=eighty") == 1  # said once, not again as a log line
    proc = run_main("--profile", str(tmp_path / "p"), "--set", "sip.registar=x", policy=no_system_policy)
    assert proc.returncode == 2 and "unknown setting 'sip.registar'" in proc.stderr


def test_a_bad_set_is_said_in_the_language_chosen(tmp_path: Path, no_system_policy: Path) -> None:
    """Trial finding: with --lang zh_CN the error on stderr stayed English."""
    args = ("--profile", str(tmp_path / "p"), "--set", "sip.local_port=eighty", "--no-start")
    proc = run_main(*args, "--lang", "zh_CN", policy=no_system_policy)
    assert proc.returncode == 2
    assert "agent-desktop: 错误: --set sip.local_port=eighty: sip.local_port：请输入整数。" in proc.stderr
    assert "integer" not in proc.stderr
    english = run_main(*args, "--lang", "en", policy=no_system_policy)
    assert "agent-desktop: error: --set sip.local_port=eighty: sip.local_port: Enter a whole number." in english.stderr


def test_a_set_outside_the_allowed_values_names_them_in_the_language_chosen(
    tmp_path: Path, no_system_policy: Path
) -> None:
    """Trial finding: --set recording.mode=sometimes said only "Not a valid value."."""
    args = ("--profile", str(tmp_path / "p"), "--set", "recording.mode=sometimes", "--no-start")
    english = run_main(*args, "--lang", "en", policy=no_system_policy)
    assert english.returncode == 2
    assert "recording.mode: Not a valid value; use one of: off, all, inbound, on_demand." in english.stderr
    chinese = run_main(*args, "--lang", "zh_CN", policy=no_system_policy)
    assert chinese.returncode == 2
    assert "off, all, inbound, on_demand" in chinese.stderr and "Not a valid value" not in chinese.stderr


def test_a_missing_policy_file_named_by_the_variable_stops_the_start(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "policy.toml"
    proc = run_main("--profile", str(tmp_path / "p"), "--no-features", "--quit-after-ms", "100", policy=missing)
    assert proc.returncode == 2
    assert f"system policy file is invalid, ask your IT support: {missing}: no such policy file" in proc.stderr


def test_set_cannot_override_a_locked_key(tmp_path: Path, no_system_policy: Path) -> None:
    no_system_policy.write_text('[sip]\nregistrar = "pbx.corp.example"\nlocked = ["registrar"]\n')
    profile = tmp_path / "p"
    proc = run_main(
        "--profile",
        str(profile),
        "--set",
        "sip.registrar=rogue.example",
        "--no-features",
        "--quit-after-ms",
        "50",
        policy=no_system_policy,
    )
    assert proc.returncode == 0, proc.stderr
    assert "--set sip.registrar ignored" in proc.stderr and "administrator" in proc.stderr
    assert proc.stderr.count("--set sip.registrar ignored") == 1


@pytest.mark.parametrize("content", ["[sip\n", '[sip]\nlocal_port = "x"\n'])
def test_malformed_provision_file_exits_with_error_and_changes_nothing(
    tmp_path: Path, no_system_policy: Path, content: str
) -> None:
    profile = tmp_path / "p"
    settings = profile / "config" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text('[sip]\ndisplay_name = "Before"\n')
    bundle = tmp_path / "it.toml"
    bundle.write_text(content)
    proc = run_main("--profile", str(profile), "--provision", str(bundle), policy=no_system_policy)
    assert proc.returncode == 2
    assert "settings bundle not imported (nothing was changed)" in proc.stderr
    assert tomllib.loads(settings.read_text()) == {"sip": {"display_name": "Before"}}


def test_valid_provision_file_is_imported_before_start(tmp_path: Path, no_system_policy: Path) -> None:
    profile = tmp_path / "p"
    bundle = tmp_path / "it.json"
    bundle.write_text('{"sip": {"registrar": "pbx.corp.example"}, "crm": {"url": "https://crm.corp.example"}}')
    proc = run_main(
        "--profile",
        str(profile),
        "--provision",
        str(bundle),
        "--no-features",
        "--quit-after-ms",
        "50",
        policy=no_system_policy,
    )
    assert proc.returncode == 0, proc.stderr
    saved = tomllib.loads((profile / "config" / "settings.toml").read_text())
    assert saved == {"sip": {"registrar": "pbx.corp.example"}, "crm": {"url": "https://crm.corp.example"}}


def test_sigterm_quits_through_the_normal_path(tmp_path: Path, no_system_policy: Path) -> None:
    import signal
    import time

    profile = tmp_path / "p"
    marker = tmp_path / "shown"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        AGENT_DESKTOP_POLICY=str(no_system_policy),
        AGENT_DESKTOP_STARTUP_MARKER=str(marker),
    )
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--profile", str(profile), "--no-features"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not marker.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
        assert marker.exists(), "window was shown"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    log = (profile / "logs" / "agent-desktop.log").read_text()
    assert "received SIGTERM: quitting" in log and (profile / "config" / "window.ini").exists()
