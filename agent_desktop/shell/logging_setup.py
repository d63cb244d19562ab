"""Logging, configured once by main.py: a rotating file in the log dir, secrets redacted, crashes shown.

The file rotates by size (:mod:`crm.logfiles`; IT's ``logs.max_file_mb`` and ``logs.keep_files``,
applied by :func:`apply_limits` once the settings are read). The same filter guards pjsip's lines,
which the SIP engine writes to their own file through the ``pjsip`` logger.

The :class:`RedactionFilter` replaces every secret the app has handled (passwords and tokens passed
through :class:`agent_desktop.shell.credentials.Credentials` are registered with it) and anything that looks
like ``password=...`` or ``key=...`` (no spaces: key=value text, URLs), ``"token": "..."``,
``Authorization: Bearer ...`` or a SIP ``Authorization: Digest ...`` header (its whole value: the
digest response is derived from the password) before a record is written. Only a name followed by
``=`` or ``:`` is masked, and ``key`` only as a word of its own, so ordinary words ("keys", "monkey",
"keyboard") stay.
(``password = x`` with spaces is left alone: that is a source line quoted in a traceback; the values
themselves are still masked when the app has handled them.)
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from crm.logfiles import PJSIP_LOGGER, LogLimits, rotating_handler, set_limits

logger = logging.getLogger(__name__)

LOG_FILE = "agent-desktop.log"
MASK = "***"

_PATTERNS = [
    re.compile(r"(?i)(authorization\s*:\s*digest\s+)([^\r\n]+)"),
    re.compile(r"(?i)(authorization\s*[:=]\s*(?:bearer|basic|digest)\s+)([^\s,;'\"]+)"),
    re.compile(r"(?i)(bearer\s+)([A-Za-z0-9._~+/=-]{8,})"),
    re.compile(
        r"(?i)((?:\"|')?(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?token|(?<![a-z])key)(?:\"|')?"
        r"(?:\s*:\s*|=)(?:\"|')?)"
        r"([^\s,;&'\"}]+)"
    ),
]


class RedactionFilter(logging.Filter):
    """Masks known secret values and secret-looking patterns in log records."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add_secret(self, secret: str) -> None:
        """Never write ``secret`` to the log from now on."""
        if secret and len(secret) >= 3:
            with self._lock:
                self._secrets.add(secret)

    def redact(self, text: str) -> str:
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
        for secret in secrets:
            if secret in text:
                text = text.replace(secret, MASK)
        for pattern in _PATTERNS:
            text = pattern.sub(lambda m: m.group(1) + MASK, text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = self.redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


FILE_ONLY = {"file_only": True}
"""``extra`` for a record already told on stderr in the user's words: the log file keeps it, the console
does not show it a second time."""


def _not_printed(record: logging.LogRecord) -> bool:
    return not getattr(record, "file_only", False)


def configure_logging(
    log_dir: Path, level: int = logging.INFO, to_stderr: bool = True, limits: LogLimits | None = None
) -> RedactionFilter:
    """Set up the root logger once; returns the redaction filter to register secrets with."""
    log_dir.mkdir(parents=True, exist_ok=True)
    redactor = RedactionFilter()
    fmt = logging.Formatter("%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = [rotating_handler(log_dir / LOG_FILE, limits or LogLimits())]
    if to_stderr:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        stream.addFilter(_not_printed)  # a message main.py printed itself goes to the file only
        handlers.append(stream)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
        old.close()
    for handler in handlers:
        handler.setFormatter(fmt)
        handler.addFilter(redactor)
        root.addHandler(handler)
    root.setLevel(level)
    pjsip = logging.getLogger(PJSIP_LOGGER)
    for old_filter in [f for f in pjsip.filters if isinstance(f, RedactionFilter)]:
        pjsip.removeFilter(old_filter)
    pjsip.addFilter(redactor)  # a logger's filter: it sees every pjsip line, whichever handler writes it
    return redactor


def apply_limits(limits: LogLimits) -> None:
    """IT's rotation limits for the app's log file (the phone and the back office take theirs at start)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            set_limits(handler, limits)


def install_excepthook(show: Callable[[str], None] | None) -> None:
    """Log uncaught exceptions (GUI thread and other threads); ``show(text)`` tells the user."""

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        logger.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        if show is not None:
            try:
                show(f"{exc_type.__name__}: {exc}")
            except Exception:  # the dialog itself must never recurse into the hook
                logger.exception("could not show the error dialog")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        logger.critical(
            "uncaught exception in thread %s",
            args.thread.name if args.thread else "?",
            # logging takes a None value too; typeshed's exc_info type leaves that case out
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),  # type: ignore[arg-type]
        )

    sys.excepthook = hook
    threading.excepthook = thread_hook
