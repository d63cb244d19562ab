"""Settings layers: round trip, IT policy locks, --set validation, profile isolation."""

from __future__ import annotations

from pathlib import Path

import pytest
import tomllib

from agent_desktop.settings import LockedKeyError, PolicyError, SettingsError, SettingsManager, load_policy
from agent_desktop.shell.paths import AppPaths

POLICY = """
locked = ["crm.url"]

[sip]
registrar = "pbx.corp.example"
transport = "tls"
locked = ["registrar"]

[crm]
url = "https://crm.corp.example"
"""


def test_settings_round_trip_keeps_types_and_only_user_changes(tmp_path: Path) -> None:
    file = tmp_path / "settings.toml"
    manager = SettingsManager(file, load_policy())
    manager.update(
        {
            "sip.local_port": "5080",
            "sip.stun_servers": ["stun.a:3478", "stun.b"],
            "sip.auto_answer": True,
            "crm.timeout_s": "2.5",
            "ui.language": "zh_CN",
            "hotkeys.answer": "Ctrl+A",
        }
    )
    again = SettingsManager(file, load_policy())
    s = again.settings
    assert (s.sip.local_port, s.sip.stun_servers, s.sip.auto_answer) == (5080, ["stun.a:3478", "stun.b"], True)
    assert (s.crm.timeout_s, s.ui.language, s.hotkeys.answer) == (2.5, "zh_CN", "Ctrl+A")
    on_disk = tomllib.loads(file.read_text())
    assert on_disk["sip"] == {"local_port": 5080, "stun_servers": ["stun.a:3478", "stun.b"], "auto_answer": True}
    assert "registrar" not in on_disk["sip"]
    # Setting a value back to its default removes it from the user file.
    again.update({"sip.local_port": ""})  # the dialog's cleared field: "auto", the default
    assert "local_port" not in tomllib.loads(file.read_text())["sip"] and again.settings.sip.local_port == "auto"


def test_invalid_change_applies_nothing(tmp_path: Path) -> None:
    file = tmp_path / "settings.toml"
    manager = SettingsManager(file, load_policy())
    with pytest.raises(SettingsError, match="sip.local_port"):
        manager.update({"sip.display_name": "Alice", "sip.local_port": "70000"})
    assert manager.settings.sip.display_name == "Agent"
    assert not file.exists()


def test_locked_policy_key_wins_over_user_file_and_set(tmp_path: Path, no_system_policy: Path) -> None:
    no_system_policy.write_text(POLICY)
    file = tmp_path / "settings.toml"
    file.write_text('[sip]\nregistrar = "evil.example"\ntransport = "udp"\n[crm]\nurl = "http://elsewhere"\n')
    manager = SettingsManager(file, load_policy())
    s = manager.settings
    assert s.sip.registrar == "pbx.corp.example"  # locked: the user file loses
    assert s.crm.url == "https://crm.corp.example"  # locked via the top-level list
    assert s.sip.transport == "udp"  # policy value but not locked: the user may change it
    assert manager.source("sip.registrar") == "policy" and manager.source("sip.transport") == "user"
    with pytest.raises(LockedKeyError, match="administrator"):
        manager.set_override("sip.registrar", "other.example")
    with pytest.raises(LockedKeyError):
        manager.update({"crm.url": "http://mine"})
    assert manager.settings.sip.registrar == "pbx.corp.example"


def test_set_override_validates_and_is_not_saved(tmp_path: Path) -> None:
    file = tmp_path / "settings.toml"
    manager = SettingsManager(file, load_policy())
    manager.set_override("sip.local_port", "0")
    manager.set_override("sip.tls_verify_server", "false")
    assert manager.settings.sip.local_port == 0 and manager.settings.sip.tls_verify_server is False
    with pytest.raises(SettingsError, match="unknown setting 'sip.nope'"):
        manager.set_override("sip.nope", "1")
    with pytest.raises(SettingsError, match="less than or equal to 65535"):
        manager.set_override("sip.local_port", "99999")
    with pytest.raises(SettingsError, match="transport"):
        manager.set_override("sip.transport", "carrier-pigeon")
    assert not file.exists() and SettingsManager(file, load_policy()).settings.sip.local_port == "auto"


