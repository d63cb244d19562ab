"""A policy may demand settings bundles over HTTPS only, and signed by IT's key: an unsigned, tampered
or wrongly signed bundle is refused as a whole, with the reason, and nothing changes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from agent_desktop.settings import SettingsError, SettingsManager, load_policy
from agent_desktop.settings.policy import PolicyError
from agent_desktop.settings.provision import ProvisionError, load_bundle
from tests.agent_desktop.settings.test_provision import GOOD_TOML, http_bundles  # noqa: F401 - fixture

ROOT = Path(__file__).resolve().parents[3]
SIGN = [sys.executable, str(ROOT / "scripts" / "sign_bundle.py")]


@pytest.fixture
def it_key(tmp_path: Path) -> tuple[Path, str]:
    """IT's signing key (file) and the policy line that trusts it."""
    key = tmp_path / "it.key"
    line = subprocess.run([*SIGN, "keygen", str(key)], capture_output=True, text=True, check=True).stdout.strip()
    assert line.startswith("bundle_signing_keys = [")
    return key, line


def test_only_a_bundle_signed_by_a_trusted_key_is_imported(tmp_path: Path, no_system_policy: Path, it_key) -> None:
    key, line = it_key
    no_system_policy.write_text(line + "\n")
    policy = load_policy()
    bundle = tmp_path / "agent.toml"
    bundle.write_text(GOOD_TOML)
    manager = SettingsManager(tmp_path / "settings.toml", policy)
    with pytest.raises(ProvisionError, match="not signed") as unsigned:
        load_bundle(str(bundle), rules=policy.bundle_rules)
    assert "agent.toml.sig" in str(unsigned.value)
    subprocess.run([*SIGN, "sign", str(key), str(bundle)], check=True, capture_output=True)
    manager.import_bundle(load_bundle(str(bundle), rules=policy.bundle_rules), str(bundle))
    assert manager.settings.sip.registrar == "pbx.corp.example"
    bundle.write_text(GOOD_TOML.replace("pbx.corp.example", "pbx.evil.example"))  # changed after signing
    with pytest.raises(ProvisionError, match="not signed"):
        load_bundle(str(bundle), rules=policy.bundle_rules)
    other = tmp_path / "other.key"
    subprocess.run([*SIGN, "keygen", str(other)], check=True, capture_output=True)
    subprocess.run([*SIGN, "sign", str(other), str(bundle)], check=True, capture_output=True)  # someone else's key
    with pytest.raises(ProvisionError, match="not signed"):
        load_bundle(str(bundle), rules=policy.bundle_rules)


def test_the_command_line_refuses_an_unsigned_bundle_and_changes_nothing(tmp_path: Path, it_key) -> None:
    _key, line = it_key
    policy = tmp_path / "etc" / "policy.toml"
    policy.parent.mkdir()
    policy.write_text(line + "\nallow_policy_override = true\n")
    bundle = tmp_path / "agent.toml"
    bundle.write_text(GOOD_TOML)
    env = {"AGENT_DESKTOP_POLICY": str(policy), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--profile",
            str(tmp_path / "p"),
            "--provision",
            str(bundle),
            "--no-start",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert run.returncode != 0 and "not signed" in run.stderr, run.stderr
    settings = tmp_path / "p"
    assert "pbx.corp.example" not in "".join(p.read_text() for p in settings.rglob("settings.toml"))


def test_https_only_refuses_a_plain_http_bundle(tmp_path: Path, no_system_policy: Path, http_bundles) -> None:
    base, bundles = http_bundles
    bundles["/agent.toml"] = (200, "application/toml", GOOD_TOML.encode())
    no_system_policy.write_text("bundle_https_only = true\n")
    policy = load_policy()
    with pytest.raises(ProvisionError, match="only over HTTPS"):
        load_bundle(f"{base}/agent.toml", rules=policy.bundle_rules)
    assert load_bundle(f"{base}/agent.toml")["sip"]["registrar"] == "pbx.corp.example"  # no such policy: fetched


@pytest.mark.parametrize("line", ['bundle_signing_keys = ["not a key"]', 'bundle_https_only = "yes"'])
def test_a_policy_with_bad_bundle_rules_is_an_error(no_system_policy: Path, line: str) -> None:
    no_system_policy.write_text(line + "\n")
    with pytest.raises(PolicyError) as info:
        load_policy()
    assert isinstance(info.value, SettingsError)
