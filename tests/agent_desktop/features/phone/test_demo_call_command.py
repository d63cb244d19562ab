"""Help > "Call me from a demo customer" in a packaged app: the app runs itself with --demo-caller
(a frozen executable has no ``-m``), and main.py hands that to the demo caller."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from agent_desktop.features.phone.core.demo_call import FROZEN_FLAG, demo_caller_command

ROOT = Path(__file__).resolve().parents[4]


def test_the_packaged_app_runs_itself_as_the_demo_caller(monkeypatch):
    target = "sip:agent@127.0.0.1:5070"
    assert demo_caller_command(target) == (sys.executable, ["-m", "softphone.demo_caller", "--to", target])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert demo_caller_command(target) == (sys.executable, [FROZEN_FLAG, "--to", target])


def test_main_hands_the_flag_to_the_demo_caller():
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), FROZEN_FLAG, "--help"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and "--prompt" in done.stdout and "--to" in done.stdout, done.stderr
