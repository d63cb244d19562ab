"""Export diagnostics: one zip file IT can ask an agent for (Help > Export diagnostics…, or
``agent-desktop --export-diagnostics FILE`` from a script).

It holds every log of the log folder with its rotated copies (``agent-desktop.log*``, ``pjsip.log*``,
``backoffice.log*``, ``backoffice-stderr.log*``: :func:`crm.logfiles.log_files`), the effective
settings with where each comes from (``--print-settings``) and ``about.txt`` (version, system, folders).
Every line goes through the log's redaction filter once more on the way in: the logs are masked
when written, and a file from an older version or a secret this run has handled is masked here too.
Qt-free: it runs on a background thread.
"""

from __future__ import annotations

import logging
import platform
import sys
import time
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from crm.logfiles import log_files

if TYPE_CHECKING:
    from agent_desktop.settings import SettingsManager
    from agent_desktop.shell.paths import AppPaths

logger = logging.getLogger(__name__)

CHUNK_LINES = 2000
"""Lines redacted and compressed at a time: a 10 MB log never sits in memory whole."""


def default_name() -> str:
    """``agent-desktop-diagnostics-YYYYMMDD-HHMMSS.zip`` (local time)."""
    return time.strftime("agent-desktop-diagnostics-%Y%m%d-%H%M%S.zip")


def about_text(version: str, folders: Mapping[str, Path]) -> str:
    lines = [
        f"Agent Desktop {version}",
        f"exported: {time.strftime('%Y-%m-%d %H:%M:%S %z')}",
        f"system: {platform.platform()}",
        f"python: {sys.version.split()[0]}",
    ]
    lines += [f"{name}: {path}" for name, path in folders.items()]
    return "\n".join(lines) + "\n"


def export_diagnostics(
    dest: Path, log_dir: Path, redact: Callable[[str], str], texts: Mapping[str, str] | None = None
) -> list[str]:
    """Write the zip to ``dest`` (replaced if it exists); ``texts``: more files by name (the settings
    report, ``about.txt``). Returns the names written."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".part")
    names: list[str] = []
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in (texts or {}).items():
            archive.writestr(name, redact(text))
            names.append(name)
        for path in log_files(log_dir):
            name = f"logs/{path.name}"
            try:
                _copy_redacted(path, archive, name, redact)
            except OSError as exc:  # rotated away or locked while we read: the others still go
                logger.warning("diagnostics: %s not included: %s", path.name, exc)
                continue
            names.append(name)
    partial.replace(dest)
    logger.info("diagnostics exported to %s (%d files)", dest, len(names))
    return names


def _entry(name: str, path: Path) -> zipfile.ZipInfo:
    """A zip entry dated as ``path`` was last written (local time, as zip keeps it; not before 1980)."""
    info = zipfile.ZipInfo(name, date_time=max(time.localtime(path.stat().st_mtime)[:6], (1980, 1, 1, 0, 0, 0)))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _copy_redacted(path: Path, archive: zipfile.ZipFile, name: str, redact: Callable[[str], str]) -> None:
    entry = _entry(name, path)
    with path.open(encoding="utf-8", errors="replace") as source, archive.open(entry, "w") as out:
        chunk: list[str] = []
        for line in source:
            chunk.append(line)
            if len(chunk) >= CHUNK_LINES:
                out.write(redact("".join(chunk)).encode("utf-8"))
                chunk.clear()
        if chunk:
            out.write(redact("".join(chunk)).encode("utf-8"))


def standard_texts(manager: SettingsManager, paths: AppPaths, version: str) -> dict[str, str]:
    """The settings report (as ``--print-settings`` gives it) and ``about.txt``."""
    from agent_desktop.settings.report import settings_report

    folders = {"logs": paths.log_dir, "data": paths.data_dir, "config": paths.config_dir}
    return {"settings.toml": settings_report(manager, "toml", version), "about.txt": about_text(version, folders)}
