"""Log volume: what pjsip.log takes per call and per idle hour at each ``logs.sip_level``.

The SIP engine registers with a password at a Kamailio registrar on loopback (as the test suite's),
stays idle while it renews its registration every ``--refresh-s`` seconds, then answers ``--calls``
calls sipp places through the registrar (INVITE, auto-answer, the caller hangs up). pjsip.log goes
through the app's rotating scheme and redaction filter (``logging_setup.configure_logging``), as in
the app. For each level it prints

    log_volume level=3 per_call_bytes=… per_refresh_bytes=… idle_hour_bytes=… calls=… secret_found=0

``idle_hour_bytes``: an hour of renewals at the default ``sip.register_refresh_s`` (25 s).
``secret_found``: the SIP password or a digest response anywhere in the log folder (must be 0).

    .venv/bin/python benchmarks/log_volume.py [--levels 3,4] [--calls 50] [--idle-s 20] [--refresh-s 2]
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSWORD = "bench-Pa55word-4417"
DEFAULT_REFRESH_S = 25


def folder_bytes(folder: Path) -> int:
    for handler in logging.getLogger("pjsip").handlers:
        handler.flush()
    return sum(p.stat().st_size for p in folder.iterdir() if p.name.startswith("pjsip.log"))


def measure(level: int, args: argparse.Namespace, work: Path) -> str:
    from agent_desktop.features.phone.core.config import engine_config
    from agent_desktop.settings.schema import LogSettings, Settings, SipSettings
    from agent_desktop.shell.logging_setup import configure_logging
    from softphone.engine.engine import SipEngine
    from softphone.engine.events import CallChanged, CallState, RegistrationChanged
    from tests.fixtures.sip import Kamailio, Sipp

    logs = work / f"logs-{level}"
    redactor = configure_logging(logs, to_stderr=False)
    redactor.add_secret(PASSWORD)  # as the app's keyring front does
    registrar = Kamailio(work, {"agent": PASSWORD}).start()
    settings = Settings(
        sip=SipSettings(registrar=registrar.address, register_refresh_s=args.refresh_s, auto_answer=True),
        logs=LogSettings(sip_level=level),
    )
    engine = SipEngine(engine_config(settings, PASSWORD, str(logs / "pjsip.log")))
    state = {"registered": 0, "ended": 0}

    def on_event(event: object) -> None:
        if isinstance(event, RegistrationChanged) and event.registered:
            state["registered"] += 1
        if isinstance(event, CallChanged) and event.state == CallState.DISCONNECTED:
            state["ended"] += 1

    engine.subscribe(on_event)
    engine.start()
    try:
        deadline = time.monotonic() + 15
        while not state["registered"] and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1.0)  # the first registration's lines written
        before_idle = folder_bytes(logs)
        time.sleep(args.idle_s)
        idle = folder_bytes(logs) - before_idle
        per_refresh = idle / (args.idle_s / args.refresh_s)
        before_calls, calls_started = folder_bytes(logs), time.monotonic()
        sipp = Sipp(
            "uac_caller_hangs_up.xml",
            work,
            target=registrar.address,
            calls=args.calls,
            rate=5,
            limit=1,
            timeout_s=args.calls * 3 + 60,
            pause_ms=100,
        ).start()
        sipp.wait(args.calls * 3 + 60)
        deadline = time.monotonic() + 10
        while state["ended"] < args.calls and time.monotonic() < deadline:
            time.sleep(0.05)
        renewals = (time.monotonic() - calls_started) / args.refresh_s  # their lines are not the calls'
        calls_bytes = folder_bytes(logs) - before_calls - per_refresh * renewals
    finally:
        engine.stop(15)
        registrar.stop()
    text = "".join(p.read_text(errors="replace") for p in logs.iterdir())
    leaked = int(PASSWORD in text or 'response="' in text)
    return (
        f"log_volume level={level} per_call_bytes={calls_bytes / max(1, state['ended']):.0f} "
        f"per_refresh_bytes={per_refresh:.0f} idle_hour_bytes={per_refresh * 3600 / DEFAULT_REFRESH_S:.0f} "
        f"calls={state['ended']} secret_found={leaked}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--levels", default="3,4", help="logs.sip_level values to measure")
    parser.add_argument("--calls", type=int, default=50)
    parser.add_argument("--idle-s", type=float, default=20.0, help="idle time measured")
    parser.add_argument("--refresh-s", type=int, default=2, help="registration renewal while measuring")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="log-volume-"))
    for level in (int(v) for v in args.levels.split(",")):
        print(measure(level, args, work), flush=True)
    print(f"log_volume_dir {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
