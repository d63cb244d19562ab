"""pjsip's log: its lines go through Python's logging into a size-rotated ``pjsip.log`` (:mod:`crm.logfiles`).

pjsip opens no file of its own (that one grew without bound: about 9 KB a call with every SIP
message, ~90 MB a day for a busy agent). pjsua2 hands each line to a :class:`pj.LogWriter` instead,
which passes it to the ``pjsip`` logger; :class:`PjsipLogFile` writes that logger to ``log_file``,
rotated at ``log_max_bytes`` with ``log_keep`` old files. The desktop puts its redaction filter on
the logger (``agent_desktop.shell.logging_setup``).

Threads: the engine runs pjsua2 with ``mainThreadOnly``, so pjsua2 calls the writer on the SIP thread
only; a line written by another thread (the media clock's) is queued by pjsua2 itself, under a short
critical section, and written by the SIP thread's next ``libHandleEvents``. No Python code, lock or
file write runs on the audio path.

pjsua gives the writer only lines up to its *console* level, so both levels are the file's level.
The date is in each line (pjsip's own time stamp, with the year, month and day added): a rotated
file may span days.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pjsua2 as pj

from crm.logfiles import PJSIP_LOGGER, LogLimits, rotating_handler
from softphone.engine.config import EngineConfig

logger = logging.getLogger(__name__)

_pjsip = logging.getLogger(PJSIP_LOGGER)
_pjsip.propagate = False  # its own file, not the app's log

_LEVELS = {0: logging.CRITICAL, 1: logging.ERROR, 2: logging.WARNING, 3: logging.INFO}
"""pjsip's levels as logging's; 4 and more (SIP messages, internals) are DEBUG."""

DECOR = (
    pj.PJ_LOG_HAS_YEAR
    | pj.PJ_LOG_HAS_MONTH
    | pj.PJ_LOG_HAS_DAY_OF_MON
    | pj.PJ_LOG_HAS_TIME
    | pj.PJ_LOG_HAS_MICRO_SEC
    | pj.PJ_LOG_HAS_SENDER
    | pj.PJ_LOG_HAS_INDENT
    | pj.PJ_LOG_HAS_THREAD_SWC
)
"""pjsip's default decoration with the date, without its line end (logging adds one)."""


class _Writer(pj.LogWriter):  # type: ignore[misc]  # pjsua2 has no type information
    """pjsip's lines to the ``pjsip`` logger (called by pjsua2 on the SIP thread: see the module)."""

    def write(self, entry: pj.LogEntry) -> None:
        _pjsip.log(_LEVELS.get(entry.level, logging.DEBUG), "%s", entry.msg.rstrip("\r\n"))


def configure(log: pj.LogConfig, cfg: EngineConfig) -> None:
    """pjsua2's log settings: lines up to ``cfg.log_level`` to the writer (none without a log file)."""
    level = cfg.log_level if cfg.log_file else 0
    log.level = level
    log.consoleLevel = level  # the writer gets what the console would: nothing goes to stdout
    log.filename = ""
    log.decor = DECOR
    if level > 0:
        writer = _Writer()
        log.writer = writer
        writer.__disown__()  # pjsua2 deletes the writer in libDestroy


class PjsipLogFile:
    """The ``pjsip`` logger written to ``cfg.log_file`` while an engine runs (:meth:`close` at its end)."""

    def __init__(self, cfg: EngineConfig) -> None:
        self._handler: logging.Handler | None = None
        if not cfg.log_file or cfg.log_level <= 0:
            return
        handler = rotating_handler(Path(cfg.log_file), LogLimits(cfg.log_max_bytes, cfg.log_keep))
        handler.setFormatter(logging.Formatter("%(message)s"))  # pjsip's lines carry their own time
        _pjsip.addHandler(handler)
        _pjsip.setLevel(logging.DEBUG)  # pjsip's own level chooses the lines
        self._handler = handler

    def close(self) -> None:
        handler, self._handler = self._handler, None
        if handler is not None:
            _pjsip.removeHandler(handler)
            handler.close()
