"""Entry point of the embedded back office's process (``python -m agent_desktop.features.crm_link.backoffice_process``).

It runs ``python -m backoffice ARGS`` with the desktop's process-wide memory settings applied first
(:func:`agent_desktop.shell.memory.pin_malloc_thresholds`): the local agent's password hash at every start
(argon2, 19 MiB) would otherwise raise glibc's thresholds and keep the server's freed memory
resident for good. Qt-free: this process loads no GUI library.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from agent_desktop.shell.memory import pin_malloc_thresholds

    pin_malloc_thresholds()
    from backoffice.__main__ import main as backoffice_main

    return backoffice_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
