"""The demo caller places a real call from a separate process, as the seeded demo customer, and talks."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from screenpop.core.identity import extract_identity
from softphone.engine.audio_bridge import rms_level
from softphone.engine.audio_io import PacedDevice
from softphone.engine.events import CallChanged, CallState, IncomingCall

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.e2e


def test_demo_caller_rings_with_identity_and_plays_its_prompt(make_engine):
    heard = bytearray()
    engine, log = make_engine(audio_device=PacedDevice(sink=heard.extend))
    caller = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "softphone.demo_caller",
            "--to",
            f"sip:agent@127.0.0.1:{engine.local_port}",
            "--customer-id",
            "C-42",
            "--max-s",
            "30",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        ring = log.wait_for(lambda e: isinstance(e, IncomingCall), timeout=20, what="the demo call")
        assert ring.caller_number == "+8613800138000"
        assert ring.remote_display == "Zhang Wei"
        assert ring.headers["X-Customer-Id"] == ["C-42"]
        assert ring.headers["X-Campaign"] == ["demo"]
        assert extract_identity(ring.headers).dnis == "+864008108888"  # the advert's number: the banner's media source
        engine.answer(ring.call_id)
        log.wait_for(lambda e: isinstance(e, CallChanged) and e.state == CallState.ACTIVE)
        time.sleep(2.5)
        engine.hangup(ring.call_id)
        out = caller.communicate(timeout=20)[0].decode(errors="replace")
        assert caller.returncode == 0, out
    finally:
        if caller.poll() is None:
            caller.kill()
            caller.wait(5)
    frames = [bytes(heard[i : i + 640]) for i in range(0, len(heard) - 640, 640)]
    assert max(rms_level(f) for f in frames) > 0.05  # the spoken prompt reached the agent's speaker side
