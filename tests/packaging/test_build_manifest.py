"""A frozen build holds exactly the files of packaging/manifest-linux.txt: nothing picked up from the
build machine (GTK, a second OpenSSL), nothing the app needs left out. The ordinary suite checks a
build that is already there (AGENT_DESKTOP_DIST, default dist/); AGENT_DESKTOP_BUILD=1 builds one
(minutes of CPU) and also starts it."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = Path(os.environ.get("AGENT_DESKTOP_DIST", ROOT / "dist")) / "agent-desktop"
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux manifest")


def manifest_module():
    spec = importlib.util.spec_from_file_location("packaging_manifest", ROOT / "packaging" / "manifest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assert_matches_manifest(folder: Path) -> None:
    extra, missing = manifest_module().differences(folder)
    assert (extra, missing) == ([], []), "regenerate with packaging/manifest.py if the change is meant"


@pytest.mark.skipif(not (DIST / "agent-desktop").exists(), reason="no frozen build (AGENT_DESKTOP_DIST or dist/)")
def test_the_build_present_holds_exactly_the_manifest():
    assert_matches_manifest(DIST)


def test_the_manifest_bundles_no_system_library_and_no_unused_qt():
    names = (ROOT / "packaging" / "manifest-linux.txt").read_text(encoding="utf-8").splitlines()
    top = {name.removeprefix("_internal/") for name in names if name.count("/") <= 1}
    for system in ("libssl.so.3", "libcrypto.so.3", "libsqlite3.so.0", "libexpat.so.1", "libz.so.1", "libgtk-3.so.0"):
        assert system not in top  # the .deb depends on the distribution's, which gets security updates
    assert not [n for n in names if "Quick" in n or "Wayland" in n or "Pdf" in n]
    # the chime and the call-recording player play through PortAudio; the detector needs no numpy
    assert not [n for n in names if "Multimedia" in n or "ffmpeg" in n.lower() or "libavcodec" in n]
    assert not [n for n in names if "numpy" in n or "openblas" in n]
    assert any(n.startswith("_internal/_soundfile_data/libsndfile") for n in names)  # recordings: Ogg/Opus
    assert any(n.endswith("libQt6Charts.so.6") for n in names) and any(n.endswith("libqxcb.so") for n in names)
    assert any(n.startswith("_internal/pjsua2_python.libs/libssl") for n in names)  # pjsua2's own OpenSSL
    # Qt's own dialogs (file dialog, message box buttons) in Chinese: Qt's catalogue ships beside ours
    assert "_internal/PySide6/Qt/translations/qtbase_zh_CN.qm" in names
    assert "_internal/resources/i18n/agent_desktop_zh_CN.qm" in names


@pytest.mark.e2e
@pytest.mark.build
@pytest.mark.skipif(os.environ.get("AGENT_DESKTOP_BUILD") != "1", reason="builds for minutes: AGENT_DESKTOP_BUILD=1")
def test_a_fresh_build_holds_the_manifest_and_starts(tmp_path):
    pyinstaller = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(tmp_path / "dist")]
    spec = ROOT / "packaging" / "agent_desktop.spec"
    subprocess.run([*pyinstaller, "--workpath", str(tmp_path / "build"), str(spec)], cwd=ROOT, check=True, timeout=1800)
    folder = tmp_path / "dist" / "agent-desktop"
    assert_matches_manifest(folder)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    shown = subprocess.run(
        [str(folder / "agent-desktop"), "--profile", str(tmp_path / "p"), "--no-features", "--quit-after-ms", "500"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stderr
    helped = subprocess.run([str(folder / "agent-desktop"), "--demo-caller", "--help"], capture_output=True, text=True)
    assert helped.returncode == 0 and "usage" in helped.stdout
