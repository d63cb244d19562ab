"""The Debian packages the frozen folder's libraries need from the system (for build_deb.sh's Depends).

    .venv/bin/python packaging/linux/deb_depends.py dist/agent-desktop

Reads every ELF file's NEEDED entries (readelf), drops the libraries the folder carries itself, finds
the rest with ldconfig and their packages with dpkg -S. Libraries the app only uses on some paths
are all listed: a missing one would fail at the first use, not at start.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BASE = {"libc6", "libgcc-s1", "libstdc++6"}
"""Essential or always present; listed anyway by build_deb.sh with the others."""


def needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


def main(folder: Path) -> int:
    files = [p for p in folder.rglob("*") if p.is_file() and p.read_bytes()[:4] == b"\x7fELF"]
    own = {p.name for p in folder.rglob("*")}
    wanted = sorted({name for p in files for name in needed(p)} - own)
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    packages: dict[str, set[str]] = {}
    for soname in wanted:
        match = re.search(rf"^\s+{re.escape(soname)} \(libc6,x86-64[^)]*\) => (\S+)$", cache, re.M)
        if match is None:
            print(f"not found on this machine: {soname}", file=sys.stderr)
            continue
        owner = subprocess.run(["dpkg", "-S", str(Path(match.group(1)).resolve())], capture_output=True, text=True)
        package = owner.stdout.split(":")[0] if owner.returncode == 0 else f"? ({soname})"
        packages.setdefault(package, set()).add(soname)
    for package, sonames in sorted(packages.items()):
        print(f"{package}\t{' '.join(sorted(sonames))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/agent-desktop")))
