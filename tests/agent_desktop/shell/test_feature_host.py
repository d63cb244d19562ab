"""Features are installed after the window is shown, missing ones skipped, shut down in reverse order."""

from __future__ import annotations

import sys
from pathlib import Path

from agent_desktop.shell.feature_host import FeatureHost

FEATURE_SRC = """
events = []

class Feature:
    def __init__(self, name):
        self.name = name
    def shutdown(self):
        events.append(("shutdown", self.name))

def install(ctx, window):
    events.append(("install", __name__))
    window.status_indicator("crm").set_state("CRM: synced", "ok")
    return Feature(__name__)
"""


def test_features_install_in_order_skip_missing_survive_failure_and_shut_down_in_reverse(
    make_shell, tmp_path: Path, monkeypatch
) -> None:
    pkg = tmp_path / "featpkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "one.py").write_text(FEATURE_SRC)
    (pkg / "two.py").write_text(FEATURE_SRC.replace("events = []", "from featpkg.one import events"))
    (pkg / "broken.py").write_text("def install(ctx, window):\n    raise RuntimeError('no')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    shell = make_shell()
    host = FeatureHost(("featpkg.one", "featpkg.missing", "featpkg.broken", "featpkg.two"))
    host.install_all(shell.ctx, shell.window)
    events = sys.modules["featpkg.one"].events
    assert events == [("install", "featpkg.one"), ("install", "featpkg.two")]
    assert list(host.failed) == ["featpkg.broken"]
    assert shell.window.status_indicator("crm").text() == "CRM: synced"
    host.shutdown_all()
    host.shutdown_all()  # idempotent
    assert events[2:] == [("shutdown", "featpkg.two"), ("shutdown", "featpkg.one")]
    for name in ("featpkg", "featpkg.one", "featpkg.two", "featpkg.broken"):
        sys.modules.pop(name, None)


def test_shell_installs_features_after_the_window_is_shown_and_stops_them_on_quit(
    qapp, qtbot, tmp_path: Path, monkeypatch
) -> None:
    from agent_desktop.settings import SettingsManager, load_policy
    from agent_desktop.shell.app import RunOptions, Shell, make_context
    from agent_desktop.shell.paths import AppPaths

    pkg = tmp_path / "featpkg2"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "one.py").write_text(
        FEATURE_SRC.replace(
            'events.append(("install", __name__))', 'events.append(("install", __name__, window.isVisible()))'
        )
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    paths = AppPaths.for_profile(tmp_path / "p").ensure()
    shell = Shell(make_context(qapp, SettingsManager(paths.settings_file, load_policy()), paths), RunOptions())
    qtbot.addWidget(shell.window)
    shell.features = FeatureHost(("featpkg2.one", "featpkg2.absent"))
    with qtbot.waitSignal(shell.sig_features_installed, timeout=10000):
        shell.start()
    events = sys.modules["featpkg2.one"].events
    assert events == [("install", "featpkg2.one", True)]  # the window was already on screen
    shell.quit()
    assert events[-1] == ("shutdown", "featpkg2.one")
    qapp.aboutToQuit.disconnect(shell.shutdown)
    shell.ctx.settings_manager.sig_settings_changed.disconnect()
    for name in ("featpkg2", "featpkg2.one"):
        sys.modules.pop(name, None)
