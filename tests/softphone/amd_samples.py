"""Recorded samples for answering machine and fax detection, made with espeak-ng and sox.

What a caller hears after the callee answers: a person's short greeting and the silence of someone
waiting ("Hello?"), an answering machine's long greeting and its beep, a fax machine's tones (the
answer tone CED at 2100 Hz, or the calling tone CNG at 1100 Hz, 0.5 s on / 3 s off). Each at a given
sample rate, band-limited to the telephone band (300-3400 Hz), with white or pink noise mixed in.
Used by the detector's tests and ``benchmarks/amd_accuracy.py``.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

TOOLS = ("espeak-ng", "sox")

HUMAN = [
    ("en-us", "Hello?"),
    ("en-gb", "Yes?"),
    ("en-us+f3", "Hello, who is this?"),
    ("en-gb-scotland", "Hi, it's Tom."),
    ("en-029", "Hello?"),
    ("en-us+m3", "Yeah, hello?"),
    ("cmn", "喂？"),
    ("cmn", "你好，哪位？"),
]
MACHINE = [
    (
        "en-us",
        "Hello, you have reached the Smith family. We cannot come to the phone right now. "
        "Please leave a message after the tone.",
    ),
    ("en-gb", "Hi, this is Anna. Sorry I missed your call, leave your name and number and I will call you back."),
    ("en-us+f3", "Thank you for calling Green Valley Dental. Our office is closed. Please leave a message."),
    ("en-gb-scotland", "You have reached the voicemail of David Brown. Please leave a message after the beep."),
    ("en-029", "The person you are calling is not available. Please record your message after the tone."),
    ("cmn", "您好，您拨打的电话暂时无人接听，请在提示音后留言。"),
]
FAX = ["ced", "cng"]
LIMITS = {
    # what the heuristic gets wrong by design (docs/softphone.md): a person who answers at length,
    # a machine whose whole greeting is short
    "human": [("en-us", "Good morning, this is Mary Jones speaking, how can I help you today?")],
    "machine": [("en-gb", "Leave a message.")],
}


@dataclass(frozen=True)
class Sample:
    """One sample file and what answered."""

    path: Path
    kind: str  # "human", "machine" or "fax"
    rate: int
    label: str


def missing_tools() -> list[str]:
    """The tools the samples need that are not installed."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _run(*args: str | Path) -> None:
    subprocess.run([str(a) for a in args], check=True, capture_output=True)


def _sox_out(rate: int) -> list[str]:
    return ["-r", str(rate), "-c", "1", "-b", "16", "-e", "signed-integer"]


def _finish(raw: Path, out: Path, rate: int, noise: str, noise_db: float) -> Path:
    """Band-limit ``raw`` to the telephone band and mix ``noise`` in at ``noise_db`` dBFS."""
    band = raw.with_suffix(".band.wav")
    _run("sox", raw, *_sox_out(rate), band, "sinc", "300-3400", "norm", "-6")
    length = subprocess.run(["soxi", "-D", str(band)], check=True, capture_output=True, text=True).stdout.strip()
    hiss = raw.with_suffix(".noise.wav")
    # -R: the same noise every run (sox seeds its generator from the file name), so figures repeat
    _run("sox", "-R", "-n", *_sox_out(rate), hiss, "synth", length, noise, "gain", "-n", str(noise_db))
    _run("sox", "-m", "-v", "1", band, "-v", "1", hiss, *_sox_out(rate), out)
    for f in (band, hiss):
        f.unlink()
    return out


def speech(workdir: Path, name: str, voice: str, text: str, speed: int, lead_s: float, tail: list[str]) -> Path:
    """espeak-ng's ``text`` with ``lead_s`` of silence before it, then the sox effects ``tail``."""
    said = workdir / f"{name}.said.wav"
    _run("espeak-ng", "-v", voice, "-s", str(speed), "-w", said, text)
    raw = workdir / f"{name}.raw.wav"
    _run("sox", said, "-c", "1", raw, "pad", str(lead_s), "0", *tail)
    said.unlink()
    return raw


def make(
    workdir: Path,
    kind: str,
    index: int,
    rate: int,
    noise_db: float = -40.0,
    speed: int = 165,
    said: tuple[str, str] | None = None,
) -> Sample:
    """Sample ``index`` of ``kind`` (wrapping around the texts) at ``rate`` Hz with noise at ``noise_db``;
    ``said`` (voice, text) replaces the text of a person or a machine."""
    noise = "pinknoise" if index % 2 else "whitenoise"
    name = f"{kind}{index}_{rate}_{int(-noise_db)}_{speed}"
    lead = 0.2 + 0.15 * (index % 3)
    if kind == "human":
        voice, text = said or HUMAN[index % len(HUMAN)]
        # a person says hello, waits, says it again
        raw = speech(workdir, name, voice, text, speed, lead, ["pad", "0", "2.5", "repeat", "1"])
        label = text
    elif kind == "machine":
        voice, text = said or MACHINE[index % len(MACHINE)]
        beep = workdir / f"{name}.beep.wav"
        _run("sox", "-n", "-r", "22050", "-c", "1", beep, "synth", "0.6", "sine", str(1000 + 100 * (index % 3)))
        greeting = speech(workdir, name + "_g", voice, text, speed, lead, ["pad", "0", "0.4"])
        raw = workdir / f"{name}.raw.wav"
        _run("sox", greeting, beep, raw, "pad", "0", "2")
        greeting.unlink()
        beep.unlink()
        label = text[:40]
    elif kind == "fax":
        raw = workdir / f"{name}.raw.wav"
        if FAX[index % len(FAX)] == "ced":  # the answering fax: 0.2 s, then 3 s of 2100 Hz
            _run("sox", "-n", "-r", "22050", "-c", "1", raw, "synth", "3", "sine", "2100", "pad", "0.2", "1")
            label = "CED 2100 Hz"
        else:  # a calling fax: CNG, 0.5 s on, 3 s off
            _run(
                "sox",
                "-n",
                "-r",
                "22050",
                "-c",
                "1",
                raw,
                "synth",
                "0.5",
                "sine",
                "1100",
                "pad",
                "0",
                "3",
                "repeat",
                "1",
                "pad",
                str(lead),
                "0",
            )
            label = "CNG 1100 Hz"
    else:
        raise ValueError(kind)
    out = _finish(raw, workdir / f"{name}.wav", rate, noise, noise_db)
    raw.unlink()
    return Sample(out, kind, rate, label)
