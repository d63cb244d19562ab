"""Compressing a finished recording, off the audio and GUI threads.

pjsua2 writes 16-bit mono WAV at 16 kHz (about 1.9 MB a minute); libsndfile (through ``soundfile``,
whose wheels bundle it with Ogg and Opus) turns it into Ogg/Opus at about 20 kbit/s (plenty for
wideband speech), about 12 times smaller, in blocks (an hour's call never sits in memory), through
soundfile's buffer API (no numpy: the frozen app does not carry it). Without Opus support the WAV is
kept as it is.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

BLOCK_FRAMES = 16000 * 10
OPUS_LEVEL = 0.95
"""libsndfile's compression level for Opus (0: largest, 1: smallest): 0.95 gives about 20 kbit/s."""


@dataclass(frozen=True)
class Compressed:
    path: Path
    media_type: str
    seconds: int


def opus_available() -> bool:
    try:
        import soundfile
    except (ImportError, OSError):  # no wheel, or no libsndfile on this system
        return False
    return "OPUS" in soundfile.available_subtypes("OGG")


def wav_seconds(path: Path) -> int:
    import wave

    with wave.open(str(path), "rb") as wav:
        return round(wav.getnframes() / wav.getframerate())


def prepare(path: Path) -> Compressed:
    """A recording ready to upload: a WAV compressed (:func:`compress`), an Ogg file as it is."""
    if path.suffix != ".ogg":
        return compress(path)
    import soundfile

    return Compressed(path, "audio/ogg", round(soundfile.info(str(path)).duration))


def compress(wav: Path) -> Compressed:
    """The recording as Ogg/Opus beside the WAV (which is deleted), or the WAV when Opus is not
    available or the encoding fails."""
    seconds = wav_seconds(wav)
    if not opus_available():
        logger.info("no Opus encoder (soundfile/libsndfile): recording %s kept as WAV", wav.name)
        return Compressed(wav, "audio/wav", seconds)
    import soundfile

    out = wav.with_suffix(".ogg")
    try:
        with (
            soundfile.SoundFile(str(wav)) as src,
            soundfile.SoundFile(
                str(out), "w", src.samplerate, 1, "OPUS", format="OGG", compression_level=OPUS_LEVEL
            ) as dst,
        ):
            while block := src.buffer_read(BLOCK_FRAMES, dtype="int16"):  # buffers, not numpy arrays
                dst.buffer_write(block, dtype="int16")
    except (RuntimeError, OSError) as exc:  # soundfile raises LibsndfileError (a RuntimeError)
        logger.warning("compressing recording %s failed (%s): kept as WAV", wav.name, exc)
        out.unlink(missing_ok=True)
        return Compressed(wav, "audio/wav", seconds)
    wav.unlink()
    return Compressed(out, "audio/ogg", seconds)
