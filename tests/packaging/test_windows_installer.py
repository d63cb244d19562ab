"""What can be checked of the Windows installer without Windows: its version follows the project's,
its icon is a real multi-size icon, and the command-line properties IT documents are the ones it reads."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import agent_desktop

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "packaging/windows/agent_desktop.iss").read_text(encoding="utf-8-sig")


def test_the_installer_version_is_the_projects():
    assert re.search(r'#define AppVersion "([^"]+)"', ISS).group(1) == agent_desktop.__version__
    assert "/DAppVersion=$version" in (ROOT / "packaging/windows/build_installer.ps1").read_text()


def test_the_icon_has_every_size_windows_asks_for():
    data = (ROOT / "resources/icons/app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    sides = {struct.unpack("<B", data[6 + 16 * i : 7 + 16 * i])[0] or 256 for i in range(count)}
    assert (reserved, kind) == (0, 1) and {16, 32, 48, 256} <= sides
    assert "SetupIconFile=..\\..\\resources\\icons\\app.ico" in ISS


def test_every_documented_property_is_read():
    documented = set(re.findall(r"^;\s+/([A-Z]+)=", ISS, re.MULTILINE)) - {"MERGETASKS"}  # Inno Setup's own
    read = set(re.findall(r"\{param:([A-Z]+)", ISS)) | set(re.findall(r"HasParam\('([A-Z]+)'\)", ISS))
    assert documented == read == {"CRMURL", "POLICY"}
