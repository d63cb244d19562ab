"""Screenshots of every main screen for the README: the tour of ``tests/screens/tour.py`` (the real app,
a demo customer calling) on a 1280 x 720 and a 1920 x 1080 screen, in English and Chinese, saved as
``docs/screenshots/<screen>-<lang>-<width>x<height>.png``. Prints any text the tour found clipped
(``tests/agent_desktop/test_screenshots.py`` fails on it) and exits 1 when there was some.

    .venv/bin/python scripts/make_screenshots.py [--out docs/screenshots] [--theme light|dark|system]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = ("1280x720", "1920x1080")
PREFIX = "screen-tour: "  # tests.screens.tour.PREFIX


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--theme", default="light", choices=("light", "dark", "system"))
    args = parser.parse_args(argv)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    tours = {
        size: subprocess.Popen(
            [sys.executable, "-m", "tests.screens.tour", "--size", size, "--out", str(args.out), "--theme", args.theme],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for size in SIZES
    }
    clipped = 0
    for size, tour in tours.items():
        stdout, stderr = tour.communicate(timeout=300)
        if tour.returncode != 0:
            print(f"tour at {size} failed:\n{stderr[-4000:]}", file=sys.stderr)
            return 2
        for line in stdout.splitlines():
            if line.startswith(PREFIX):
                stop = json.loads(line[len(PREFIX) :])
                print(f"{os.path.relpath(stop['file'], ROOT)}: {len(stop['clipped'])} clipped")
                for text in stop["clipped"]:
                    print(f"    {text}")
                clipped += len(stop["clipped"])
    return 1 if clipped else 0


if __name__ == "__main__":
    sys.exit(main())