def test_invalid_policy_is_refused(no_system_policy: Path) -> None:
    no_system_policy.write_text('[sip]\nlocal_port = "many"\n')
    with pytest.raises(PolicyError, match="local_port"):
        load_policy()
    no_system_policy.write_text('locked = ["sip.bogus"]\n')
    with pytest.raises(PolicyError, match="sip.bogus"):
        load_policy()


def test_a_missing_policy_file_is_an_error_only_when_the_variable_names_it(
    no_system_policy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_system_policy.unlink()
    with pytest.raises(PolicyError) as caught:
        load_policy()
    assert str(caught.value) == f"{no_system_policy}: no such policy file (named by AGENT_DESKTOP_POLICY)"
    # The platform's own place missing stays fine: no policy (a path passed in, as the default is).
    monkeypatch.delenv("AGENT_DESKTOP_POLICY")
    policy = load_policy(no_system_policy)
    assert policy.values == {} and policy.locked == frozenset() and policy.path is None


def test_unreadable_policy_is_refused_with_the_english_reason(no_system_policy: Path) -> None:
    no_system_policy.write_text('[sip]\nregistrar "pbx.corp.example"\n')
    with pytest.raises(PolicyError) as caught:
        load_policy()
    assert str(caught.value) == (
        f"{no_system_policy}: not valid TOML: Expected '=' after a key in a key/value pair (at line 2, column 11)"
    )
    no_system_policy.write_bytes('[sip]\ndisplay_name = "坐席"\n'.encode("gbk"))
    with pytest.raises(PolicyError, match=r": not UTF-8 text: 'utf-8' codec can't decode byte 0xd7 in position 22"):
        load_policy()
    no_system_policy.unlink()
    no_system_policy.mkdir()
    with pytest.raises(PolicyError) as caught:
        load_policy()
    assert str(caught.value) == f"{no_system_policy}: cannot read: Is a directory"
    no_system_policy.rmdir()
    no_system_policy.write_bytes('\ufeff[sip]\nregistrar = "pbx.corp.example"\n'.encode())  # a BOM (Notepad) is fine
    assert load_policy().values == {"sip.registrar": "pbx.corp.example"}


def test_a_user_settings_file_that_is_not_utf8_is_ignored_not_fatal(tmp_path: Path) -> None:
    file = tmp_path / "settings.toml"
    file.write_bytes('[sip]\ndisplay_name = "坐席"\n'.encode("gbk"))
    assert SettingsManager(file, load_policy()).settings.sip.display_name == "Agent"


def test_two_profiles_do_not_see_each_others_settings(tmp_path: Path) -> None:
    a = AppPaths.for_profile(tmp_path / "a").ensure()
    b = AppPaths.for_profile(tmp_path / "b").ensure()
    assert not set(vars(a).values()) & set(vars(b).values())
    SettingsManager(a.settings_file, load_policy()).update({"sip.username": "alice"})
    SettingsManager(b.settings_file, load_policy()).update({"sip.username": "bob"})
    assert SettingsManager(a.settings_file, load_policy()).settings.sip.username == "alice"
    assert SettingsManager(b.settings_file, load_policy()).settings.sip.username == "bob"
    assert all(str(p).startswith(str(tmp_path / "a")) for p in vars(a).values())


@pytest.mark.parametrize(
    "example",
    sorted((Path(__file__).resolve().parents[3] / "packaging" / "policy").glob("*.toml")),
    ids=lambda p: p.name,
)
def test_shipped_example_policies_are_valid(example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AGENT_DESKTOP_POLICY", str(example))
    policy = load_policy()
    assert policy.locked
    manager = SettingsManager(tmp_path / "settings.toml", policy)
    for key in policy.locked:
        assert manager.source(key) == "policy"


def test_readme_documents_every_setting_with_its_default() -> None:
    import json

    from pydantic_core import to_jsonable_python

    from agent_desktop.settings.schema import SECTIONS

    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    for section, model in SECTIONS.items():
        for name, field in model.model_fields.items():
            value = to_jsonable_python(field.get_default(call_default_factory=True), exclude_none=True)
            default = json.dumps(value, ensure_ascii=False)
            assert f"| `{section}.{name}` | `{default}` |" in readme, f"{section}.{name} missing from README"
