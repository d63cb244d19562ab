"""Features are installed after the window is shown, missing or broken ones skipped, shut down in
reverse order; a feature whose required service nobody provides is not installed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from agent_desktop.features import INSTALL_ORDER, catalogue
from agent_desktop.shell.feature_host import FeatureHost
from agent_desktop.shell.feature_spec import FeatureSpec
from agent_desktop.shell.services import ServiceKey

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
NEEDED: ServiceKey[object] = ServiceKey("needed")


def _package(root: Path, name: str, features: dict[str, str]) -> None:
    for feature, source in features.items():
        folder = root / name / feature
        folder.mkdir(parents=True)
        (folder / "__init__.py").write_text("")
        (folder / "feature.py").write_text(source)
    (root / name / "__init__.py").write_text("")


def _forget(prefix: str) -> None:
    for module in [m for m in sys.modules if m == prefix or m.startswith(prefix + ".")]:
        sys.modules.pop(module, None)


def test_features_install_in_order_skip_missing_survive_failure_and_shut_down_in_reverse(
    make_shell, tmp_path: Path, monkeypatch
) -> None:
    _package(
        tmp_path,
        "featpkg",
        {
            "one": FEATURE_SRC,
            "two": FEATURE_SRC.replace("events = []", "from featpkg.one.feature import events"),
            "broken": "def install(ctx, window):\n    raise RuntimeError('no')\n",
            "needy": FEATURE_SRC,
        },
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    shell = make_shell()
    specs = [
        FeatureSpec("one", package="featpkg"),
        FeatureSpec("missing", package="featpkg"),
        FeatureSpec("broken", package="featpkg"),
        FeatureSpec("needy", requires=(NEEDED,), package="featpkg"),
        FeatureSpec("two", package="featpkg"),
    ]
    host = FeatureHost(specs)
    host.install_all(shell.ctx, shell.window)
    events = sys.modules["featpkg.one.feature"].events
    assert events == [("install", "featpkg.one.feature"), ("install", "featpkg.two.feature")]
    assert list(host.failed) == ["missing", "broken"]
    assert host.skipped == {"needy": "needed"}  # nothing in the run provides what it needs
    assert shell.window.status_indicator("crm").text() == "CRM: synced"
    host.shutdown_all()
    host.shutdown_all()  # idempotent
    assert events[2:] == [("shutdown", "featpkg.two.feature"), ("shutdown", "featpkg.one.feature")]
    _forget("featpkg")


def test_a_required_service_offered_by_a_later_feature_of_the_run_is_enough(
    make_shell, tmp_path: Path, monkeypatch
) -> None:
    _package(tmp_path, "featpkg3", {"needy": FEATURE_SRC, "giver": FEATURE_SRC})
    monkeypatch.syspath_prepend(str(tmp_path))
    shell = make_shell()
    host = FeatureHost(
        [
            FeatureSpec("needy", requires=(NEEDED,), package="featpkg3"),
            FeatureSpec("giver", provides=(NEEDED,), package="featpkg3"),
        ]
    )
    host.install_all(shell.ctx, shell.window)
    assert [name for name, _ in host.installed] == ["needy", "giver"] and not host.skipped
    host.shutdown_all()
    _forget("featpkg3")


def test_shell_installs_features_after_the_window_is_shown_and_stops_them_on_quit(
    qapp, qtbot, tmp_path: Path, monkeypatch
) -> None:
    from agent_desktop.settings import SettingsManager, load_policy
    from agent_desktop.shell.app import RunOptions, Shell, make_context
    from agent_desktop.shell.paths import AppPaths

    source = FEATURE_SRC.replace(
        'events.append(("install", __name__))', 'events.append(("install", __name__, window.isVisible()))'
    )
    _package(tmp_path, "featpkg2", {"one": source})
    monkeypatch.syspath_prepend(str(tmp_path))
    paths = AppPaths.for_profile(tmp_path / "p").ensure()
    specs = [*catalogue(), FeatureSpec("one", package="featpkg2")]
    options = RunOptions(only_features=("one",))
    shell = Shell(make_context(qapp, SettingsManager(paths.settings_file, load_policy()), paths), options, specs)
    qtbot.addWidget(shell.window)
    with qtbot.waitSignal(shell.sig_features_installed, timeout=10000):
        shell.start()
    events = sys.modules["featpkg2.one.feature"].events
    assert events == [("install", "featpkg2.one.feature", True)]  # the window was already on screen
    assert shell.window.dock("todo").isVisible()  # every feature's dock is laid out, installed or not
    shell.quit()
    assert events[-1] == ("shutdown", "featpkg2.one.feature")
    qapp.aboutToQuit.disconnect(shell.shutdown)
    shell.ctx.settings_manager.sig_settings_changed.disconnect()
    _forget("featpkg2")


def test_the_catalogue_names_every_feature_package_once_and_refuses_unknown_names() -> None:
    specs = catalogue()
    assert [s.name for s in specs] == list(INSTALL_ORDER)
    root = Path(__file__).resolve().parents[3] / "agent_desktop" / "features"
    packages = sorted(p.name for p in root.iterdir() if (p / "feature.py").exists())
    assert packages == sorted(INSTALL_ORDER)
    docks = [d.name for s in specs for d in s.docks]
    assert len(docks) == len(set(docks))
    offered = {key for s in specs for key in s.provides}
    assert all(key in offered for s in specs for key in s.requires)  # every requirement has a provider
    with pytest.raises(ValueError, match="no feature named 'nope'"):
        catalogue(["nope"])


def test_the_specs_and_the_back_office_process_load_no_qt() -> None:
    """The window is laid out from every spec before it is shown, and the embedded back office's
    process starts through the CRM link's package: neither may pull in Qt (about 40 MiB resident in
    a process that has no GUI)."""
    import subprocess

    code = (
        "import sys\n"
        "import agent_desktop.features as f\n"
        "f.catalogue()\n"
        "import agent_desktop.features.crm_link.backoffice_process\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
