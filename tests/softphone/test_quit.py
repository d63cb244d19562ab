"""Quitting the real application during an active call hangs up and exits with status 0."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.fixtures.sip import free_port, wait_udp_bound

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.e2e


def test_quitting_during_a_call_hangs_up_and_exits_0(tmp_path, sipp):
    port = free_port()
    policy = tmp_path / "empty-policy.toml"  # a missing file the variable names is an error
    policy.write_text("")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AGENT_DESKTOP_POLICY=str(policy))
    console = tmp_path / "console.log"
    with open(console, "wb") as out:
        app = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "--profile",
                str(tmp_path / "profile"),
                "--set",
                f"sip.local_port={port}",
                "--set",
                "sip.auto_answer=true",
            ],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def output() -> str:
        logs = sorted((tmp_path / "profile").rglob("*.log"))
        return "\n".join(f"--- {f.name}\n" + f.read_text(errors="replace")[-3000:] for f in [console, *logs])

    try:
        assert wait_udp_bound(port, 40, alive=lambda: app.poll() is None), (
            f"the app's SIP transport never came up on {port} (exit {app.poll()}):\n{output()}"
        )
        caller = sipp("uac_agent_hangs_up.xml", f"127.0.0.1:{port}")
        deadline = time.monotonic() + 15
        while "ACK sip:" not in caller.messages():  # auto-answered and confirmed
            assert time.monotonic() < deadline, caller.output()
            time.sleep(0.05)
        app.send_signal(signal.SIGTERM)  # the desktop's normal quit path
        rc = app.wait(30)
        assert rc == 0, output()
        assert caller.wait(10) == 0, caller.output()  # it got the BYE before the app left
        text = console.read_text(errors="replace")
        assert "Aborted" not in text and "core dumped" not in text
    finally:
        if app.poll() is None:
            os.killpg(app.pid, signal.SIGKILL)
            app.wait(5)
