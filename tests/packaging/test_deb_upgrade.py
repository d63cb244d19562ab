"""The Debian package upgrades while agents work: each version in its own folder, the running copy
keeps every file it may still import, is told a new version is installed, and old folders go once no
process runs them. Real dpkg, installing into a root of its own (chrootless: the maintainer scripts
honour DPKG_ROOT), with a stand-in for the frozen app: a copy of sleep(1), so /proc/<pid>/exe points
into the version's folder exactly as the frozen executable's does."""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from agent_desktop.shell.upgrade_notice import UpgradeWatch

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg (Debian or Ubuntu)")


@pytest.fixture(scope="module")
def debs(tmp_path_factory):
    """Packages of versions 1.0.0, 1.1.0 and 1.2.0 of a stand-in frozen folder."""
    work = tmp_path_factory.mktemp("deb")
    app = work / "dist" / "agent-desktop"
    app.mkdir(parents=True)
    shutil.copy("/bin/sleep", app / "agent-desktop")
    (app / "late_import.py").write_text("LOADED = True\n")
    built = {}
    for version in ("1.0.0", "1.1.0", "1.2.0"):
        env = {**os.environ, "AGENT_DESKTOP_DIST": str(work / "dist"), "AGENT_DESKTOP_VERSION": version}
        env["DEB_OUT"] = str(work / "out")
        subprocess.run([str(ROOT / "packaging/linux/build_deb.sh")], env=env, check=True, capture_output=True)
        built[version] = work / "out" / f"agent-desktop_{version}_amd64.deb"
    return built


@pytest.fixture
def dpkg(tmp_path):
    """``dpkg(*args)`` on an empty system root of its own; returns (root, run)."""
    root = tmp_path / "root"
    for sub in ("info", "updates"):
        (root / "var/lib/dpkg" / sub).mkdir(parents=True)
    for name in ("status", "available"):
        (root / "var/lib/dpkg" / name).touch()

    def run(*args: str) -> str:
        command = ["dpkg", f"--root={root}", "--force-script-chrootless", "--force-depends", "--log=/dev/null"]
        done = subprocess.run([*command, *args], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    return root, run


def test_an_upgrade_leaves_the_running_version_whole_and_tells_it(debs, dpkg, qtbot):
    root, run = dpkg
    opt = root / "opt/agent-desktop"
    run("-i", str(debs["1.0.0"]))
    assert os.readlink(opt / "current") == "1.0.0"
    assert os.readlink(root / "usr/bin/agent-desktop") == "/opt/agent-desktop/current/agent-desktop"
    agent = subprocess.Popen([str(opt / "current/agent-desktop"), "300"])  # an agent at work on 1.0.0
    try:
        watch = UpgradeWatch(opt / "1.0.0")
        with qtbot.waitSignal(watch.sig_new_version, timeout=10000) as told:
            said = run("-i", str(debs["1.1.0"]))
        assert told.args == ["1.1.0"] and os.readlink(opt / "current") == "1.1.0"
        assert (opt / "1.0.0/late_import.py").read_text() == "LOADED = True\n"  # its next import still works
        assert "1.0.0 is still running" in said
        assert not (root / "usr/lib/agent-desktop/1.0.0").exists()  # dpkg's own copy is gone
    finally:
        agent.kill()
        agent.wait()
    run("-i", str(debs["1.2.0"]))  # nobody runs 1.0.0 or 1.1.0 any more: both go
    assert sorted(p.name for p in opt.iterdir()) == ["1.2.0", "current"]
    run("--purge", "agent-desktop")
    assert not opt.exists() and not (root / "usr/lib/agent-desktop").exists()


def test_the_package_describes_itself(debs, tmp_path):
    info = subprocess.run(["dpkg-deb", "--field", str(debs["1.1.0"])], capture_output=True, text=True).stdout
    fields = dict(line.split(": ", 1) for line in info.splitlines() if ": " in line and not line.startswith(" "))
    assert fields["Version"] == "1.1.0" and int(fields["Installed-Size"]) > 0
    assert "<" in fields["Maintainer"] and "@" in fields["Maintainer"]
    subprocess.run(["dpkg-deb", "-x", str(debs["1.1.0"]), str(tmp_path)], check=True)
    doc = tmp_path / "usr/share/doc/agent-desktop"
    assert "License: GPL-2.0-or-later" in (doc / "copyright").read_text()
    assert gzip.decompress((doc / "changelog.gz").read_bytes()).startswith(b"agent-desktop (1.1.0)")
