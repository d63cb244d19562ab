"""Answering machine and fax detection from the callee's audio after an outgoing call is answered.

A media-side heuristic, fed 16-bit mono PCM as it arrives, that settles on one verdict within
:attr:`AmdParams.max_s` of audio:

- **fax** (or modem): a steady tone holding most of the signal's energy: the calling tone CNG
  (1100 Hz, 0.5 s on / 3 s off) or the answer tone CED / ANS (2100 Hz, what a fax machine or modem
  that answers a call sends), found with a small bank of windowed Goertzel filters;
- **machine**: a long initial greeting: more than :attr:`AmdParams.greeting_s` of speech before
  the first pause of :attr:`AmdParams.pause_s` (or talk going on for :attr:`AmdParams.span_s`);
- **human**: a short greeting ("Hello?") followed by that pause (a person waits for the caller);
- **unknown**: nothing said within :attr:`AmdParams.silence_s`, or nothing decided by ``max_s``.

The audio is cut into 20 ms blocks; each is silence, speech or one of the tones. Speech is energy
above both a fixed floor and the line's noise (the quietest recent block). No Qt, no pjsua2, no
numpy: the standard library's ``array`` and ``math`` (a few Goertzel filters per block are cheap enough
in pure Python, and the frozen app need not carry numpy and OpenBLAS for them).
"""

from __future__ import annotations

import logging
import math
import sys
from array import array
from collections import deque
from dataclasses import dataclass
from operator import mul

from softphone.engine.events import AmdVerdict

logger = logging.getLogger(__name__)

__all__ = ["AmdParams", "AmdResult", "AmdVerdict", "AnsweringMachineDetector"]


@dataclass(frozen=True)
class AmdParams:
    """The detector's thresholds (seconds of audio unless said otherwise)."""

    max_s: float = 5.0
    """Decide by then at the latest (UNKNOWN when nothing else was found)."""
    silence_s: float = 3.5
    """Nobody spoke this long after the answer: UNKNOWN (a silent line; an agent takes it)."""
    greeting_s: float = 1.6
    """Speech heard (the pauses between words not counted) before the first pause of ``pause_s``:
    more is a machine's greeting."""
    span_s: float = 3.0
    """Talk going on this long after the greeting started without a pause of ``pause_s``, even with
    much of it too quiet to count as speech on a noisy line: a machine."""
    pause_s: float = 0.7
    """A silence this long after a short greeting: a person waiting for the caller to speak."""
    word_s: float = 0.12
    """Speech shorter than this before anything else was heard is a click, not a greeting."""
    tone_share: float = 0.6
    """Part of a block's energy a tone must hold to count as that tone."""
    cng_s: float = 0.36
    """1100 Hz held this long: a calling fax (its CNG bursts last 0.5 s)."""
    ced_s: float = 0.5
    """2100 Hz held this long: a fax machine or modem answering (CED / ANS last 2.6-4 s)."""
    speech_dbfs: float = -45.0
    """A block quieter than this is silence, whatever the line's noise."""
    noise_cap_dbfs: float = -35.0
    """The loudest the line's noise is taken to be (louder steady audio is speech)."""
    snr_db: float = 9.0
    """Speech starts at least this much louder than the line's noise ..."""
    hold_db: float = 5.0
    """... and goes on while it stays this much louder (the quieter ends of words)."""


@dataclass(frozen=True)
class AmdResult:
    """A verdict, how many ms of audio it took, and why (for logs and the benchmark)."""

    verdict: AmdVerdict
    after_ms: int
    reason: str


BLOCK_MS = 20
_TONES = {"cng": 1100.0, "ced": 2100.0}
_OFFSETS = (-30.0, 0.0, 30.0)
"""Each tone is looked for at three frequencies, so a tone off by the ±38 Hz T.30 allows still
holds most of a 20 ms block's energy in one of them."""
_NOISE_WINDOW = int(1.0 * 1000 / BLOCK_MS)


def _power(dbfs: float) -> float:
    """Mean square of full-scale-normalised samples at ``dbfs``."""
    return float(10.0 ** (dbfs / 10.0))


def _goertzel3(xs: list[float], c0: float, c1: float, c2: float) -> tuple[float, float, float]:
    """|DFT|² of ``xs`` at three frequencies (``c = 2 cos(2π f / rate)`` each): Goertzel filters run
    side by side, one pass over the samples (the loop costs more than the arithmetic in Python)."""
    a1 = a2 = b1 = b2 = d1 = d2 = 0.0
    for v in xs:
        a1, a2 = v + c0 * a1 - a2, a1
        b1, b2 = v + c1 * b1 - b2, b1
        d1, d2 = v + c2 * d1 - d2, d1
    return (
        a1 * a1 + a2 * a2 - c0 * a1 * a2,
        b1 * b1 + b2 * b2 - c1 * b1 * b2,
        d1 * d1 + d2 * d2 - c2 * d1 * d2,
    )


