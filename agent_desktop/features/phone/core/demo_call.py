"""The command line of Help > "Call me from a demo customer": the demo caller in a process of its own."""

from __future__ import annotations

import sys

FROZEN_FLAG = "--demo-caller"
"""``agent-desktop --demo-caller ARGS`` runs ``python -m softphone.demo_caller ARGS`` in a packaged app
(main.py), which has no ``-m``."""


def demo_caller_command(target: str) -> tuple[str, list[str]]:
    """(program, arguments) of a demo caller calling ``target`` (a SIP URI), with this interpreter or app."""
    if getattr(sys, "frozen", False):
        return sys.executable, [FROZEN_FLAG, "--to", target]
    return sys.executable, ["-m", "softphone.demo_caller", "--to", target]
