"""The Group Policy template's tool and what it writes (trial finding: ``make_admx.py --help`` ignored
--help and rewrote the shipped files; only an en-US ADML was shipped)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
TOOL = WINDOWS / "make_admx.py"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
SHIPPED = [
    WINDOWS / "AgentDesktop.admx",
    WINDOWS / "en-US" / "AgentDesktop.adml",
    WINDOWS / "zh-CN" / "AgentDesktop.adml",
]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(TOOL), *args], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )


def _strings(adml: Path) -> dict[str, str]:
    root = ET.parse(adml).getroot()
    return {s.get("id", ""): s.text or "" for s in root.iterfind(".//p:stringTable/p:string", NS)}


def _presentations(adml: Path) -> list[str]:
    root = ET.parse(adml).getroot()
    return [p.get("id", "") for p in root.iterfind(".//p:presentationTable/p:presentation", NS)]


def test_help_says_how_to_use_the_tool_and_writes_nothing() -> None:
    before = {path: path.stat().st_mtime_ns for path in SHIPPED}
    done = _run("--help")
    assert done.returncode == 0, done.stderr
    assert "usage: make_admx.py" in done.stdout and "--out-dir" in done.stdout and "zh-CN" in done.stdout
    assert "wrote" not in done.stdout
    assert {path: path.stat().st_mtime_ns for path in SHIPPED} == before


def test_out_dir_gets_the_admx_and_an_adml_per_language_with_the_same_ids(tmp_path: Path) -> None:
    done = _run("--out-dir", str(tmp_path))
    assert done.returncode == 0, done.stderr
    admx, english, chinese = (
        tmp_path / "AgentDesktop.admx",
        tmp_path / "en-US" / "AgentDesktop.adml",
        tmp_path / "zh-CN" / "AgentDesktop.adml",
    )
    assert all(path.is_file() for path in (admx, english, chinese))
    en, zh = _strings(english), _strings(chinese)
    assert list(zh) == list(en) and _presentations(chinese) == _presentations(english)
    named = set(re.findall(r"\$\(string\.(\w+)\)", admx.read_text(encoding="utf-8")))
    assert named <= set(zh)
    root = ET.parse(chinese).getroot()
    assert root.tag == f"{{{NS['p']}}}policyDefinitionResources" and root.get("schemaVersion") == "1.0"
    # the settings are named with the app's own Chinese labels and choices
    assert zh["sip_registrar"] == "sip.registrar（注册服务器）" and en["sip_registrar"] == "sip.registrar"
    assert "用户不能更改" in zh["sip_registrar_Explain"] and "用户可以更改" in zh["sip_registrar_Recommended_Explain"]
    assert zh["AgentDesktop"] == "坐席工作台" and zh["cat_sip"] == "电话（SIP）"
    assert zh["sip_transport_2"] != en["sip_transport_2"] == "tls"
    with_chinese = [sid for sid, text in zh.items() if re.search(r"[\u4e00-\u9fff]", text)]
    assert len(with_chinese) > len(zh) * 3 // 4


def test_the_shipped_languages_have_every_string_and_the_installer_copies_them() -> None:
    english, chinese = SHIPPED[1], SHIPPED[2]
    assert list(_strings(chinese)) == list(_strings(english))
    iss = (WINDOWS / "agent_desktop.iss").read_text(encoding="utf-8-sig")
    for language in ("en-US", "zh-CN"):
        assert f'Source: "{language}\\AgentDesktop.adml"; DestDir: "{{app}}\\policy-templates\\{language}"' in iss
