"""The frozen folder's file list, checked in as packaging/manifest-linux.txt (relative paths, sorted).

    .venv/bin/python packaging/manifest.py [FOLDER]          # rewrite the manifest from a build
    .venv/bin/python packaging/manifest.py --check [FOLDER]  # exit 1 and list the differences

FOLDER defaults to dist/agent-desktop. A build on another machine must give the same list: a file
missing or added means the build picked up something from that machine (or a dependency changed, and
the manifest is regenerated in the same commit). tests/packaging/test_build_manifest.py compares.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "packaging" / "manifest-linux.txt"


def file_list(folder: Path) -> list[str]:
    """Every file and symbolic link under ``folder``, relative, with "/" separators, sorted."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_symlink() or p.is_file())


def differences(folder: Path, manifest: Path = MANIFEST) -> tuple[list[str], list[str]]:
    """(files the build has that the manifest does not, files of the manifest the build lacks)."""
    built = set(file_list(folder))
    listed = set(manifest.read_text(encoding="utf-8").splitlines())
    return sorted(built - listed), sorted(listed - built)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "dist" / "agent-desktop")
    parser.add_argument("--check", action="store_true", help="compare instead of rewriting")
    args = parser.parse_args(argv)
    if not (args.folder / "agent-desktop").exists():
        parser.error(f"no frozen build in {args.folder}")
    if not args.check:
        MANIFEST.write_text("".join(f"{name}\n" for name in file_list(args.folder)), encoding="utf-8")
        return 0
    extra, missing = differences(args.folder)
    for name in extra:
        print(f"+ {name}  (built, not in the manifest)")
    for name in missing:
        print(f"- {name}  (in the manifest, not built)")
    return 1 if extra or missing else 0


if __name__ == "__main__":
    sys.exit(main())
