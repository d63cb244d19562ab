"""``--as supervisor`` / ``--as admin``: the embedded back office signs the demo account in (its role and
team kept), each account with its own local copy; the demo supervisor's wallboard lists team A组's
agents, every one logged out until they sign in. With a CRM URL set, ``--as`` is refused."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from agent_desktop.features.crm_link import feature as crm_link
from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.wallboard import feature as wallboard_feature
from agent_desktop.features.wallboard.table_model import STATE
from backoffice.seed import DEMO_TEAM
from tests.agent_desktop.features.wallboard.test_wallboard_e2e import rows, text

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[4]


def _online(shell) -> bool:
    indicator = shell.window.status_indicator("crm")
    return CRM in shell.ctx.services and indicator.level == "ok" and "online" in indicator.text()


def test_the_demo_supervisor_signs_in_to_the_embedded_back_office_and_sees_the_team(make_shell, qtbot) -> None:
    shell = make_shell(overrides={"crm.username": "supervisor"})  # what --as supervisor sets
    link = crm_link.install(shell.ctx, shell.window)
    wallboard = wallboard_feature.install(shell.ctx, shell.window)
    try:
        qtbot.waitUntil(lambda: _online(shell), timeout=90_000)
        service = shell.ctx.services.get(CRM)
        assert service.embedded and service.username == "supervisor" and service.role == "supervisor"
        assert service.client.user is not None and service.client.user["team"] == DEMO_TEAM
        assert service.store.path.name != "crm-embedded.db"  # not the local agent's copy
        qtbot.waitUntil(lambda: wallboard.action.isVisible(), timeout=5000)
        view = wallboard.open_wallboard()
        assert view is not None
        agents = {u["id"]: u for u in service.client.request("GET", "/users", params={"limit": 500}).json()["items"]}
        team = {i for i, u in agents.items() if u["team"] == DEMO_TEAM and u["role"] == "agent" and u["active"]}
        assert len(team) >= 2  # the demo agent and numbered ones
        qtbot.waitUntil(lambda: set(rows(view)) == team, timeout=10_000)
        assert {text(view, user_id, STATE) for user_id in team} == {"Logged out"}
    finally:
        wallboard.shutdown()
        link.shutdown()

    # started again on the same data: still the supervisor (a new password each start, the role kept)
    again = crm_link.install(shell.ctx, shell.window)
    try:
        qtbot.waitUntil(lambda: _online(shell), timeout=60_000)
        service = shell.ctx.services.get(CRM)
        assert service.username == "supervisor" and service.role == "supervisor"
    finally:
        again.shutdown()


def test_as_is_refused_with_a_crm_url(tmp_path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "main.py", "--profile", str(tmp_path), "--as", "supervisor", "--no-start"]
        + ["--set", "crm.url=http://127.0.0.1:9"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "--as signs in a demo account of the embedded back office" in done.stderr
    done = subprocess.run(
        [sys.executable, "main.py", "--profile", str(tmp_path), "--as", "supervisor", "--print-settings"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and 'username = "supervisor"  # override' in done.stdout
