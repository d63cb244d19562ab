"""Idle memory measures (issue 2): malloc thresholds and trimming, PySide6's source scan, what loads lazily."""

from __future__ import annotations

import linecache
import os
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from agent_desktop.features.phone.core.config import network_matters
from agent_desktop.shell import memory
from tests.agent_desktop.shell.test_startup_imports import probe_env, start_probe

ROOT = Path(__file__).resolve().parents[3]
glibc_only = pytest.mark.skipif(memory._glibc() is None, reason="glibc malloc only")


@glibc_only
def test_malloc_thresholds_can_be_pinned_and_free_memory_released():
    assert memory.pin_malloc_thresholds() is True
    junk = [bytearray(200_000) for _ in range(50)]  # over the threshold: mapped, then unmapped
    del junk
    memory.release_free_memory()  # True or False (nothing to give back), never an error


def test_pyside_source_scan_keeps_no_source(tmp_path, monkeypatch):
    import PySide6.QtCore  # noqa: F401 - installs PySide6's import hook

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None:
        pytest.skip("this PySide6 has no __feature__ import hook")
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)  # restored afterwards
    assert memory.stop_pyside_source_scan() is True
    (tmp_path / "uses_qt_probe.py").write_text("import PySide6  # a Qt module\nX = 1\n", encoding="utf-8")
    (tmp_path / "plain_probe.py").write_text("Y = 2\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    import plain_probe
    import uses_qt_probe

    # PySide6's import hook calls feature_imported after an import, but not after every import in a
    # long-lived process (seen in the suite's workers): call it as the hook does, so the check runs here
    for module in (plain_probe, uses_qt_probe):
        feature.pyside_feature_dict.pop(module.__name__, None)
        feature.feature_imported(module)
    cached = set(linecache.cache)
    assert str(tmp_path / "uses_qt_probe.py") not in cached and str(tmp_path / "plain_probe.py") not in cached
    # PySide6 still learns the same answer as from inspect.getsource
    assert feature.pyside_feature_dict.get("uses_qt_probe") == 0
    assert feature.pyside_feature_dict.get("plain_probe") == -1
    monkeypatch.delitem(sys.modules, "uses_qt_probe")
    monkeypatch.delitem(sys.modules, "plain_probe")


@glibc_only
def test_idle_trimmer_trims_once_the_process_is_quiet_after_being_busy():
    trimmer = memory.IdleTrimmer(busy_s=0.05, quiet_s=0.02)
    assert trimmer.check() is False  # nothing done since it started
    end = time.process_time() + 0.1
    while time.process_time() < end:  # busy
        pass
    assert trimmer.check() is False  # still busy in this interval
    assert trimmer.check() is True  # quiet now: trims
    assert trimmer.check() is False and trimmer.trims == 1  # not again until busy again


@pytest.mark.parametrize(
    "registrar, address, watched",
    [
        ("", "127.0.0.1", False),  # the embedded default: loopback, no registration
        ("", "::1", False),
        ("pbx.example.com", "127.0.0.1", True),
        ("", "0.0.0.0", True),
        ("", "192.168.1.20", True),
        ("", "", False),  # automatic without a registrar or proxy: loopback
        ("pbx.example.com", "", True),  # automatic with one: all addresses
    ],
)
def test_network_changes_are_watched_only_where_they_matter(registrar, address, watched):
    assert network_matters(SimpleNamespace(registrar=registrar, proxy="", bind_address=address)) is watched


def test_to_do_alert_sound_opens_audio_only_when_it_first_plays_and_never_loads_qt_multimedia(tmp_path):
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from agent_desktop.shell.alert_sound import AlertSound\n"
        f"sound = AlertSound({str(tmp_path)!r})\n"
        "print('sounddevice' in sys.modules)\n"
        "sound()\n"
        "print('PySide6.QtMultimedia' in sys.modules, sound.backend)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr
    before, after = out.stdout.split("\n")[:2]
    assert before == "False"
    assert after.split() in (["False", "device"], ["False", "beep"])  # beep: a machine without outputs


def test_the_alert_chime_plays_once_through_the_ringer_device_path(qtbot, tmp_path):
    from agent_desktop.shell.alert_sound import AlertSound
    from softphone.engine.audio_io import PacedDevice

    heard: list[bytes] = []
    sound = AlertSound(tmp_path, volume=50, device=PacedDevice(sink=heard.append))
    sound()
    assert sound.backend == "device"
    qtbot.waitUntil(lambda: sound.player is not None and sound.player.played == 1, timeout=5000)
    pcm = b"".join(heard)
    loud = [frame for frame in heard if max(frame) > 0]
    assert 0.35 < len(b"".join(loud)) / 2 / 16000 < 0.6  # the two tones (0.43 s), then the device closes
    assert max(abs(s) for s in memoryview(pcm).cast("h")) <= 12000 * 0.5 + 1  # at the asked volume


IDLE_MODULES = """
import sys
from PySide6.QtCore import QTimer
import agent_desktop.shell.app as app
import main

shell_init = app.Shell.__init__


def init(self, *args, **kwargs):
    shell_init(self, *args, **kwargs)

    def report():
        from agent_desktop.features.crm_link.api import CRM

        crm = self.ctx.services.get(CRM)
        if crm is None or crm.engine.status.state != "online":  # signed in and synced: HTTP was used
            QTimer.singleShot(200, report)
            return
        cn = type(sys.modules.get("charset_normalizer")).__name__
        loaded = sorted(m for m in ("PySide6.QtNetwork", "openpyxl", "alembic") if m in sys.modules)
        print("IDLE", cn, loaded, flush=True)
        self.quit(force=True)

    self.sig_features_installed.connect(report)


app.Shell.__init__ = init
sys.exit(main.main(sys.argv[1:]))
"""


@pytest.mark.e2e
def test_the_signed_in_app_has_not_loaded_what_idle_does_not_use(tmp_path, no_system_policy):
    """Running with the CRM link signed in to its back office: no QtNetwork (the single-instance socket
    is a plain one), requests' encoding detector not loaded (no answer needed a guess)."""
    out = start_probe(IDLE_MODULES, tmp_path, probe_env(no_system_policy), "--features", "crm_link", timeout=120)
    assert "IDLE _Deferred []" in out.splitlines()


PIXMAP_LIMIT_AT_START = """
import sys
from PySide6.QtGui import QPixmapCache
import agent_desktop.shell.app as app
import main

shell_init = app.Shell.__init__


def init(self, *args, **kwargs):
    shell_init(self, *args, **kwargs)
    print("PIXMAP_CACHE_KIB", QPixmapCache.cacheLimit(), flush=True)


app.Shell.__init__ = init
sys.exit(main.main(sys.argv[1:]))
"""


def test_the_app_caps_qts_pixmap_cache_at_its_start(tmp_path, no_system_policy):
    """Qt's default (10 MiB) filled up over a shift of calls, 19 KiB a call: the running app has a
    smaller limit from its start."""
    env = probe_env(no_system_policy)
    out = start_probe(PIXMAP_LIMIT_AT_START, tmp_path, env, "--no-features", "--quit-after-ms", "200", timeout=120)
    assert f"PIXMAP_CACHE_KIB {memory.PIXMAP_CACHE_KIB}" in out.splitlines()
    assert memory.PIXMAP_CACHE_KIB <= 2048  # Qt's own default is 10240
