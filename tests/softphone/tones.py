"""Measuring tones in 16-bit PCM for the audio tests (Goertzel power at one frequency)."""

from __future__ import annotations

import math
import wave
from array import array


def tone_power(pcm: bytes, freq: float, rate: int = 16000, block_ms: int = 50) -> float:
    """Mean power of ``freq`` over 50 ms blocks of ``pcm`` (0 for silence, ~amplitude² for a pure tone).

    Blocks keep the measure robust against the small frequency shifts of resampling and clock drift.
    """
    step = rate * block_ms // 1000 * 2
    blocks = [pcm[i : i + step] for i in range(0, len(pcm) - step + 1, step)]
    if not blocks:
        return 0.0
    return sum(_goertzel(b, freq, rate) for b in blocks) / len(blocks)


def _goertzel(pcm: bytes, freq: float, rate: int) -> float:
    samples = array("h")
    samples.frombytes(pcm[: len(pcm) - len(pcm) % 2])
    n = len(samples)
    if n == 0:
        return 0.0
    coeff = 2 * math.cos(2 * math.pi * freq / rate)
    s1 = s2 = 0.0
    for x in samples:
        s0 = x / 32768.0 + coeff * s1 - s2
        s2, s1 = s1, s0
    power = s1 * s1 + s2 * s2 - coeff * s1 * s2
    return 4 * power / (n * n)


def wav_pcm(path: str) -> tuple[bytes, int]:
    """PCM bytes and sample rate of a WAV file."""
    with wave.open(path, "rb") as wav:
        return wav.readframes(wav.getnframes()), wav.getframerate()
