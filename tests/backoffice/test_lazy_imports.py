"""The back office's process loads neither Alembic nor openpyxl on an ordinary start (≈ 10 and ≈ 18 MiB
resident for the server's whole run): Alembic only when the database needs upgrading, openpyxl at the
first Excel export."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from backoffice.schema import alembic_config, newest_script_revision

ROOT = Path(__file__).resolve().parents[2]

SERVE = (
    "import sys\n"
    "from backoffice.app import create_app\n"
    "create_app(sys.argv[1])\n"
    "print(sorted(m for m in ('alembic', 'openpyxl', 'numpy') if m in sys.modules))\n"
)


def test_the_newest_revision_read_from_the_scripts_is_alembics_head() -> None:
    assert newest_script_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_an_ordinary_start_loads_neither_alembic_nor_openpyxl(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bo.db'}"

    def start() -> str:
        done = subprocess.run([sys.executable, "-c", SERVE, url], cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    assert start() == "['alembic']"  # a new database: Alembic creates its tables
    assert start() == "[]"  # the same database again: at the newest revision, nothing to load
