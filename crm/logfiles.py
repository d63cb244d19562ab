"""Bounded log files: every log the product writes rotates by size and keeps a set number of old files.

The desktop's own log (``agent-desktop.log``), the phone's (``pjsip.log``) and the embedded back
office's (``backoffice.log``) each go through :func:`rotating_handler`: when a file would pass
``max_bytes`` it becomes ``NAME.1`` (the older ones ``NAME.2`` … up to ``NAME.<keep>``, the oldest
deleted), so a log never takes more than ``(keep + 1) × max_bytes`` on disk, whatever the months of
calls. Qt-free: the SIP engine and the back office use it too. IT sets the limits (settings
``logs.max_file_mb`` and ``logs.keep_files``).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

MB = 1024 * 1024
DEFAULT_MAX_BYTES = 10 * MB
DEFAULT_KEEP = 5

PJSIP_LOGGER = "pjsip"
"""The logger the SIP engine hands pjsip's lines to (``softphone.engine.pj_log``); not propagated to
the app's log, it has its own file. The desktop puts its redaction filter on it."""

_ROTATED = re.compile(r"\.log(?:\.\d+)?$")


@dataclass(frozen=True)
class LogLimits:
    """Rotate a log file at ``max_bytes``; keep ``keep`` rotated files beside the current one."""

    max_bytes: int = DEFAULT_MAX_BYTES
    keep: int = DEFAULT_KEEP

    @classmethod
    def from_mb(cls, max_file_mb: int, keep_files: int) -> LogLimits:
        return cls(max(1, max_file_mb) * MB, max(1, keep_files))


def rotating_handler(path: Path, limits: LogLimits) -> logging.handlers.RotatingFileHandler:
    """A UTF-8 handler appending to ``path`` (its folder made), rotated by ``limits``; the file is
    opened at the first record. Old files beyond ``limits.keep`` (a limit IT lowered) are deleted."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=limits.max_bytes, backupCount=limits.keep, encoding="utf-8", delay=True
    )
    set_limits(handler, limits)
    return handler


def set_limits(handler: logging.handlers.RotatingFileHandler, limits: LogLimits) -> None:
    """New limits for a handler, from its next record; old files beyond the new ``keep`` are deleted
    at once (rotation itself only ever renames up to ``keep``)."""
    handler.maxBytes = limits.max_bytes
    handler.backupCount = limits.keep
    base = Path(handler.baseFilename)
    for old in base.parent.glob(base.name + ".*"):
        suffix = old.name[len(base.name) + 1 :]
        if suffix.isdigit() and int(suffix) > limits.keep:
            try:
                old.unlink()
            except OSError as exc:
                logger.warning("old log %s not removed: %s", old.name, exc)


def log_files(directory: Path) -> list[Path]:
    """Every log file in ``directory`` with its rotated copies (``*.log``, ``*.log.N``), by name."""
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if p.is_file() and _ROTATED.search(p.name))
