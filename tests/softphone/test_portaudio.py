"""The real PortAudio device side, with an ALSA "file" device standing in for a sound card:
the microphone reads a WAV-like raw file of a 440 Hz tone, the speaker writes to /dev/null. The
microphone audio must reach a second pjsua2 process through the bridge; the stream opens for the
call only (PortAudio is not loaded before it) and closes after it."""

from __future__ import annotations

import math
import os
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ALSA_CONF = Path("/usr/share/alsa/alsa.conf")

SCRIPT = textwrap.dedent("""
    import subprocess, sys, time
    sys.path.insert(0, {root!r})
    from softphone.engine.audio_io import SoundDeviceIO, list_devices
    from softphone.engine.config import EngineConfig
    from softphone.engine.engine import SipEngine
    from softphone.engine.events import AudioStatus
    from tests.fixtures.sip import free_port

    port = free_port()
    peer = subprocess.Popen([sys.executable, {peer!r}, "--port", str(port), "--record", {record!r}],
                            stdout=subprocess.PIPE, text=True)
    for _ in range(50):
        if peer.stdout.readline().strip() == "READY":
            break
    statuses = []
    engine = SipEngine(EngineConfig(local_port=0, log_file={log!r}), audio_device=SoundDeviceIO())
    engine.subscribe(lambda ev: statuses.append(ev) if isinstance(ev, AudioStatus) else None)
    engine.AUDIO_GRACE_S = 0.5
    engine.start()
    engine.wait_started()
    time.sleep(0.2)
    print("IDLE", statuses[0].idle, "sounddevice" in sys.modules, flush=True)
    print("DEVICES", list_devices(), flush=True)
    key = engine.dial(f"sip:peer@127.0.0.1:{{port}}")
    time.sleep(1.5)
    print("AUDIO", statuses[-1].available, flush=True)
    engine.hangup(key)
    peer.communicate(timeout=10)
    time.sleep(1.5)
    print("CLOSED", statuses[-1].idle, not engine.audio_available, flush=True)
    print("CLEAN", engine.stop(), flush=True)
""")


@pytest.mark.e2e
@pytest.mark.skipif(not ALSA_CONF.exists(), reason="needs alsa-lib's configuration")
def test_portaudio_microphone_reaches_the_peer(tmp_path):
    from tests.softphone.tones import tone_power, wav_pcm

    mic = tmp_path / "mic.raw"
    mic.write_bytes(
        b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / 16000))) for i in range(16000 * 3))
    )
    conf = tmp_path / "asound.conf"
    conf.write_text(
        f'<{ALSA_CONF}>\npcm.!default {{\n  type file\n  slave.pcm "null"\n'
        f'  file "/dev/null"\n  infile "{mic}"\n  format "raw"\n}}\n'
    )
    record = tmp_path / "peer.wav"
    script = SCRIPT.format(
        root=str(ROOT),
        peer=str(ROOT / "tests" / "softphone" / "pjsua_peer.py"),
        record=str(record),
        log=str(tmp_path / "pjsip.log"),
    )
    env = dict(os.environ, ALSA_CONFIG_PATH=str(conf))
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    assert "DEVICES (['default'], ['default'])" in proc.stdout
    assert "IDLE True False" in proc.stdout  # PortAudio not even loaded before the call
    assert "AUDIO True" in proc.stdout and "CLOSED True True" in proc.stdout and "CLEAN True" in proc.stdout
    recorded, rate = wav_pcm(str(record))
    assert tone_power(recorded, 440, rate) > 0.005, tone_power(recorded, 440, rate)