class AnsweringMachineDetector:
    """Feed it the callee's audio with :meth:`feed`; :attr:`result` is set once it has decided."""

    def __init__(self, sample_rate: int, params: AmdParams | None = None) -> None:
        self.params = params or AmdParams()
        self.sample_rate = sample_rate
        self.result: AmdResult | None = None
        self._block = sample_rate * BLOCK_MS // 1000
        self._pending = bytearray()
        self._window = [0.5 - 0.5 * math.cos(2 * math.pi * n / self._block) for n in range(self._block)]
        self._coeffs = {
            tone: tuple(2.0 * math.cos(2 * math.pi * (f + d) / sample_rate) for d in _OFFSETS)
            for tone, f in _TONES.items()
        }
        # a tone's share of the block's energy = gain · |DFT|² / Σ x² (the window's gain, 2 / (Σ w)²,
        # times the block's length: the energy is a mean)
        self._share_gain = 2.0 / math.fsum(self._window) ** 2 * self._block
        self._blocks = 0
        self._noise: deque[float] = deque(maxlen=_NOISE_WINDOW)
        self._floor = _power(self.params.speech_dbfs)
        self._cap = _power(self.params.noise_cap_dbfs)
        self._snr = 10.0 ** (self.params.snr_db / 10.0)
        self._hold = 10.0 ** (self.params.hold_db / 10.0)
        self._talking = False
        self._tone_runs = dict.fromkeys(_TONES, 0)
        self._tone_misses = dict.fromkeys(_TONES, 0)
        self._speech_run = 0
        self._onset: int | None = None  # block where the greeting started
        self._voiced = 0  # speech blocks since the onset
        self._quiet = 0  # silent blocks in a row since the last speech

    @property
    def elapsed_ms(self) -> int:
        """How much audio has been looked at."""
        return self._blocks * BLOCK_MS

    def feed(self, pcm: bytes) -> AmdResult | None:
        """Look at more audio (any length); returns the verdict once there is one."""
        if self.result is not None:
            return self.result
        self._pending += pcm
        step = self._block * 2
        usable = len(self._pending) - len(self._pending) % step
        if usable:
            samples = array("h", self._pending[:usable])
            del self._pending[:usable]
            if sys.byteorder == "big":
                samples.byteswap()  # the PCM is little-endian
            for start in range(0, len(samples), self._block):
                self._step(samples[start : start + self._block])
                if self.result is not None:
                    break
        return self.result

    def finish(self) -> AmdResult:
        """The verdict now (the call ended or the caller stopped waiting): UNKNOWN if none yet."""
        if self.result is None:
            self._decide(AmdVerdict.UNKNOWN, "undecided")
        assert self.result is not None
        return self.result

    # ---- one 20 ms block -------------------------------------------------------------------
    def _step(self, block: array[int]) -> None:
        self._blocks += 1
        kind = self._classify(block)
        p = self.params
        for tone, needed in (("cng", p.cng_s), ("ced", p.ced_s)):
            if kind == tone:
                self._tone_runs[tone] += 1
                self._tone_misses[tone] = 0
                if self._tone_runs[tone] * BLOCK_MS >= needed * 1000:
                    self._decide(AmdVerdict.FAX, f"{tone} tone")
                    return
            else:
                self._tone_misses[tone] += 1
                if self._tone_misses[tone] > 1:  # one noisy block does not break a tone
                    self._tone_runs[tone] = 0
        self._greeting(kind == "speech")
        if self.result is None and self.elapsed_ms >= p.max_s * 1000:
            self._decide(AmdVerdict.UNKNOWN, "no decision in time")

    def _classify(self, block: array[int]) -> str:
        squares = sum(map(mul, block, block))  # exact: integers
        energy = squares / (len(block) * 32768.0 * 32768.0)  # mean square at full scale 1.0
        self._noise.append(energy)
        noise = min(min(self._noise), self._cap)
        self._talking = energy >= max(self._floor, noise * (self._hold if self._talking else self._snr))
        if not self._talking:
            return "silence"
        windowed = list(map(mul, block, self._window))
        for tone, (c0, c1, c2) in self._coeffs.items():
            if self._share_gain * max(_goertzel3(windowed, c0, c1, c2)) / squares >= self.params.tone_share:
                return tone
        return "speech"

    def _greeting(self, speech: bool) -> None:
        p = self.params
        if self._onset is None:
            self._speech_run = self._speech_run + 1 if speech else 0
            if self._speech_run * BLOCK_MS >= p.word_s * 1000:
                self._onset = self._blocks - self._speech_run
                self._voiced = self._speech_run
            elif self.elapsed_ms >= p.silence_s * 1000:
                self._decide(AmdVerdict.UNKNOWN, "silence")
            return
        if speech:
            self._voiced += 1
            self._quiet = 0
        else:
            self._quiet += 1
        if self._voiced * BLOCK_MS >= p.greeting_s * 1000:
            self._decide(AmdVerdict.MACHINE, "long greeting")
        elif (self._blocks - self._onset) * BLOCK_MS >= p.span_s * 1000:
            self._decide(AmdVerdict.MACHINE, "talk without a pause")
        elif self._quiet * BLOCK_MS >= p.pause_s * 1000:
            self._decide(AmdVerdict.HUMAN, "short greeting, then a pause")

    def _decide(self, verdict: AmdVerdict, reason: str) -> None:
        self.result = AmdResult(verdict, self.elapsed_ms, reason)
        logger.debug("AMD: %s after %d ms (%s)", verdict.value, self.elapsed_ms, reason)
