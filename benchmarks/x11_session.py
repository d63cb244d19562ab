"""A real X server for the start-up benchmark: Xvfb on a free display, and the moment a top-level
window is mapped, read from the X server's own events (``xev -root -event substructure``)."""

from __future__ import annotations

import os
import re
import select
import shutil
import subprocess
import time
from pathlib import Path

_TOP_LEVEL_MAPPED = re.compile(rb"MapNotify event[^\n]*\n[^\n]*override NO")


class XServer:
    """``Xvfb :N`` for as long as the ``with`` block runs; ``display`` is ``":N"``."""

    def __init__(self, size: str = "1280x720x24") -> None:
        for tool in ("Xvfb", "xev"):
            if shutil.which(tool) is None:
                raise SystemExit(f"--x11 needs {tool}: apt-get install xvfb x11-utils (scripts/setup.sh test does)")
        self.size = size
        self.display = ""
        self._proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> XServer:
        for n in range(91, 140):
            if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
                break
        else:
            raise RuntimeError("no free X display")
        self.display = f":{n}"
        self._proc = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", self.size, "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{n}").exists():
            if time.monotonic() > deadline or self._proc.poll() is not None:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._proc is not None:
            self._proc.terminate()
            self._proc.wait(10)

    def env(self) -> dict[str, str]:
        return {"DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb"}


class MapWatch:
    """Reports the wall-clock time the first top-level window (not a pop-up) is mapped after it starts."""

    def __init__(self, display: str) -> None:
        env = dict(os.environ, DISPLAY=display)
        self._proc = subprocess.Popen(
            ["stdbuf", "-oL", "xev", "-root", "-event", "substructure"],  # events as they come
            stdout=subprocess.PIPE,
            env=env,
            bufsize=0,
        )
        time.sleep(0.2)  # xev selects its events before anything maps

    def wait_mapped(self, timeout_s: float = 30.0) -> float:
        assert self._proc.stdout is not None
        deadline = time.monotonic() + timeout_s
        buffer = b""
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self._proc.stdout], [], [], 0.05)
            if not ready:
                continue
            chunk = os.read(self._proc.stdout.fileno(), 65536)
            now = time.time()
            buffer += chunk
            if _TOP_LEVEL_MAPPED.search(buffer):  # xev prints an event's two lines at once
                return now
        raise RuntimeError("no window was mapped within the timeout")

    def close(self) -> None:
        self._proc.terminate()
        self._proc.wait(5)


def thread_cpu(pid: int, clk_tck: int) -> dict[str, float]:
    """CPU seconds used so far by each thread of ``pid``, by thread name (same names summed)."""
    out: dict[str, float] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            stat = (task / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat.rsplit(")", 1)[1].split()
        out[name] = out.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / clk_tck
    return out


def thread_cpu_ns(pid: int) -> dict[int, tuple[str, int]]:
    """CPU nanoseconds each live thread of ``pid`` has run (``/proc/PID/task/TID/schedstat``, exact,
    where clock ticks count in 10 ms steps), with its name, by thread id; {} where the kernel has no
    schedstat."""
    out: dict[int, tuple[str, int]] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            stat = (task / "stat").read_text()
            ran = int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            continue
        out[int(task.name)] = (stat[stat.index("(") + 1 : stat.rindex(")")], ran)
    return out
