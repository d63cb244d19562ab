"""Starting the app again (File > Sign out): the shell quits as File > Quit does once the guards were
asked, with no second question, and once its run has ended and released the profile the same command
starts the app again (a run that still held the profile would make the new one hand over and exit)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from agent_desktop.shell.keys import QUIT_GUARDS

ROOT = Path(__file__).resolve().parents[3]

FEATURE = """
import os
from pathlib import Path

from PySide6.QtCore import QTimer


class Feature:
    def shutdown(self):
        with open(os.environ["RESTART_LOG"], "a") as log:
            log.write(f"stopped {os.getpid()}\\n")


def install(ctx, window):
    log = Path(os.environ["RESTART_LOG"])
    runs = sum(line.startswith("run ") for line in log.read_text().splitlines()) if log.exists() else 0
    with log.open("a") as out:
        out.write(f"run {os.getpid()}\\n")
    # the first run asks to start again; the second quits (bounded: two runs at most)
    QTimer.singleShot(0, (window.sig_restart_requested if runs == 0 else window.sig_quit_requested).emit)
    return Feature()
"""

PROGRAM = f"""
import os
import sys

sys.path.insert(0, {str(ROOT)!r})
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from agent_desktop.settings import SettingsManager, load_policy
from agent_desktop.shell.app import RunOptions, run
from agent_desktop.shell.feature_spec import FeatureSpec
from agent_desktop.shell.logging_setup import RedactionFilter
from agent_desktop.shell.paths import AppPaths

paths = AppPaths.for_profile(os.environ["RESTART_PROFILE"]).ensure()
manager = SettingsManager(paths.settings_file, load_policy())
spec = FeatureSpec("restarter", package="restartpkg")
sys.exit(run(manager, paths, RedactionFilter(), RunOptions(), [spec]))
"""


def test_restart_quits_without_asking_again(make_shell) -> None:
    shell = make_shell()
    asked: list[Callable[[], None]] = []
    shell.ctx.services.get(QUIT_GUARDS).add(lambda proceed, cancel: asked.append(cancel))
    shell.window.sig_restart_requested.emit()  # the feature asked the guards itself
    assert asked == [] and shell.restart_requested and not shell.window.isVisible()


def test_the_same_command_starts_the_app_again_once_the_run_released_the_profile(tmp_path: Path) -> None:
    package = tmp_path / "restartpkg" / "restarter"
    package.mkdir(parents=True)
    (tmp_path / "restartpkg" / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "feature.py").write_text(FEATURE)
    program = tmp_path / "program.py"
    program.write_text(PROGRAM)
    log = tmp_path / "runs.log"
    env = {
        **os.environ,
        "PYTHONPATH": str(tmp_path),
        "RESTART_LOG": str(log),
        "RESTART_PROFILE": str(tmp_path / "profile"),
    }
    first = subprocess.run([sys.executable, str(program)], env=env, timeout=120, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr[-2000:]
    deadline = time.monotonic() + 120
    lines: list[str] = []
    while time.monotonic() < deadline:  # the second run: started by the first, it quits by itself
        lines = log.read_text().splitlines() if log.exists() else []
        if len(lines) >= 4:
            break
        time.sleep(0.2)
    runs = [line.split()[1] for line in lines if line.startswith("run ")]
    stops = [line.split()[1] for line in lines if line.startswith("stopped ")]
    assert len(runs) == 2 and runs[0] != runs[1], lines  # a second process, which got the profile
    assert stops == runs, lines  # each stopped its features as a quit does, the first before the second ran
    assert lines.index(f"stopped {runs[0]}") < lines.index(f"run {runs[1]}")
