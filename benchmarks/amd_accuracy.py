"""Answering machine and fax detection measured on recorded samples (issue 21).

Makes the samples with espeak-ng and sox (``tests/softphone/amd_samples.py``): people's short
greetings followed by the silence of someone waiting ("Hello?", "Yes?", "喂？"), answering machines'
long greetings and their beep, fax tones (the answer tone CED at 2100 Hz, the calling tone CNG at
1100 Hz), in English and Mandarin voices, spoken slowly to fast, at 8 and 16 kHz, band-limited to the
telephone band with white or pink noise from quiet to loud. Each sample is fed to the detector in
20 ms frames, as the engine feeds a call's audio, until it decides.

    .venv/bin/python benchmarks/amd_accuracy.py [--quick]

Last line: ``amd_accuracy human_ok=K/N machine_ok=K/N fax_ok=K/N samples=N decide_p95_ms=...``
(``decide_p95_ms``: audio from the answer to the verdict, 95th percentile over every sample).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
import wave
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from softphone.engine.amd import AnsweringMachineDetector
from tests.softphone import amd_samples

KINDS = {"human": len(amd_samples.HUMAN), "machine": len(amd_samples.MACHINE), "fax": 4}


def detect(path: Path) -> tuple[str, int, float, float]:
    """The verdict, the audio it took (ms), the CPU it took (s) and the audio looked at (s)."""
    with wave.open(str(path), "rb") as wav:
        pcm, rate = wav.readframes(wav.getnframes()), wav.getframerate()
    detector = AnsweringMachineDetector(rate)
    step = rate // 50 * 2
    cpu = time.process_time()
    for i in range(0, len(pcm), step):
        if detector.feed(pcm[i : i + step]) is not None:
            break
    result = detector.finish()
    return result.verdict.value, result.after_ms, time.process_time() - cpu, detector.elapsed_ms / 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one speed and two noise levels only")
    args = parser.parse_args()
    missing = amd_samples.missing_tools()
    if missing:
        print(f"amd_accuracy: {', '.join(missing)} not installed (scripts/setup.sh test installs them)")
        return 2
    rates = (8000, 16000)
    noises = (-40.0, -26.0) if args.quick else (-40.0, -32.0, -26.0)
    speeds = (165,) if args.quick else (140, 165, 190)
    ok: Counter[str] = Counter()
    total: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    decided: list[int] = []
    cpu_s = audio_s = 0.0
    wrong: list[str] = []
    with tempfile.TemporaryDirectory(prefix="amd_") as tmp:
        workdir = Path(tmp)
        for rate, noise, speed in itertools.product(rates, noises, speeds):
            for kind, count in KINDS.items():
                for index in range(count):
                    sample = amd_samples.make(workdir, kind, index, rate, noise, speed)
                    verdict, after_ms, cpu, audio = detect(sample.path)
                    sample.path.unlink()
                    total[kind] += 1
                    ok[kind] += verdict == kind
                    confusion[(kind, verdict)] += 1
                    decided.append(after_ms)
                    cpu_s += cpu
                    audio_s += audio
                    if verdict != kind:
                        wrong.append(
                            f"  {kind} -> {verdict}: {sample.label!r} {rate} Hz, noise {noise} dBFS, speed {speed}"
                        )
        for kind, cases in amd_samples.LIMITS.items():
            for said in cases:
                sample = amd_samples.make(workdir, kind, 0, 8000, -40.0, said=said)
                verdict = detect(sample.path)[0]
                print(f"limit: {kind} saying {said[1]!r} -> {verdict} (not counted above)")
    decided.sort()
    p95 = decided[max(0, int(0.95 * len(decided)) - 1)]
    print("verdicts (answered by -> detected):", dict(sorted(confusion.items())))
    print("\n".join(wrong) or "  no sample misclassified")
    print(f"amd_cpu us_per_audio_s={cpu_s / audio_s * 1e6:.0f} decide_p50_ms={decided[len(decided) // 2]}")
    print(
        f"amd_accuracy human_ok={ok['human']}/{total['human']} machine_ok={ok['machine']}/{total['machine']} "
        f"fax_ok={ok['fax']}/{total['fax']} samples={sum(total.values())} decide_p95_ms={p95}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
