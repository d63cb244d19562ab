"""Starting the app again once this run has ended (File > Sign out: the next start asks who signs in).

The new run is the same command line in the same environment and working directory: the packaged
app's executable with its arguments, or the interpreter with the options and script it was started
with. It is started after this run released the profile (:mod:`agent_desktop.shell.single_instance`),
so it does not hand over to the run that is ending.
"""

from __future__ import annotations

import logging
import subprocess
import sys

logger = logging.getLogger(__name__)


def command() -> list[str]:
    """The command line that started this run."""
    if getattr(sys, "frozen", False):  # the packaged app: its executable is the app
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, *sys.orig_argv[1:]]


def relaunch() -> subprocess.Popen[bytes] | None:
    """Start the app again; this run ends right after (None when it could not be started: logged)."""
    try:
        child = subprocess.Popen(command(), close_fds=True, stdin=subprocess.DEVNULL)
    except OSError:
        logger.exception("the app could not be started again")
        return None
    logger.info("started again (pid %s)", child.pid)
    return child
