"""pjsip's start-up lines stay off the terminal: stdout is the agent's (``--print-settings``), and pjsip's
own log goes to its file at the configured level."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from softphone.engine.config import EngineConfig
    from softphone.engine.engine import SipEngine

    engine = SipEngine(EngineConfig(local_port=0, log_file={log!r}, log_level=5))
    engine.start()
    assert engine.wait_started(10)
    assert engine.stop(10)
    print("stopped")
""")


def test_the_engine_prints_nothing_of_pjsips_on_stdout_and_logs_to_its_file(tmp_path) -> None:
    log = tmp_path / "pjsip.log"
    script = SCRIPT.format(root=str(ROOT), log=str(log))
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    assert proc.stdout == "stopped\n"  # no "pjlib ... for POSIX initialized", no "Creating endpoint"
    assert "pjlib" not in proc.stderr
    assert "PJSUA state changed" in log.read_text()  # pjsip's own log is still written
