"""Recordings left behind: the desktop quit (or crashed) during a recorded call, or before a
finished one was queued for upload. Each recording file has a JSON side file (written by the SIP
engine as the recording starts) saying what it is; a file that is neither queued nor still being
written is found here at the next start and queued like any other."""

from __future__ import annotations

import json
import logging
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

QUIET_S = 30.0
"""A file written to this recently may still be recording: left alone."""


@dataclass(frozen=True)
class Leftover:
    path: Path
    about: dict[str, Any]


def find_leftovers(directory: Path, queued: set[str], now: float) -> list[Leftover]:
    """The recordings under ``directory`` not in ``queued`` (paths) and quiet since ``QUIET_S``;
    side files whose recording is gone (uploaded) are deleted."""
    found = []
    for side in sorted(directory.glob("*.json")):
        audio = next((p for p in (side.with_suffix(".ogg"), side.with_suffix(".wav")) if p.exists()), None)
        if audio is None:
            side.unlink(missing_ok=True)
            continue
        if str(audio) in queued or now - audio.stat().st_mtime < QUIET_S:
            continue
        try:
            about = json.loads(side.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            about = {}
        if audio.suffix == ".wav":
            repair_wav(audio)
        found.append(Leftover(audio, about if isinstance(about, dict) else {}))
    return found


def repair_wav(path: Path) -> None:
    """Write the sizes of a WAV file whose writer never closed it (pjmedia writes them last)."""
    size = path.stat().st_size
    if size < 44:
        return
    with path.open("r+b") as f:
        head = f.read(44)
        if head[:4] != b"RIFF" or struct.unpack("<I", head[4:8])[0] == size - 8:
            return
        f.seek(4)
        f.write(struct.pack("<I", size - 8))
        f.seek(40)
        f.write(struct.pack("<I", size - 44))
    logger.info("recording %s was not closed: its header repaired", path.name)
