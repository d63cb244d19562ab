"""Compile the app's Python bytecode ahead of time, so that no start compiles source.

Python compiles a module whose ``.pyc`` is missing or older than its source at every import, and
with ``PYTHONDONTWRITEBYTECODE`` set (or a read-only install) never keeps the result: a source run
then compiles the ~100 modules of the start path at every start (issue 23: 10–20 % of the CPU to
the window). Two parts, both idempotent and cheap when nothing changed:

* ``--tree``: the app's packages and ``main.py`` (only modules whose bytecode is stale).
* ``--shiboken``: shiboken6 compiles its signature support (14 modules) from source embedded in its
  library at every import of PySide6. Unpacked once into ``shiboken6/files.dir`` (where shiboken's
  own ``SBK_EMBED=0`` switch unpacks it, and which it then imports like any package) and compiled, it
  loads from bytecode. A version file in the folder makes a new shiboken6 unpack its own.

    .venv/bin/python scripts/bytecode.py [--tree] [--shiboken]   (neither: both)

``scripts/setup.sh`` runs it, and the start-up benchmarks before they measure (an installed app
has its bytecode: pip compiles it, the frozen build ships it).
"""

from __future__ import annotations

import argparse
import compileall
import importlib.metadata
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("agent_desktop", "softphone", "screenpop", "forms", "crm", "backoffice", "resources")
VERSION_FILE = ".shiboken-version"


def compile_tree(root: Path = ROOT) -> bool:
    """Compile the app's stale bytecode; True when every module compiled."""
    ok = all([compileall.compile_dir(root / name, quiet=1, workers=1) for name in PACKAGES if (root / name).is_dir()])
    return bool(compileall.compile_file(root / "main.py", quiet=1)) and ok


UNPACK = """
import sys
from pathlib import Path

import shiboken6  # noqa: F401 - runs the embedded support, which keeps its unpacking function
sys.modules["signature_bootstrap"].reincarnate_files(Path(sys.argv[1]))
"""
"""Unpacks the embedded files where ``SBK_EMBED=0`` would, but into the folder given."""


def unpack_shiboken_support() -> bool:
    """Unpack shiboken6's signature support next to it and compile it; True when it is in place.

    The folder is filled under another name and renamed into place: a start meanwhile finds it
    complete or not at all (then it uses the embedded copy as before)."""
    spec = importlib.util.find_spec("shiboken6")  # found, not imported: importing runs the embedded copy
    if spec is None or not spec.submodule_search_locations:
        return False
    files = Path(spec.submodule_search_locations[0]).resolve() / "files.dir"
    version = importlib.metadata.version("shiboken6")
    stamp = files / VERSION_FILE
    if stamp.is_file() and stamp.read_text().strip() == version:
        return bool(compileall.compile_dir(files, quiet=1, workers=1))
    new, old = files.with_name("files.dir.new"), files.with_name("files.dir.old")
    for stale in (new, old):
        shutil.rmtree(stale, ignore_errors=True)
    subprocess.run([sys.executable, "-c", UNPACK, str(new)], check=True, capture_output=True)
    if not (new / "shibokensupport").is_dir() or not compileall.compile_dir(new, quiet=1, ddir=files, workers=1):
        shutil.rmtree(new, ignore_errors=True)
        return False
    (new / VERSION_FILE).write_text(version + "\n")
    if files.exists():
        files.rename(old)
    new.rename(files)
    shutil.rmtree(old, ignore_errors=True)
    return True


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tree", action="store_true", help="the app's packages and main.py")
    ap.add_argument("--shiboken", action="store_true", help="shiboken6's signature support")
    args = ap.parse_args()
    both = not (args.tree or args.shiboken)
    ok = True
    if args.tree or both:
        ok = compile_tree() and ok
    if args.shiboken or both:
        ok = unpack_shiboken_support() and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
