"""Audio bridge added latency: a tone burst pushed in at the device's microphone side comes back out
at the device's speaker side after crossing the capture ring, pjmedia's conference bridge (the
bridge port transmits to itself) and the playback ring.

    .venv/bin/python benchmarks/audio_latency.py --bursts 30 [--record]

Prints ``audio_added_ms=<median> p95_ms=… max_ms=… bursts=N underruns=… overruns=… skips=…
recording=…`` — the latency the bridge adds on top of the sound card and the network (both
directions of the bridge together) and the rings' glitch counters. ``--record`` runs the same
with a call recorder (pjsua2's WAV recorder, as :mod:`softphone.engine.recorder` attaches it)
listening to the bridge port the whole time: recording must change neither.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from softphone.engine.audio_bridge import rms_level
from softphone.engine.audio_io import PacedDevice, tone_source
from softphone.engine.config import EngineConfig
from softphone.engine.engine import SipEngine


class BurstProbe:
    """Source: silence, or a tone while a burst is on. Sink: notes when the tone comes back."""

    def __init__(self) -> None:
        self.tone = tone_source(1000, amplitude=0.5)
        self.burst_started: float | None = None
        self.heard = threading.Event()
        self.latency_s: float | None = None

    def source(self, nbytes: int) -> bytes:
        if self.burst_started is None:
            return b"\x00" * nbytes
        return self.tone(nbytes)

    def sink(self, pcm: bytes) -> None:
        if self.burst_started is not None and not self.heard.is_set() and rms_level(pcm) > 0.05:
            self.latency_s = time.monotonic() - self.burst_started
            self.heard.set()

    def fire(self) -> float | None:
        self.heard.clear()
        self.latency_s = None
        self.burst_started = time.monotonic()
        self.heard.wait(2.0)
        self.burst_started = None
        return self.latency_s


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bursts", type=int, default=30)
    parser.add_argument("--record", action="store_true", help="record the bridge's audio meanwhile")
    args = parser.parse_args()
    probe = BurstProbe()
    workdir = Path(tempfile.mkdtemp(prefix="audio-bench-"))
    engine = SipEngine(
        EngineConfig(local_port=0, log_file=str(workdir / "pjsip.log"), log_level=1),
        audio_device=PacedDevice(source=probe.source, sink=probe.sink),
    )
    engine.start()
    if not engine.wait_started(10):
        print("audio error=engine_did_not_start")
        return 1
    engine.keep_media_clock = True  # no call: clock the bridge anyway
    engine.post(lambda: engine._port.startTransmit(engine._port))  # loop the bridge through the conference
    recorders: list[object] = []
    if args.record:
        import pjsua2 as pj

        def record() -> None:
            recorder = pj.AudioMediaRecorder()
            recorder.createRecorder(str(workdir / "recording.wav"))
            engine._port.startTransmit(recorder)
            recorders.append(recorder)

        engine.post(record)
    time.sleep(1.0)
    bridge = engine.bridge
    before = [ring.underruns for ring in (bridge.capture, bridge.playback)]
    overruns = [ring.overruns for ring in (bridge.capture, bridge.playback)]
    skips = [ring.skips for ring in (bridge.capture, bridge.playback)]
    results = []
    for _ in range(args.bursts):
        latency = probe.fire()
        if latency is not None:
            results.append(latency * 1000)
        time.sleep(0.3)  # let the rings drain to silence
    underruns = sum(ring.underruns for ring in (bridge.capture, bridge.playback)) - sum(before)
    overruns_n = sum(ring.overruns for ring in (bridge.capture, bridge.playback)) - sum(overruns)
    skips_n = sum(ring.skips for ring in (bridge.capture, bridge.playback)) - sum(skips)
    cleared = threading.Event()
    engine.post(lambda: (recorders.clear(), cleared.set()))  # the recorder goes on the SIP thread, first
    cleared.wait(5)
    engine.stop()
    recorded = workdir / "recording.wav"
    recorded_s = (os.path.getsize(recorded) - 44) / (2 * bridge.sample_rate) if recorded.exists() else 0.0
    if not results:
        print("audio error=tone_never_came_back")
        return 1
    ordered = sorted(results)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * (len(ordered) - 1) + 0.5))]
    print(
        f"audio_added_ms={statistics.median(results):.1f} p95_ms={p95:.1f} max_ms={max(results):.1f} "
        f"bursts={len(results)}/{args.bursts} underruns={underruns} overruns={overruns_n} skips={skips_n} "
        f"recording={'on' if args.record else 'off'}" + (f" recorded_s={recorded_s:.1f}" if args.record else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
