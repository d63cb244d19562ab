"""Command-line output of the windowed Windows build.

The packaged app is a windowed program (``console=False``): started from a command prompt it gets no
standard output, so ``--version``, ``--help``, ``--print-settings`` and error messages vanished.
:func:`attach_parent_console` attaches it to the console of the prompt that started it. ``cmd.exe``
does not wait for a windowed program, so the output appears after its next prompt; ``start /wait``
(cmd) or a pipe (PowerShell: ``agent-desktop.exe --version | Out-String``) waits. A pipe or a
redirection gives the program real standard handles, and nothing needs attaching.

Only for command-line uses: a GUI attached to a console is ended with it when that window closes.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from typing import IO, Any

logger = logging.getLogger(__name__)

ATTACH_PARENT_PROCESS = -1
CONSOLE_OPTIONS = ("--version", "--help", "--print-settings", "--no-start")


def wants_console(argv: Sequence[str]) -> bool:
    """Whether ``argv`` asks for command-line output (abbreviations count, as argparse takes them)."""
    for arg in argv:
        name = arg.split("=", 1)[0]
        if name == "-h" or (
            len(name) > 2 and name.startswith("--") and any(o.startswith(name) for o in CONSOLE_OPTIONS)
        ):
            return True
    return False


def attach_parent_console(kernel32: Any = None, open_console: Callable[..., IO[str]] = open) -> bool:
    """Give a windowed Windows process without standard output its parent's console (see module
    docstring); True when attached. Elsewhere, or with working streams, nothing happens."""
    if sys.stdout is not None and sys.stderr is not None:
        return False
    if kernel32 is None:
        if sys.platform != "win32":
            return False
        import ctypes

        kernel32 = ctypes.windll.kernel32
    if not kernel32.AttachConsole(ATTACH_PARENT_PROCESS):
        return False  # started from Explorer or a shortcut: no console to write to
    # The console's own stream takes UTF-8 and writes it as Unicode, whatever the code page.
    if sys.stdout is None:
        sys.stdout = open_console("CONOUT$", "w", encoding="utf-8", errors="replace")
    if sys.stderr is None:
        sys.stderr = open_console("CONOUT$", "w", encoding="utf-8", errors="replace")
    return True
