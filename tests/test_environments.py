"""The app runs from an environment without the test and developer tools; the tests from one with them."""

from __future__ import annotations

import re
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[1]


def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\s<>=!;\[]", r, maxsplit=1)[0].lower() for r in requirements}


def test_test_only_packages_are_not_among_the_apps_dependencies() -> None:
    """keyrings.alt (a plaintext keyring backend), pytest and the like would change what the app does
    if they were installed where it runs (keyring's chain would include the plaintext backend)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    app = _names(project["dependencies"])
    test = _names(project["optional-dependencies"]["test"])
    assert {"keyrings.alt", "pytest", "hypothesis", "mypy", "ruff"} <= test
    assert {"requests", "urllib3", "alembic"} <= app  # the CRM client's HTTP, the back office's migrations
    assert not app & test


def test_run_and_test_set_up_separate_environments() -> None:
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert 'venv=.venv\n[ "$mode" = "app" ] && venv=.venv-app' in setup
    assert '[ "$mode" = "test" ] && extras=".[test]"' in setup
    assert "exec .venv-app/bin/python main.py" in (ROOT / "run.sh").read_text(encoding="utf-8")
    assert ".venv/bin/python -m pytest" in (ROOT / "test.sh").read_text(encoding="utf-8")
