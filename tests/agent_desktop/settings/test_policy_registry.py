"""Policy from HKLM\\SOFTWARE\\Policies\\AgentDesktop (Group Policy, Intune), read through a fake
``winreg`` holding what the shipped ADMX template writes: the reading is the Windows code path."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from pydantic_core import to_jsonable_python

from agent_desktop.settings import PolicyError, SettingsManager, load_policy, policy, policy_location
from agent_desktop.settings.policy_registry import REGISTRY_KEY, read_registry_policy
from agent_desktop.settings.provision import BundleRules, ProvisionError, load_bundle
from agent_desktop.settings.schema import SECTIONS

ROOT = Path(__file__).resolve().parents[3]
ADMX = ROOT / "packaging" / "windows" / "AgentDesktop.admx"
ADML = ROOT / "packaging" / "windows" / "en-US" / "AgentDesktop.adml"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}


class FakeKey:
    def __init__(self) -> None:
        self.keys: dict[str, FakeKey] = {}
        self.values: list[tuple[str, Any, int]] = []

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def at(self, path: str) -> FakeKey:
        key = self
        for part in path.split("\\"):
            key = key.keys.setdefault(part, FakeKey())
        return key


class FakeWinreg:
    """The part of ``winreg`` the reader uses, over an in-memory HKLM."""

    REG_SZ, REG_EXPAND_SZ, REG_BINARY, REG_DWORD, REG_MULTI_SZ, REG_QWORD = 1, 2, 3, 4, 7, 11
    KEY_READ, KEY_WOW64_64KEY = 0x20019, 0x100

    def __init__(self) -> None:
        self.HKEY_LOCAL_MACHINE = FakeKey()
        self.access: list[int] = []

    def set(self, path: str, name: str, data: Any, kind: int) -> None:
        self.HKEY_LOCAL_MACHINE.at(path).values.append((name, data, kind))

    def OpenKey(self, parent: FakeKey, path: str, reserved: int = 0, access: int = 0) -> FakeKey:
        self.access.append(access)
        key = parent
        for part in path.split("\\"):
            match = [k for name, k in key.keys.items() if name.lower() == part.lower()]
            if not match:
                raise FileNotFoundError(2, "The system cannot find the file specified")
            key = match[0]
        return key

    def QueryInfoKey(self, key: FakeKey) -> tuple[int, int, int]:
        return len(key.keys), len(key.values), 0

    def EnumKey(self, key: FakeKey, index: int) -> str:
        return list(key.keys)[index]

    def EnumValue(self, key: FakeKey, index: int) -> tuple[str, Any, int]:
        return key.values[index]


@pytest.fixture
def winreg(monkeypatch: pytest.MonkeyPatch) -> FakeWinreg:
    fake = FakeWinreg()
    monkeypatch.setattr(policy, "read_registry_policy", lambda: read_registry_policy(fake))
    return fake


def test_no_policy_key_is_no_policy() -> None:
    fake = FakeWinreg()
    assert not read_registry_policy(fake).present
    assert fake.access == [fake.KEY_READ | fake.KEY_WOW64_64KEY]  # the 64-bit view, also from a 32-bit build


def test_group_policy_values_are_locked_recommended_ones_are_defaults(winreg: FakeWinreg, tmp_path: Path) -> None:
    sip = REGISTRY_KEY + r"\sip"
    winreg.set(sip, "registrar", "pbx.corp.example", winreg.REG_SZ)
    winreg.set(sip, "local_port", 5060, winreg.REG_DWORD)
    winreg.set(sip, "ice", 1, winreg.REG_DWORD)
    winreg.set(sip, "stun_servers", ["stun.a:3478", "stun.b"], winreg.REG_MULTI_SZ)
    winreg.set(sip, "option_of_a_newer_version", "x", winreg.REG_SZ)  # skipped with a warning
    winreg.set(REGISTRY_KEY + r"\Recommended\crm", "timeout_s", "2.5", winreg.REG_SZ)
    winreg.set(REGISTRY_KEY + r"\Recommended\sip", "registrar", "ignored.example", winreg.REG_SZ)
    manager = SettingsManager(tmp_path / "settings.toml", load_policy())
    s = manager.settings
    assert (s.sip.registrar, s.sip.local_port, s.sip.ice, s.sip.stun_servers) == (
        "pbx.corp.example",
        5060,
        True,
        ["stun.a:3478", "stun.b"],
    )
    assert manager.is_locked("sip.registrar") and manager.policy.origins["sip.registrar"] == "HKLM\\" + sip
    assert s.crm.timeout_s == 2.5 and not manager.is_locked("crm.timeout_s")
    manager.update({"crm.timeout_s": 4})  # a recommended value: the user may change it
    assert manager.settings.crm.timeout_s == 4


def test_registry_values_win_over_the_policy_file_except_a_recommended_one_over_a_lock(
    winreg: FakeWinreg, tmp_path: Path
) -> None:
    system = policy_location.system_policy_path()  # the suite's stand-in for %ProgramData%\AgentDesktop
    system.parent.mkdir()
    system.write_text('[crm]\nurl = "https://file.example"\nphone_region = "HK"\nlocked = ["url"]\n')
    winreg.set(REGISTRY_KEY + r"\Recommended\crm", "url", "https://recommended.example", winreg.REG_SZ)
    winreg.set(REGISTRY_KEY + r"\crm", "phone_region", "TW", winreg.REG_SZ)
    result = load_policy()
    assert result.values == {"crm.url": "https://file.example", "crm.phone_region": "TW"}
    assert result.locked == {"crm.url", "crm.phone_region"}


def test_a_registry_policy_refuses_a_users_file_unless_it_allows_it(
    winreg: FakeWinreg, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(policy_location, "system_policy_dir", lambda: tmp_path / "no-file-here")
    mine = tmp_path / "mine.toml"
    mine.write_text('[sip]\nregistrar = "mine.example"\n')
    monkeypatch.setenv("AGENT_DESKTOP_POLICY", str(mine))
    winreg.set(REGISTRY_KEY + r"\sip", "transport", "tls", winreg.REG_SZ)
    assert load_policy().ignored_override == mine
    winreg.set(REGISTRY_KEY, "allow_policy_override", 1, winreg.REG_DWORD)
    honoured = load_policy()
    assert honoured.values == {"sip.registrar": "mine.example", "sip.transport": "tls"}  # the registry still applies


@pytest.mark.parametrize(
    ("name", "data", "kind", "message"),
    [
        ("local_port", 70000, 4, "sip.local_port: Input should be less than or equal to 65535"),
        ("transport", "pigeon", 1, "sip.transport"),
        ("registrar", b"\x00", 3, "sip.registrar has a registry type this setting cannot take"),
    ],
)
def test_an_invalid_registry_value_stops_the_start_naming_it(
    winreg: FakeWinreg, name: str, data: Any, kind: int, message: str
) -> None:
    winreg.set(REGISTRY_KEY + r"\sip", name, data, kind)
    with pytest.raises(PolicyError, match=re.escape(message)) as caught:
        load_policy()
    assert "SOFTWARE\\Policies\\AgentDesktop" in str(caught.value)


def _policies() -> list[ET.Element]:
    return ET.parse(ADMX).getroot().findall("p:policies/p:policy", NS)


def test_the_admx_template_covers_every_setting_and_writes_what_the_app_reads(tmp_path: Path) -> None:
    """Every setting has a locked and a recommended policy; values written as the template's elements
    write them (DWORD for numbers and switches, MULTI_SZ for lists, text otherwise) load as valid."""
    fake = FakeWinreg()
    covered = set()
    for element in _policies():
        key = element.get("key", "")
        if key == REGISTRY_KEY:  # allow_policy_override and the bundle rules: values of the key itself
            continue
        section = key.rsplit("\\", 1)[1]
        recommended = "\\Recommended\\" in key
        children = element.find("p:elements", NS)
        if children is None:  # a switch: REG_DWORD 1/0 on the policy
            value_name = element.get("valueName", "")
            fake.set(key, value_name, 1, fake.REG_DWORD)
        else:
            child = children[0]
            value_name = child.get("valueName", "")
            tag = child.tag.split("}")[1]
            field = SECTIONS[section].model_fields[value_name]
            default = field.get_default(call_default_factory=True)
            if tag == "decimal":
                fake.set(key, value_name, int(child.get("minValue", "0")), fake.REG_DWORD)
            elif tag == "enum":
                fake.set(key, value_name, child.find(".//p:string", NS).text or "", fake.REG_SZ)
            elif tag == "multiText":
                fake.set(key, value_name, ["a.example", "b.example"], fake.REG_MULTI_SZ)
            elif isinstance(default, list):  # a list of tables (the Not-ready reasons): JSON text
                fake.set(key, value_name, json.dumps(to_jsonable_python(default)), fake.REG_SZ)
            else:
                fake.set(key, value_name, str(default), fake.REG_SZ)
        covered.add((f"{section}.{value_name}", recommended))
    expected = {(f"{s}.{n}", r) for s, m in SECTIONS.items() for n in m.model_fields for r in (False, True)}
    assert covered == expected, "run: .venv/bin/python packaging/windows/make_admx.py"
    read = read_registry_policy(fake)
    assert read.locked == {key for key, recommended in expected if not recommended}


def test_every_string_and_presentation_the_admx_names_is_in_the_adml() -> None:
    admx, adml = ADMX.read_text(encoding="utf-8"), ET.parse(ADML).getroot()
    strings = {s.get("id") for s in adml.iterfind(".//p:stringTable/p:string", NS)}
    presentations = {p.get("id") for p in adml.iterfind(".//p:presentationTable/p:presentation", NS)}
    assert set(re.findall(r"\$\(string\.(\w+)\)", admx)) <= strings
    assert set(re.findall(r"\$\(presentation\.(\w+)\)", admx)) == presentations
    names = [p.get("name") for p in _policies()]
    assert len(names) == len(set(names))


KEY_A = "5egSBAfpAd6jvxarkBMyBUyU/UC7wfr37TteJkZnwv4="
KEY_B = "hehWhOXSfkSHCMF252oNHyVt6Eu7ze4ZoFwm0Q8Bhrs="


def test_the_bundle_rules_come_from_the_template_s_policies_and_win_over_the_file(
    winreg: FakeWinreg, tmp_path: Path
) -> None:
    """The two bundle policies of the template (a switch, a list of keys) write values of the key itself,
    which the app reads as the policy file's bundle_https_only and bundle_signing_keys, over the file's."""
    written = {p.get("name"): p for p in _policies() if p.get("key") == REGISTRY_KEY}
    https = written["bundle_https_only"]
    assert https.get("valueName") == "bundle_https_only" and https.find("p:enabledValue/p:decimal", NS) is not None
    keys = written["bundle_signing_keys"].find("p:elements/p:multiText", NS)
    assert keys is not None and keys.get("valueName") == "bundle_signing_keys"

    system = policy_location.system_policy_path()
    system.parent.mkdir()
    system.write_text(f'bundle_signing_keys = ["{KEY_B}"]\n')
    assert load_policy().bundle_rules == BundleRules(https_only=False, signing_keys=(KEY_B,))
    winreg.set(REGISTRY_KEY, "bundle_https_only", 1, winreg.REG_DWORD)  # the policy enabled
    winreg.set(REGISTRY_KEY, "bundle_signing_keys", [KEY_A, ""], winreg.REG_MULTI_SZ)  # one key per line
    rules = load_policy().bundle_rules
    assert rules == BundleRules(https_only=True, signing_keys=(KEY_A,))
    with pytest.raises(ProvisionError, match="only over HTTPS"):
        load_bundle("http://provisioning.example/agent.toml", rules=rules)  # refused before any fetch
    bundle = tmp_path / "agent.toml"
    bundle.write_text('[sip]\nregistrar = "pbx.corp.example"\n')
    with pytest.raises(ProvisionError, match="not signed"):
        load_bundle(str(bundle), rules=rules)


def test_bundle_rules_in_the_registry_alone_are_a_policy_a_user_file_cannot_replace(
    winreg: FakeWinreg, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(policy_location, "system_policy_dir", lambda: tmp_path / "no-file-here")
    mine = tmp_path / "mine.toml"
    mine.write_text("bundle_https_only = false\n")
    monkeypatch.setenv("AGENT_DESKTOP_POLICY", str(mine))
    winreg.set(REGISTRY_KEY, "bundle_https_only", 1, winreg.REG_DWORD)
    result = load_policy()
    assert result.ignored_override == mine and result.bundle_rules.https_only


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("bundle_signing_keys", ["not a key"], 7),
        ("bundle_signing_keys", f"{KEY_A}, short", 1),
        ("bundle_https_only", "yes", 1),
    ],
)
def test_a_bad_bundle_rule_in_the_registry_stops_the_start_naming_it(
    winreg: FakeWinreg, name: str, data: Any, kind: int
) -> None:
    winreg.set(REGISTRY_KEY, name, data, kind)
    with pytest.raises(PolicyError, match=re.escape(name)) as caught:
        load_policy()
    assert "SOFTWARE\\Policies\\AgentDesktop" in str(caught.value)
