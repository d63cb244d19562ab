"""Answering machine and fax detection on samples made with espeak-ng and sox: a person's short
hello, an answering machine's greeting and beep, a fax's tones, at 8 and 16 kHz with noise."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from softphone.engine.amd import AmdParams, AnsweringMachineDetector
from softphone.engine.events import AmdVerdict
from tests.softphone import amd_samples

missing = amd_samples.missing_tools()
needs_samples = pytest.mark.skipif(
    bool(missing), reason=f"{', '.join(missing)} not installed (scripts/setup.sh test installs them)"
)


def _pcm(path: Path) -> tuple[bytes, int]:
    with wave.open(str(path), "rb") as wav:
        return wav.readframes(wav.getnframes()), wav.getframerate()


def _detect(path: Path, chunk_ms: int = 20) -> tuple[AnsweringMachineDetector, bytes]:
    """Feed the sample as the call would (``chunk_ms`` at a time) until a verdict."""
    pcm, rate = _pcm(path)
    detector = AnsweringMachineDetector(rate)
    step = rate * chunk_ms // 1000 * 2
    for i in range(0, len(pcm), step):
        if detector.feed(pcm[i : i + step]) is not None:
            break
    return detector, pcm


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("amd")


@needs_samples
@pytest.mark.parametrize(
    "kind,index,rate,noise_db,expected",
    [
        ("human", 0, 8000, -40, AmdVerdict.HUMAN),  # "Hello?"
        ("human", 2, 16000, -30, AmdVerdict.HUMAN),  # "Hello, who is this?"
        ("human", 7, 8000, -30, AmdVerdict.HUMAN),  # 你好，哪位？
        ("machine", 0, 8000, -30, AmdVerdict.MACHINE),
        ("machine", 5, 16000, -40, AmdVerdict.MACHINE),  # 您好，您拨打的电话暂时无人接听……
        ("fax", 0, 8000, -30, AmdVerdict.FAX),  # CED 2100 Hz: a fax machine answering
        ("fax", 1, 16000, -30, AmdVerdict.FAX),  # CNG 1100 Hz, 0.5 s on / 3 s off
    ],
)
def test_each_kind_of_answer_is_told_apart_in_time(workdir, kind, index, rate, noise_db, expected):
    sample = amd_samples.make(workdir, kind, index, rate, noise_db)
    detector, pcm = _detect(sample.path)
    assert detector.result is not None, sample
    assert detector.result.verdict == expected, (sample, detector.result)
    assert detector.result.after_ms <= AmdParams().max_s * 1000
    if expected == AmdVerdict.FAX:
        assert detector.result.after_ms < 1000  # the first half second of the tone is enough


@needs_samples
def test_a_person_is_heard_before_the_greeting_could_be_a_machines(workdir):
    """The verdict for "Hello?" comes from the pause after it, well before a machine's greeting ends."""
    detector, _ = _detect(amd_samples.make(workdir, "human", 1, 16000, -40).path)  # "Yes?"
    assert detector.result is not None and detector.result.verdict == AmdVerdict.HUMAN
    assert detector.result.after_ms < 2000


@needs_samples
def test_silence_and_chunk_sizes(workdir):
    """A silent line is UNKNOWN within the bound; odd chunk sizes give the same verdict as 20 ms ones."""
    detector = AnsweringMachineDetector(8000)
    result = None
    for _ in range(300):
        result = detector.feed(bytes(160 * 2))
        if result is not None:
            break
    assert result is not None and result.verdict == AmdVerdict.UNKNOWN and result.reason == "silence"
    assert result.after_ms <= AmdParams().silence_s * 1000 + 20

    path = amd_samples.make(workdir, "machine", 1, 8000, -35).path
    by_frame, _ = _detect(path)
    by_odd, _ = _detect(path, chunk_ms=37)
    assert by_frame.result is not None and by_odd.result is not None
    assert by_frame.result.verdict == by_odd.result.verdict == AmdVerdict.MACHINE


def test_a_beep_or_a_vowel_is_not_a_fax_tone():
    """A 1000 Hz answering-machine beep (0.6 s) and a pure 1400 Hz tone hold no fax frequency;
    the detector does not call them fax. Off-frequency CNG (1100 + 35 Hz) still is one."""
    rate = 8000
    t = np.arange(int(rate * 0.6)) / rate

    def verdict(freq: float) -> AmdVerdict | None:
        tone = (0.3 * 32767 * np.sin(2 * np.pi * freq * t)).astype("<i2").tobytes()
        detector = AnsweringMachineDetector(rate)
        detector.feed(tone + bytes(rate * 2))  # then a second of silence
        return detector.result.verdict if detector.result else None

    assert verdict(1000) != AmdVerdict.FAX
    assert verdict(1400) != AmdVerdict.FAX
    assert verdict(1135) == AmdVerdict.FAX


def test_finish_gives_unknown_when_the_call_ends_first():
    detector = AnsweringMachineDetector(16000)
    assert detector.feed(bytes(640 * 10)) is None
    result = detector.finish()
    assert result.verdict == AmdVerdict.UNKNOWN and result.after_ms == 200
