"""A Call object that outlives the SIP library (a traceback in a log record still holds it) must not
abort the process when it is finally freed."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import gc, logging, sys, time
    sys.path.insert(0, {root!r})
    from softphone.engine.config import EngineConfig
    from softphone.engine.engine import SipEngine
    from softphone.engine.events import IncomingCall
    from tests.fixtures.sip import Sipp

    records = []
    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record)          # like pytest's log capture: keeps exc_info alive
    logging.getLogger().addHandler(Keep())

    engine = SipEngine(EngineConfig(local_port=0, log_file={log!r}))
    def bad_listener(event):
        if isinstance(event, IncomingCall):
            raise RuntimeError("listener bug")   # logged with its traceback by the engine
    engine.subscribe(bad_listener)
    engine.start(); engine.wait_started()
    caller = Sipp("uac_refused_603.xml", __import__("pathlib").Path({tmp!r}),
                  target=f"127.0.0.1:{{engine.local_port}}").start()
    deadline = time.monotonic() + 10
    while not any(r.exc_info for r in records) and time.monotonic() < deadline:
        time.sleep(0.05)
    engine.reject(1, 603)
    caller.wait(15)
    assert engine.stop()
    records.clear()
    gc.collect()                            # the last reference to the Call goes away now
    print("survived")
""")


@pytest.mark.e2e
def test_call_objects_referenced_after_shutdown_do_not_abort(tmp_path):
    script = SCRIPT.format(root=str(ROOT), log=str(tmp_path / "pjsip.log"), tmp=str(tmp_path))
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    assert "survived" in proc.stdout


PORT_SCRIPT = textwrap.dedent("""
    import sys, threading, time
    sys.path.insert(0, {root!r})
    from softphone.engine.audio_io import PacedDevice, tone_source
    from softphone.engine.config import EngineConfig
    from softphone.engine.engine import SipEngine

    def keep_the_gil_busy():                # pjmedia's clock thread then often waits for the GIL
        while True:
            sum(range(1000))
    threading.Thread(target=keep_the_gil_busy, daemon=True).start()
    for _ in range({cycles}):
        engine = SipEngine(EngineConfig(local_port=0, log_file={log!r}),
                           audio_device=PacedDevice(source=tone_source(440)))
        engine.start()
        assert engine.wait_started(10)
        time.sleep(0.05)
        assert engine.stop(10)
    print("survived")
""")


@pytest.mark.e2e
def test_stopping_the_engine_while_the_audio_clock_runs_does_not_crash(tmp_path):
    """The demo caller (and the app) used to die of SIGSEGV now and then when they stopped: the audio
    port was freed while pjmedia's clock thread was calling into it. Before the fix most runs of
    this script crashed within its cycles."""
    script = PORT_SCRIPT.format(root=str(ROOT), log=str(tmp_path / "pjsip.log"), cycles=20)
    proc = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=180
    )
    assert proc.returncode == 0, (
        f"exit status {proc.returncode} (negative: killed by that signal)\n" + (proc.stdout + proc.stderr)[-3000:]
    )
    assert "survived" in proc.stdout
