"""Features are installed after the window is shown, missing ones skipped, shut down in reverse order."""
from __future__ import annotations

import sys
from pathlib import Path

from agent_desktop.features import FeatureHost

FEATURE_SRC = '''
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
'''


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
